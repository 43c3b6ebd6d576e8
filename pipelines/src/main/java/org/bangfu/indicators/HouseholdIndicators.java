package org.bangfu.indicators;

import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_CAUSE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_CAUSE_SHARE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_LABOUR_CAPACITY;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_LABOUR_CAPACITY_SHARE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_MEASURE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_MEASURE_GROUP;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_MEASURE_GROUP_SHARE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_MEASURE_SHARE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_EXITED_BY_YEAR;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_REGISTERED;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_RETURNED;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_WITHOUT_HELPER_UNIT;
import static org.bangfu.model.HouseholdAggregates.INCOME_PER_CAPITA_MEAN;
import static org.bangfu.model.HouseholdAggregates.INCOME_PER_CAPITA_MEDIAN;
import static org.bangfu.model.HouseholdAggregates.PEOPLE_EXITED_BY_YEAR;
import static org.bangfu.model.HouseholdAggregates.PEOPLE_REGISTERED;
import static org.bangfu.model.HouseholdAggregates.PEOPLE_RETURNED;

import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bangfu.model.AreaLevel;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The BF-4 household indicators, defined once. Plain data on purpose (a record of this file's own,
 * not yet {@link Indicator}), so that it can be folded into the general indicator record as that
 * grows: every value lives in {@link WarehouseTable#GOLD_HOUSEHOLD_INDICATORS}, column
 * {@code value}, in the rows whose {@code indicator_code} is the indicator's code.
 */
public final class HouseholdIndicators {

    /** How a figure is formed from households; at every level it is formed from the households themselves. */
    public enum Aggregation {
        COUNT_OF_HOUSEHOLDS("户数：符合条件的户计数", "Count of the households that qualify"),
        SUM_OF_HOUSEHOLD_SIZE("人数：符合条件的户的家庭人口之和", "Sum of household size over the households that qualify"),
        SHARE_OF_HOUSEHOLDS("占比：符合条件的户数 ÷ 该项已填报的户数 × 100",
                "Share: qualifying households ÷ households that reported the field × 100"),
        MEDIAN_OVER_HOUSEHOLDS("中位数：按户排序取中间值，偶数户取中间两户的平均值，精确计算，不取下级中位数的中位数",
                "Median over households: the middle value, the mean of the two middle ones for an even count;"
                        + " exact, never a median of lower-level medians"),
        MEAN_OVER_HOUSEHOLDS("平均数：按户简单平均，不按家庭人口加权", "Mean over households, not weighted by household size");

        private final String chineseDescription;
        private final String englishDescription;

        Aggregation(String chineseDescription, String englishDescription) {
            this.chineseDescription = chineseDescription;
            this.englishDescription = englishDescription;
        }

        public String chineseDescription() {
            return chineseDescription;
        }

        public String englishDescription() {
            return englishDescription;
        }
    }

    /** Whether a rise is good news; counts of households by cause or capacity are neither. */
    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER,
        NEITHER
    }

    /**
     * One household indicator.
     *
     * @param code the {@code indicator_code} in gold
     * @param chineseName the name as official texts write it
     * @param englishName the English name
     * @param chineseUnit 户, 人, %, 元
     * @param englishUnit households, persons, %, yuan
     * @param chineseDefinition how it is computed, in Chinese
     * @param englishDefinition how it is computed, in English
     * @param goldTable the table holding it
     * @param goldColumn the column holding the value (rows selected by {@code indicator_code} = code)
     * @param chineseCategory what the {@code category} column holds for it, empty when it has no categories
     * @param englishCategory the same in English
     * @param precision decimals it is published with
     * @param rounding 四舍五入 ({@link RoundingMode#HALF_UP})
     * @param aggregation how households make the figure
     * @param direction whether higher is better
     * @param levels the area levels it is published for
     * @param sourceFields the BF-4 fields it is computed from
     */
    public record HouseholdIndicator(
            String code,
            String chineseName,
            String englishName,
            String chineseUnit,
            String englishUnit,
            String chineseDefinition,
            String englishDefinition,
            WarehouseTable goldTable,
            String goldColumn,
            String chineseCategory,
            String englishCategory,
            int precision,
            RoundingMode rounding,
            Aggregation aggregation,
            Direction direction,
            List<AreaLevel> levels,
            List<String> sourceFields) {

        public HouseholdIndicator {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(rounding, "rounding");
            Objects.requireNonNull(aggregation, "aggregation");
            Objects.requireNonNull(direction, "direction");
            levels = List.copyOf(levels);
            sourceFields = List.copyOf(sourceFields);
            if (precision < 0) {
                throw new IllegalArgumentException("precision of " + code + " must not be negative");
            }
        }

        /** "建档立卡贫困户（户）". */
        public String chineseLabelWithUnit() {
            return chineseName + "（" + chineseUnit + "）";
        }

        public boolean hasCategories() {
            return !chineseCategory.isEmpty();
        }

        /** Whether its category is a calendar year (脱贫年度), so that its categories form a series. */
        public boolean categoryIsYear() {
            return EXIT_YEAR_CHINESE.equals(chineseCategory);
        }
    }

    private static final String HOUSEHOLDS = "户";
    private static final String PERSONS = "人";
    private static final String PERCENT = "%";
    private static final String YUAN = "元";
    private static final String NOT_COUNTED_AS_ZERO_CHINESE = "该项空白的户视为未填报，不计入，不按0计。";
    private static final String NOT_COUNTED_AS_ZERO_ENGLISH =
            " A household that left the field blank has not reported it and is left out, not counted as zero.";
    private static final String CAUSE_CHINESE = "主要致贫原因（12类）";
    private static final String CAUSE_ENGLISH = "Main cause of poverty (12)";
    private static final String LABOUR_CHINESE = "劳动能力（3类）";
    private static final String LABOUR_ENGLISH = "Labour capacity (3)";
    private static final String MEASURE_CHINESE = "帮扶措施（9项）";
    private static final String MEASURE_ENGLISH = "Measure (9)";
    private static final String GROUP_CHINESE = "五个一批";
    private static final String GROUP_ENGLISH = "Five groups (五个一批)";
    private static final String EXIT_YEAR_CHINESE = "脱贫年度";
    private static final String EXIT_YEAR_ENGLISH = "Exit year";
    private static final String GROUP_MAPPING_CHINESE = "产业、就业、金融计入发展生产脱贫一批，易地搬迁计入易地搬迁脱贫一批，"
            + "生态计入生态补偿脱贫一批，教育计入发展教育脱贫一批，兜底、健康计入社会保障兜底一批；危房改造不属“五个一批”，"
            + "只在帮扶措施中单列。同一户在同一批中只计一次。";
    private static final String GROUP_MAPPING_ENGLISH = " 产业, 就业 and 金融 count under production and employment,"
            + " 易地搬迁 under relocation, 生态 under ecological compensation, 教育 under education, 兜底 and 健康 under"
            + " social security; 危房改造 (housing safety) is none of the five and is published only as a measure."
            + " A household counts once per group.";

    public static final HouseholdIndicator REGISTERED_HOUSEHOLDS = define(HOUSEHOLDS_REGISTERED,
            "建档立卡贫困户", "Registered poor households", HOUSEHOLDS, "households",
            "该年度BF-4表中的户数（年度快照，含当年已脱贫户）。",
            "Households in the year's BF-4 snapshot, those already exited included.",
            "", "", 0, Aggregation.COUNT_OF_HOUSEHOLDS, Direction.NEITHER, List.of("household_id", "year"));

    public static final HouseholdIndicator REGISTERED_PEOPLE = define(PEOPLE_REGISTERED,
            "建档立卡贫困人口", "Registered poor people", PERSONS, "persons",
            "该年度BF-4表各户“家庭人口”之和。" + NOT_COUNTED_AS_ZERO_CHINESE,
            "Sum of household_size over the year's BF-4 households." + NOT_COUNTED_AS_ZERO_ENGLISH,
            "", "", 0, Aggregation.SUM_OF_HOUSEHOLD_SIZE, Direction.NEITHER, List.of("household_size", "year"));

    public static final HouseholdIndicator BY_CAUSE = define(HOUSEHOLDS_BY_CAUSE,
            "按主要致贫原因分的贫困户", "Poor households by main cause of poverty", HOUSEHOLDS, "households",
            "按BF-4“主要致贫原因”分类的户数，12类原因逐一列出，无户的原因为0。",
            "Households by BF-4 main_cause; each of the 12 causes is listed, 0 where no household has it.",
            CAUSE_CHINESE, CAUSE_ENGLISH, 0, Aggregation.COUNT_OF_HOUSEHOLDS, Direction.NEITHER,
            List.of("main_cause", "household_id"));

    public static final HouseholdIndicator BY_CAUSE_SHARE = define(HOUSEHOLDS_BY_CAUSE_SHARE,
            "各致贫原因贫困户占比", "Share of poor households by main cause", PERCENT, "%",
            "某一致贫原因的户数 ÷ 填报了致贫原因的户数 × 100。",
            "Households with the cause ÷ households that reported a main cause × 100.",
            CAUSE_CHINESE, CAUSE_ENGLISH, 1, Aggregation.SHARE_OF_HOUSEHOLDS, Direction.NEITHER,
            List.of("main_cause", "household_id"));

    public static final HouseholdIndicator BY_LABOUR_CAPACITY = define(HOUSEHOLDS_BY_LABOUR_CAPACITY,
            "按劳动能力分的贫困户", "Poor households by labour capacity", HOUSEHOLDS, "households",
            "按BF-4“劳动能力”（有劳动能力、部分丧失、无劳动能力）分类的户数。",
            "Households by BF-4 labour_capacity (able to work, partly, unable).",
            LABOUR_CHINESE, LABOUR_ENGLISH, 0, Aggregation.COUNT_OF_HOUSEHOLDS, Direction.NEITHER,
            List.of("labour_capacity", "household_id"));

    public static final HouseholdIndicator BY_LABOUR_CAPACITY_SHARE = define(HOUSEHOLDS_BY_LABOUR_CAPACITY_SHARE,
            "各劳动能力贫困户占比", "Share of poor households by labour capacity", PERCENT, "%",
            "某一劳动能力的户数 ÷ 填报了劳动能力的户数 × 100。",
            "Households with the capacity ÷ households that reported labour capacity × 100.",
            LABOUR_CHINESE, LABOUR_ENGLISH, 1, Aggregation.SHARE_OF_HOUSEHOLDS, Direction.NEITHER,
            List.of("labour_capacity", "household_id"));

    public static final HouseholdIndicator BY_MEASURE = define(HOUSEHOLDS_BY_MEASURE,
            "享受各项帮扶措施的贫困户", "Poor households receiving each measure", HOUSEHOLDS, "households",
            "BF-4“帮扶措施”含该项措施的户数；一户享受多项措施的，在每一项下各计一次，各项之和可大于户数。"
                    + NOT_COUNTED_AS_ZERO_CHINESE,
            "Households whose BF-4 measures include the measure; a household with several measures counts under"
                    + " each, so the measures add up to more than the households." + NOT_COUNTED_AS_ZERO_ENGLISH,
            MEASURE_CHINESE, MEASURE_ENGLISH, 0, Aggregation.COUNT_OF_HOUSEHOLDS, Direction.HIGHER_IS_BETTER,
            List.of("measures", "household_id"));

    public static final HouseholdIndicator BY_MEASURE_SHARE = define(HOUSEHOLDS_BY_MEASURE_SHARE,
            "享受各项帮扶措施的贫困户占比", "Share of poor households receiving each measure", PERCENT, "%",
            "享受该项措施的户数 ÷ 填报了帮扶措施的户数 × 100。" + NOT_COUNTED_AS_ZERO_CHINESE,
            "Households receiving the measure ÷ households that reported their measures × 100."
                    + NOT_COUNTED_AS_ZERO_ENGLISH,
            MEASURE_CHINESE, MEASURE_ENGLISH, 1, Aggregation.SHARE_OF_HOUSEHOLDS, Direction.HIGHER_IS_BETTER,
            List.of("measures", "household_id"));

    public static final HouseholdIndicator BY_MEASURE_GROUP = define(HOUSEHOLDS_BY_MEASURE_GROUP,
            "“五个一批”各批贫困户", "Poor households by the five groups (五个一批)", HOUSEHOLDS, "households",
            "按“五个一批”归类的户数。" + GROUP_MAPPING_CHINESE + NOT_COUNTED_AS_ZERO_CHINESE,
            "Households helped under each of the five groups." + GROUP_MAPPING_ENGLISH + NOT_COUNTED_AS_ZERO_ENGLISH,
            GROUP_CHINESE, GROUP_ENGLISH, 0, Aggregation.COUNT_OF_HOUSEHOLDS, Direction.HIGHER_IS_BETTER,
            List.of("measures", "household_id"));

    public static final HouseholdIndicator BY_MEASURE_GROUP_SHARE = define(HOUSEHOLDS_BY_MEASURE_GROUP_SHARE,
            "“五个一批”各批贫困户占比", "Share of poor households by the five groups (五个一批)", PERCENT, "%",
            "某一批的户数 ÷ 填报了帮扶措施的户数 × 100。" + GROUP_MAPPING_CHINESE,
            "Households in the group ÷ households that reported their measures × 100." + GROUP_MAPPING_ENGLISH,
            GROUP_CHINESE, GROUP_ENGLISH, 1, Aggregation.SHARE_OF_HOUSEHOLDS, Direction.HIGHER_IS_BETTER,
            List.of("measures", "household_id"));

    public static final HouseholdIndicator INCOME_MEDIAN = define(INCOME_PER_CAPITA_MEDIAN,
            "贫困户人均纯收入中位数", "Median income per head of poor households", YUAN, "yuan",
            "各户BF-4“人均纯收入”的中位数，每户一个观测值，市州、全省均由户直接计算，不取县中位数的中位数；发布取整到元。"
                    + NOT_COUNTED_AS_ZERO_CHINESE,
            "Median of BF-4 income_per_capita over households, one value per household; prefectures and the"
                    + " province are computed from their households, never as a median of county medians;"
                    + " published in whole yuan." + NOT_COUNTED_AS_ZERO_ENGLISH,
            "", "", 0, Aggregation.MEDIAN_OVER_HOUSEHOLDS, Direction.HIGHER_IS_BETTER,
            List.of("income_per_capita", "household_id"));

    public static final HouseholdIndicator INCOME_MEAN = define(INCOME_PER_CAPITA_MEAN,
            "贫困户人均纯收入平均数", "Mean income per head of poor households", YUAN, "yuan",
            "各户BF-4“人均纯收入”的简单平均数（按户平均，不按人口加权）；发布取整到元。" + NOT_COUNTED_AS_ZERO_CHINESE,
            "Mean of BF-4 income_per_capita over households (not weighted by household size); published in whole"
                    + " yuan." + NOT_COUNTED_AS_ZERO_ENGLISH,
            "", "", 0, Aggregation.MEAN_OVER_HOUSEHOLDS, Direction.HIGHER_IS_BETTER,
            List.of("income_per_capita", "household_id"));

    public static final HouseholdIndicator EXITED_HOUSEHOLDS = define(HOUSEHOLDS_EXITED_BY_YEAR,
            "按脱贫年度分的脱贫户", "Households exited, by exit year", HOUSEHOLDS, "households",
            "该年度BF-4表中“脱贫年度”为某年的户数（脱贫年度空白表示未脱贫）；列出当年快照中出现的每个脱贫年度，无户的为0。",
            "Households of the year's BF-4 snapshot whose exit_year is the category's year (blank: not exited);"
                    + " every exit year found in the snapshot is listed, 0 where an area has none.",
            EXIT_YEAR_CHINESE, EXIT_YEAR_ENGLISH, 0, Aggregation.COUNT_OF_HOUSEHOLDS, Direction.HIGHER_IS_BETTER,
            List.of("exit_year", "household_id"));

    public static final HouseholdIndicator EXITED_PEOPLE = define(PEOPLE_EXITED_BY_YEAR,
            "按脱贫年度分的脱贫人口", "People exited, by exit year", PERSONS, "persons",
            "脱贫年度为某年的户的家庭人口之和。",
            "Sum of household_size over the households whose exit_year is the category's year.",
            EXIT_YEAR_CHINESE, EXIT_YEAR_ENGLISH, 0, Aggregation.SUM_OF_HOUSEHOLD_SIZE, Direction.HIGHER_IS_BETTER,
            List.of("exit_year", "household_size"));

    public static final HouseholdIndicator RETURNED_HOUSEHOLDS = define(HOUSEHOLDS_RETURNED,
            "返贫户", "Households returned to poverty", HOUSEHOLDS, "households",
            "BF-4“是否返贫”为“是”的户数。" + NOT_COUNTED_AS_ZERO_CHINESE,
            "Households whose BF-4 returned is 是 (yes)." + NOT_COUNTED_AS_ZERO_ENGLISH,
            "", "", 0, Aggregation.COUNT_OF_HOUSEHOLDS, Direction.LOWER_IS_BETTER, List.of("returned", "household_id"));

    public static final HouseholdIndicator RETURNED_PEOPLE = define(PEOPLE_RETURNED,
            "返贫人口", "People returned to poverty", PERSONS, "persons",
            "“是否返贫”为“是”的户的家庭人口之和。" + NOT_COUNTED_AS_ZERO_CHINESE,
            "Sum of household_size over the households whose returned is 是 (yes)." + NOT_COUNTED_AS_ZERO_ENGLISH,
            "", "", 0, Aggregation.SUM_OF_HOUSEHOLD_SIZE, Direction.LOWER_IS_BETTER,
            List.of("returned", "household_size"));

    public static final HouseholdIndicator WITHOUT_HELPER_UNIT = define(HOUSEHOLDS_WITHOUT_HELPER_UNIT,
            "未落实帮扶责任人单位的贫困户", "Poor households without a helper unit", HOUSEHOLDS, "households",
            "BF-4“帮扶责任人单位代码”空白的户数（此项空白即未落实，计入）。",
            "Households whose BF-4 helper_unit_code is blank (here a blank means none recorded, and is counted).",
            "", "", 0, Aggregation.COUNT_OF_HOUSEHOLDS, Direction.LOWER_IS_BETTER,
            List.of("helper_unit_code", "household_id"));

    private static final List<HouseholdIndicator> ALL = List.of(
            REGISTERED_HOUSEHOLDS, REGISTERED_PEOPLE,
            BY_CAUSE, BY_CAUSE_SHARE,
            BY_LABOUR_CAPACITY, BY_LABOUR_CAPACITY_SHARE,
            BY_MEASURE, BY_MEASURE_SHARE,
            BY_MEASURE_GROUP, BY_MEASURE_GROUP_SHARE,
            INCOME_MEDIAN, INCOME_MEAN,
            EXITED_HOUSEHOLDS, EXITED_PEOPLE,
            RETURNED_HOUSEHOLDS, RETURNED_PEOPLE,
            WITHOUT_HELPER_UNIT);

    private HouseholdIndicators() {
    }

    /** Every household indicator, in publication order. */
    public static List<HouseholdIndicator> all() {
        return ALL;
    }

    public static Optional<HouseholdIndicator> find(String code) {
        return ALL.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    private static HouseholdIndicator define(String code, String chineseName, String englishName, String chineseUnit,
            String englishUnit, String chineseDefinition, String englishDefinition, String chineseCategory,
            String englishCategory, int precision, Aggregation aggregation, Direction direction,
            List<String> sourceFields) {
        return new HouseholdIndicator(code, chineseName, englishName, chineseUnit, englishUnit, chineseDefinition,
                englishDefinition, WarehouseTable.GOLD_HOUSEHOLD_INDICATORS, "value", chineseCategory, englishCategory,
                precision, RoundingMode.HALF_UP, aggregation, direction,
                List.of(AreaLevel.COUNTY, AreaLevel.PREFECTURE, AreaLevel.PROVINCE, AreaLevel.NATION), sourceFields);
    }
}
