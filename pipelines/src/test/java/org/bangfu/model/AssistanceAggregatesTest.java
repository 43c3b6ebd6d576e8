package org.bangfu.model;

import java.math.BigDecimal;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.quality.SilverSchema;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.junit.Test;

/** DataFrame equality of the gold transforms on tiny hand-computed data (JUnit 4, spark-testing-base). */
public class AssistanceAggregatesTest extends SharedSparkDataFrameSuite {

    private static final StructType SILVER = new StructType()
            .add("unit_code", DataTypes.StringType)
            .add("county_code", DataTypes.StringType)
            .add("period", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("quarter", DataTypes.IntegerType)
            .add("funds_direct", SilverSchema.AMOUNT)
            .add("funds_coordinated", SilverSchema.AMOUNT)
            .add("projects", DataTypes.LongType)
            .add("trained_cadres", DataTypes.LongType)
            .add("trained_technicians", DataTypes.LongType)
            .add("jobs_transferred", DataTypes.LongType);

    private static Row silver(String unit, String period, String direct, Long cadres, Long technicians) {
        return silver(unit, "530102", period, direct, cadres, technicians);
    }

    private static Row silver(String unit, String county, String period, String direct, Long cadres, Long technicians) {
        int year = Integer.parseInt(period.substring(0, 4));
        int quarter = Integer.parseInt(period.substring(5));
        return RowFactory.create(unit, county, period, year, quarter, new BigDecimal(direct), new BigDecimal("0.0000"),
                null, cadres, technicians, null);
    }

    private static final StructType COUNTIES = new StructType()
            .add("county_code", DataTypes.StringType)
            .add("county_name", DataTypes.StringType)
            .add("prefecture_code", DataTypes.StringType)
            .add("prefecture_name", DataTypes.StringType)
            .add("poverty_type", DataTypes.StringType)
            .add("province_code", DataTypes.StringType)
            .add("province_name", DataTypes.StringType);

    private static final StructType PAIRINGS = new StructType()
            .add("unit_code", DataTypes.StringType)
            .add("county_code", DataTypes.StringType)
            .add("start_date", DataTypes.DateType)
            .add("end_date", DataTypes.DateType);

    @Test
    public void aUnitHelpingTwoCountiesOfAPrefectureCountsOnceForThePrefectureAndItsFundsAddUp() {
        Dataset<Row> counties = spark().createDataFrame(List.of(
                RowFactory.create("530102", "甲县", "530100", "乙州", "国定", "530000", "丙省"),
                RowFactory.create("530103", "丁县", "530100", "乙州", "省定", "530000", "丙省")), COUNTIES);
        java.sql.Date started = java.sql.Date.valueOf("2017-01-01");
        Dataset<Row> pairings = spark().createDataFrame(List.of(
                RowFactory.create("A", "530102", started, null),
                RowFactory.create("A", "530103", started, null),
                RowFactory.create("B", "530103", started, java.sql.Date.valueOf("2018-12-31"))), PAIRINGS);
        Dataset<Row> increments = AssistanceAggregates.withQuarterIncrements(spark().createDataFrame(List.of(
                silver("A", "530102", "2019Q1", "10.0000", null, null),
                silver("A", "530103", "2019Q1", "2.5000", null, null)), SILVER));

        Dataset<Row> actual = AssistanceAggregates.prefectureQuarter(increments, counties, pairings)
                .select("level", "area_code", "area_name", "prefecture_code", "period", "assisting_units",
                        "paired_units", "funds_direct_ytd", "funds_direct_quarter");

        Dataset<Row> expected = spark().createDataFrame(List.of(
                RowFactory.create("PREFECTURE", "530100", "乙州", "530100", "2019Q1", 1L, 1L,
                        new BigDecimal("12.5000"), new BigDecimal("12.5000"))), actual.schema());
        assertDataFrameNoOrderEquals(expected, actual);
    }

    @Test
    public void aQuarterAUnitMissedIsBridgedByItsNextReportAndABlankFlowKeepsItsYearToDate() {
        Dataset<Row> input = spark().createDataFrame(List.of(
                silver("A", "2019Q1", "10.0000", 5L, null),
                silver("A", "2019Q2", "25.0000", 5L, 3L),
                // 2019Q3 missing: Q4's increment covers Q3 and Q4, so that the quarters add up to 60.
                silver("A", "2019Q4", "60.0000", null, null),
                silver("A", "2020Q1", "4.0000", 1L, 1L)), SILVER);

        Dataset<Row> actual = AssistanceAggregates.withQuarterIncrements(input)
                .select("unit_code", "period", "funds_direct_ytd", "funds_direct_quarter",
                        "people_trained_ytd", "people_trained_quarter", "projects_ytd", "carried_forward");

        StructType expectedSchema = actual.schema();
        Dataset<Row> expected = spark().createDataFrame(List.of(
                RowFactory.create("A", "2019Q1", new BigDecimal("10.0000"), new BigDecimal("10.0000"), 5L, 5L, null, false),
                RowFactory.create("A", "2019Q2", new BigDecimal("25.0000"), new BigDecimal("15.0000"), 8L, 3L, null, false),
                RowFactory.create("A", "2019Q4", new BigDecimal("60.0000"), new BigDecimal("35.0000"), 8L, 0L, null, false),
                RowFactory.create("A", "2020Q1", new BigDecimal("4.0000"), new BigDecimal("4.0000"), 2L, 2L, null, false)),
                expectedSchema);
        assertDataFrameNoOrderEquals(expected, actual);
    }

    /**
     * Issue 10 item 6: A misses 2019Q2. Before, the county's Q2 year to date left A out (8) and its
     * Q3 increment left A out (4), so Q1 + Q2 + Q3 = 15 + 3 + 4 = 22 against a Q3 year to date of 42.
     */
    @Test
    public void theQuartersOfACountyAddUpToItsYearToDateWhenAUnitMissesAQuarterAndTheRowCountsIt() {
        Dataset<Row> counties = spark().createDataFrame(List.of(
                RowFactory.create("530102", "甲县", "530100", "乙州", "国定", "530000", "丙省")), COUNTIES);
        java.sql.Date started = java.sql.Date.valueOf("2017-01-01");
        Dataset<Row> pairings = spark().createDataFrame(List.of(
                RowFactory.create("A", "530102", started, null),
                RowFactory.create("B", "530102", started, null)), PAIRINGS);
        Dataset<Row> increments = AssistanceAggregates.withQuarterIncrements(spark().createDataFrame(List.of(
                silver("A", "2019Q1", "10.0000", null, null),
                silver("A", "2019Q3", "30.0000", null, null),
                silver("B", "2019Q1", "5.0000", null, null),
                silver("B", "2019Q2", "8.0000", null, null),
                silver("B", "2019Q3", "12.0000", null, null)), SILVER));

        Dataset<Row> actual = AssistanceAggregates.countyQuarter(increments, counties, pairings)
                .select("area_code", "period", "assisting_units", "carried_units", "paired_units",
                        "funds_direct_ytd", "funds_direct_quarter");

        Dataset<Row> expected = spark().createDataFrame(List.of(
                RowFactory.create("530102", "2019Q1", 2L, 0L, 2L, new BigDecimal("15.0000"), new BigDecimal("15.0000")),
                // A's 10 carried into Q2: the year to date cannot fall because A was late.
                RowFactory.create("530102", "2019Q2", 1L, 1L, 2L, new BigDecimal("18.0000"), new BigDecimal("3.0000")),
                // 15 + 3 + 24 = 42.
                RowFactory.create("530102", "2019Q3", 2L, 0L, 2L, new BigDecimal("42.0000"), new BigDecimal("24.0000"))),
                actual.schema());
        assertDataFrameNoOrderEquals(expected, actual);
    }
}
