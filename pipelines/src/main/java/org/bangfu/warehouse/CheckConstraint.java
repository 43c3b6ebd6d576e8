package org.bangfu.warehouse;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Delta CHECK constraint: a backstop that makes Delta refuse any write of a row for which
 * {@code expression} is not true, whatever code produced it. Delta treats a null result as a
 * violation, so expressions over nullable columns say {@code column IS NULL OR …} themselves.
 *
 * @param name the constraint's name in the table, lower case (Delta stores it lower-cased)
 * @param expression a Spark SQL boolean expression over the table's columns
 * @param meaning what the rule guards, Chinese then English, for error messages
 */
public record CheckConstraint(String name, String expression, String meaning) {

    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(meaning, "meaning");
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a constraint name is lower-case letters, digits and _: " + name);
        }
    }

    /** Each column, when given, is zero or more (counts, year-to-date figures). */
    public static CheckConstraint notNegative(String name, List<String> columns) {
        String expression = columns.stream()
                .map(column -> "(" + column + " IS NULL OR " + column + " >= 0)")
                .collect(Collectors.joining(" AND "));
        return new CheckConstraint(name, expression, "数值不能为负 / figures are not negative: " + columns);
    }

    /** The column, when given, lies between two bounds inclusive (a year, a quarter, a rate in %). */
    public static CheckConstraint between(String name, String column, long lowest, long highest) {
        return new CheckConstraint(name,
                "(" + column + " IS NULL OR " + column + " BETWEEN " + lowest + " AND " + highest + ")",
                column + " 应在 " + lowest + "–" + highest + " 之间 / " + column + " lies between " + lowest
                        + " and " + highest);
    }
}
