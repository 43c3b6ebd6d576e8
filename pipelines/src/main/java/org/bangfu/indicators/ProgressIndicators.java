package org.bangfu.indicators;

import static org.bangfu.forms.FormCatalogue.COUNTY_PROGRESS;
import static org.bangfu.forms.FormCatalogue.COUNTY_REGISTER;

import java.util.List;
import org.bangfu.forms.FormCatalogue;

/** BF-3 县脱贫攻坚进展 with the ML-1 county register: who is still poor, who got out, what was built. */
public final class ProgressIndicators {

    private static final String REPORTED_COUNTIES_CHINESE = "上级为报送了BF-3表的县之和，未报送的县不计为0（见报送县数）。";
    private static final String REPORTED_COUNTIES_ENGLISH =
            " A larger area adds up the counties that submitted BF-3; a county that did not is not counted as zero"
                    + " (see counties reporting).";

    public static final Indicator POOR_HOUSEHOLDS_START = yearStart("poor_households_start", "年初建档立卡贫困户",
            "Registered poor households at the start of the year", IndicatorUnit.HOUSEHOLDS);

    public static final Indicator POOR_PEOPLE_START = yearStart("poor_people_start", "年初建档立卡贫困人口",
            "Registered poor people at the start of the year", IndicatorUnit.PERSONS);

    public static final Indicator NEWLY_IDENTIFIED = flow("newly_identified", "新识别贫困人口",
            "Newly identified poor people", IndicatorUnit.PERSONS, 0, Direction.LOWER_IS_BETTER);

    public static final Indicator RETURNED_TO_POVERTY = flow("returned_to_poverty", "返贫人口",
            "People returned to poverty", IndicatorUnit.PERSONS, 0, Direction.LOWER_IS_BETTER);

    public static final Indicator HOUSEHOLDS_EXITED = flow("households_exited", "脱贫户数", "Households exited",
            IndicatorUnit.HOUSEHOLDS, 0, Direction.HIGHER_IS_BETTER);

    public static final Indicator PEOPLE_EXITED = flow("people_exited", "脱贫人口", "People exited",
            IndicatorUnit.PERSONS, 0, Direction.HIGHER_IS_BETTER);

    public static final Indicator POOR_PEOPLE_END = Indicator.define("poor_people_end")
            .named("剩余贫困人口", "Poor people remaining")
            .unit(IndicatorUnit.PERSONS).stock().direction(Direction.LOWER_IS_BETTER)
            .defined("BF-3表“期末剩余贫困人口”之和（季末数），应等于年初 + 新识别 + 返贫 − 脱贫。" + REPORTED_COUNTIES_CHINESE,
                    "The sum of BF-3 poor_people_end at the quarter's end; it equals start + newly identified +"
                            + " returned − exited." + REPORTED_COUNTIES_ENGLISH)
            .formula("sum(BF-3 poor_people_end)").readFrom(GoldTables.AREA_PROGRESS)
            .from(COUNTY_PROGRESS, "poor_people_end").build();

    public static final Indicator VILLAGES_EXITED = flow("villages_exited", "县报退出贫困村", "Poor villages exited, as counties report",
            IndicatorUnit.ITEMS, 0, Direction.HIGHER_IS_BETTER);

    public static final Indicator COUNTIES_EXITED = Indicator.define("counties_exited")
            .named("摘帽县", "Poor counties exited")
            .unit(IndicatorUnit.ITEMS).stock().aggregated(Aggregation.COUNT)
            .defined("县名录（ML-1）“摘帽年度”等于报告年度的贫困县个数（当年摘帽数，按名录，不依赖BF-3报送）。",
                    "Poor counties whose ML-1 exit_year is the report's year (exits of that year, from the register,"
                            + " whether or not BF-3 came in).")
            .formula("count(ML-1 county_code where exit_year = year and poverty_type in ('国定', '省定'))")
            .readFrom(GoldTables.AREA_PROGRESS)
            .from(COUNTY_REGISTER, "exit_year", "poverty_type").build();

    public static final Indicator RURAL_POPULATION = Indicator.define("rural_population")
            .named("乡村人口", "Rural population")
            .unit(IndicatorUnit.PERSONS).stock().direction(Direction.NEUTRAL)
            .defined("县名录（ML-1）“乡村人口”之和，只计本季度报送了BF-3表的县，作为贫困发生率的分母。",
                    "The sum of ML-1 rural_population over the counties that submitted BF-3 for the quarter: the"
                            + " denominator of poverty incidence.")
            .formula("sum(ML-1 rural_population where the county reported BF-3)").readFrom(GoldTables.AREA_PROGRESS)
            .from(COUNTY_REGISTER, "rural_population").build();

    public static final Indicator POVERTY_INCIDENCE = Indicator.define("poverty_incidence")
            .named("贫困发生率", "Poverty incidence")
            .unit(IndicatorUnit.PERCENT).precision(1).stock().aggregated(Aggregation.RATIO_OF_SUMS)
            .direction(Direction.LOWER_IS_BETTER)
            .defined("期末剩余贫困人口 ÷ 乡村人口 × 100%，保留一位小数，四舍五入；上级由分子、分母分别汇总后相除。",
                    "Poor people remaining ÷ rural population × 100, one decimal, rounded half up; for larger"
                            + " areas numerator and denominator are summed first.")
            .formula("round(poor_people_end / rural_population * 100, 1)").readFrom(GoldTables.AREA_PROGRESS)
            .from(COUNTY_PROGRESS, "poor_people_end").from(COUNTY_REGISTER, "rural_population").build();

    public static final Indicator POVERTY_INCIDENCE_START = Indicator.define("poverty_incidence_start")
            .named("年初贫困发生率", "Poverty incidence at the start of the year")
            .unit(IndicatorUnit.PERCENT).precision(1).stock().aggregated(Aggregation.RATIO_OF_SUMS)
            .direction(Direction.NEUTRAL)
            .defined("年初建档立卡贫困人口 ÷ 乡村人口 × 100%，保留一位小数，四舍五入。",
                    "Registered poor people at the start of the year ÷ rural population × 100, one decimal, rounded half up.")
            .formula("round(poor_people_start / rural_population * 100, 1)").readFrom(GoldTables.AREA_PROGRESS)
            .from(COUNTY_PROGRESS, "poor_people_start").from(COUNTY_REGISTER, "rural_population").build();

    public static final Indicator POVERTY_INCIDENCE_CHANGE = Indicator.define("poverty_incidence_change")
            .named("贫困发生率比年初变化", "Change of poverty incidence since the start of the year")
            .unit(IndicatorUnit.PERCENTAGE_POINTS).precision(1).stock().aggregated(Aggregation.DIFFERENCE)
            .direction(Direction.LOWER_IS_BETTER)
            .defined("贫困发生率 − 年初贫困发生率，以个百分点计；由两个已按一位小数发布的比率相减，使文字中的数字前后一致。",
                    "Poverty incidence less incidence at the start of the year, in percentage points; the"
                            + " difference of the two published one-decimal rates, so that the text adds up.")
            .formula("poverty_incidence - poverty_incidence_start").readFrom(GoldTables.AREA_PROGRESS)
            .from(COUNTY_PROGRESS, "poor_people_end", "poor_people_start").from(COUNTY_REGISTER, "rural_population")
            .build();

    public static final Indicator RELOCATED_HOUSEHOLDS = flow("relocated_households", "易地扶贫搬迁户数",
            "Households relocated", IndicatorUnit.HOUSEHOLDS, 0, Direction.HIGHER_IS_BETTER);

    public static final Indicator RELOCATED_PEOPLE = flow("relocated_people", "易地扶贫搬迁人口", "People relocated",
            IndicatorUnit.PERSONS, 0, Direction.HIGHER_IS_BETTER);

    public static final Indicator HOUSES_REBUILT = flow("houses_rebuilt", "危房改造", "Unsafe houses rebuilt",
            IndicatorUnit.HOUSEHOLDS, 0, Direction.HIGHER_IS_BETTER);

    public static final Indicator ROADS_KM = flow("roads_km", "新建改建村组道路", "Village roads built or rebuilt",
            IndicatorUnit.KILOMETRES, 1, Direction.HIGHER_IS_BETTER);

    public static final Indicator SAFE_WATER_HOUSEHOLDS = flow("safe_water_households", "解决安全饮水",
            "Households given safe drinking water", IndicatorUnit.HOUSEHOLDS, 0, Direction.HIGHER_IS_BETTER);

    public static final Indicator ELECTRICITY_HOUSEHOLDS = flow("electricity_households", "解决生活用电",
            "Households given electricity", IndicatorUnit.HOUSEHOLDS, 0, Direction.HIGHER_IS_BETTER);

    public static final Indicator INTEGRATED_FISCAL_FUNDS = flow("integrated_fiscal_funds", "统筹整合财政涉农资金",
            "Agricultural fiscal funds integrated", IndicatorUnit.TEN_THOUSAND_YUAN, 2, Direction.HIGHER_IS_BETTER);

    /** In publication order. */
    public static final List<Indicator> ALL = List.of(POOR_HOUSEHOLDS_START, POOR_PEOPLE_START, NEWLY_IDENTIFIED,
            RETURNED_TO_POVERTY, HOUSEHOLDS_EXITED, PEOPLE_EXITED, POOR_PEOPLE_END, VILLAGES_EXITED, COUNTIES_EXITED,
            RURAL_POPULATION, POVERTY_INCIDENCE, POVERTY_INCIDENCE_START, POVERTY_INCIDENCE_CHANGE,
            RELOCATED_HOUSEHOLDS, RELOCATED_PEOPLE, HOUSES_REBUILT, ROADS_KM, SAFE_WATER_HOUSEHOLDS,
            ELECTRICITY_HOUSEHOLDS, INTEGRATED_FISCAL_FUNDS);

    private ProgressIndicators() {
    }

    private static String header(String field) {
        return FormCatalogue.get(COUNTY_PROGRESS).requireField(field).header();
    }

    private static Indicator flow(String field, String chineseName, String englishName, IndicatorUnit unit,
            int precision, Direction direction) {
        return Indicator.define(field)
                .named(chineseName, englishName)
                .unit(unit).precision(precision).direction(direction)
                .defined("各县报送的BF-3表“" + header(field) + "”之和。" + AssistanceIndicators.QUARTER_INCREMENT_CHINESE
                                + REPORTED_COUNTIES_CHINESE,
                        "The sum over counties of BF-3 " + field + "." + AssistanceIndicators.QUARTER_INCREMENT_ENGLISH
                                + REPORTED_COUNTIES_ENGLISH)
                .formula("sum(BF-3 " + field + ")").readFrom(GoldTables.AREA_PROGRESS)
                .from(COUNTY_PROGRESS, field).build();
    }

    private static Indicator yearStart(String field, String chineseName, String englishName, IndicatorUnit unit) {
        return Indicator.define(field)
                .named(chineseName, englishName)
                .unit(unit).stock().direction(Direction.NEUTRAL)
                .defined("各县报送的BF-3表“" + header(field) + "”之和（1月1日时点数）。" + REPORTED_COUNTIES_CHINESE,
                        "The sum over counties of BF-3 " + field + " (as at 1 January)." + REPORTED_COUNTIES_ENGLISH)
                .formula("sum(BF-3 " + field + ")").readFrom(GoldTables.AREA_PROGRESS)
                .from(COUNTY_PROGRESS, field).build();
    }
}
