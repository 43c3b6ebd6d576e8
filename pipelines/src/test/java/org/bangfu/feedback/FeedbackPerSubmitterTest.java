package org.bangfu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

/**
 * One BF-1 file listing two units: each unit's feedback holds only its own rows and values; the
 * problem of the whole file (late) goes to the file's sender, the unit with most rows in it.
 */
class FeedbackPerSubmitterTest {

    private static final String UNIT_A = "UNITA0000000000001";
    private static final String UNIT_B = "UNITB0000000000002";

    @Test
    void aFileListingTwoUnitsGivesEachUnitAWorkbookWithOnlyItsOwnRows() {
        List<FeedbackReport> reports = new ArrayList<>();
        FeedbackReports.forEachReport(sources(SharedSpark.session()), reports::add);

        assertThat(reports).extracting(FeedbackReport::relativePath).as("one workbook per unit of the file")
                .containsExactly("2019Q1/BF-1/" + UNIT_A + ".xlsx", "2019Q1/BF-1/" + UNIT_B + ".xlsx");
        assertThat(reports.get(0).issues()).extracting(FeedbackIssue::ruleCode, FeedbackIssue::value)
                .as("unit A: the file's lateness and its own row, nothing of unit B")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("L001", ""),
                        org.assertj.core.groups.Tuple.tuple("S002", "十万"));
        assertThat(reports.get(1).issues()).extracting(FeedbackIssue::rowNumber, FeedbackIssue::value)
                .as("unit B: its rejected row and its warned row, nothing of unit A")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, "九千"),
                        org.assertj.core.groups.Tuple.tuple(7, "9999"));
        assertThat(reports.get(1).submitterName()).isEqualTo("单位乙");
    }

    private static FeedbackReports.Sources sources(SparkSession spark) {
        StructType files = new StructType().add("file_hash", DataTypes.StringType)
                .add("file_name", DataTypes.StringType).add("batch_id", DataTypes.StringType)
                .add("form_code", DataTypes.StringType).add("ingested_at", DataTypes.TimestampType)
                .add("readable", DataTypes.BooleanType).add("rows_read", DataTypes.IntegerType);
        StructType issue = new StructType().add("file_hash", DataTypes.StringType)
                .add("file_name", DataTypes.StringType).add("form_code", DataTypes.StringType)
                .add("sheet", DataTypes.StringType).add("row_number", DataTypes.IntegerType)
                .add("rule_code", DataTypes.StringType).add("severity", DataTypes.StringType)
                .add("field", DataTypes.StringType).add("value", DataTypes.StringType)
                .add("message_zh", DataTypes.StringType).add("message_en", DataTypes.StringType)
                .add("submitter_code", DataTypes.StringType).add("period", DataTypes.StringType);
        StructType quarantine = issue.add("cells", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));
        Timestamp received = Timestamp.valueOf("2019-04-21 08:00:00");
        String name = "2019Q1定点帮扶汇总.xlsx";
        return new FeedbackReports.Sources(
                spark.createDataFrame(List.of(
                        RowFactory.create("h1", name, "BF-1", "BF-1", 5, "S002", "ERROR", "funds_direct", "十万",
                                "“直接投入”应填写数字，实际为“十万”", "not a number", UNIT_A, "2019Q1",
                                cells(UNIT_A)),
                        RowFactory.create("h1", name, "BF-1", "BF-1", 6, "S002", "ERROR", "funds_direct", "九千",
                                "“直接投入”应填写数字，实际为“九千”", "not a number", UNIT_B, "2019Q1",
                                cells(UNIT_B))), quarantine),
                spark.createDataFrame(List.of(
                        RowFactory.create("h1", name, "BF-1", "", 0, "L001", "WARNING", "", "", "迟报", "late", null,
                                null),
                        RowFactory.create("h1", name, "BF-1", "BF-1", 7, "P002", "WARNING", "funds_direct", "9999",
                                "请核实：9999", "please check", UNIT_B, "2019Q1")), issue),
                spark.createDataFrame(List.of(
                        RowFactory.create("BF-1", UNIT_A, "2019Q1", "h1", true, 3L, 1L),
                        RowFactory.create("BF-1", UNIT_B, "2019Q1", "h1", true, 1L, 1L)),
                        FeedbackReports.SUBMISSION_COLUMNS),
                spark.createDataFrame(List.of(RowFactory.create("h1", name, "b1", "BF-1", received, true, 6)), files),
                spark.createDataFrame(List.of(RowFactory.create(UNIT_A, "单位甲"), RowFactory.create(UNIT_B, "单位乙")),
                        new StructType().add("code", DataTypes.StringType).add("name", DataTypes.StringType)));
    }

    private static Object cells(String unit) {
        return JavaConverters.mapAsScalaMap(Map.of("unit_code", unit, "period", "2019Q1"))
                .toMap(scala.Predef.$conforms());
    }
}
