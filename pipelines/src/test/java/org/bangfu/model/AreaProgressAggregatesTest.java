package org.bangfu.model;

import static org.bangfu.model.TinyFrames.frame;
import static org.bangfu.model.TinyFrames.row;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.junit.Test;

/**
 * gold.area_progress_quarter on a hand-computed prefecture 乙州: 甲县 (国定, exited 2019, 10,000 rural
 * people), 丁县 (省定, 20,000) and 戊县 (not poor, 5,000). 丁县 sent no BF-3 for Q1, so it is missing,
 * not zero; its only BF-2 roster is for a village that is not poor.
 */
public class AreaProgressAggregatesTest extends SharedSparkDataFrameSuite {

    private static Dataset<Row> counties() {
        return frame(SilverFrames.schemaOf(FormCatalogue.COUNTY_REGISTER),
                county("530102", "甲县", "国定", 2019, 10_000),
                county("530103", "丁县", "省定", null, 20_000),
                county("530104", "戊县", "非贫困", null, 5_000));
    }

    private static java.util.Map<String, Object> county(String code, String name, String type, Integer exitYear,
            long ruralPopulation) {
        return row("county_code", code, "county_name", name, "prefecture_code", "530100", "prefecture_name", "乙州",
                "province_code", "530000", "province_name", "丙省", "poverty_type", type, "deep_poverty", "否",
                "exit_year", exitYear, "rural_population", ruralPopulation);
    }

    private static Dataset<Row> villages() {
        return frame(SilverFrames.schemaOf(FormCatalogue.VILLAGE_REGISTER),
                row("village_code", "530102001001", "poor_village", "是"),
                row("village_code", "530102001002", "poor_village", "是"),
                row("village_code", "530103001001", "poor_village", "是"),
                row("village_code", "530103001002", "poor_village", "否"));
    }

    private static Dataset<Row> workTeams() {
        return frame(SilverFrames.schemaOf(FormCatalogue.WORK_TEAMS),
                team("530102001001", 3),
                team("530102001002", 2),
                team("530103001002", 4));
    }

    private static java.util.Map<String, Object> team(String village, long members) {
        return row("village_code", village, "period", "2019Q2", "year", 2019, "quarter", 2, "sending_unit_code", "U",
                "leader_is_first_secretary", "是", "members", members);
    }

    private static Dataset<Row> progress() {
        return frame(SilverFrames.schemaOf(FormCatalogue.COUNTY_PROGRESS),
                row("county_code", "530102", "period", "2019Q1", "year", 2019, "quarter", 1,
                        "poor_households_start", 300L, "poor_people_start", 1000L, "newly_identified", 10L,
                        "returned_to_poverty", 5L, "households_exited", 100L, "people_exited", 300L,
                        "poor_people_end", 715L),
                row("county_code", "530102", "period", "2019Q2", "year", 2019, "quarter", 2,
                        "poor_households_start", 300L, "poor_people_start", 1000L, "newly_identified", 20L,
                        "returned_to_poverty", 5L, "households_exited", 150L, "people_exited", 500L,
                        "poor_people_end", 525L),
                row("county_code", "530103", "period", "2019Q2", "year", 2019, "quarter", 2,
                        "poor_households_start", 600L, "poor_people_start", 2000L, "newly_identified", 0L,
                        "returned_to_poverty", 0L, "households_exited", 200L, "people_exited", 400L,
                        "poor_people_end", 1600L));
    }

    @Test
    public void teamsExitsAndIncidenceAddUpFromCountiesWithRatesRecomputedAndMissingCountiesNotZero() {
        Dataset<Row> actual = AreaProgressAggregates.areaProgressQuarter(progress(), workTeams(), counties(),
                        villages(), AreaProgressAggregates.DEFAULT_MINIMUM_TEAM_MEMBERS)
                .select("level", "area_code", "period", "counties_expected", "counties_reporting", "villages_reporting",
                        "poor_villages", "villages_with_team", "team_coverage", "work_teams", "work_team_members",
                        "members_per_team", "villages_meeting_team_rule", "counties_exited", "rural_population",
                        "poor_households_start", "poor_people_start", "poor_people_end", "people_exited_ytd",
                        "people_exited_quarter", "people_exited_cumulative", "poverty_incidence",
                        "poverty_incidence_start", "poverty_incidence_change");

        // Columns as selected above; 5.25 % rounds half up to 5.3, 7.15 % to 7.2, 2/3 to 66.7 %.
        Dataset<Row> expected = frame(actual.schema(),
                expectedRow("COUNTY", "530102", "2019Q1", 1, 1, 0, 2, null, null, null, null, null, null, 1, 10_000L,
                        300L, 1000L, 715L, 300L, 300L, 300L, "7.2", "10.0", "-2.8"),
                expectedRow("COUNTY", "530102", "2019Q2", 1, 1, 2, 2, 2L, "100.0", 2L, 5L, "2.5", 1L, 1, 10_000L,
                        300L, 1000L, 525L, 500L, 200L, 500L, "5.3", "10.0", "-4.7"),
                expectedRow("COUNTY", "530103", "2019Q1", 1, 0, 0, 1, null, null, null, null, null, null, 0, null,
                        null, null, null, null, null, null, null, null, null),
                expectedRow("COUNTY", "530103", "2019Q2", 1, 1, 0, 1, 0L, "0.0", 1L, 4L, "4.0", 0L, 0, 20_000L,
                        600L, 2000L, 1600L, 400L, 400L, 400L, "8.0", "10.0", "-2.0"),
                expectedRow("COUNTY", "530104", "2019Q1", 0, 0, 0, 0, null, null, null, null, null, null, 0, null,
                        null, null, null, null, null, null, null, null, null),
                expectedRow("COUNTY", "530104", "2019Q2", 0, 0, 0, 0, null, null, null, null, null, null, 0, null,
                        null, null, null, null, null, null, null, null, null),
                expectedRow("PREFECTURE", "530100", "2019Q1", 2, 1, 0, 3, null, null, null, null, null, null, 1,
                        10_000L, 300L, 1000L, 715L, 300L, 300L, 300L, "7.2", "10.0", "-2.8"),
                expectedRow("PREFECTURE", "530100", "2019Q2", 2, 2, 2, 3, 2L, "66.7", 3L, 9L, "3.0", 1L, 1, 30_000L,
                        900L, 3000L, 2125L, 900L, 600L, 900L, "7.1", "10.0", "-2.9"),
                expectedRow("PROVINCE", "530000", "2019Q1", 2, 1, 0, 3, null, null, null, null, null, null, 1,
                        10_000L, 300L, 1000L, 715L, 300L, 300L, 300L, "7.2", "10.0", "-2.8"),
                expectedRow("PROVINCE", "530000", "2019Q2", 2, 2, 2, 3, 2L, "66.7", 3L, 9L, "3.0", 1L, 1, 30_000L,
                        900L, 3000L, 2125L, 900L, 600L, 900L, "7.1", "10.0", "-2.9"));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> expectedRow(String level, String area, String period,
            long expected, long reporting, long villagesReporting, long poorVillages, Long withTeam, String coverage,
            Long teams, Long members, String perTeam, Long meetingRule, long countiesExited, Long rural,
            Long householdsStart, Long peopleStart, Long peopleEnd, Long exitedYearToDate, Long exitedQuarter,
            Long exitedCumulative, String incidence, String incidenceStart, String incidenceChange) {
        return row("level", level, "area_code", area, "period", period, "counties_expected", expected,
                "counties_reporting", reporting, "villages_reporting", villagesReporting, "poor_villages", poorVillages,
                "villages_with_team", withTeam, "team_coverage", coverage, "work_teams", teams,
                "work_team_members", members, "members_per_team", perTeam, "villages_meeting_team_rule", meetingRule,
                "counties_exited", countiesExited, "rural_population", rural, "poor_households_start", householdsStart,
                "poor_people_start", peopleStart, "poor_people_end", peopleEnd, "people_exited_ytd", exitedYearToDate,
                "people_exited_quarter", exitedQuarter, "people_exited_cumulative", exitedCumulative,
                "poverty_incidence", incidence, "poverty_incidence_start", incidenceStart,
                "poverty_incidence_change", incidenceChange);
    }

    @Test
    public void everyBf3FlowHasItsQuarterFullYearAndCumulativeSinceTheFirstPeriod() {
        Dataset<Row> progress = frame(SilverFrames.schemaOf(FormCatalogue.COUNTY_PROGRESS),
                flows("2019Q3", 2019, 3, 10, "1.5000", "100.0000"),
                flows("2019Q4", 2019, 4, 16, "2.0000", "150.0000"),
                flows("2020Q1", 2020, 1, 5, "0.5000", "20.0000"));
        Dataset<Row> actual = AreaProgressAggregates.areaProgressQuarter(progress,
                        SilverFrames.emptyOf(spark(), FormCatalogue.WORK_TEAMS), counties(),
                        villages(), AreaProgressAggregates.DEFAULT_MINIMUM_TEAM_MEMBERS)
                .filter("level = 'COUNTY' and area_code = '530102'")
                .select("period", "newly_identified_ytd", "returned_to_poverty_quarter", "households_exited_full_year",
                        "villages_exited_cumulative", "relocated_households_ytd", "relocated_people_quarter",
                        "houses_rebuilt_full_year", "roads_km_cumulative", "safe_water_households_ytd",
                        "electricity_households_quarter", "integrated_fiscal_funds_cumulative", "work_teams",
                        "villages_with_team", "counties_exited");

        // Q3 is the county's first report of 2019, so it counts whole in Q3 (as in BF-1); Q4 less Q3 = 6; full year only in Q4;
        // 2020Q1 cumulative = 2019's last year to date + 2020's.
        Dataset<Row> expected = frame(actual.schema(),
                row("period", "2019Q3", "newly_identified_ytd", 10L, "returned_to_poverty_quarter", 10L,
                        "households_exited_full_year", null, "villages_exited_cumulative", 10L,
                        "relocated_households_ytd", 10L, "relocated_people_quarter", 10L,
                        "houses_rebuilt_full_year", null, "roads_km_cumulative", "1.5", "safe_water_households_ytd", 10L,
                        "electricity_households_quarter", 10L, "integrated_fiscal_funds_cumulative", "100",
                        "counties_exited", 1L),
                row("period", "2019Q4", "newly_identified_ytd", 16L, "returned_to_poverty_quarter", 6L,
                        "households_exited_full_year", 16L, "villages_exited_cumulative", 16L,
                        "relocated_households_ytd", 16L, "relocated_people_quarter", 6L,
                        "houses_rebuilt_full_year", 16L, "roads_km_cumulative", "2.0", "safe_water_households_ytd", 16L,
                        "electricity_households_quarter", 6L, "integrated_fiscal_funds_cumulative", "150",
                        "counties_exited", 1L),
                row("period", "2020Q1", "newly_identified_ytd", 5L, "returned_to_poverty_quarter", 5L,
                        "households_exited_full_year", null, "villages_exited_cumulative", 21L,
                        "relocated_households_ytd", 5L, "relocated_people_quarter", 5L,
                        "houses_rebuilt_full_year", null, "roads_km_cumulative", "2.5", "safe_water_households_ytd", 5L,
                        "electricity_households_quarter", 5L, "integrated_fiscal_funds_cumulative", "170",
                        "counties_exited", 0L));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    private static java.util.Map<String, Object> flows(String period, int year, int quarter, long count, String km,
            String funds) {
        return row("county_code", "530102", "period", period, "year", year, "quarter", quarter,
                "poor_households_start", 300L, "poor_people_start", 1000L, "newly_identified", count,
                "returned_to_poverty", count, "households_exited", count, "people_exited", count,
                "poor_people_end", 1000L, "villages_exited", count, "relocated_households", count,
                "relocated_people", count, "houses_rebuilt", count, "roads_km", km, "safe_water_households", count,
                "electricity_households", count, "integrated_fiscal_funds", funds);
    }
    /**
     * Issue 10 item 6 for BF-3: 丁县 reports Q1 and Q3 but not Q2. Its Q1 year to date (40) is carried
     * into Q2, so 乙州's quarters (Q1 100, Q2 50, Q3 110) add up to its year to date at Q3 (260); before,
     * 丁县's Q3 increment was unknown and the prefecture's Q3 held only 甲县's 40.
     */
    @Test
    public void aCountyMissingAQuarterIsCarriedForwardSoQuartersAddUpToTheYearToDateAtEveryLevel() {
        Dataset<Row> progress = frame(SilverFrames.schemaOf(FormCatalogue.COUNTY_PROGRESS),
                exited("530102", "2019Q1", 1, 60L), exited("530102", "2019Q2", 2, 110L),
                exited("530102", "2019Q3", 3, 150L),
                exited("530103", "2019Q1", 1, 40L), exited("530103", "2019Q3", 3, 110L));
        Dataset<Row> actual = AreaProgressAggregates.areaProgressQuarter(progress,
                        SilverFrames.emptyOf(spark(), FormCatalogue.WORK_TEAMS), counties(), villages(),
                        AreaProgressAggregates.DEFAULT_MINIMUM_TEAM_MEMBERS)
                .filter("area_code in ('530103', '530100', '530000')")
                .select("level", "period", "counties_reporting", "carried_counties", "people_exited_ytd",
                        "people_exited_quarter", "poor_people_end");

        Dataset<Row> expected = frame(actual.schema(),
                carriedRow("COUNTY", "2019Q1", 1, 0, 40L, 40L, 1000L),
                carriedRow("COUNTY", "2019Q2", 0, 1, 40L, 0L, null),
                carriedRow("COUNTY", "2019Q3", 1, 0, 110L, 70L, 1000L),
                carriedRow("PREFECTURE", "2019Q1", 2, 0, 100L, 100L, 2000L),
                carriedRow("PREFECTURE", "2019Q2", 1, 1, 150L, 50L, 1000L),
                carriedRow("PREFECTURE", "2019Q3", 2, 0, 260L, 110L, 2000L),
                carriedRow("PROVINCE", "2019Q1", 2, 0, 100L, 100L, 2000L),
                carriedRow("PROVINCE", "2019Q2", 1, 1, 150L, 50L, 1000L),
                carriedRow("PROVINCE", "2019Q3", 2, 0, 260L, 110L, 2000L));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    private static java.util.Map<String, Object> exited(String county, String period, int quarter, long peopleExited) {
        return row("county_code", county, "period", period, "year", 2019, "quarter", quarter,
                "poor_households_start", 300L, "poor_people_start", 1000L, "people_exited", peopleExited,
                "poor_people_end", 1000L);
    }

    private static java.util.Map<String, Object> carriedRow(String level, String period, long reporting, long carried,
            Long yearToDate, Long quarter, Long peopleEnd) {
        return row("level", level, "period", period, "counties_reporting", reporting, "carried_counties", carried,
                "people_exited_ytd", yearToDate, "people_exited_quarter", quarter, "poor_people_end", peopleEnd);
    }
}
