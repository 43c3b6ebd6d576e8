package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bangfu.warehouse.ColumnMeaning;

/**
 * A table offered for download: a gold table as pinned, or an indicator slice as a page shows it.
 * Cells are text (a String), numbers (a BigDecimal, already at the published precision for a
 * slice) or null for "not reported".
 *
 * @param name file stem, e.g. {@code county_quarter}
 * @param chineseTitle what it holds, in Chinese
 * @param englishTitle the same in English
 * @param columns its columns in order
 * @param rows its rows, each with one cell per column: a list, or for a gold table a pass over it
 *     read as it is written
 */
record DataTable(String name, String chineseTitle, String englishTitle, List<DataColumn> columns, Iterable<List<Object>> rows) {

    DataTable {
        columns = List.copyOf(columns);
        rows = rows instanceof List<List<Object>> list ? List.copyOf(list) : rows;
    }

    /**
     * A column: its field name, its meaning ("中文 / English", as the warehouse column catalogue
     * writes it), and whether its cells are numbers.
     */
    record DataColumn(String field, String meaning, boolean numeric) {

        /** The Chinese part of the meaning, for a header a reader sees first. */
        String chineseMeaning() {
            int slash = meaning.indexOf(" / ");
            return slash < 0 ? meaning : meaning.substring(0, slash);
        }
    }

    /**
     * A gold table as pinned, column meanings from the warehouse column catalogue. Its rows are
     * converted to cells as they are read, each time the table is written, from {@code rows}: a
     * national gold table does not fit the driver's memory, as rows or as cells.
     *
     * @param rowsInKeyOrder a fresh pass over the table's rows, in the order a download lists them
     */
    static DataTable ofGold(String name, String chineseTitle, String englishTitle, StructType schema,
            Supplier<Iterator<Row>> rowsInKeyOrder) {
        List<DataColumn> columns = new ArrayList<>();
        for (StructField field : schema.fields()) {
            columns.add(new DataColumn(field.name(), ColumnMeaning.of(field), field.dataType() instanceof NumericType));
        }
        StructField[] fields = schema.fields();
        Iterable<List<Object>> cells = () -> new Iterator<>() {
            private final Iterator<Row> rows = rowsInKeyOrder.get();

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public List<Object> next() {
                Row row = rows.next();
                List<Object> rowCells = new ArrayList<>(fields.length);
                for (int column = 0; column < fields.length; column++) {
                    rowCells.add(cell(row, column, fields[column]));
                }
                return Collections.unmodifiableList(rowCells);
            }
        };
        return new DataTable(name, chineseTitle, englishTitle, columns, cells);
    }

    private static Object cell(Row row, int index, StructField field) {
        if (row.isNullAt(index)) {
            return null;
        }
        Object value = row.get(index);
        if (field.dataType() instanceof DecimalType) {
            return ((BigDecimal) value).stripTrailingZeros();
        }
        if (field.dataType() instanceof IntegralType) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (field.dataType() instanceof NumericType) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }
}
