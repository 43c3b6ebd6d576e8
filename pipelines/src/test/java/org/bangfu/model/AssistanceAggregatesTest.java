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

    /** Two counties of one prefecture, the setting of most tests below. */
    private static final Row COUNTY_甲县 = RowFactory.create("530102", "甲县", "530100", "乙州", "国定", "530000", "丙省");
    private static final Row COUNTY_丁县 = RowFactory.create("530103", "丁县", "530100", "乙州", "省定", "530000", "丙省");
    /** Every pairing of these tests starts before the quarters they report. */
    private static final java.sql.Date STARTED = java.sql.Date.valueOf("2017-01-01");

    private static final StructType PAIRINGS = new StructType()
            .add("unit_code", DataTypes.StringType)
            .add("county_code", DataTypes.StringType)
            .add("start_date", DataTypes.DateType)
            .add("end_date", DataTypes.DateType);

    @Test
    public void aUnitHelpingTwoCountiesOfAPrefectureCountsOnceForThePrefectureAndItsFundsAddUp() {
        Dataset<Row> counties = spark().createDataFrame(List.of(
                COUNTY_甲县,
                COUNTY_丁县), COUNTIES);
        Dataset<Row> pairings = spark().createDataFrame(List.of(
                RowFactory.create("A", "530102", STARTED, null),
                RowFactory.create("A", "530103", STARTED, null),
                RowFactory.create("B", "530103", STARTED, java.sql.Date.valueOf("2018-12-31"))), PAIRINGS);
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
                COUNTY_甲县), COUNTIES);
        Dataset<Row> pairings = spark().createDataFrame(List.of(
                RowFactory.create("A", "530102", STARTED, null),
                RowFactory.create("B", "530102", STARTED, null)), PAIRINGS);
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

    /**
     * Issue 12: the area tables count units from the unit × county × quarter facts in two steps
     * (per unit, then per area), without DISTINCT. A reports for 甲县 in Q1 and Q2 but for 丁县 only
     * in Q1, so in Q2 it reported in one county of 乙州 and was carried in the other: once among the
     * prefecture's reporting units, once among its carried units, its two counties' funds added up.
     * B is paired with 丁县 and never reports: expected, not reporting.
     */
    @Test
    public void aUnitReportingInOneCountyAndCarriedInAnotherCountsOnceEachWayForThePrefecture() {
        Dataset<Row> counties = spark().createDataFrame(List.of(
                COUNTY_甲县,
                COUNTY_丁县), COUNTIES);
        Dataset<Row> pairings = spark().createDataFrame(List.of(
                RowFactory.create("A", "530102", STARTED, null),
                RowFactory.create("A", "530103", STARTED, null),
                RowFactory.create("B", "530103", STARTED, null)), PAIRINGS);
        Dataset<Row> increments = AssistanceAggregates.withQuarterIncrements(spark().createDataFrame(List.of(
                silver("A", "530102", "2019Q1", "10.0000", null, null),
                silver("A", "530102", "2019Q2", "16.0000", null, null),
                silver("A", "530103", "2019Q1", "2.5000", null, null)), SILVER));

        Dataset<Row> actual = AssistanceAggregates.prefectureQuarter(increments, counties, pairings)
                .select("area_code", "period", "assisting_units", "carried_units", "paired_units",
                        "funds_direct_ytd", "funds_direct_quarter");

        Dataset<Row> expected = spark().createDataFrame(List.of(
                RowFactory.create("530100", "2019Q1", 1L, 0L, 2L, new BigDecimal("12.5000"), new BigDecimal("12.5000")),
                // 16 for 甲县 and 丁县's 2.5 carried; the quarter is 甲县's 6.
                RowFactory.create("530100", "2019Q2", 1L, 1L, 2L, new BigDecimal("18.5000"), new BigDecimal("6.0000"))),
                actual.schema());
        assertDataFrameNoOrderEquals(expected, actual);
    }

    /**
     * The model run materialises the facts once and writes each area table as its level's rows of
     * one aggregation: the same rows, types and column comments as each table built on its own.
     */
    @Test
    public void areaTablesFromTheMaterialisedFactsEqualEachTableBuiltOnItsOwnWithTheSameTypes() {
        Dataset<Row> counties = spark().createDataFrame(List.of(
                COUNTY_甲县,
                COUNTY_丁县,
                RowFactory.create("520102", "戊县", "520100", "己州", "国定", "520000", "")), COUNTIES);
        Dataset<Row> pairings = spark().createDataFrame(List.of(
                RowFactory.create("A", "530102", STARTED, null),
                RowFactory.create("A", "520102", STARTED, null),
                RowFactory.create("B", "530103", STARTED, java.sql.Date.valueOf("2019-05-01"))), PAIRINGS);
        Dataset<Row> increments = AssistanceAggregates.withQuarterIncrements(spark().createDataFrame(List.of(
                silver("A", "530102", "2019Q1", "10.0000", 1L, null),
                silver("A", "520102", "2019Q2", "3.0000", null, 2L),
                silver("B", "530103", "2019Q1", "1.0000", null, null)), SILVER));
        Dataset<Row> facts = MaterialisedFrames.materialised(AssistanceAggregates.unitCountyQuarters(increments, pairings));
        Dataset<Row> areas = MaterialisedFrames.materialised(AssistanceAggregates.areaQuarterFigures(facts, counties));

        List<Dataset<Row>> separately = List.of(AssistanceAggregates.countyQuarter(increments, counties, pairings),
                AssistanceAggregates.prefectureQuarter(increments, counties, pairings),
                AssistanceAggregates.provinceQuarter(increments, counties, pairings),
                AssistanceAggregates.nationQuarter(increments, counties, pairings));
        List<AreaLevel> levels = List.of(AreaLevel.COUNTY, AreaLevel.PREFECTURE, AreaLevel.PROVINCE, AreaLevel.NATION);
        org.apache.spark.sql.Column[] sums = sumOfEveryMeasure();
        Dataset<Row> singleSums = increments.groupBy().agg(sums[0], java.util.Arrays.copyOfRange(sums, 1, sums.length));
        for (int index = 0; index < levels.size(); index++) {
            Dataset<Row> shared = AssistanceAggregates.ofLevel(areas, levels.get(index));
            assertDataFrameNoOrderEquals(separately.get(index), shared);
            org.junit.Assert.assertEquals(separately.get(index).schema().json(), shared.schema().json());
            for (String column : measureColumns()) {
                // The type the one-step sum over unit rows gave the gold column before issue 12.
                org.junit.Assert.assertEquals(levels.get(index) + " " + column,
                        singleSums.schema().apply(column).dataType(), shared.schema().apply(column).dataType());
            }
        }
        Dataset<Row> units = spark().createDataFrame(List.of(
                RowFactory.create("A", "甲大学", "中央", "高校"), RowFactory.create("B", "乙医院", "省", null)),
                new StructType().add("unit_code", DataTypes.StringType).add("unit_name", DataTypes.StringType)
                        .add("unit_level", DataTypes.StringType).add("unit_category", DataTypes.StringType));
        for (Dataset<Row> unitTable : List.of(AssistanceAggregates.unitQuarterOf(facts, units),
                AssistanceAggregates.unitGroupQuarterOf(facts, units))) {
            for (String column : measureColumns()) {
                org.junit.Assert.assertEquals(column, singleSums.schema().apply(column).dataType(),
                        unitTable.schema().apply(column).dataType());
            }
        }
        MaterialisedFrames.release(areas);
        MaterialisedFrames.release(facts);
    }

    private static List<String> measureColumns() {
        return AssistanceAggregates.MEASURES.stream().flatMap(measure -> measure.goldColumns().stream()).toList();
    }

    private static org.apache.spark.sql.Column[] sumOfEveryMeasure() {
        return measureColumns().stream().map(column -> org.apache.spark.sql.functions.sum(column).as(column))
                .toArray(org.apache.spark.sql.Column[]::new);
    }
}
