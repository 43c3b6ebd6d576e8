package org.bangfu.indicators;

import static org.bangfu.forms.FormCatalogue.VILLAGE_REGISTER;
import static org.bangfu.forms.FormCatalogue.WORK_TEAMS;

import java.util.List;

/** BF-2 驻村工作队 with the ML-2 village register: are the poor villages covered by teams of the required size. */
public final class WorkTeamIndicators {

    private static final String PERIOD_END_CHINESE = "季末数，不跨季度累加；该地区本季度无任何BF-2报送时为空。";
    private static final String PERIOD_END_ENGLISH =
            " A count at the quarter's end, not added up over quarters; blank when nothing of BF-2 came in for the area.";

    public static final Indicator POOR_VILLAGES = Indicator.define("poor_villages")
            .named("建档立卡贫困村", "Registered poor villages")
            .unit(IndicatorUnit.ITEMS).stock().direction(Direction.NEUTRAL)
            .defined("村名录（ML-2）中“贫困村”为“是”的村个数，按村代码前6位归县；即应报送BF-2表的村数。",
                    "Villages of the ML-2 register marked poor, placed in their county by the first six digits of"
                            + " the village code: the villages expected to report BF-2.")
            .formula("count(ML-2 village_code where poor_village = '是')").readFrom(GoldTables.AREA_PROGRESS)
            .from(VILLAGE_REGISTER, "village_code", "poor_village").build();

    public static final Indicator VILLAGES_WITH_TEAM = Indicator.define("villages_with_team")
            .named("已派驻工作队的贫困村", "Poor villages with a work team")
            .unit(IndicatorUnit.ITEMS).stock()
            .defined("本季度BF-2表报有工作队（队员人数≥1）的贫困村个数。" + PERIOD_END_CHINESE,
                    "Poor villages with a BF-2 roster of at least one member in the quarter." + PERIOD_END_ENGLISH)
            .formula("count(distinct BF-2 village_code where members >= 1 and the village is poor)")
            .readFrom(GoldTables.AREA_PROGRESS)
            .from(WORK_TEAMS, "village_code", "members").from(VILLAGE_REGISTER, "poor_village").build();

    public static final Indicator TEAM_COVERAGE = Indicator.define("team_coverage")
            .named("贫困村工作队覆盖率", "Poor villages covered by a work team")
            .unit(IndicatorUnit.PERCENT).precision(1).stock().aggregated(Aggregation.RATIO_OF_SUMS)
            .defined("已派驻工作队的贫困村 ÷ 建档立卡贫困村 × 100%，保留一位小数，四舍五入；上级由分子、分母分别汇总后相除。",
                    "Poor villages with a work team ÷ registered poor villages × 100, one decimal, rounded half up;"
                            + " for larger areas numerator and denominator are summed first.")
            .formula("round(villages_with_team / poor_villages * 100, 1)").readFrom(GoldTables.AREA_PROGRESS)
            .from(WORK_TEAMS, "village_code", "members").from(VILLAGE_REGISTER, "village_code", "poor_village").build();

    public static final Indicator WORK_TEAMS_IN_POST = Indicator.define("work_teams")
            .named("驻村工作队", "Village work teams")
            .unit(IndicatorUnit.ITEMS).stock().aggregated(Aggregation.COUNT)
            .defined("本季度BF-2表中队员人数≥1的工作队个数（每村一行）。" + PERIOD_END_CHINESE,
                    "BF-2 rosters of at least one member in the quarter (one row per village)." + PERIOD_END_ENGLISH)
            .formula("count(BF-2 rows where members >= 1)").readFrom(GoldTables.AREA_PROGRESS)
            .from(WORK_TEAMS, "members").build();

    public static final Indicator WORK_TEAM_MEMBERS = Indicator.define("work_team_members")
            .named("驻村工作队员（花名册）", "Work-team members (roster)")
            .unit(IndicatorUnit.PERSONS).stock()
            .defined("BF-2表“队员人数（含队长）”之和。" + PERIOD_END_CHINESE,
                    "The sum of BF-2 members, team leaders included." + PERIOD_END_ENGLISH)
            .formula("sum(BF-2 members)").readFrom(GoldTables.AREA_PROGRESS)
            .from(WORK_TEAMS, "members").build();

    public static final Indicator MEMBERS_PER_TEAM = Indicator.define("members_per_team")
            .named("平均每队队员", "Members per team")
            .unit(IndicatorUnit.PERSONS_PER_TEAM).precision(1).stock().aggregated(Aggregation.RATIO_OF_SUMS)
            .defined("驻村工作队员 ÷ 驻村工作队，保留一位小数，四舍五入。",
                    "Work-team members ÷ work teams, one decimal, rounded half up.")
            .formula("round(work_team_members / work_teams, 1)").readFrom(GoldTables.AREA_PROGRESS)
            .from(WORK_TEAMS, "members").build();

    public static final Indicator VILLAGES_MEETING_TEAM_RULE = Indicator.define("villages_meeting_team_rule")
            .named("工作队人数达标的贫困村", "Poor villages whose team meets the province's size rule")
            .unit(IndicatorUnit.ITEMS).stock()
            .defined("本季度工作队队员人数不少于本省规定最低人数（参数，默认3人，即“一村一队、一队三人”）的贫困村个数。"
                            + PERIOD_END_CHINESE,
                    "Poor villages whose team has at least the province's minimum number of members (a parameter,"
                            + " by default 3: one team of three per village)." + PERIOD_END_ENGLISH)
            .formula("count(distinct BF-2 village_code where members >= minimum and the village is poor)")
            .readFrom(GoldTables.AREA_PROGRESS)
            .from(WORK_TEAMS, "village_code", "members").from(VILLAGE_REGISTER, "poor_village").build();

    /** In publication order. */
    public static final List<Indicator> ALL = List.of(POOR_VILLAGES, VILLAGES_WITH_TEAM, TEAM_COVERAGE,
            WORK_TEAMS_IN_POST, WORK_TEAM_MEMBERS, MEMBERS_PER_TEAM, VILLAGES_MEETING_TEAM_RULE);

    private WorkTeamIndicators() {
    }
}
