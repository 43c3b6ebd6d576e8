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
        int year = Integer.parseInt(period.substring(0, 4));
        int quarter = Integer.parseInt(period.substring(5));
        return RowFactory.create(unit, "530102", period, year, quarter, new BigDecimal(direct), new BigDecimal("0.0000"),
                null, cadres, technicians, null);
    }

    @Test
    public void quarterIncrementsAreDerivedFromYearToDateAndUnknownAfterAGap() {
        Dataset<Row> input = spark().createDataFrame(List.of(
                silver("A", "2019Q1", "10.0000", 5L, null),
                silver("A", "2019Q2", "25.0000", 5L, 3L),
                // 2019Q3 missing: the Q4 increment cannot be known.
                silver("A", "2019Q4", "60.0000", null, null),
                silver("A", "2020Q1", "4.0000", 1L, 1L)), SILVER);

        Dataset<Row> actual = AssistanceAggregates.withQuarterIncrements(input)
                .select("unit_code", "period", "funds_direct_ytd", "funds_direct_quarter",
                        "people_trained_ytd", "people_trained_quarter", "projects_ytd");

        StructType expectedSchema = actual.schema();
        Dataset<Row> expected = spark().createDataFrame(List.of(
                RowFactory.create("A", "2019Q1", new BigDecimal("10.0000"), new BigDecimal("10.0000"), 5L, 5L, null),
                RowFactory.create("A", "2019Q2", new BigDecimal("25.0000"), new BigDecimal("15.0000"), 8L, 3L, null),
                RowFactory.create("A", "2019Q4", new BigDecimal("60.0000"), null, null, null, null),
                RowFactory.create("A", "2020Q1", new BigDecimal("4.0000"), new BigDecimal("4.0000"), 2L, 2L, null)),
                expectedSchema);
        assertDataFrameNoOrderEquals(expected, actual);
    }
}
