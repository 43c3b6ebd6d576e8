package org.bangfu.ingest;

import java.util.ArrayList;
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
import org.bangfu.quality.Rule;

/**
 * Turns the bytes of a submitted file into the rows of a form. The form is recognised from the
 * 表号 cell of the title block or, failing that, from the header signature; the file name is not
 * trusted. Title block, numbering row (甲 乙 1 2 3 …), 合计 rows and signature footers are skipped.
 */
public final class SubmissionReader {

    private static final int ROWS_SEARCHED_FOR_HEADER = 30;
    private static final Pattern FORM_CODE = Pattern.compile("([A-Za-z]{2})\\s*[-－—_]\\s*(\\d+)");
    private static final Set<String> TOTAL_LABELS = Set.of("合计", "总计", "小计", "全省合计", "TOTAL");
    private static final List<String> FOOTER_PREFIXES = List.of("注：", "注:", "说明", "单位负责人", "填表人", "审核人", "制表人");

    public ReadSubmission read(String fileName, byte[] bytes) {
        Grid grid;
        try {
            grid = looksLikeWorkbook(bytes) ? XlsxGridReader.read(bytes) : readText(fileName, bytes);
        } catch (UnreadableFileException unreadable) {
            return rejected("", 0, Rule.FILE_UNREADABLE.about("", "", fileName, unreadable.getMessage()));
        }
        return locate(grid);
    }

    private static Grid readText(String fileName, byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("文件为空 / the file is empty");
        }
        String lowerName = fileName.toLowerCase(Locale.ROOT);
        if (!lowerName.endsWith(".csv") && !lowerName.endsWith(".txt")) {
            throw new UnreadableFileException("不是 xlsx 或 csv 文件 / neither an xlsx nor a csv file");
        }
        return CsvGridReader.read(bytes);
    }

    /** Zip (xlsx) or OLE2 (xls) signatures; the extension is not trusted. */
    private static boolean looksLikeWorkbook(byte[] bytes) {
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        boolean ole2 = bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
        return zip || ole2;
    }

    private ReadSubmission locate(Grid grid) {
        List<GridRow> rows = grid.rows();
        int searched = Math.min(rows.size(), ROWS_SEARCHED_FOR_HEADER);
        Optional<FormDefinition> declared = declaredForm(rows.subList(0, searched));
        List<FormDefinition> candidates = declared.map(List::of).orElse(FormCatalogue.forms());

        FormDefinition bestForm = null;
        int bestRowIndex = -1;
        Map<Integer, FieldDefinition> bestColumns = Map.of();
        for (int rowIndex = 0; rowIndex < searched; rowIndex++) {
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
            return rejected(grid.sheetName(), 0, Rule.FILE_FORM_UNKNOWN.about("", "", ""));
        }
        int headerRowNumber = rows.get(bestRowIndex).rowNumber();
        for (FieldDefinition required : bestForm.requiredFields()) {
            if (!bestColumns.containsValue(required)) {
                return new ReadSubmission(bestForm.code(), grid.sheetName(), headerRowNumber, List.of(),
                        Rule.FILE_COLUMN_MISSING.about(required.name(), required.header(), ""));
            }
        }
        return new ReadSubmission(bestForm.code(), grid.sheetName(), headerRowNumber,
                dataRows(rows.subList(bestRowIndex + 1, rows.size()), bestColumns), null);
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

    private static boolean hasAllRequired(FormDefinition form, Map<Integer, FieldDefinition> columns) {
        return columns.values().containsAll(form.requiredFields());
    }

    private static List<SubmissionRow> dataRows(List<GridRow> rowsBelowHeader, Map<Integer, FieldDefinition> columns) {
        List<SubmissionRow> data = new ArrayList<>();
        for (int index = 0; index < rowsBelowHeader.size(); index++) {
            GridRow row = rowsBelowHeader.get(index);
            if ((index == 0 && isNumberingRow(row)) || isTotalRow(row) || isFooterRow(row)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            columns.forEach((column, field) -> {
                if (!field.isPersonal()) {
                    cells.put(field.name(), row.cell(column));
                }
            });
            data.add(new SubmissionRow(row.rowNumber(), cells));
        }
        return data;
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
            String cell = row.cell(column).replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT);
            if (TOTAL_LABELS.contains(cell)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFooterRow(GridRow row) {
        String first = row.firstFilledCell();
        return FOOTER_PREFIXES.stream().anyMatch(first::startsWith);
    }

    private static ReadSubmission rejected(String sheetName, int headerRowNumber, org.bangfu.quality.Issue issue) {
        return new ReadSubmission("", sheetName, headerRowNumber, List.of(), issue);
    }
}
