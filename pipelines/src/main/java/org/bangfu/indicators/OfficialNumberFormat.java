package org.bangfu.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.bangfu.forms.Quarter;

/**
 * Numbers, quarters and dates the way a Chinese government office writes them, so that a figure
 * reads the same on the site, in charts and in the Word briefing.
 *
 * <p>Rules: amounts held in 万元 are written in 亿元 once they reach 1亿元 (10,000 万元), otherwise in
 * 万元, both with the indicator's decimals, rounded 四舍五入 (HALF_UP) from the exact value (never
 * rounded twice). Counts are plain integers in running text; tables may group thousands. A value
 * that was not reported is written {@value #NOT_REPORTED}, never 0. Arithmetic is BigDecimal only.
 */
public final class OfficialNumberFormat {

    /** What a missing (not reported) figure is written as. */
    public static final String NOT_REPORTED = "—";

    private static final BigDecimal TEN_THOUSAND_YUAN_PER_HUNDRED_MILLION = BigDecimal.valueOf(10_000);
    private static final int TEN_THOUSAND_YUAN_PER_MILLION_EXPONENT = 2;
    private static final int HUNDRED_MILLION_EXPONENT = 4;

    private OfficialNumberFormat() {
    }

    /** An amount in 万元 for running text with two decimals, 四舍五入: 82,400 → "8.24亿元", 5,678.456 → "5678.46万元". */
    public static String amountInChineseText(BigDecimal tenThousandYuan) {
        return amountInChineseText(tenThousandYuan, 2, RoundingMode.HALF_UP);
    }

    /** An amount in 万元 for running text, in 亿元 from 1亿元 up, else in 万元. */
    public static String amountInChineseText(BigDecimal tenThousandYuan, int decimals, RoundingMode rounding) {
        if (tenThousandYuan == null) {
            return NOT_REPORTED;
        }
        // Decided on the rounded 万元 value so that 9,999.995 万元 reads "1.00亿元", not "10000.00万元".
        BigDecimal roundedTenThousands = tenThousandYuan.setScale(decimals, rounding);
        if (roundedTenThousands.abs().compareTo(TEN_THOUSAND_YUAN_PER_HUNDRED_MILLION) >= 0) {
            BigDecimal hundredMillions = tenThousandYuan.movePointLeft(HUNDRED_MILLION_EXPONENT).setScale(decimals, rounding);
            return hundredMillions.toPlainString() + "亿元";
        }
        return roundedTenThousands.toPlainString() + "万元";
    }

    /** An amount in 万元 for English text, in millions of yuan: 82,400 → "CNY 824.00 million". */
    public static String amountInEnglishText(BigDecimal tenThousandYuan, int decimals, RoundingMode rounding) {
        if (tenThousandYuan == null) {
            return NOT_REPORTED;
        }
        BigDecimal millions = tenThousandYuan.movePointLeft(TEN_THOUSAND_YUAN_PER_MILLION_EXPONENT);
        return "CNY " + grouped(millions, decimals, rounding) + " million";
    }

    /** A count for running text: a plain integer, "12345". */
    public static String integerInText(BigDecimal count, RoundingMode rounding) {
        if (count == null) {
            return NOT_REPORTED;
        }
        return count.setScale(0, rounding).toPlainString();
    }

    /** A count for running text: a plain integer, "12345". */
    public static String integerInText(Long count) {
        return count == null ? NOT_REPORTED : Long.toString(count);
    }

    /** A number for a table cell, thousands grouped: "82,400.00", "1,234". */
    public static String grouped(BigDecimal value, int decimals, RoundingMode rounding) {
        if (value == null) {
            return NOT_REPORTED;
        }
        // Grouped by hand: String.format parsed its pattern for every cell, a tenth of a province
        // publish. The digits are those of the value rounded to the wanted scale, as "%,.Nf" shows them.
        BigDecimal scaled = value.setScale(decimals, rounding);
        String digits = scaled.abs().toPlainString();
        int point = digits.indexOf('.');
        int integerDigits = point < 0 ? digits.length() : point;
        StringBuilder text = new StringBuilder(digits.length() + integerDigits / 3 + 1);
        if (scaled.signum() < 0) {
            text.append('-');
        }
        for (int index = 0; index < integerDigits; index++) {
            if (index > 0 && (integerDigits - index) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(index));
        }
        return text.append(digits, integerDigits, digits.length()).toString();
    }

    /** A number for a data file: no grouping, no unit, fixed decimals; empty when not reported. */
    public static String plain(BigDecimal value, int decimals, RoundingMode rounding) {
        return value == null ? "" : value.setScale(decimals, rounding).toPlainString();
    }

    /** "2019年第四季度". */
    public static String quarterInChinese(int year, int quarter) {
        return new Quarter(year, quarter).chineseName();
    }

    /** "2019 Q4". */
    public static String quarterInEnglish(int year, int quarter) {
        return new Quarter(year, quarter).englishName();
    }

    /** "2020年1月15日": no leading zeros, as official documents date themselves. */
    public static String dateInChinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "15 January 2020". */
    public static String dateInEnglish(LocalDate date) {
        return date.getDayOfMonth() + " "
                + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + date.getYear();
    }
}
