package org.bangfu.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bangfu.warehouse.WarehouseTable;

/**
 * One published indicator, defined once. Everything that shows it — page, chart, briefing, CSV,
 * the warehouse README — takes its label, unit, method and number style from here, and reads its
 * value from gold by column name.
 *
 * @param code stable English code, also the stem of its data field names, e.g. {@code funds_direct}
 * @param chineseName the name as official texts write it; in running text it is followed directly
 *     by the value, e.g. 直接投入帮扶资金8.24亿元
 * @param englishName the English name
 * @param unit the unit the value is held in
 * @param chineseDefinition what it means and how it is computed, in Chinese
 * @param englishDefinition the same in English
 * @param formula the computation over gold (and silver) columns, e.g. {@code sum(funds_direct)}
 * @param goldColumn the gold column it is read from; for a flow the stem to which a {@link Span}'s
 *     gold suffix is appended ({@code funds_direct} → {@code funds_direct_ytd})
 * @param goldTables the gold table holding it for each level it is published for, in order
 * @param aggregation how values of the parts make the value of a group
 * @param precision decimals it is published with
 * @param rounding how it is rounded to that precision (四舍五入 is {@link RoundingMode#HALF_UP})
 * @param direction whether a rise is good news
 * @param accumulation whether it is a year-to-date flow or a count at a moment
 * @param sourceFields the form fields it is computed from
 */
public record Indicator(
        String code,
        String chineseName,
        String englishName,
        IndicatorUnit unit,
        String chineseDefinition,
        String englishDefinition,
        String formula,
        String goldColumn,
        Map<AggregationLevel, WarehouseTable> goldTables,
        Aggregation aggregation,
        int precision,
        RoundingMode rounding,
        Direction direction,
        Accumulation accumulation,
        List<SourceField> sourceFields) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unit, code + ": unit");
        Objects.requireNonNull(formula, code + ": formula");
        Objects.requireNonNull(goldColumn, code + ": goldColumn");
        Objects.requireNonNull(aggregation, code + ": aggregation");
        Objects.requireNonNull(rounding, code + ": rounding");
        Objects.requireNonNull(direction, code + ": direction");
        Objects.requireNonNull(accumulation, code + ": accumulation");
        goldTables = Collections.unmodifiableMap(new LinkedHashMap<>(goldTables));
        sourceFields = List.copyOf(sourceFields);
        if (goldTables.isEmpty()) {
            throw new IllegalArgumentException(code + " is read from no gold table");
        }
        if (precision < 0) {
            throw new IllegalArgumentException("precision of " + code + " must not be negative");
        }
    }

    /** Starts the definition of an indicator; see {@link Builder}. */
    public static Builder define(String code) {
        return new Builder(code);
    }

    public boolean higherIsBetter() {
        return direction == Direction.HIGHER_IS_BETTER;
    }

    /** The levels it is published for. */
    public List<AggregationLevel> levels() {
        return List.copyOf(goldTables.keySet());
    }

    /** The gold column holding a span: {@code <stem>_<suffix>} for a flow, the column itself for a stock. */
    public String goldColumn(Span span) {
        return accumulation == Accumulation.FLOW ? goldColumn + "_" + span.goldSuffix() : goldColumn;
    }

    /** Every gold column of the indicator: each span of a flow, the one column of a stock. */
    public List<String> goldColumns() {
        if (accumulation == Accumulation.STOCK) {
            return List.of(goldColumn);
        }
        List<String> columns = new ArrayList<>();
        for (Span span : Span.values()) {
            columns.add(goldColumn(span));
        }
        return columns;
    }

    /** The value in a gold row for a span, empty when it was not reported. */
    public Optional<BigDecimal> value(GoldFigures figures, Span span) {
        return Optional.ofNullable(figures.figure(goldColumn(span)));
    }

    /** The value or null, for renderers that format "not reported" themselves. */
    public BigDecimal valueOrNull(GoldFigures figures, Span span) {
        return value(figures, span).orElse(null);
    }

    /** The spans worth showing: year to date and quarter for a flow, one for a stock (its spans are the same value). */
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

    /** The value rounded 四舍五入 to the indicator's precision, from the exact value; null stays null. */
    public BigDecimal rounded(BigDecimal value) {
        return value == null ? null : value.setScale(precision, rounding);
    }

    /** For Chinese running text, unit included: "8.24亿元", "5678.46万元", "12个", "3.9%"; "—" if null. */
    public String formatChineseText(BigDecimal value) {
        if (value == null) {
            return OfficialNumberFormat.NOT_REPORTED;
        }
        if (unit.isAmountOfMoney()) {
            return OfficialNumberFormat.amountInChineseText(value, precision, rounding);
        }
        return rounded(value).toPlainString() + unit.chineseName();
    }

    /** For English running text: "CNY 824.00 million", "3,400 person-times", "3.9%"; "—" if null. */
    public String formatEnglishText(BigDecimal value) {
        if (value == null) {
            return OfficialNumberFormat.NOT_REPORTED;
        }
        if (unit.isAmountOfMoney()) {
            return OfficialNumberFormat.amountInEnglishText(value, precision, rounding);
        }
        String number = OfficialNumberFormat.grouped(value, precision, rounding);
        if (unit == IndicatorUnit.ITEMS) {
            return number;
        }
        return unit == IndicatorUnit.PERCENT ? number + unit.englishName() : number + " " + unit.englishName();
    }

    /** For a table cell whose header carries the unit: "82,400.00", "1,234"; "—" if null. */
    public String formatTableCell(BigDecimal value) {
        return OfficialNumberFormat.grouped(value, precision, rounding);
    }

    /** For a data download: "82400.00", "1234"; empty if null (blank means not reported). */
    public String formatData(BigDecimal value) {
        return OfficialNumberFormat.plain(value, precision, rounding);
    }

    /**
     * Builds an indicator definition step by step, so that each catalogue entry reads like its
     * metadata sheet. Defaults: 四舍五入, higher is better, a flow summed over its parts.
     */
    public static final class Builder {
        private final String code;
        private String chineseName;
        private String englishName;
        private IndicatorUnit unit;
        private String chineseDefinition = "";
        private String englishDefinition = "";
        private String formula;
        private String goldColumn;
        private final Map<AggregationLevel, WarehouseTable> goldTables = new LinkedHashMap<>();
        private Aggregation aggregation = Aggregation.SUM;
        private int precision;
        private RoundingMode rounding = RoundingMode.HALF_UP;
        private Direction direction = Direction.HIGHER_IS_BETTER;
        private Accumulation accumulation = Accumulation.FLOW;
        private final List<SourceField> sourceFields = new ArrayList<>();

        private Builder(String code) {
            this.code = code;
            this.goldColumn = code;
        }

        public Builder named(String chinese, String english) {
            this.chineseName = chinese;
            this.englishName = english;
            return this;
        }

        public Builder unit(IndicatorUnit value) {
            this.unit = value;
            return this;
        }

        public Builder defined(String chinese, String english) {
            this.chineseDefinition = chinese;
            this.englishDefinition = english;
            return this;
        }

        public Builder formula(String value) {
            this.formula = value;
            return this;
        }

        /** The gold column (a flow's stem) when it differs from the code. */
        public Builder goldColumn(String value) {
            this.goldColumn = value;
            return this;
        }

        public Builder readFrom(AggregationLevel level, WarehouseTable table) {
            goldTables.put(level, table);
            return this;
        }

        public Builder readFrom(Map<AggregationLevel, WarehouseTable> tables) {
            goldTables.putAll(tables);
            return this;
        }

        public Builder aggregated(Aggregation value) {
            this.aggregation = value;
            return this;
        }

        public Builder precision(int decimals) {
            this.precision = decimals;
            return this;
        }

        public Builder direction(Direction value) {
            this.direction = value;
            return this;
        }

        public Builder stock() {
            this.accumulation = Accumulation.STOCK;
            return this;
        }

        public Builder from(String formCode, String... fieldNames) {
            for (String field : fieldNames) {
                sourceFields.add(SourceField.of(formCode, field));
            }
            return this;
        }

        public Indicator build() {
            return new Indicator(code, chineseName, englishName, unit, chineseDefinition, englishDefinition,
                    formula == null ? aggregation.englishName() + "(" + goldColumn + ")" : formula, goldColumn,
                    goldTables, aggregation, precision, rounding, direction, accumulation, sourceFields);
        }
    }
}
