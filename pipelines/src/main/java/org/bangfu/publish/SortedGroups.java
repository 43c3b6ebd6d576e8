package org.bangfu.publish;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The rows of a stream sorted by one text column, handed out a key at a time: several tables
 * sorted by the same key (a unit's quarters, rules and verdicts) are read side by side, so that
 * only one key's rows are in memory, whatever the size of the tables.
 *
 * <p>Keys are compared as Spark sorts text (by UTF-8 bytes), not as Java compares strings (by
 * UTF-16 units): the two orders differ for characters beyond the Basic Multilingual Plane, and a
 * merge that disagreed with the sort would skip rows.
 */
final class SortedGroups {

    private final Iterator<Row> rows;
    private final String keyColumn;
    private Row next;

    /** {@code rows} must be sorted by {@code keyColumn}, nulls first. */
    SortedGroups(Iterator<Row> rows, String keyColumn) {
        this.rows = rows;
        this.keyColumn = keyColumn;
        this.next = rows.hasNext() ? rows.next() : null;
    }

    /** The key of the next row, or null when every row has been handed out. */
    String nextKey() {
        return next == null ? null : GoldData.GoldTable.text(next, keyColumn);
    }

    /**
     * The rows with {@code key}, dropping any with a smaller key; keys must be asked for in
     * ascending order.
     */
    List<Row> take(String key) {
        List<Row> group = new ArrayList<>();
        while (next != null) {
            int order = compare(GoldData.GoldTable.text(next, keyColumn), key);
            if (order > 0) {
                break;
            }
            if (order == 0) {
                group.add(next);
            }
            next = rows.hasNext() ? rows.next() : null;
        }
        return group;
    }

    /** Spark's order of text. */
    static int compare(String left, String right) {
        return UTF8String.fromString(left).compareTo(UTF8String.fromString(right));
    }
}
