package org.bangfu.demo;

import java.util.List;

/**
 * A table as it will be laid out in a file: the title block above the header (xlsx only), the
 * header, an optional numbering row (甲, 乙, 1, 2, …), the data rows and an optional 合计 row.
 *
 * @param sheetName the sheet holding the table (xlsx)
 * @param titleRows the title block, first row the title (merged across the table); each later row's
 *     texts are spread over the width: first at the left, last at the right
 * @param columns the columns in file order
 * @param rows the data rows, one cell per column
 * @param numberingRow whether a numbering row follows the header (xlsx)
 * @param totalRow whether a 合计 row follows the data
 * @param blankTrailingRows formatted but empty rows left below, as Excel keeps them (xlsx)
 * @param dateStyle how dates are shown
 */
record DemoTable(
        String sheetName,
        List<List<String>> titleRows,
        List<Column> columns,
        List<List<Cell>> rows,
        boolean numberingRow,
        boolean totalRow,
        int blankTrailingRows,
        DateStyle dateStyle) {

    static final String TOTAL_LABEL = "合计";

    DemoTable {
        titleRows = titleRows.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
        rows = rows.stream().<List<Cell>>map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /**
     * @param header the header text as the file shows it
     * @param fieldName the catalogue field it holds, empty for columns the catalogue does not know (序号, 单位名称)
     * @param numbering its label in the numbering row
     * @param summed whether the 合计 row adds it up
     * @param width in characters
     */
    record Column(String header, String fieldName, String numbering, boolean summed, int width) {
    }

    enum DateStyle {
        /** 2019-04-08, as systems export. */
        ISO("yyyy-mm-dd", "yyyy-MM-dd"),
        /** 2019/4/8, as Chinese Excel shows a date in a CSV. */
        SLASHES("yyyy/m/d", "yyyy/M/d"),
        /** 2019年4月8日. */
        CHINESE("yyyy\"年\"m\"月\"d\"日\"", "yyyy年M月d日");

        private final String excelFormat;
        private final String javaPattern;

        DateStyle(String excelFormat, String javaPattern) {
            this.excelFormat = excelFormat;
            this.javaPattern = javaPattern;
        }

        String excelFormat() {
            return excelFormat;
        }

        String javaPattern() {
            return javaPattern;
        }
    }

    int columnOf(String fieldName) {
        for (int index = 0; index < columns.size(); index++) {
            if (columns.get(index).fieldName().equals(fieldName)) {
                return index;
            }
        }
        throw new IllegalArgumentException("no column for field " + fieldName);
    }

    /** The 1-based row number Excel shows for a data row. */
    int spreadsheetRowNumber(int dataRowIndex) {
        return titleRows.size() + 1 + (numberingRow ? 1 : 0) + dataRowIndex + 1;
    }

    /** The 1-based line of a data row in a CSV file: the header is line 1. */
    static int csvLineNumber(int dataRowIndex) {
        return dataRowIndex + 2;
    }
}
