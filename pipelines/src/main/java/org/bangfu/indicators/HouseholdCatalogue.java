package org.bangfu.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bangfu.model.HouseholdAggregates;
import org.bangfu.model.HouseholdMeasureGroup;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The BF-4 household indicators ({@link HouseholdIndicators}) as catalogue {@link Indicator}s, so
 * that they are published like every other indicator (page, chart, table, downloads): one
 * indicator per figure and category, e.g. "致贫原因户数：因病". gold.household_indicators holds them
 * long (one row per indicator_code and category, column {@code value}, year as the period); {@link
 * #rowKey} says which rows are an indicator's.
 *
 * <p>The categories are the form catalogue's values (12 causes, 3 labour capacities, 9 measures)
 * and the five 五个一批 groups. Households and people exited by year have a calendar year as their
 * category: each is one indicator whose series runs over the exit years, read from the latest
 * year's household list ({@link RowKey#periodFromCategory()}).
 */
public final class HouseholdCatalogue {

    /**
     * The rows of gold.household_indicators that hold an indicator's values.
     *
     * @param category the category of its rows; ignored when {@code periodFromCategory}
     * @param periodFromCategory the category is the period (a year): the series runs over the
     *     categories of the latest year's rows, the latest household list being the best record
     *     of every earlier year's exits
     */
    public record RowKey(String indicatorCode, String category, boolean periodFromCategory) {

        /** Whether a gold row of this indicator (indicator_code, category) belongs to it. */
        public boolean matches(String rowIndicatorCode, String rowCategory) {
            return indicatorCode.equals(rowIndicatorCode) && (periodFromCategory || category.equals(rowCategory));
        }
    }

    private static final Map<String, RowKey> ROW_KEYS = new LinkedHashMap<>();
    private static final List<Indicator> ALL = build();

    private HouseholdCatalogue() {
    }

    /** Every household indicator of the site, in publication order. */
    public static List<Indicator> all() {
        return ALL;
    }

    /** Which gold rows hold the indicator with this code; empty for an indicator stored in columns. */
    public static Optional<RowKey> rowKey(String code) {
        return Optional.ofNullable(ROW_KEYS.get(code));
    }

    private static List<Indicator> build() {
        List<Indicator> indicators = new ArrayList<>();
        for (HouseholdIndicators.HouseholdIndicator figure : HouseholdIndicators.all()) {
            List<String> categories = categoriesOf(figure.code());
            if (figure.chineseCategory().isEmpty()) {
                indicators.add(indicator(figure, figure.code(), "", "", false));
            } else if (figure.categoryIsYear()) {
                indicators.add(indicator(figure, figure.code(), "", "", true));
            } else if (!categories.isEmpty()) {
                for (int index = 0; index < categories.size(); index++) {
                    indicators.add(indicator(figure, figure.code() + "_" + String.format("%02d", index + 1),
                            categories.get(index), categories.get(index), false));
                }
            }
        }
        return List.copyOf(indicators);
    }

    private static List<String> categoriesOf(String code) {
        if (code.startsWith(HouseholdAggregates.HOUSEHOLDS_BY_CAUSE)) {
            return HouseholdAggregates.categoriesOf("main_cause");
        }
        if (code.startsWith(HouseholdAggregates.HOUSEHOLDS_BY_LABOUR_CAPACITY)) {
            return HouseholdAggregates.categoriesOf("labour_capacity");
        }
        if (code.startsWith(HouseholdAggregates.HOUSEHOLDS_BY_MEASURE_GROUP)) {
            return Arrays.stream(HouseholdMeasureGroup.values()).map(HouseholdMeasureGroup::chineseName).toList();
        }
        if (code.startsWith(HouseholdAggregates.HOUSEHOLDS_BY_MEASURE)) {
            return HouseholdAggregates.categoriesOf("measures");
        }
        return List.of();
    }

    private static Indicator indicator(HouseholdIndicators.HouseholdIndicator figure, String code, String category,
            String englishCategory, boolean periodFromCategory) {
        ROW_KEYS.put(code, new RowKey(figure.code(), category, periodFromCategory));
        String chineseName = category.isEmpty() ? figure.chineseName() : figure.chineseName() + "：" + category;
        String englishName = category.isEmpty() ? figure.englishName() : figure.englishName() + ": " + englishCategory;
        Indicator.Builder builder = Indicator.define(code)
                .named(chineseName, englishName)
                .unit(unitOf(figure.chineseUnit()))
                .defined(figure.chineseDefinition() + (periodFromCategory
                                ? "网站按最新年度的贫困户名单逐年列出。" : ""),
                        figure.englishDefinition() + (periodFromCategory
                                ? " The site lists every exit year as the latest year's household list records it." : ""))
                .formula(figure.aggregation().englishDescription())
                .goldColumn(figure.goldColumn())
                .readFrom(AggregationLevel.COUNTY, WarehouseTable.GOLD_HOUSEHOLD_INDICATORS)
                .readFrom(AggregationLevel.PREFECTURE, WarehouseTable.GOLD_HOUSEHOLD_INDICATORS)
                .readFrom(AggregationLevel.PROVINCE, WarehouseTable.GOLD_HOUSEHOLD_INDICATORS)
                .aggregated(switch (figure.aggregation()) {
                    case MEDIAN_OVER_HOUSEHOLDS -> Aggregation.MEDIAN;
                    case MEAN_OVER_HOUSEHOLDS -> Aggregation.MEAN;
                    case SHARE_OF_HOUSEHOLDS -> Aggregation.RATIO_OF_SUMS;
                    case COUNT_OF_HOUSEHOLDS -> Aggregation.COUNT;
                    case SUM_OF_HOUSEHOLD_SIZE -> Aggregation.SUM;
                })
                .precision(figure.precision())
                .direction(switch (figure.direction()) {
                    case HIGHER_IS_BETTER -> Direction.HIGHER_IS_BETTER;
                    case LOWER_IS_BETTER -> Direction.LOWER_IS_BETTER;
                    case NEITHER -> Direction.NEUTRAL;
                })
                .stock();
        figure.sourceFields().forEach(field -> builder.from(org.bangfu.forms.FormCatalogue.POOR_HOUSEHOLDS, field));
        return builder.build();
    }

    private static IndicatorUnit unitOf(String chineseUnit) {
        return Arrays.stream(IndicatorUnit.values()).filter(unit -> unit.chineseName().equals(chineseUnit)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no indicator unit " + chineseUnit));
    }
}
