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

/**
 * gold.area_targets: 丙省's 2019 targets against its figures at the latest quarter with BF-3 (Q3
 * had none, so Q2), compared with the same quarter of 2018; a county with a target and no figures.
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
                row("level", "COUNTY", "area_code", "530102", "year", 2019, "target_people_exited", 600L));
        assertDataFrameNoOrderEquals(expected, actual);
    }
}
