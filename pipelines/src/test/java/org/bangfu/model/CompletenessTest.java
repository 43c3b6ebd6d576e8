package org.bangfu.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.bangfu.warehouse.ColumnMeaning;
import org.junit.Test;

/**
 * Expected vs received submissions on one tiny hand-made province: prefecture 乙州 with the poor
 * county 甲县 and the non-poor county 丁县, units U1 and U2, quarter 2019Q1 (due 2019-04-10).
 */
public class CompletenessTest extends SharedSparkDataFrameSuite {

    private static final String JIA = "530102";
    private static final String DING = "530103";
    private static final String POOR_VILLAGE = "530102000001";
    private static final String EXITED_VILLAGE = "530102000002";
    private static final String OTHER_VILLAGE = "530102000003";

    private static final StructType COUNTIES = new StructType()
            .add("county_code", DataTypes.StringType)
            .add("county_name", DataTypes.StringType)
            .add("prefecture_code", DataTypes.StringType)
            .add("prefecture_name", DataTypes.StringType)
            .add("poverty_type", DataTypes.StringType);

    private static final StructType VILLAGES = new StructType()
            .add("village_code", DataTypes.StringType)
            .add("village_name", DataTypes.StringType)
            .add("poor_village", DataTypes.StringType)
            .add("exit_year", DataTypes.IntegerType);

    private static final StructType UNITS = new StructType()
            .add("unit_code", DataTypes.StringType)
            .add("unit_name", DataTypes.StringType);

    private static final StructType PAIRINGS = new StructType()
            .add("unit_code", DataTypes.StringType)
            .add("county_code", DataTypes.StringType)
            .add("start_date", DataTypes.DateType)
            .add("end_date", DataTypes.DateType);

    private static final StructType UNIT_ASSISTANCE = new StructType()
            .add("unit_code", DataTypes.StringType)
            .add("county_code", DataTypes.StringType)
            .add("period", DataTypes.StringType)
            .add("file_hash", DataTypes.StringType);

    private Completeness.Inputs province() {
        Dataset<Row> counties = spark().createDataFrame(List.of(
                RowFactory.create(JIA, "甲县", "530100", "乙州", "国定"),
                RowFactory.create(DING, "丁县", "530100", "乙州", "非贫困")), COUNTIES);
        Dataset<Row> villages = spark().createDataFrame(List.of(
                RowFactory.create(POOR_VILLAGE, "一村", "是", null),
                RowFactory.create(EXITED_VILLAGE, "二村", "是", 2018),
                RowFactory.create(OTHER_VILLAGE, "三村", "否", null)), VILLAGES);
        Dataset<Row> units = spark().createDataFrame(List.of(
                RowFactory.create("U1", "单位一"),
                RowFactory.create("U2", "单位二")), UNITS);
        Dataset<Row> pairings = spark().createDataFrame(List.of(
                RowFactory.create("U1", JIA, Date.valueOf("2017-01-01"), null),
                // Ended before the quarter: nothing expected.
                RowFactory.create("U2", JIA, Date.valueOf("2017-01-01"), Date.valueOf("2018-12-31")),
                // Started during the quarter: expected.
                RowFactory.create("U2", DING, Date.valueOf("2019-02-01"), null)), PAIRINGS);
        Dataset<Row> submissions = spark().createDataFrame(List.of(
                RowFactory.create("BF-1", "U1", "2019Q1", "h1", "单位一2019Q1.xlsx",
                        Timestamp.valueOf("2019-04-05 10:00:00"), Date.valueOf("2019-04-10"), false),
                RowFactory.create("BF-2", JIA, "2019Q1", "h2", "甲县驻村工作队.xlsx",
                        Timestamp.valueOf("2019-04-20 09:00:00"), Date.valueOf("2019-04-10"), true)),
                Completeness.SUBMISSION_COLUMNS);
        Dataset<Row> unitAssistance = spark().createDataFrame(List.of(
                RowFactory.create("U1", JIA, "2019Q1", "h1")), UNIT_ASSISTANCE);
        Dataset<Row> workTeams = spark().createDataFrame(List.of(
                RowFactory.create(POOR_VILLAGE, "2019Q1", "h2")), Completeness.WORK_TEAM_COLUMNS);
        Dataset<Row> countyProgress = Completeness.none(spark(), Completeness.COUNTY_PROGRESS_COLUMNS);
        return new Completeness.Inputs(counties, villages, units, pairings, submissions, unitAssistance, workTeams,
                countyProgress);
    }

    @Test
    public void eachExpectedSubmissionIsOnTimeLateOrMissing() {
        Dataset<Row> actual = Completeness.completeness(province())
                .select("form_code", "period", "submitter_code", "submitter_name", "subject_code", "subject_name",
                        "prefecture_name", "status", "status_zh", "received_at", "deadline", "days_late");

        Date due = Date.valueOf("2019-04-10");
        Dataset<Row> expected = spark().createDataFrame(List.of(
                RowFactory.create("BF-1", "2019Q1", "U1", "单位一", JIA, "甲县", "乙州", "on_time", "按时",
                        Timestamp.valueOf("2019-04-05 10:00:00"), due, null),
                // U2 was paired with 丁县 from February: expected, nothing came.
                RowFactory.create("BF-1", "2019Q1", "U2", "单位二", DING, "丁县", "乙州", "missing", "未报送",
                        null, due, null),
                // One roster per poor village, submitted by its county; 二村 exited in 2018, 三村 is not poor.
                RowFactory.create("BF-2", "2019Q1", JIA, "甲县", POOR_VILLAGE, "一村", "乙州", "late", "逾期",
                        Timestamp.valueOf("2019-04-20 09:00:00"), due, 10),
                // The BF-3 table does not exist yet: expected from the poor county, none received; 丁县 is not poor.
                RowFactory.create("BF-3", "2019Q1", JIA, "甲县", JIA, "甲县", "乙州", "missing", "未报送",
                        null, due, null)), actual.schema());
        assertDataFrameNoOrderEquals(expected, actual);
    }

    @Test
    public void everyColumnCarriesItsMeaning() {
        for (StructField field : Completeness.completeness(province()).schema().fields()) {
            assertThat(ColumnMeaning.of(field)).as("comment of %s", field.name()).contains(" / ");
        }
    }

    @Test
    public void theSummaryCountsPerPrefectureAndGivesTheShareReceived() {
        Dataset<Row> actual = Completeness.summaryByPrefecture(Completeness.completeness(province()));

        Dataset<Row> expected = spark().createDataFrame(List.of(
                RowFactory.create("BF-1", "2019Q1", "530100", "乙州", 2L, 1L, 0L, 1L, new BigDecimal("50.0")),
                RowFactory.create("BF-2", "2019Q1", "530100", "乙州", 1L, 0L, 1L, 0L, new BigDecimal("100.0")),
                RowFactory.create("BF-3", "2019Q1", "530100", "乙州", 1L, 0L, 0L, 1L, new BigDecimal("0.0"))),
                actual.schema());
        assertDataFrameNoOrderEquals(expected, actual);
    }
}
