package org.bangfu.model;

import static org.bangfu.model.TinyFrames.frame;
import static org.bangfu.model.TinyFrames.row;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.junit.Test;

/**
 * Carrying forward on three reporters of 2019, where nobody reported the third quarter: 甲 starts in
 * Q2, 乙 leaves its Q2 figure blank, 丙 reports Q1 only.
 */
public class YearToDateTest extends SharedSparkDataFrameSuite {

    private static final StructType REPORTS = new StructType()
            .add("reporter", DataTypes.StringType)
            .add("period", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("quarter", DataTypes.IntegerType)
            .add("people_ytd", DataTypes.LongType)
            .add("note", DataTypes.StringType);

    @Test
    public void missedQuartersAreFilledFromTheFirstReportToTheYearsLastQuarterThatAnyoneReported() {
        Dataset<Row> reports = frame(REPORTS,
                report("甲", 2, 20L), report("甲", 4, 50L),
                report("乙", 1, 10L), report("乙", 2, null), report("乙", 4, 40L),
                report("丙", 1, 5L));

        Dataset<Row> actual = YearToDate.deriveCarryingForward(reports, List.of("reporter"), List.of("people"))
                .select("reporter", "period", "quarter", "people_ytd", "people_quarter", "people_full_year", "note",
                        YearToDate.CARRIED);

        // No row before a reporter's first report, none for Q3; a blank figure is carried, but the report is not.
        Dataset<Row> expected = frame(actual.schema(),
                derived("甲", 2, 20L, 20L, null, false),
                derived("甲", 4, 50L, 30L, 50L, false),
                derived("乙", 1, 10L, 10L, null, false),
                derived("乙", 2, 10L, 0L, null, false),
                derived("乙", 4, 40L, 30L, 40L, false),
                derived("丙", 1, 5L, 5L, null, false),
                derived("丙", 2, 5L, 0L, null, true),
                derived("丙", 4, 5L, 0L, 5L, true));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    private static java.util.Map<String, Object> report(String reporter, int quarter, Long peopleYearToDate) {
        return row("reporter", reporter, "period", "2019Q" + quarter, "year", 2019, "quarter", quarter,
                "people_ytd", peopleYearToDate, "note", "报" + reporter);
    }

    private static java.util.Map<String, Object> derived(String reporter, int quarter, Long yearToDate,
            Long quarterFigure, Long fullYear, boolean carried) {
        return row("reporter", reporter, "period", "2019Q" + quarter, "quarter", quarter, "people_ytd", yearToDate,
                "people_quarter", quarterFigure, "people_full_year", fullYear, "note", carried ? null : "报" + reporter,
                YearToDate.CARRIED, carried);
    }
}
