package org.bangfu.model;

import static org.bangfu.model.TinyFrames.frame;
import static org.bangfu.model.TinyFrames.row;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.junit.Test;

/**
 * BF-1 per unit and per unit category and level, 2019Q1: unit A (中央, 高校) reports every figure for
 * 甲县 and only direct funds for 丁县; unit B (省, 高校) reports for 丁县 although its pairing starts
 * only in July, so it reports without being expected.
 */
public class UnitAggregatesTest extends SharedSparkDataFrameSuite {

    private static Dataset<Row> increments() {
        return AssistanceAggregates.withQuarterIncrements(frame(SilverFrames.schemaOf(FormCatalogue.UNIT_ASSISTANCE),
                row("unit_code", "A", "county_code", "530102", "period", "2019Q1", "year", 2019, "quarter", 1,
                        "funds_direct", "10", "funds_coordinated", "20", "funds_industry", "5", "projects", 1L,
                        "trained_cadres", 2L, "trained_technicians", 3L, "jobs_transferred", 4L,
                        "consumption_bought", "1.5", "consumption_sold", "2.5", "leader_visits", 1L,
                        "other_visits", 2L, "meetings", 3L, "seconded_cadres", 1L, "first_secretaries", 1L,
                        "team_members", 3L),
                row("unit_code", "A", "county_code", "530103", "period", "2019Q1", "year", 2019, "quarter", 1,
                        "funds_direct", "2"),
                row("unit_code", "B", "county_code", "530103", "period", "2019Q1", "year", 2019, "quarter", 1,
                        "funds_direct", "5")));
    }

    private static Dataset<Row> units() {
        return frame(SilverFrames.schemaOf(FormCatalogue.UNIT_REGISTER),
                row("unit_code", "A", "unit_name", "甲大学", "unit_level", "中央", "unit_category", "高校"),
                row("unit_code", "B", "unit_name", "乙学院", "unit_level", "省", "unit_category", "高校"),
                row("unit_code", "C", "unit_name", "丙医院", "unit_level", "省", "unit_category", "医院"));
    }

    private static Dataset<Row> pairings() {
        return frame(SilverFrames.schemaOf(FormCatalogue.PAIRINGS),
                row("unit_code", "A", "county_code", "530102", "start_date", "2017-01-01", "is_lead", "是"),
                row("unit_code", "A", "county_code", "530103", "start_date", "2017-01-01", "is_lead", "否"),
                row("unit_code", "B", "county_code", "530103", "start_date", "2019-07-01", "is_lead", "否"));
    }

    @Test
    public void aUnitAddsUpItsCountiesAndSaysHowManyItWasExpectedToReportFor() {
        List<String> columns = List.of("unit_code", "unit_level", "unit_category", "period", "paired_counties",
                "reported_counties", "funds_direct_ytd", "funds_direct_quarter", "funds_direct_full_year",
                "funds_direct_cumulative", "funds_coordinated_ytd", "funds_total_ytd", "funds_industry_ytd",
                "projects_ytd", "trained_cadres_ytd", "trained_technicians_ytd", "people_trained_ytd",
                "jobs_transferred_ytd", "consumption_bought_ytd", "consumption_sold_ytd", "leader_visits_ytd",
                "other_visits_ytd", "meetings_ytd", "seconded_cadres", "first_secretaries", "team_members");
        Dataset<Row> actual = AssistanceAggregates.unitQuarter(increments(), units(), pairings())
                .selectExpr(columns.toArray(String[]::new));

        // Unit C neither paired nor reporting: no row. A: 10 + 2 direct; total = 10 + 20 + 2.
        Dataset<Row> expected = frame(actual.schema(),
                row("unit_code", "A", "unit_level", "中央", "unit_category", "高校", "period", "2019Q1",
                        "paired_counties", 2L, "reported_counties", 2L, "funds_direct_ytd", "12",
                        "funds_direct_quarter", "12", "funds_direct_full_year", null, "funds_direct_cumulative", "12",
                        "funds_coordinated_ytd", "20", "funds_total_ytd", "32", "funds_industry_ytd", "5",
                        "projects_ytd", 1L, "trained_cadres_ytd", 2L, "trained_technicians_ytd", 3L,
                        "people_trained_ytd", 5L, "jobs_transferred_ytd", 4L, "consumption_bought_ytd", "1.5",
                        "consumption_sold_ytd", "2.5", "leader_visits_ytd", 1L, "other_visits_ytd", 2L,
                        "meetings_ytd", 3L, "seconded_cadres", 1L, "first_secretaries", 1L, "team_members", 3L),
                row("unit_code", "B", "unit_level", "省", "unit_category", "高校", "period", "2019Q1",
                        "paired_counties", 0L, "reported_counties", 1L, "funds_direct_ytd", "5",
                        "funds_direct_quarter", "5", "funds_direct_cumulative", "5", "funds_total_ytd", "5"));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    @Test
    public void unitCategoriesAndLevelsCountUnitsExpectedAndReporting() {
        Dataset<Row> actual = AssistanceAggregates.unitGroupQuarter(increments(), units(), pairings())
                .select("group_kind", "group_name", "period", "assisting_units", "paired_units", "funds_direct_ytd",
                        "team_members");

        Dataset<Row> expected = frame(actual.schema(),
                row("group_kind", "UNIT_CATEGORY", "group_name", "高校", "period", "2019Q1", "assisting_units", 2L,
                        "paired_units", 1L, "funds_direct_ytd", "17", "team_members", 3L),
                row("group_kind", "UNIT_LEVEL", "group_name", "中央", "period", "2019Q1", "assisting_units", 1L,
                        "paired_units", 1L, "funds_direct_ytd", "12", "team_members", 3L),
                row("group_kind", "UNIT_LEVEL", "group_name", "省", "period", "2019Q1", "assisting_units", 1L,
                        "paired_units", 0L, "funds_direct_ytd", "5"));
        assertDataFrameNoOrderEquals(expected, actual);
    }
}
