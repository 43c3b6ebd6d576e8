package org.bangfu.ingest;

import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FieldType;
import org.bangfu.forms.UnifiedCreditCode;
import org.bangfu.quality.Issue;
import org.bangfu.quality.PersonalDataMask;

/**
 * A submitted file opened for reading: its form, sheet and header are known, its data rows are
 * pulled one at a time with {@link #nextRow()}. When the file was rejected as a whole,
 * {@link #fileIssue()} says why and there are no rows. Close it to release the file.
 */
public final class OpenSubmission implements Closeable {

    private final String formCode;
    private final String sheetName;
    private final int headerRowNumber;
    private final Map<Integer, FieldDefinition> columns;
    private final Issue fileIssue;
    private final GridRowStream stream;
    private final Deque<GridRow> pending;
    private final Pseudonymiser.Hasher hasher;
    private boolean numberingRowPossible = true;
    private boolean replacesScope;

    private OpenSubmission(String formCode, String sheetName, int headerRowNumber, Map<Integer, FieldDefinition> columns,
            Issue fileIssue, GridRowStream stream, Deque<GridRow> pending, Pseudonymiser.Hasher hasher) {
        this.formCode = formCode;
        this.sheetName = sheetName;
        this.headerRowNumber = headerRowNumber;
        this.columns = columns;
        this.fileIssue = fileIssue;
        this.stream = stream;
        this.pending = pending;
        this.hasher = hasher;
    }

    static OpenSubmission rejected(String formCode, String sheetName, int headerRowNumber, Issue issue,
            GridRowStream streamToClose) {
        if (streamToClose != null) {
            streamToClose.close();
        }
        return new OpenSubmission(formCode, sheetName, headerRowNumber, Map.of(), issue, null, new ArrayDeque<>(), null);
    }

    /** @param rowsBelowHeader the rows already read past the header, read before the rest of the stream */
    static OpenSubmission reading(String formCode, String sheetName, int headerRowNumber,
            Map<Integer, FieldDefinition> columns, GridRowStream stream, Deque<GridRow> rowsBelowHeader,
            Pseudonymiser.Hasher hasher) {
        return new OpenSubmission(formCode, sheetName, headerRowNumber, Map.copyOf(columns), null, stream,
                rowsBelowHeader, hasher);
    }

    /** Marks the file as declaring 全量替换 in its title block. */
    OpenSubmission replacingScope(boolean declared) {
        this.replacesScope = declared;
        return this;
    }

    /** Whether the title block declares 全量替换 (FORMS.md, "Resubmission"). */
    public boolean replacesScope() {
        return replacesScope;
    }

    public String formCode() {
        return formCode;
    }

    public String sheetName() {
        return sheetName;
    }

    public int headerRowNumber() {
        return headerRowNumber;
    }

    /** Why the whole file was rejected, or null. */
    public Issue fileIssue() {
        return fileIssue;
    }

    public boolean readable() {
        return fileIssue == null;
    }

    /** Stored field name → the column letter it had in the submitted sheet (funds_direct → "D"). */
    public Map<String, String> columnLetters() {
        Map<String, String> letters = new LinkedHashMap<>();
        columns.entrySet().stream().filter(entry -> !entry.getValue().isPersonal()).sorted(Map.Entry.comparingByKey())
                .forEach(entry -> letters.put(entry.getValue().name(), columnLetter(entry.getKey())));
        return letters;
    }

    /**
     * The next data row, with personal fields dropped, pseudonymised fields already keyed and ID
     * and mobile numbers masked in every other cell, or null at the end. Numbering, 合计 and footer rows are skipped.
     *
     * @throws UnreadableFileException when the file turns out damaged part-way (then the whole file is rejected)
     */
    public SubmissionRow nextRow() throws UnreadableFileException {
        if (stream == null) {
            return null;
        }
        while (true) {
            GridRow row = pending.isEmpty() ? stream.nextRow() : pending.pollFirst();
            if (row == null) {
                return null;
            }
            boolean first = numberingRowPossible;
            numberingRowPossible = false;
            if ((first && SubmissionReader.isNumberingRow(row)) || SubmissionReader.isTotalRow(row)
                    || SubmissionReader.isFooterRow(row)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            columns.forEach((column, field) -> {
                if (field.isPersonal()) {
                    return;
                }
                String text = row.cell(column);
                cells.put(field.name(), field.pseudonymised() ? hasher.pseudonymise(field, text) : masked(field, text));
            });
            return new SubmissionRow(row.rowNumber(), cells);
        }
    }

    /** Every stored cell is masked, except a credit code that is one (its check character holds). */
    private static String masked(FieldDefinition field, String text) {
        if (field.type() == FieldType.CREDIT_CODE) {
            String code = text.strip().toUpperCase(java.util.Locale.ROOT);
            if (UnifiedCreditCode.isWellFormed(code) && UnifiedCreditCode.hasValidCheckCharacter(code)) {
                return text;
            }
        }
        return PersonalDataMask.mask(text);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }

    /** 0 → "A", 25 → "Z", 26 → "AA". */
    static String columnLetter(int columnIndex) {
        StringBuilder letters = new StringBuilder();
        for (int index = columnIndex + 1; index > 0; index = (index - 1) / 26) {
            letters.insert(0, (char) ('A' + (index - 1) % 26));
        }
        return letters.toString();
    }
}
