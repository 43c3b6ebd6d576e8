package org.bangfu.indicators;

import static org.bangfu.forms.FormCatalogue.ANNUAL_TARGETS;
import static org.bangfu.forms.FormCatalogue.COUNTY_PROGRESS;
import static org.bangfu.forms.FormCatalogue.COUNTY_REGISTER;

import java.util.List;

/**
 * BF-5 年度目标任务 beside what was achieved (挂图作战), and the change on the same quarter of the year
 * before (同比). One row per area and year, as of the year's latest quarter with BF-3 figures.
 */
public final class TargetIndicators {

    private static final String AS_OF_CHINESE = "实际数取该年度最新一个有BF-3报送的季度的本年累计。";
    private static final String AS_OF_ENGLISH = " The achieved figure is the year to date at the year's latest quarter with BF-3 figures.";

    public static final Indicator TARGET_PEOPLE_EXITED = target("target_people_exited", "计划脱贫人口",
            "People planned to exit", IndicatorUnit.PERSONS, 0);

    public static final Indicator PEOPLE_EXITED_ACHIEVEMENT = achievement("people_exited_achievement", "脱贫人口目标完成率",
            "People exited, % of target", "people_exited", "target_people_exited")
            .from(COUNTY_PROGRESS, "people_exited").build();

    public static final Indicator TARGET_VILLAGES_EXITED = target("target_villages_exited", "计划退出贫困村",
            "Poor villages planned to exit", IndicatorUnit.ITEMS, 0);

    public static final Indicator VILLAGES_EXITED_ACHIEVEMENT = achievement("villages_exited_achievement",
            "贫困村退出目标完成率", "Poor villages exited, % of target", "villages_exited", "target_villages_exited")
            .from(COUNTY_PROGRESS, "villages_exited").build();

    public static final Indicator TARGET_COUNTIES_EXITED = target("target_counties_exited", "计划摘帽县",
            "Poor counties planned to exit", IndicatorUnit.ITEMS, 0);

    public static final Indicator COUNTIES_EXITED_ACHIEVEMENT = achievement("counties_exited_achievement",
            "贫困县摘帽目标完成率", "Poor counties exited, % of target", "counties_exited", "target_counties_exited")
            .from(COUNTY_REGISTER, "exit_year").build();

    public static final Indicator TARGET_INCIDENCE_RATE = target("target_incidence_rate", "贫困发生率目标",
            "Poverty incidence target", IndicatorUnit.PERCENT, 1);

    public static final Indicator INCIDENCE_GAP = Indicator.define("incidence_gap")
            .named("贫困发生率高于目标", "Poverty incidence above its target")
            .unit(IndicatorUnit.PERCENTAGE_POINTS).precision(1).stock().aggregated(Aggregation.DIFFERENCE)
            .direction(Direction.LOWER_IS_BETTER)
            .defined("贫困发生率（一位小数）− 贫困发生率目标，以个百分点计；不大于0即达到目标。" + AS_OF_CHINESE,
                    "Poverty incidence (one decimal) less its target, in percentage points; zero or less means the"
                            + " target is met." + AS_OF_ENGLISH)
            .formula("poverty_incidence - target_incidence_rate").readFrom(GoldTables.AREA_TARGETS)
            .from(ANNUAL_TARGETS, "target_incidence_rate").from(COUNTY_PROGRESS, "poor_people_end")
            .from(COUNTY_REGISTER, "rural_population").build();

    public static final Indicator PEOPLE_EXITED_CHANGE_ON_YEAR = Indicator.define("people_exited_change_on_year")
            .named("脱贫人口同比增减", "People exited, change on the same quarter of last year")
            .unit(IndicatorUnit.PERSONS).stock().aggregated(Aggregation.DIFFERENCE).direction(Direction.NEUTRAL)
            .defined("本年累计脱贫人口 − 上年同季度本年累计脱贫人口；上年同期未报送时为空。",
                    "People exited so far this year less people exited by the same quarter of last year; blank when"
                            + " last year's quarter was not reported.")
            .formula("people_exited - people_exited_previous_year").readFrom(GoldTables.AREA_TARGETS)
            .from(COUNTY_PROGRESS, "people_exited").build();

    public static final Indicator PEOPLE_EXITED_CHANGE_ON_YEAR_RATE = Indicator.define("people_exited_change_on_year_rate")
            .named("脱贫人口同比增长率", "People exited, growth on the same quarter of last year")
            .unit(IndicatorUnit.PERCENT).precision(1).stock().aggregated(Aggregation.RATIO_OF_SUMS)
            .direction(Direction.NEUTRAL)
            .defined("（本年累计脱贫人口 ÷ 上年同期累计脱贫人口 − 1）× 100%，保留一位小数，四舍五入；上年同期为0或未报送时为空。",
                    "(People exited so far this year ÷ by the same quarter of last year − 1) × 100, one decimal,"
                            + " rounded half up; blank when last year's figure is zero or missing.")
            .formula("round((people_exited / people_exited_previous_year - 1) * 100, 1)")
            .readFrom(GoldTables.AREA_TARGETS)
            .from(COUNTY_PROGRESS, "people_exited").build();

    public static final Indicator POVERTY_INCIDENCE_CHANGE_ON_YEAR = Indicator.define("poverty_incidence_change_on_year")
            .named("贫困发生率同比变化", "Poverty incidence, change on the same quarter of last year")
            .unit(IndicatorUnit.PERCENTAGE_POINTS).precision(1).stock().aggregated(Aggregation.DIFFERENCE)
            .direction(Direction.LOWER_IS_BETTER)
            .defined("贫困发生率 − 上年同季度贫困发生率（均为一位小数），以个百分点计。",
                    "Poverty incidence less that of the same quarter of last year (both one decimal), in percentage points.")
            .formula("poverty_incidence - poverty_incidence_previous_year").readFrom(GoldTables.AREA_TARGETS)
            .from(COUNTY_PROGRESS, "poor_people_end").from(COUNTY_REGISTER, "rural_population").build();

    /** In publication order. */
    public static final List<Indicator> ALL = List.of(TARGET_PEOPLE_EXITED, PEOPLE_EXITED_ACHIEVEMENT,
            TARGET_VILLAGES_EXITED, VILLAGES_EXITED_ACHIEVEMENT, TARGET_COUNTIES_EXITED, COUNTIES_EXITED_ACHIEVEMENT,
            TARGET_INCIDENCE_RATE, INCIDENCE_GAP, PEOPLE_EXITED_CHANGE_ON_YEAR, PEOPLE_EXITED_CHANGE_ON_YEAR_RATE,
            POVERTY_INCIDENCE_CHANGE_ON_YEAR);

    private TargetIndicators() {
    }

    private static Indicator target(String field, String chineseName, String englishName, IndicatorUnit unit,
            int precision) {
        return Indicator.define(field)
                .named(chineseName, englishName)
                .unit(unit).precision(precision).stock().direction(Direction.NEUTRAL)
                .defined("BF-5年度目标任务表中该地区、该年度的“" + chineseName + "”，按区划代码对应省、市州或县，不由下级加总。",
                        "The BF-5 " + field + " set for the area and year (province, prefecture or county by its"
                                + " area code), not added up from lower levels.")
                .formula("BF-5 " + field).readFrom(GoldTables.AREA_TARGETS)
                .from(ANNUAL_TARGETS, field).build();
    }

    private static Indicator.Builder achievement(String code, String chineseName, String englishName, String achieved,
            String target) {
        return Indicator.define(code)
                .named(chineseName, englishName)
                .unit(IndicatorUnit.PERCENT).precision(1).stock().aggregated(Aggregation.RATIO_OF_SUMS)
                .defined("实际完成数 ÷ 目标数 × 100%，保留一位小数，四舍五入；无目标或目标为0时为空。" + AS_OF_CHINESE,
                        "Achieved ÷ target × 100, one decimal, rounded half up; blank without a target or when it is zero."
                                + AS_OF_ENGLISH)
                .formula("round(" + achieved + " / " + target + " * 100, 1)").readFrom(GoldTables.AREA_TARGETS)
                .from(ANNUAL_TARGETS, target);
    }
}
