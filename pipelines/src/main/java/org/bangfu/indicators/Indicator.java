package org.bangfu.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bangfu.model.AreaQuarterFigures;

/**
 * One published indicator, defined once. Everything that shows it — page, chart, briefing, CSV —
 * takes its label, unit and number style from here.
 *
 * @param code stable English code, also the stem of its data field names, e.g. {@code funds_direct}
 * @param chineseName the name as official texts write it; in running text it is followed directly
 *     by the value, e.g. 直接投入帮扶资金8.24亿元
 * @param englishName the English name
 * @param unit the unit the value is held in
 * @param chineseDefinition how it is computed from gold, in Chinese
 * @param englishDefinition how it is computed from gold, in English
 * @param precision decimals it is published with
 * @param rounding how it is rounded to that precision (四舍五入 is {@link RoundingMode#HALF_UP})
 * @param higherIsBetter whether a rise is good news
 * @param accumulation whether it is a year-to-date flow or a quarter-end count
 * @param yearToDate reads the year-to-date value (for a stock: the quarter-end count); null when
 *     not reported
 * @param quarter reads the value in the quarter alone (for a stock: the quarter-end count); null
 *     when not reported or not derivable
 */
public record Indicator(
        String code,
        String chineseName,
        String englishName,
        IndicatorUnit unit,
        String chineseDefinition,
        String englishDefinition,
        int precision,
        RoundingMode rounding,
        boolean higherIsBetter,
        Accumulation accumulation,
        Function<AreaQuarterFigures, BigDecimal> yearToDate,
        Function<AreaQuarterFigures, BigDecimal> quarter) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(accumulation, "accumulation");
        Objects.requireNonNull(yearToDate, "yearToDate");
        Objects.requireNonNull(quarter, "quarter");
        if (precision < 0) {
            throw new IllegalArgumentException("precision of " + code + " must not be negative");
        }
    }

    /** The value for one area and quarter, empty when it was not reported. */
    public Optional<BigDecimal> value(AreaQuarterFigures figures, Span span) {
        Function<AreaQuarterFigures, BigDecimal> accessor = span == Span.YEAR_TO_DATE ? yearToDate : quarter;
        return Optional.ofNullable(accessor.apply(figures));
    }

    /** The value or null, for renderers that format "not reported" themselves. */
    public BigDecimal valueOrNull(AreaQuarterFigures figures, Span span) {
        return value(figures, span).orElse(null);
    }

    /** The spans worth showing: both for a flow, one for a stock (its spans are the same value). */
    public List<Span> publishedSpans() {
        return accumulation == Accumulation.FLOW
                ? List.of(Span.YEAR_TO_DATE, Span.QUARTER)
                : List.of(Span.QUARTER);
    }

    /** "直接投入帮扶资金（万元）". */
    public String chineseLabelWithUnit() {
        return chineseName + "（" + unit.chineseName() + "）";
    }

    /** "Funds invested directly (CNY 10,000)". */
    public String englishLabelWithUnit() {
        return englishName + " (" + unit.englishName() + ")";
    }

    /** For Chinese running text, unit included: "8.24亿元", "5678.46万元", "12个", "3400人次"; "—" if null. */
    public String formatChineseText(BigDecimal value) {
        if (value == null) {
            return OfficialNumberFormat.NOT_REPORTED;
        }
        if (unit.isAmountOfMoney()) {
            return OfficialNumberFormat.amountInChineseText(value, precision, rounding);
        }
        return OfficialNumberFormat.integerInText(value.setScale(precision, rounding), rounding) + unit.chineseName();
    }

    /** For English running text: "CNY 824.00 million", "3,400 person-times"; "—" if null. */
    public String formatEnglishText(BigDecimal value) {
        if (value == null) {
            return OfficialNumberFormat.NOT_REPORTED;
        }
        if (unit.isAmountOfMoney()) {
            return OfficialNumberFormat.amountInEnglishText(value, precision, rounding);
        }
        String number = OfficialNumberFormat.grouped(value, precision, rounding);
        return unit == IndicatorUnit.ITEMS ? number : number + " " + unit.englishName();
    }

    /** For a table cell whose header carries the unit: "82,400.00", "1,234"; "—" if null. */
    public String formatTableCell(BigDecimal value) {
        return OfficialNumberFormat.grouped(value, precision, rounding);
    }

    /** For a data download: "82400.00", "1234"; empty if null (blank means not reported). */
    public String formatData(BigDecimal value) {
        return OfficialNumberFormat.plain(value, precision, rounding);
    }
}
