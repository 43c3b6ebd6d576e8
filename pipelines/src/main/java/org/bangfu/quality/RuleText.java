package org.bangfu.quality;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * A rule's messages as Spark columns, for checks that run over whole tables (across periods,
 * across sources, late submissions): the template's {0}, {1}, {2}, {3} are filled from columns,
 * so the text is the same one {@link Rule} gives a single row.
 */
final class RuleText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private RuleText() {
    }

    static Column chinese(Rule rule, Column... arguments) {
        return fill(rule.chineseTemplate(), arguments);
    }

    static Column english(Rule rule, Column... arguments) {
        return fill(rule.englishTemplate(), arguments);
    }

    /**
     * An issue struct as the quarantine and warnings tables hold it.
     *
     * @param arguments the template's arguments: column header, value, details
     */
    static Column issue(Rule rule, String field, Column value, Column... arguments) {
        return struct(lit(rule.code()).as("rule_code"), lit(rule.severity().name()).as("severity"),
                lit(field).as("field"), value.cast("string").as("value"),
                chinese(rule, arguments).as("message_zh"), english(rule, arguments).as("message_en"));
    }

    static Column fill(String template, Column... arguments) {
        List<Column> parts = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int from = 0;
        while (placeholder.find()) {
            parts.add(lit(template.substring(from, placeholder.start())));
            int index = Integer.parseInt(placeholder.group(1));
            parts.add(index < arguments.length
                    ? functions.coalesce(arguments[index].cast("string"), lit(""))
                    : lit(""));
            from = placeholder.end();
        }
        parts.add(lit(template.substring(from)));
        return concat(parts.toArray(Column[]::new));
    }
}
