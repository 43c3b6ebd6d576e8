package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
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
 * @param rows its rows, each with one cell per column
 */
record DataTable(String name, String chineseTitle, String englishTitle, List<DataColumn> columns, List<List<Object>> rows) {

    DataTable {
        columns = List.copyOf(columns);
        rows = rows instanceof GoldRows ? rows : List.copyOf(rows);
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

    /** A gold table as pinned, its rows in key order ({@link #inColumnOrder}), column meanings from the warehouse column catalogue. */
    static DataTable ofGold(String name, String chineseTitle, String englishTitle, GoldData.GoldTable gold) {
        List<DataColumn> columns = new ArrayList<>();
        for (StructField field : gold.schema().fields()) {
            columns.add(new DataColumn(field.name(), ColumnMeaning.of(field), field.dataType() instanceof NumericType));
        }
        List<Row> inKeyOrder = new ArrayList<>(gold.rows());
        inKeyOrder.sort(inColumnOrder(gold.schema()));
        return new DataTable(name, chineseTitle, englishTitle, columns, new GoldRows(inKeyOrder, gold.schema().fields()));
    }

    /**
     * A gold table's rows as download cells, converted as each is read: a copy of every cell of
     * the largest tables, held beside the collected rows, would double what publish needs.
     */
    private static final class GoldRows extends AbstractList<List<Object>> implements RandomAccess {

        private final List<Row> rows;
        private final StructField[] fields;

        /** Takes the sorted rows as they are: ofGold made the list and keeps no other reference to it. */
        GoldRows(List<Row> rows, StructField[] fields) {
            this.rows = rows;
            this.fields = fields.clone();
        }

        @Override
        public List<Object> get(int index) {
            Row row = rows.get(index);
            List<Object> cells = new ArrayList<>(fields.length);
            for (int column = 0; column < fields.length; column++) {
                cells.add(cell(row, column, fields[column]));
            }
            return Collections.unmodifiableList(cells);
        }

        @Override
        public int size() {
            return rows.size();
        }
    }

    /**
     * Rows ordered by their columns from the first: gold tables lead with their keys (level, area,
     * period), so a download reads in key order, and two releases of the same figures are the same
     * bytes whatever order the last shuffle left the rows in. Only downloads are sorted: pages keep
     * the table's own order, which some of them present as it is.
     */
    static Comparator<Row> inColumnOrder(StructType schema) {
        int width = schema.fields().length;
        return (left, right) -> {
            for (int index = 0; index < width; index++) {
                int order = compareCells(left.isNullAt(index) ? null : left.get(index),
                        right.isNullAt(index) ? null : right.get(index));
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareCells(Object left, Object right) {
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : -1) : 1;
        }
        if (left instanceof Comparable comparable && left.getClass() == right.getClass()) {
            return comparable.compareTo(right);
        }
        return String.valueOf(left).compareTo(String.valueOf(right));
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
