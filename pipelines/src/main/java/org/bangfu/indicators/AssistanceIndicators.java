package org.bangfu.indicators;

import static org.bangfu.forms.FormCatalogue.PAIRINGS;
import static org.bangfu.forms.FormCatalogue.UNIT_ASSISTANCE;

import java.util.List;
import org.bangfu.forms.FormCatalogue;

/** BF-1 定点帮扶工作情况表: what assisting units put in, by area, by unit and by group of units. */
public final class AssistanceIndicators {

    static final String QUARTER_INCREMENT_CHINESE =
            "本年累计为年初至季末；本季度为本季末累计减上季末累计，各季度之和等于本年累计。"
                    + "某单位某季未报送的，按其本年上次报送的累计数计入（该季增量为0，缺报期间的增量计入下次报送的季度），"
                    + "各表注明沿用上季累计数的单位数。";
    static final String QUARTER_INCREMENT_ENGLISH =
            " Year to date runs from January to the quarter's end; the quarter value is this quarter's"
                    + " year-to-date figure less last quarter's, so the quarters add up to the year to date. A unit that"
                    + " misses a quarter is counted with the last year-to-date figure it reported that year (0 in that"
                    + " quarter; what it did meanwhile counts in the quarter of its next report), and each table says how"
                    + " many units were carried so.";

    public static final Indicator FUNDS_DIRECT = Indicator.define("funds_direct")
            .named("直接投入帮扶资金", "Funds invested directly")
            .unit(IndicatorUnit.TEN_THOUSAND_YUAN).precision(2)
            .defined("帮扶单位以自有资金直接投入的帮扶资金，为各单位报送的BF-1表“直接投入帮扶资金”之和。" + QUARTER_INCREMENT_CHINESE,
                    "Money the assisting units put in from their own funds: the sum of BF-1 funds_direct over units."
                            + QUARTER_INCREMENT_ENGLISH)
            .formula("sum(BF-1 funds_direct)").readFrom(GoldTables.ASSISTANCE)
            .from(UNIT_ASSISTANCE, "funds_direct").build();

    public static final Indicator FUNDS_COORDINATED = Indicator.define("funds_coordinated")
            .named("协调引进帮扶资金", "Funds brought in from others")
            .unit(IndicatorUnit.TEN_THOUSAND_YUAN).precision(2)
            .defined("帮扶单位协调、引进的其他方面资金，为BF-1表“协调引进帮扶资金”之和，与直接投入分列，不重复计算。"
                            + QUARTER_INCREMENT_CHINESE,
                    "Money the assisting units brought in from other sources: the sum of BF-1 funds_coordinated,"
                            + " kept apart from funds invested directly so nothing is counted twice."
                            + QUARTER_INCREMENT_ENGLISH)
            .formula("sum(BF-1 funds_coordinated)").readFrom(GoldTables.ASSISTANCE)
            .from(UNIT_ASSISTANCE, "funds_coordinated").build();

    public static final Indicator FUNDS_TOTAL = Indicator.define("funds_total")
            .named("帮扶资金合计", "Assistance funds in total")
            .unit(IndicatorUnit.TEN_THOUSAND_YUAN).precision(2)
            .defined("直接投入与协调引进帮扶资金之和；两项均未报送时为空。" + QUARTER_INCREMENT_CHINESE,
                    "Funds invested directly plus funds brought in; blank when neither was reported."
                            + QUARTER_INCREMENT_ENGLISH)
            .formula("sum(BF-1 funds_direct + funds_coordinated)").readFrom(GoldTables.ASSISTANCE)
            .from(UNIT_ASSISTANCE, "funds_direct", "funds_coordinated").build();

    public static final Indicator FUNDS_INDUSTRY = simpleSum("funds_industry", "产业帮扶资金", "Funds for industry (part of the above)",
            IndicatorUnit.TEN_THOUSAND_YUAN, 2);

    public static final Indicator PROJECTS = Indicator.define("projects")
            .named("引进帮扶项目", "Projects brought in")
            .unit(IndicatorUnit.ITEMS)
            .defined("BF-1表“引进帮扶项目”之和。" + QUARTER_INCREMENT_CHINESE,
                    "The sum of BF-1 projects." + QUARTER_INCREMENT_ENGLISH)
            .formula("sum(BF-1 projects)").readFrom(GoldTables.ASSISTANCE)
            .from(UNIT_ASSISTANCE, "projects").build();

    public static final Indicator TRAINED_CADRES = simpleSum("trained_cadres", "培训基层干部", "Local cadres trained",
            IndicatorUnit.PERSON_TIMES, 0);

    public static final Indicator TRAINED_TECHNICIANS = simpleSum("trained_technicians", "培训技术人员",
            "Technicians trained", IndicatorUnit.PERSON_TIMES, 0);

    public static final Indicator PEOPLE_TRAINED = Indicator.define("people_trained")
            .named("培训基层干部和技术人员", "Local cadres and technicians trained")
            .unit(IndicatorUnit.PERSON_TIMES)
            .defined("BF-1表“培训基层干部”与“培训技术人员”之和，按人次计。" + QUARTER_INCREMENT_CHINESE,
                    "BF-1 trained_cadres plus trained_technicians, counted in person-times." + QUARTER_INCREMENT_ENGLISH)
            .formula("sum(BF-1 trained_cadres + trained_technicians)").readFrom(GoldTables.ASSISTANCE)
            .from(UNIT_ASSISTANCE, "trained_cadres", "trained_technicians").build();

    public static final Indicator JOBS_TRANSFERRED = Indicator.define("jobs_transferred")
            .named("帮助转移就业", "Rural workers helped into off-farm jobs")
            .unit(IndicatorUnit.PERSONS)
            .defined("BF-1表“帮助转移就业”之和，按人计。" + QUARTER_INCREMENT_CHINESE,
                    "The sum of BF-1 jobs_transferred, counted in persons." + QUARTER_INCREMENT_ENGLISH)
            .formula("sum(BF-1 jobs_transferred)").readFrom(GoldTables.ASSISTANCE)
            .from(UNIT_ASSISTANCE, "jobs_transferred").build();

    public static final Indicator CONSUMPTION_BOUGHT = simpleSum("consumption_bought", "购买贫困地区农产品",
            "Farm products of poor areas bought", IndicatorUnit.TEN_THOUSAND_YUAN, 2);

    public static final Indicator CONSUMPTION_SOLD = simpleSum("consumption_sold", "帮助销售贫困地区农产品",
            "Farm products of poor areas sold for them", IndicatorUnit.TEN_THOUSAND_YUAN, 2);

    public static final Indicator LEADER_VISITS = simpleSum("leader_visits", "主要负责同志到县调研",
            "Visits by the unit's head", IndicatorUnit.TIMES, 0);

    public static final Indicator OTHER_VISITS = simpleSum("other_visits", "其他领导干部到县村调研",
            "Visits by other leading cadres", IndicatorUnit.TIMES, 0);

    public static final Indicator MEETINGS = simpleSum("meetings", "研究帮扶工作会议",
            "Meetings on the assistance work", IndicatorUnit.TIMES, 0);

    public static final Indicator SECONDED_CADRES = periodEndSum("seconded_cadres", "在岗挂职干部",
            "Seconded cadres in post");

    public static final Indicator FIRST_SECRETARIES = periodEndSum("first_secretaries", "在岗第一书记",
            "First secretaries in post");

    public static final Indicator TEAM_MEMBERS = periodEndSum("team_members", "在岗驻村工作队员",
            "Village work-team members in post (as units report them)");

    public static final Indicator ASSISTING_UNITS = Indicator.define("assisting_units")
            .named("帮扶单位", "Assisting units")
            .unit(IndicatorUnit.ITEMS).stock().aggregated(Aggregation.DISTINCT_COUNT)
            .defined("报送了该季度BF-1表的不同帮扶单位个数（季末数，不跨季度累加）；与结对帮扶单位数对照即为报送完整程度。",
                    "Distinct units that submitted BF-1 for the area and quarter (a quarter-end count, not added up"
                            + " over quarters); set beside paired units it says how complete the figures are.")
            .formula("count(distinct BF-1 unit_code)").readFrom(GoldTables.ASSISTANCE_GROUPS)
            .from(UNIT_ASSISTANCE, "unit_code").build();

    public static final Indicator PAIRED_UNITS = Indicator.define("paired_units")
            .named("结对帮扶单位", "Paired units")
            .unit(IndicatorUnit.ITEMS).stock().aggregated(Aggregation.DISTINCT_COUNT)
            .defined("季末与该地区有结对帮扶关系（ML-4结对帮扶关系表）的不同单位个数，即应报送BF-1表的单位数。",
                    "Distinct units paired with the area (ML-4 pairings) at the quarter's end: the units expected to"
                            + " submit BF-1.")
            .formula("count(distinct ML-4 unit_code where start_date <= quarter end and (end_date is null or end_date >= quarter end))")
            .readFrom(GoldTables.ASSISTANCE_GROUPS)
            .from(PAIRINGS, "unit_code", "start_date", "end_date").build();

    public static final Indicator PAIRED_COUNTIES = Indicator.define("paired_counties")
            .named("结对帮扶县", "Paired counties")
            .unit(IndicatorUnit.ITEMS).stock().aggregated(Aggregation.DISTINCT_COUNT)
            .defined("季末与该单位有结对帮扶关系的县个数，即该单位应报送BF-1表的县数。",
                    "Counties paired with the unit at the quarter's end: the BF-1 reports expected from it.")
            .formula("count(distinct ML-4 county_code active at quarter end)")
            .readFrom(AggregationLevel.UNIT, org.bangfu.warehouse.WarehouseTable.GOLD_UNIT_QUARTER)
            .from(PAIRINGS, "county_code", "start_date", "end_date").build();

    public static final Indicator REPORTED_COUNTIES = Indicator.define("reported_counties")
            .named("已报送县", "Counties reported on")
            .unit(IndicatorUnit.ITEMS).stock().aggregated(Aggregation.DISTINCT_COUNT)
            .defined("该单位报送了该季度BF-1表的县个数。", "Counties for which the unit submitted BF-1 for the quarter.")
            .formula("count(distinct BF-1 county_code)")
            .readFrom(AggregationLevel.UNIT, org.bangfu.warehouse.WarehouseTable.GOLD_UNIT_QUARTER)
            .from(UNIT_ASSISTANCE, "county_code").build();

    /** In publication order. */
    public static final List<Indicator> ALL = List.of(
            FUNDS_DIRECT, FUNDS_COORDINATED, FUNDS_TOTAL, FUNDS_INDUSTRY, ASSISTING_UNITS, PAIRED_UNITS,
            PAIRED_COUNTIES, REPORTED_COUNTIES, PROJECTS, TRAINED_CADRES, TRAINED_TECHNICIANS, PEOPLE_TRAINED,
            JOBS_TRANSFERRED, CONSUMPTION_BOUGHT, CONSUMPTION_SOLD, LEADER_VISITS, OTHER_VISITS, MEETINGS,
            SECONDED_CADRES, FIRST_SECRETARIES, TEAM_MEMBERS);

    private AssistanceIndicators() {
    }

    /** A year-to-date BF-1 figure summed over units; its definition quotes the form's header. */
    private static Indicator simpleSum(String field, String chineseName, String englishName, IndicatorUnit unit,
            int precision) {
        String header = FormCatalogue.get(UNIT_ASSISTANCE).requireField(field).header();
        return Indicator.define(field)
                .named(chineseName, englishName)
                .unit(unit).precision(precision)
                .defined("各单位报送的BF-1表“" + header + "”之和。" + QUARTER_INCREMENT_CHINESE,
                        "The sum over units of BF-1 " + field + "." + QUARTER_INCREMENT_ENGLISH)
                .formula("sum(BF-1 " + field + ")").readFrom(GoldTables.ASSISTANCE)
                .from(UNIT_ASSISTANCE, field).build();
    }

    /** A BF-1 count at the quarter's end, summed over units; it does not add up over quarters. */
    private static Indicator periodEndSum(String field, String chineseName, String englishName) {
        String header = FormCatalogue.get(UNIT_ASSISTANCE).requireField(field).header();
        return Indicator.define(field)
                .named(chineseName, englishName)
                .unit(IndicatorUnit.PERSONS).stock()
                .defined("各单位报送的BF-1表“" + header + "”之和，为季末在岗人数，不跨季度累加。",
                        "The sum over units of BF-1 " + field + ": people in post at the quarter's end,"
                                + " not added up over quarters.")
                .formula("sum(BF-1 " + field + ")").readFrom(GoldTables.ASSISTANCE)
                .from(UNIT_ASSISTANCE, field).build();
    }
}
