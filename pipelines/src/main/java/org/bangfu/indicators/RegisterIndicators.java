package org.bangfu.indicators;

import static org.bangfu.forms.FormCatalogue.COUNTY_REGISTER;
import static org.bangfu.forms.FormCatalogue.VILLAGE_REGISTER;

import java.util.List;

/**
 * What the registers alone publish (ML-1 县名录, ML-2 村名录), per area and year at every level from
 * county to nation: counties by type, and poor counties and villages planned to exit (摘帽, 出列)
 * against those that did. Published even before any periodic form has come in.
 */
public final class RegisterIndicators {

    private static final String FROM_REGISTER_CHINESE = "按名录计，不依赖任何定期报表。";
    private static final String FROM_REGISTER_ENGLISH = " From the register alone, whatever periodic forms came in.";

    public static final Indicator COUNTIES = countyCount("counties", "名录内县（市、区）", "Counties in the register",
            "县名录（ML-1）中的县个数，含非贫困县。", "Counties of the ML-1 register, non-poor ones included.",
            "count(ML-1 county_code)", Direction.NEUTRAL, "county_code");

    public static final Indicator NATIONAL_POOR_COUNTIES = countyCount("national_poor_counties", "国家扶贫开发工作重点县",
            "National poverty counties (国定)", "县名录（ML-1）“贫困县类型”为国定的县个数。",
            "ML-1 counties whose poverty_type is 国定.", "count(ML-1 county_code where poverty_type = '国定')",
            Direction.NEUTRAL, "poverty_type");

    public static final Indicator PROVINCIAL_POOR_COUNTIES = countyCount("provincial_poor_counties", "省定贫困县",
            "Provincial poverty counties (省定)", "县名录（ML-1）“贫困县类型”为省定的县个数。",
            "ML-1 counties whose poverty_type is 省定.", "count(ML-1 county_code where poverty_type = '省定')",
            Direction.NEUTRAL, "poverty_type");

    public static final Indicator NON_POOR_COUNTIES = countyCount("non_poor_counties", "非贫困县", "Non-poor counties",
            "县名录（ML-1）“贫困县类型”为非贫困的县个数。", "ML-1 counties whose poverty_type is 非贫困.",
            "count(ML-1 county_code where poverty_type = '非贫困')", Direction.NEUTRAL, "poverty_type");

    public static final Indicator POOR_COUNTIES = countyCount("poor_counties", "贫困县", "Poor counties",
            "国定和省定贫困县个数之和。", "Counties whose poverty_type is 国定 or 省定.",
            "count(ML-1 county_code where poverty_type in ('国定', '省定'))", Direction.NEUTRAL, "poverty_type");

    public static final Indicator DEEP_POVERTY_COUNTIES = countyCount("deep_poverty_counties", "深度贫困县",
            "Deep-poverty counties", "县名录（ML-1）“深度贫困县”为是的县个数。", "ML-1 counties marked deep poverty.",
            "count(ML-1 county_code where deep_poverty = '是')", Direction.NEUTRAL, "deep_poverty");

    public static final Indicator CONTIGUOUS_AREA_COUNTIES = countyCount("contiguous_area_counties", "片区县",
            "Counties in a contiguous poor area (片区)", "县名录（ML-1）填有“片区”的县个数。",
            "ML-1 counties with a contiguous poor area (片区) filled in.",
            "count(ML-1 county_code where contiguous_area is not blank)", Direction.NEUTRAL, "contiguous_area");

    public static final Indicator COUNTIES_PLANNED_EXIT = countyCount("counties_planned_exit", "当年计划摘帽县",
            "Poor counties planned to exit in the year", "县名录（ML-1）“计划摘帽年度”为该年度的贫困县个数。",
            "Poor counties whose ML-1 planned_exit_year is the year.",
            "count(ML-1 county_code where planned_exit_year = year and poverty_type in ('国定', '省定'))",
            Direction.NEUTRAL, "planned_exit_year", "poverty_type");

    public static final Indicator COUNTIES_EXITED_IN_YEAR = Indicator.define("counties_exited_in_year")
            .named("当年摘帽县", "Poor counties exited in the year").goldColumn("counties_exited")
            .unit(IndicatorUnit.ITEMS).stock().aggregated(Aggregation.COUNT)
            .defined("县名录（ML-1）“摘帽年度”为该年度的贫困县个数。" + FROM_REGISTER_CHINESE,
                    "Poor counties whose ML-1 exit_year is the year." + FROM_REGISTER_ENGLISH)
            .formula("count(ML-1 county_code where exit_year = year and poverty_type in ('国定', '省定'))")
            .readFrom(GoldTables.AREA_EXIT_YEAR).from(COUNTY_REGISTER, "exit_year", "poverty_type").build();

    public static final Indicator COUNTIES_PLANNED_EXITED = countyCount("counties_planned_exited", "按期摘帽县",
            "Poor counties planned for the year and exited",
            "计划当年摘帽、且当年或之前已摘帽的贫困县个数。", "Poor counties planned to exit in the year that had exited by its end.",
            "count(ML-1 county_code where planned_exit_year = year and exit_year <= year)", Direction.HIGHER_IS_BETTER,
            "planned_exit_year", "exit_year");

    public static final Indicator COUNTIES_EXIT_ON_SCHEDULE_RATE = Indicator.define("counties_exit_on_schedule_rate")
            .named("贫困县按期摘帽率", "Poor counties exited on schedule")
            .unit(IndicatorUnit.PERCENT).precision(1).stock().aggregated(Aggregation.RATIO_OF_SUMS)
            .defined("按期摘帽县 ÷ 当年计划摘帽县 × 100%，保留一位小数，四舍五入；上级由分子、分母分别汇总后相除；当年无计划摘帽县时为空。",
                    "Poor counties exited on schedule ÷ planned to exit in the year × 100, one decimal, rounded half up;"
                            + " for larger areas numerator and denominator are summed first; blank when none was planned.")
            .formula("round(counties_planned_exited / counties_planned_exit * 100, 1)")
            .readFrom(GoldTables.AREA_EXIT_YEAR).from(COUNTY_REGISTER, "planned_exit_year", "exit_year").build();

    public static final Indicator COUNTIES_EXITED_CUMULATIVE = countyCount("counties_exited_cumulative", "累计摘帽县",
            "Poor counties exited so far", "截至该年度末已摘帽（摘帽年度不晚于该年度）的贫困县个数。",
            "Poor counties whose exit year is the year or earlier.",
            "count(ML-1 county_code where exit_year <= year)", Direction.HIGHER_IS_BETTER, "exit_year");

    public static final Indicator POOR_COUNTIES_REMAINING = countyCount("poor_counties_remaining", "未摘帽贫困县",
            "Poor counties not yet exited", "该年度末尚未摘帽（摘帽年度为空或晚于该年度）的贫困县个数。",
            "Poor counties with no exit year or a later one, at the year's end.",
            "count(ML-1 county_code where exit_year is null or exit_year > year)", Direction.LOWER_IS_BETTER,
            "exit_year", "poverty_type");

    public static final Indicator POOR_VILLAGES_REGISTERED = villageCount("poor_villages_registered", "poor_villages",
            "建档立卡贫困村（名录）", "Registered poor villages (register)",
            "村名录（ML-2）中“贫困村”为是的村个数，按村代码前6位归县。",
            "ML-2 villages marked poor, placed in their county by the first six digits of the village code.",
            "count(ML-2 village_code where poor_village = '是')", Direction.NEUTRAL, "poor_village");

    public static final Indicator DEEP_POVERTY_VILLAGES = villageCount("deep_poverty_villages", "deep_poverty_villages",
            "深度贫困村", "Deep-poverty villages", "村名录（ML-2）中“深度贫困村”为是的村个数。",
            "ML-2 villages marked deep poverty.", "count(ML-2 village_code where deep_poverty_village = '是')",
            Direction.NEUTRAL, "deep_poverty_village");

    public static final Indicator VILLAGES_PLANNED_EXIT = villageCount("villages_planned_exit", "villages_planned_exit",
            "当年计划出列贫困村", "Poor villages planned to exit in the year",
            "村名录（ML-2）“计划出列年度”为该年度的贫困村个数。", "Poor villages whose ML-2 planned_exit_year is the year.",
            "count(ML-2 village_code where planned_exit_year = year and poor_village = '是')", Direction.NEUTRAL,
            "planned_exit_year", "poor_village");

    public static final Indicator VILLAGES_EXITED_IN_YEAR = villageCount("villages_exited_in_year", "villages_exited",
            "当年出列贫困村", "Poor villages exited in the year", "村名录（ML-2）“出列年度”为该年度的贫困村个数。",
            "Poor villages whose ML-2 exit_year is the year.",
            "count(ML-2 village_code where exit_year = year and poor_village = '是')", Direction.HIGHER_IS_BETTER,
            "exit_year", "poor_village");

    public static final Indicator VILLAGES_PLANNED_EXITED = villageCount("villages_planned_exited",
            "villages_planned_exited", "按期出列贫困村", "Poor villages planned for the year and exited",
            "计划当年出列、且当年或之前已出列的贫困村个数。", "Poor villages planned to exit in the year that had exited by its end.",
            "count(ML-2 village_code where planned_exit_year = year and exit_year <= year)", Direction.HIGHER_IS_BETTER,
            "planned_exit_year", "exit_year");

    public static final Indicator VILLAGES_EXIT_ON_SCHEDULE_RATE = Indicator.define("villages_exit_on_schedule_rate")
            .named("贫困村按期出列率", "Poor villages exited on schedule")
            .unit(IndicatorUnit.PERCENT).precision(1).stock().aggregated(Aggregation.RATIO_OF_SUMS)
            .defined("按期出列贫困村 ÷ 当年计划出列贫困村 × 100%，保留一位小数，四舍五入；上级由分子、分母分别汇总后相除；当年无计划出列村时为空。",
                    "Poor villages exited on schedule ÷ planned to exit in the year × 100, one decimal, rounded half up;"
                            + " for larger areas numerator and denominator are summed first; blank when none was planned.")
            .formula("round(villages_planned_exited / villages_planned_exit * 100, 1)")
            .readFrom(GoldTables.AREA_EXIT_YEAR).from(VILLAGE_REGISTER, "planned_exit_year", "exit_year").build();

    public static final Indicator VILLAGES_EXITED_CUMULATIVE = villageCount("villages_exited_cumulative",
            "villages_exited_cumulative", "累计出列贫困村", "Poor villages exited so far",
            "截至该年度末已出列的贫困村个数。", "Poor villages whose exit year is the year or earlier.",
            "count(ML-2 village_code where exit_year <= year and poor_village = '是')", Direction.HIGHER_IS_BETTER,
            "exit_year");

    public static final Indicator POOR_VILLAGES_REMAINING = villageCount("poor_villages_remaining",
            "poor_villages_remaining", "未出列贫困村", "Poor villages not yet exited",
            "建档立卡贫困村中该年度末尚未出列的个数。", "Registered poor villages not exited by the year's end.",
            "poor_villages_registered - villages_exited_cumulative", Direction.LOWER_IS_BETTER, "exit_year",
            "poor_village");

    /** The columns of gold.area_exit_year, in gold order. */
    public static final List<Indicator> EXIT_YEAR = List.of(COUNTIES, NATIONAL_POOR_COUNTIES, PROVINCIAL_POOR_COUNTIES,
            NON_POOR_COUNTIES, POOR_COUNTIES, DEEP_POVERTY_COUNTIES, CONTIGUOUS_AREA_COUNTIES, COUNTIES_PLANNED_EXIT,
            COUNTIES_EXITED_IN_YEAR, COUNTIES_PLANNED_EXITED, COUNTIES_EXIT_ON_SCHEDULE_RATE, COUNTIES_EXITED_CUMULATIVE,
            POOR_COUNTIES_REMAINING, POOR_VILLAGES_REGISTERED, DEEP_POVERTY_VILLAGES, VILLAGES_PLANNED_EXIT,
            VILLAGES_EXITED_IN_YEAR, VILLAGES_PLANNED_EXITED, VILLAGES_EXIT_ON_SCHEDULE_RATE, VILLAGES_EXITED_CUMULATIVE,
            POOR_VILLAGES_REMAINING);

    /** In publication order: exits first, then what the registers hold. */
    public static final List<Indicator> ALL = List.of(COUNTIES_EXITED_IN_YEAR, COUNTIES_PLANNED_EXIT,
            COUNTIES_PLANNED_EXITED, COUNTIES_EXIT_ON_SCHEDULE_RATE, COUNTIES_EXITED_CUMULATIVE, POOR_COUNTIES_REMAINING,
            VILLAGES_EXITED_IN_YEAR, VILLAGES_PLANNED_EXIT, VILLAGES_PLANNED_EXITED, VILLAGES_EXIT_ON_SCHEDULE_RATE,
            VILLAGES_EXITED_CUMULATIVE, POOR_VILLAGES_REMAINING, COUNTIES, POOR_COUNTIES, NATIONAL_POOR_COUNTIES,
            PROVINCIAL_POOR_COUNTIES, NON_POOR_COUNTIES, DEEP_POVERTY_COUNTIES, CONTIGUOUS_AREA_COUNTIES,
            POOR_VILLAGES_REGISTERED, DEEP_POVERTY_VILLAGES);

    private RegisterIndicators() {
    }

    /** The register indicator held in a gold column of gold.area_exit_year. */
    public static Indicator byGoldColumn(String goldColumn) {
        return EXIT_YEAR.stream().filter(indicator -> indicator.goldColumn().equals(goldColumn)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no register indicator is held in " + goldColumn));
    }

    private static Indicator countyCount(String code, String chineseName, String englishName, String chineseDefinition,
            String englishDefinition, String formula, Direction direction, String... fields) {
        return Indicator.define(code).named(chineseName, englishName)
                .unit(IndicatorUnit.ITEMS).stock().aggregated(Aggregation.COUNT).direction(direction)
                .defined(chineseDefinition + FROM_REGISTER_CHINESE, englishDefinition + FROM_REGISTER_ENGLISH)
                .formula(formula).readFrom(GoldTables.AREA_EXIT_YEAR).from(COUNTY_REGISTER, fields).build();
    }

    private static Indicator villageCount(String code, String goldColumn, String chineseName, String englishName,
            String chineseDefinition, String englishDefinition, String formula, Direction direction, String... fields) {
        return Indicator.define(code).named(chineseName, englishName).goldColumn(goldColumn)
                .unit(IndicatorUnit.ITEMS).stock().aggregated(Aggregation.COUNT).direction(direction)
                .defined(chineseDefinition + FROM_REGISTER_CHINESE, englishDefinition + FROM_REGISTER_ENGLISH)
                .formula(formula).readFrom(GoldTables.AREA_EXIT_YEAR).from(VILLAGE_REGISTER, fields).build();
    }
}
