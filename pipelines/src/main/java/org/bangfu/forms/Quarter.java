package org.bangfu.forms;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, the reporting period of quarterly forms; its text form is {@code 2019Q2}. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern COMPACT = Pattern.compile("(\\d{4})\\s*[-_ ]?\\s*[Qq]\\s*([1-4])");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(?:第)?\\s*([1-4一二三四])\\s*季(?:度)?");
    private static final Map<String, Integer> CHINESE_NUMERALS = Map.of(
            "一", 1, "二", 2, "三", 3, "四", 4, "1", 1, "2", 2, "3", 3, "4", 4);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
    }

    /** Reads 2019Q2, 2019-Q2, 2019 Q2, 2019年第二季度 or 2019年2季度; empty for anything else. */
    public static Optional<Quarter> parse(String text) {
        String trimmed = text.strip();
        Matcher compact = COMPACT.matcher(trimmed);
        if (compact.matches()) {
            return Optional.of(new Quarter(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2))));
        }
        Matcher chinese = CHINESE.matcher(trimmed);
        if (chinese.matches()) {
            return Optional.of(new Quarter(Integer.parseInt(chinese.group(1)), CHINESE_NUMERALS.get(chinese.group(2))));
        }
        return Optional.empty();
    }

    public static Quarter of(int year, int quarter) {
        return new Quarter(year, quarter);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    /** The canonical text form, e.g. {@code 2019Q2}. */
    @Override
    public String toString() {
        return year + "Q" + quarter;
    }

    private static final String[] CHINESE_QUARTER_NAMES = {"第一季度", "第二季度", "第三季度", "第四季度"};

    /** E.g. {@code 2019年第二季度}. */
    public String chineseName() {
        return year + "年" + CHINESE_QUARTER_NAMES[quarter - 1];
    }

    /** E.g. {@code 2019 Q2}. */
    public String englishName() {
        return year + " Q" + quarter;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }
}
