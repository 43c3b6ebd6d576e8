package org.bangfu.documents;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bangfu.indicators.GoldFigures;

/**
 * One row of any pinned gold table, by column name, so that the indicator catalogue reads its figures
 * and documents read its names. A null figure means not reported, never zero.
 */
public record GoldRecord(Map<String, Object> values) implements GoldFigures {

    public GoldRecord {
        // A row read from a table is already unmodifiable and shares its column names with the
        // other rows of the read: copied into a map of its own, it would take several times the memory.
        values = values instanceof RowValues ? values : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public BigDecimal figure(String goldColumn) {
        return figureOf(values.get(goldColumn));
    }

    /** A value of any numeric type Spark reads as a figure; null when absent or not a number. */
    static BigDecimal figureOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return number instanceof Double || number instanceof Float
                    ? BigDecimal.valueOf(number.doubleValue())
                    : BigDecimal.valueOf(number.longValue());
        }
        return null;
    }

    /** A text column, empty when null. */
    public String text(String column) {
        Object value = values.get(column);
        return value == null ? "" : value.toString();
    }

    public boolean has(String column) {
        return values.get(column) != null;
    }

    /** An integer column, or null. */
    public Integer integer(String column) {
        BigDecimal value = figure(column);
        return value == null ? null : value.intValue();
    }
}
