package org.bangfu.model;

import static org.bangfu.model.TinyFrames.frame;
import static org.bangfu.model.TinyFrames.row;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

/**
 * gold.area_targets: 丙省's 2019 targets against its figures at the latest quarter with BF-3 (Q3
 * had none, so Q2), compared with the same quarter of 2018; a county with a target and no figures;
 * the nation's targets as the sum of its provinces' own, only where every province has one.
 */
public class TargetAggregatesTest extends SharedSparkDataFrameSuite {

    private static final StructType AREA_PROGRESS = new StructType()
            .add("level", DataTypes.StringType).add("area_code", DataTypes.StringType)
            .add("area_name", DataTypes.StringType).add("prefecture_code", DataTypes.StringType)
            .add("province_code", DataTypes.StringType).add("period", DataTypes.StringType)
            .add("year", DataTypes.IntegerType).add("quarter", DataTypes.IntegerType)
            .add("counties_expected", DataTypes.LongType).add("counties_reporting", DataTypes.LongType)
            .add("people_exited_ytd", DataTypes.LongType).add("villages_exited_ytd", DataTypes.LongType)
            .add("counties_exited", DataTypes.LongType).add("poverty_incidence", DataTypes.createDecimalType(9, 1));

    private static Map<String, Object> province(String period, long reporting, Long exited, Long villages,
            long counties, String incidence) {
        int year = Integer.parseInt(period.substring(0, 4));
        int quarter = Integer.parseInt(period.substring(5));
        return row("level", "PROVINCE", "area_code", "530000", "area_name", "丙省", "prefecture_code", "",
                "province_code", "530000", "period", period, "year", year, "quarter", quarter, "counties_expected", 3L,
                "counties_reporting", reporting, "people_exited_ytd", exited, "villages_exited_ytd", villages,
                "counties_exited", counties, "poverty_incidence", incidence);
    }

    @Test
    public void targetsMeetTheLatestReportedQuarterAndTheSameQuarterOfTheYearBefore() {
        Dataset<Row> progress = frame(AREA_PROGRESS,
                province("2018Q2", 3, 600L, 1L, 0, "9.5"),
                province("2018Q4", 3, 800L, 3L, 1, "9.0"),
                province("2019Q1", 2, 40L, 0L, 1, "8.5"),
                province("2019Q2", 3, 900L, 2L, 1, "7.1"),
                province("2019Q3", 0, null, null, 1, null));
        Dataset<Row> targets = frame(SilverFrames.schemaOf(FormCatalogue.ANNUAL_TARGETS),
                row("area_code", "530000", "year", 2019, "target_people_exited", 1200L, "target_villages_exited", 3L,
                        "target_counties_exited", 2L, "target_incidence_rate", "3.0000"),
                row("area_code", "530102", "year", 2019, "target_people_exited", 600L));

        Dataset<Row> actual = TargetAggregates.areaTargets(progress, targets);

        Dataset<Row> expected = frame(actual.schema(),
                // 900 of 1200 = 75.0 %; 2 of 3 villages = 66.7 %; 1 of 2 counties = 50.0 %; 7.1 − 3.0 = 4.1
                // points above target; 900 against 600 by 2018Q2 = +300, +50.0 %; 7.1 − 9.5 = −2.4 points.
                row("level", "PROVINCE", "area_code", "530000", "area_name", "丙省", "prefecture_code", "",
                        "province_code", "530000", "year", 2019, "as_of_period", "2019Q2", "counties_expected", 3L,
                        "counties_reporting", 3L, "target_people_exited", 1200L, "people_exited", 900L,
                        "people_exited_achievement", "75.0", "target_villages_exited", 3L, "villages_exited", 2L,
                        "villages_exited_achievement", "66.7", "target_counties_exited", 2L, "counties_exited", 1L,
                        "counties_exited_achievement", "50.0", "target_incidence_rate", "3.0", "poverty_incidence", "7.1",
                        "incidence_gap", "4.1", "people_exited_previous_year", 600L,
                        "people_exited_change_on_year", 300L, "people_exited_change_on_year_rate", "50.0",
                        "poverty_incidence_previous_year", "9.5", "poverty_incidence_change_on_year", "-2.4"),
                row("level", "PROVINCE", "area_code", "530000", "area_name", "丙省", "prefecture_code", "",
                        "province_code", "530000", "year", 2018, "as_of_period", "2018Q4", "counties_expected", 3L,
                        "counties_reporting", 3L, "people_exited", 800L, "villages_exited", 3L, "counties_exited", 1L,
                        "poverty_incidence", "9.0"),
                row("level", "COUNTY", "area_code", "530102", "year", 2019, "target_people_exited", 600L),
                // 丙省 is the only province of the figures: the nation's count targets are its own.
                row("level", "NATION", "area_code", "000000", "area_name", "全国", "year", 2019,
                        "target_people_exited", 1200L, "target_villages_exited", 3L, "target_counties_exited", 2L));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    private static Map<String, Object> area(String level, String code, String name, String period, long reporting,
            Long exited, Long villages, long counties, String incidence) {
        int year = Integer.parseInt(period.substring(0, 4));
        int quarter = Integer.parseInt(period.substring(5));
        return row("level", level, "area_code", code, "area_name", name, "prefecture_code", "",
                "province_code", level.equals("NATION") ? "" : code, "period", period, "year", year, "quarter", quarter,
                "counties_expected", 5L, "counties_reporting", reporting, "people_exited_ytd", exited,
                "villages_exited_ytd", villages, "counties_exited", counties, "poverty_incidence", incidence);
    }

    @Test
    public void theNationsTargetIsTheSumOfEveryProvincesOwnAndBlankWhereAProvinceHasNone() {
        Dataset<Row> progress = frame(AREA_PROGRESS,
                area("PROVINCE", "520000", "甲省", "2019Q2", 2, 500L, 1L, 0, "6.0"),
                area("PROVINCE", "530000", "丙省", "2019Q2", 3, 900L, 2L, 1, "7.1"),
                area("NATION", AreaHierarchy.NATION_CODE, "全国", "2019Q2", 5, 1400L, 3L, 1, "6.6"),
                area("PROVINCE", "520000", "甲省", "2018Q4", 2, 700L, 2L, 1, "8.0"),
                area("PROVINCE", "530000", "丙省", "2018Q4", 3, 800L, 3L, 1, "9.0"),
                area("NATION", AreaHierarchy.NATION_CODE, "全国", "2018Q4", 5, 1500L, 5L, 2, "8.6"));
        Dataset<Row> targets = frame(SilverFrames.schemaOf(FormCatalogue.ANNUAL_TARGETS),
                // 2019: both provinces set people and villages; only 丙省 a number of counties.
                row("area_code", "520000", "year", 2019, "target_people_exited", 1000L, "target_villages_exited", 2L,
                        "target_incidence_rate", "4.0"),
                row("area_code", "530000", "year", 2019, "target_people_exited", 1200L, "target_villages_exited", 3L,
                        "target_counties_exited", 2L, "target_incidence_rate", "3.0"),
                // 2018: 甲省 set none, so the nation has no 2018 target even though 丙省 has.
                row("area_code", "530000", "year", 2018, "target_people_exited", 900L),
                // A prefecture's and a county's targets are within their province's, never added to the nation's.
                row("area_code", "530100", "year", 2019, "target_people_exited", 400L),
                row("area_code", "530102", "year", 2019, "target_people_exited", 100L),
                // 2020: both provinces set targets before any figures of the year.
                row("area_code", "520000", "year", 2020, "target_people_exited", 300L),
                row("area_code", "530000", "year", 2020, "target_people_exited", 200L));

        Dataset<Row> nation = TargetAggregates.areaTargets(progress, targets)
                .filter("level = 'NATION'");

        Dataset<Row> expected = frame(nation.schema(),
                row("level", "NATION", "area_code", "000000", "area_name", "全国", "prefecture_code", "",
                        "province_code", "", "year", 2018, "as_of_period", "2018Q4", "counties_expected", 5L,
                        "counties_reporting", 5L, "people_exited", 1500L, "villages_exited", 5L, "counties_exited", 2L,
                        "poverty_incidence", "8.6"),
                // 1000 + 1200 = 2200 people, 1400 of them = 63.6 %; 2 + 3 = 5 villages, 3 of them = 60.0 %; no
                // counties target (甲省 set none) and no incidence target (a rate is not added up).
                row("level", "NATION", "area_code", "000000", "area_name", "全国", "prefecture_code", "",
                        "province_code", "", "year", 2019, "as_of_period", "2019Q2", "counties_expected", 5L,
                        "counties_reporting", 5L, "target_people_exited", 2200L, "people_exited", 1400L,
                        "people_exited_achievement", "63.6", "target_villages_exited", 5L, "villages_exited", 3L,
                        "villages_exited_achievement", "60.0", "counties_exited", 1L, "poverty_incidence", "6.6"),
                row("level", "NATION", "area_code", "000000", "area_name", "全国", "year", 2020,
                        "target_people_exited", 500L));
        assertDataFrameNoOrderEquals(expected, nation);
    }

    @Test
    public void withOneProvinceTheNationsTargetIsThatProvincesOwn() {
        Dataset<Row> progress = frame(AREA_PROGRESS,
                area("PROVINCE", "530000", "丙省", "2019Q2", 3, 900L, 2L, 1, "7.1"),
                area("NATION", AreaHierarchy.NATION_CODE, "全国", "2019Q2", 3, 900L, 2L, 1, "7.1"));
        Dataset<Row> targets = frame(SilverFrames.schemaOf(FormCatalogue.ANNUAL_TARGETS),
                row("area_code", "530000", "year", 2019, "target_people_exited", 1200L, "target_villages_exited", 3L,
                        "target_counties_exited", 2L, "target_incidence_rate", "3.0"));

        Row nation = TargetAggregates.areaTargets(progress, targets).filter("level = 'NATION'").first();

        assertEquals(Long.valueOf(1200L), nation.<Long>getAs("target_people_exited"));
        assertEquals(Long.valueOf(2L), nation.<Long>getAs("target_counties_exited"));
        assertNull("a rate is not carried up", nation.getAs("target_incidence_rate"));
    }
}
