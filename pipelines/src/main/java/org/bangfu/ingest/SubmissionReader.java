package org.bangfu.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.quality.Issue;
import org.bangfu.quality.Rule;

/**
 * Turns a submitted file into the rows of a form, as a stream. The file's type is judged from its
 * bytes, not its name; a file that cannot be read at all (empty, too large, wrong type, damaged,
 * a zip bomb, an XML external entity) is rejected as a whole with its own F-code. The form is
 * recognised from the 表号 cell of the title block or, failing that, from the header signature;
 * the file name is not trusted. Title block, numbering row (甲 乙 1 2 3 …), 合计 rows and
 * signature footers are skipped; a header split over two rows (merged group headers) is joined.
 * Personal fields are dropped and pseudonymised fields keyed before a row leaves the reader.
 *
 * <p>Serializable so that Spark executors can read landed files themselves.
 */
public final class SubmissionReader implements Serializable {

    private static final int ROWS_SEARCHED_FOR_HEADER = 30;
    private static final Pattern FORM_CODE = Pattern.compile("([A-Za-z]{2})\\s*[-－—_]\\s*(\\d+)");
    private static final Set<String> TOTAL_LABELS = Set.of("合计", "总计", "小计", "全省合计", "TOTAL");
    /** Compiled once: String.replaceAll compiled it again for three cells of every row read. */
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000]");
    /**
     * Signature lines under the table (负责人：王建国 13912345678, 填报人, 联系电话, 制表日期 …) and notes:
     * not data, and the names in them are never stored.
     */
    private static final Pattern FOOTER = Pattern.compile(
            "^(?:注\\s*[:：]|说明|备注\\s*[:：]|(?:单位|主要|统计|分管|部门)?(?:负责人|领导)|填报人|填表人|审核人|审核|制表人|制表"
                    + "|经办人|联系人|联系电话|电话|手机|填报日期|填表日期|报出日期|报送日期|签字|盖章)");

    private final ReadLimits limits;
    private final Pseudonymiser pseudonymiser;

    /** Default limits and a random salt: for reading a file on its own, not for the warehouse. */
    public SubmissionReader() {
        this(ReadLimits.defaults(), Pseudonymiser.withRandomSalt());
    }

    public SubmissionReader(ReadLimits limits, Pseudonymiser pseudonymiser) {
        this.limits = limits;
        this.pseudonymiser = pseudonymiser;
    }

    /** Reads a whole file held in memory; for small files and tests (the pipeline streams). */
    public ReadSubmission read(String fileName, byte[] bytes) {
        try (SubmissionSource source = SubmissionSource.ofBytes(fileName, bytes);
                OpenSubmission submission = open(source)) {
            if (!submission.readable()) {
                return ReadSubmission.rejected(submission);
            }
            List<SubmissionRow> rows = new ArrayList<>();
            try {
                for (SubmissionRow row = submission.nextRow(); row != null; row = submission.nextRow()) {
                    rows.add(row);
                }
            } catch (UnreadableFileException unreadable) {
                return ReadSubmission.rejected(submission, issueOf(unreadable, fileName));
            }
            if (rows.isEmpty()) {
                return ReadSubmission.rejected(submission, noDataRows(fileName, submission.headerRowNumber()));
            }
            return new ReadSubmission(submission.formCode(), submission.sheetName(), submission.headerRowNumber(),
                    rows, submission.columnLetters(), null);
        }
    }

    /** The summary of a file rejected as it was opened (see {@link OpenSubmission#fileIssue()}). */
    static FileSummary unreadableAtOpen(OpenSubmission submission) {
        return new FileSummary(submission.formCode(), submission.sheetName(), submission.headerRowNumber(), 0,
                Map.of(), submission.fileIssue());
    }

    /** The summary of a file that proved unreadable after some of its rows: rejected whole, no rows. */
    static FileSummary unreadablePartWay(OpenSubmission submission, UnreadableFileException unreadable,
            String fileName) {
        return new FileSummary(submission.formCode(), submission.sheetName(), submission.headerRowNumber(), 0,
                Map.of(), issueOf(unreadable, fileName));
    }

    /** The summary of a file read to its end: its rows, or, when it had none, why it is rejected. */
    static FileSummary readToTheEnd(OpenSubmission submission, long rows, String fileName) {
        Issue noRows = rows == 0 ? noDataRows(fileName, submission.headerRowNumber()) : null;
        return new FileSummary(submission.formCode(), submission.sheetName(), submission.headerRowNumber(),
                noRows == null ? rows : 0, noRows == null ? submission.columnLetters() : Map.of(), noRows,
                submission.replacesScope());
    }

    /** Opens a file for reading its rows one by one; never throws for a bad file, see {@link OpenSubmission#fileIssue()}. */
    public OpenSubmission open(SubmissionSource source) {
        String fileName = source.fileName();
        GridRowStream stream = null;
        try {
            stream = openGrid(source);
            Deque<GridRow> firstRows = new ArrayDeque<>();
            for (GridRow row = stream.nextRow(); row != null && firstRows.size() < ROWS_SEARCHED_FOR_HEADER;
                    row = firstRows.size() + 1 < ROWS_SEARCHED_FOR_HEADER ? stream.nextRow() : null) {
                firstRows.addLast(row);
            }
            if (firstRows.isEmpty()) {
                throw new UnreadableFileException(Rule.FILE_EMPTY, "没有任何内容 / no rows at all");
            }
            return locate(fileName, stream, new ArrayList<>(firstRows));
        } catch (UnreadableFileException unreadable) {
            return OpenSubmission.rejected("", stream == null ? "" : stream.sheetName(), 0,
                    issueOf(unreadable, fileName), stream);
        }
    }

    private GridRowStream openGrid(SubmissionSource source) throws UnreadableFileException {
        long size;
        byte[] prefix;
        try {
            size = source.sizeBytes();
            if (size > limits.maxFileBytes()) {
                throw new UnreadableFileException(Rule.FILE_TOO_LARGE, size / ReadLimits.MEGABYTE + " MB，上限 "
                        + limits.maxFileBytes() / ReadLimits.MEGABYTE + " MB / " + size / ReadLimits.MEGABYTE
                        + " MB, the limit is " + limits.maxFileBytes() / ReadLimits.MEGABYTE + " MB");
            }
            if (size == 0) {
                throw new UnreadableFileException(Rule.FILE_EMPTY, "0 字节 / 0 bytes");
            }
            try (InputStream input = source.openStream()) {
                prefix = input.readNBytes(FileSignature.PREFIX_BYTES);
            }
        } catch (IOException failure) {
            throw new UnreadableFileException(Rule.FILE_UNREADABLE, "无法读取文件 / the file cannot be read", failure);
        }
        FileSignature signature = FileSignature.of(prefix, prefix.length);
        try {
            return switch (signature) {
                case ZIP_ARCHIVE -> XlsxRowStream.open(source.localFile(), limits, SubmissionReader::looksLikeForm);
                case TEXT -> CsvRowStream.open(source);
                default -> throw new UnreadableFileException(Rule.FILE_WRONG_TYPE, signature.description());
            };
        } catch (IOException failure) {
            throw new UnreadableFileException(Rule.FILE_UNREADABLE, "无法读取文件 / the file cannot be read", failure);
        }
    }

    private OpenSubmission locate(String fileName, GridRowStream stream, List<GridRow> rows) {
        Optional<FormDefinition> declared = declaredForm(rows);
        List<FormDefinition> candidates = declared.map(List::of).orElse(FormCatalogue.forms());

        FormDefinition bestForm = null;
        int bestRowIndex = -1;
        Map<Integer, FieldDefinition> bestColumns = Map.of();
        for (int rowIndex = 0; rowIndex < rows.size(); rowIndex++) {
            for (FormDefinition form : candidates) {
                Map<Integer, FieldDefinition> columns = columnsOf(form, rows.get(rowIndex));
                if (columns.size() > bestColumns.size() && (declared.isPresent() || hasAllRequired(form, columns))) {
                    bestForm = form;
                    bestRowIndex = rowIndex;
                    bestColumns = columns;
                }
            }
        }
        if (bestForm == null || bestColumns.size() < 2) {
            return OpenSubmission.rejected("", stream.sheetName(), 0, Rule.FILE_FORM_UNKNOWN.about("", "", fileName),
                    stream);
        }
        // A group header merged over two rows ("队员人数" above "省派 市派 县派") leaves fields on the
        // row above or below the best one: join them, and start the data after both.
        Map<Integer, FieldDefinition> columns = new LinkedHashMap<>(bestColumns);
        int headerStart = bestRowIndex;
        int headerEnd = bestRowIndex;
        if (bestRowIndex > 0 && joinHeaderRow(bestForm, rows.get(bestRowIndex - 1), columns)) {
            headerStart = bestRowIndex - 1;
        }
        if (bestRowIndex + 1 < rows.size() && joinHeaderRow(bestForm, rows.get(bestRowIndex + 1), columns)) {
            headerEnd = bestRowIndex + 1;
        }
        int headerRowNumber = rows.get(headerStart).rowNumber();
        for (FieldDefinition required : bestForm.requiredFields()) {
            if (!columns.containsValue(required)) {
                return OpenSubmission.rejected(bestForm.code(), stream.sheetName(), headerRowNumber,
                        Rule.FILE_COLUMN_MISSING.about(required.name(), required.header(), fileName), stream);
            }
        }
        return OpenSubmission.reading(bestForm.code(), stream.sheetName(), headerRowNumber, columns, stream,
                new ArrayDeque<>(rows.subList(headerEnd + 1, rows.size())), pseudonymiser.newHasher())
                .replacingScope(declaresWholeScope(rows.subList(0, headerStart)));
    }

    /** A title-block cell saying 全量替换: the file replaces its submitters' earlier rows for its periods. */
    private static boolean declaresWholeScope(List<GridRow> titleRows) {
        return titleRows.stream().flatMap(row -> row.cells().stream()).anyMatch(cell -> cell.contains("全量替换"));
    }

    /** Adds the fields a neighbouring header row names in columns not yet taken; whether it named any. */
    private static boolean joinHeaderRow(FormDefinition form, GridRow row, Map<Integer, FieldDefinition> columns) {
        boolean joined = false;
        for (Map.Entry<Integer, FieldDefinition> found : columnsOf(form, row).entrySet()) {
            if (!columns.containsKey(found.getKey()) && !columns.containsValue(found.getValue())) {
                columns.put(found.getKey(), found.getValue());
                joined = true;
            }
        }
        return joined;
    }

    private static Optional<FormDefinition> declaredForm(List<GridRow> titleRows) {
        for (GridRow row : titleRows) {
            for (int column = 0; column < row.cells().size(); column++) {
                String cell = row.cell(column);
                int label = cell.indexOf("表号");
                if (label < 0) {
                    continue;
                }
                String rest = cell.substring(label + 2) + " " + row.cell(column + 1);
                Matcher code = FORM_CODE.matcher(rest);
                if (code.find()) {
                    return FormCatalogue.find(code.group(1) + "-" + code.group(2));
                }
            }
        }
        return Optional.empty();
    }

    private static Map<Integer, FieldDefinition> columnsOf(FormDefinition form, GridRow row) {
        Map<Integer, FieldDefinition> columns = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int column = 0; column < row.cells().size(); column++) {
            Optional<FieldDefinition> field = form.fieldForHeader(row.cell(column));
            // The first column with a header wins; a repeated header is ignored rather than merged.
            if (field.isPresent() && seen.add(field.get().name())) {
                columns.put(column, field.get());
            }
        }
        return columns;
    }

    /** Whether one of the rows is the whole header of some form: every required column named. */
    static boolean looksLikeForm(List<GridRow> rows) {
        return rows.stream().anyMatch(row -> FormCatalogue.forms().stream().anyMatch(form -> {
            Map<Integer, FieldDefinition> columns = columnsOf(form, row);
            return columns.size() >= 2 && hasAllRequired(form, columns);
        }));
    }

    private static boolean hasAllRequired(FormDefinition form, Map<Integer, FieldDefinition> columns) {
        return columns.values().containsAll(form.requiredFields());
    }

    /** 甲 乙 丙 … or 1 2 3 … under the header, as official forms number their columns. */
    static boolean isNumberingRow(GridRow row) {
        String first = row.firstFilledCell();
        if (first.equals("甲") || first.equals("栏次")) {
            return true;
        }
        List<String> filled = row.cells().stream().map(String::strip).filter(cell -> !cell.isEmpty()).toList();
        for (int index = 0; index < filled.size(); index++) {
            if (!filled.get(index).equals(String.valueOf(index + 1))) {
                return false;
            }
        }
        return filled.size() >= 3;
    }

    static boolean isTotalRow(GridRow row) {
        for (int column = 0; column < Math.min(row.cells().size(), 3); column++) {
            String cell = WHITE_SPACE.matcher(row.cell(column)).replaceAll("").toUpperCase(Locale.ROOT);
            if (TOTAL_LABELS.contains(cell)) {
                return true;
            }
        }
        return false;
    }

    static boolean isFooterRow(GridRow row) {
        return FOOTER.matcher(row.firstFilledCell()).find();
    }

    static Issue issueOf(UnreadableFileException unreadable, String fileName) {
        return unreadable.rule().about("", "", fileName, unreadable.getMessage());
    }

    private static Issue noDataRows(String fileName, int headerRowNumber) {
        return Rule.FILE_NO_DATA_ROWS.about("", "", fileName,
                "表头在第 " + headerRowNumber + " 行 / the header is on row " + headerRowNumber);
    }
}
