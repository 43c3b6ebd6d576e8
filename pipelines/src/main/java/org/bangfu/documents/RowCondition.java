package org.bangfu.documents;

import static org.apache.spark.sql.functions.col;

import java.util.Objects;
import org.apache.spark.sql.Column;

/**
 * The rows of a gold table whose column equals a value, e.g. {@code period = 2019Q4} or {@code year = 2019}:
 * what a document asks of a table whose every row would not fit the driver. The same condition is
 * pushed down to Spark when the rows come from the warehouse (so only the matching rows are
 * collected) and evaluated on records when they are held in memory (as in tests), and both ways agree.
 *
 * @param column the gold column compared
 * @param value the value it must equal; a row with no value there never matches
 */
public record RowCondition(String column, Object value) {

    public RowCondition {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value: a row with no value never matches, so a null value would match nothing");
    }

    public static RowCondition equalTo(String column, Object value) {
        return new RowCondition(column, value);
    }

    /** The condition as Spark evaluates it, on the column's own type (so Delta can skip the files it excludes). */
    public Column asSparkColumn() {
        return col(column).equalTo(value);
    }

    /**
     * Whether a record in memory matches. Values are compared as text, as Spark compares a number with
     * a number of another width: the year 2019 matches whether the record holds it as int or long.
     */
    public boolean matches(GoldRecord record) {
        return record.has(column) && record.text(column).equals(value.toString());
    }
}
