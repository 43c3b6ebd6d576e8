package org.bangfu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

/**
 * Three files: a BF-1 file of unit 单位一 with two rejected rows and two warnings (one of them
 * L001, late), a file nobody can read, and a BF-4 file of 甲县 whose only row was rejected and
 * which therefore has no submission: its submitter is read from the rejected row.
 */
class FeedbackReportsTest {

    private static final String UNIT = "UNIT00000000000001";

    private static final StructType FILES = new StructType()
            .add("file_hash", DataTypes.StringType)
            .add("file_name", DataTypes.StringType)
            .add("batch_id", DataTypes.StringType)
            .add("form_code", DataTypes.StringType)
            .add("ingested_at", DataTypes.TimestampType)
            .add("received_at", DataTypes.TimestampType)
            .add("column_letters", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
            .add("readable", DataTypes.BooleanType)
            .add("rows_read", DataTypes.IntegerType);

    private static final StructType QUARANTINE = new StructType()
            .add("file_hash", DataTypes.StringType)
            .add("file_name", DataTypes.StringType)
            .add("batch_id", DataTypes.StringType)
            .add("form_code", DataTypes.StringType)
            .add("sheet", DataTypes.StringType)
            .add("row_number", DataTypes.IntegerType)
            .add("rule_code", DataTypes.StringType)
            .add("severity", DataTypes.StringType)
            .add("field", DataTypes.StringType)
            .add("value", DataTypes.StringType)
            .add("message_zh", DataTypes.StringType)
            .add("message_en", DataTypes.StringType)
            .add("cells", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));

    private static final StructType WARNINGS = new StructType()
            .add("file_hash", DataTypes.StringType)
            .add("file_name", DataTypes.StringType)
            .add("form_code", DataTypes.StringType)
            .add("sheet", DataTypes.StringType)
            .add("row_number", DataTypes.IntegerType)
            .add("rule_code", DataTypes.StringType)
            .add("severity", DataTypes.StringType)
            .add("field", DataTypes.StringType)
            .add("value", DataTypes.StringType)
            .add("message_zh", DataTypes.StringType)
            .add("message_en", DataTypes.StringType);

    private static final StructType NAMES = new StructType()
            .add("code", DataTypes.StringType)
            .add("name", DataTypes.StringType);

    private static Object map(Map<String, String> entries) {
        return JavaConverters.mapAsScalaMap(entries).toMap(scala.Predef.$conforms());
    }

    private static Timestamp at(String time) {
        return Timestamp.valueOf(time);
    }

    private static FeedbackReports.Sources sources(SparkSession spark) {
        Dataset<Row> files = spark.createDataFrame(List.of(
                RowFactory.create("h1", "单位一2019Q1.xlsx", "b1", "BF-1", at("2019-04-21 08:00:00"),
                        at("2019-04-20 09:30:00"), map(Map.of("funds_direct", "D", "county_code", "B")), true, 3),
                RowFactory.create("h2", "乱码.xlsx", "b1", "", at("2019-04-21 08:00:00"), null, map(Map.of()), false, 0),
                RowFactory.create("h3", "甲县农户.xlsx", "b1", "BF-4", at("2019-04-21 08:00:00"), null,
                        map(Map.of()), true, 1)), FILES);
        Dataset<Row> quarantine = spark.createDataFrame(List.of(
                RowFactory.create("h1", "单位一2019Q1.xlsx", "b1", "BF-1", "BF-1", 12, "S002", "ERROR", "funds_direct",
                        "十万", "应填写数字", "must be a number", map(Map.of("unit_code", UNIT, "period", "2019Q1"))),
                RowFactory.create("h1", "单位一2019Q1.xlsx", "b1", "BF-1", "BF-1", 13, "S005", "ERROR", "county_code",
                        "=1+1", "应为6位", "must have 6 digits", map(Map.of("unit_code", UNIT, "period", "2019Q1"))),
                RowFactory.create("h2", "乱码.xlsx", "b1", "", "", 0, "F001", "ERROR", "", "", "文件无法读取",
                        "cannot be read", map(Map.of())),
                RowFactory.create("h3", "甲县农户.xlsx", "b1", "BF-4", "", 5, "S016", "ERROR", "head_id_number",
                        "!S016", "校验位不正确", "wrong check character",
                        map(Map.of("village_code", "530102000001", "year", "2019")))), QUARANTINE);
        Dataset<Row> warnings = spark.createDataFrame(List.of(
                RowFactory.create("h1", "单位一2019Q1.xlsx", "BF-1", "", 0, "L001", "WARNING", "", "", "逾期报送",
                        "submitted late"),
                RowFactory.create("h1", "单位一2019Q1.xlsx", "BF-1", "BF-1", 14, "P002", "WARNING", "funds_direct",
                        "500", "请核实", "please verify")), WARNINGS);
        Dataset<Row> submissions = spark.createDataFrame(List.of(
                RowFactory.create("BF-1", UNIT, "2019Q1", "h1", true, 1L, 2L)), FeedbackReports.SUBMISSION_COLUMNS);
        Dataset<Row> names = spark.createDataFrame(List.of(
                RowFactory.create(UNIT, "单位一"), RowFactory.create("530102", "甲县")), NAMES);
        return new FeedbackReports.Sources(quarantine, warnings, submissions, files, names);
    }

    private static List<FeedbackReport> reports() {
        List<FeedbackReport> reports = new ArrayList<>();
        FeedbackReports.forEachReport(sources(SharedSpark.session()), reports::add);
        return reports;
    }

    @Test
    void eachFileIsReportedUnderItsSubmitterAndPeriod() {
        List<FeedbackReport> reports = reports();

        assertThat(reports).extracting(FeedbackReport::relativePath).as("one workbook per form, submitter, period")
                .containsExactly("unknown-period/unknown-form/乱码.xlsx", "2019Q1/BF-1/" + UNIT + ".xlsx",
                        "2019/BF-4/530102.xlsx");
        FeedbackReport unit = reports.get(1);
        assertThat(unit.submitterName()).isEqualTo("单位一");
        assertThat(unit.issues()).extracting(FeedbackIssue::cellReference, FeedbackIssue::ruleCode,
                        FeedbackIssue::value)
                .as("file order, row order, cells from the file's column letters")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("整个文件 / whole file", "L001", ""),
                        org.assertj.core.groups.Tuple.tuple("D12", "S002", "十万"),
                        org.assertj.core.groups.Tuple.tuple("B13", "S005", "=1+1"),
                        org.assertj.core.groups.Tuple.tuple("D14", "P002", "500"));
        assertThat(unit.files()).as("counts of the file: 3 read, 2 rejected rows, 2 warnings; received from the inbox")
                .containsExactly(new FeedbackFile("单位一2019Q1.xlsx", java.time.LocalDateTime.of(2019, 4, 20, 9, 30),
                        true, true, 3, 2, 2));
    }

    @Test
    void aPseudonymisedValueIsWithheldAndARejectedFileKeepsItsName() {
        List<FeedbackReport> reports = reports();

        FeedbackReport households = reports.get(2);
        assertThat(households.submitterName()).as("county of the village, named from the register").isEqualTo("甲县");
        FeedbackIssue idNumber = households.issues().get(0);
        assertThat(idNumber.value()).as("an ID number is never shown").isEqualTo(FeedbackReports.WITHHELD);
        assertThat(idNumber.cellReference()).as("no column letters known: row and header")
                .isEqualTo("第5行 “户主身份证号”列");

        FeedbackReport rejected = reports.get(0);
        assertThat(rejected.files()).extracting(FeedbackFile::readable).containsExactly(false);
        assertThat(rejected.issues()).extracting(FeedbackIssue::ruleCode).containsExactly("F001");
    }

    @Test
    void theJobWritesFromThePinnedTablesAndARerunChangesNothing(@TempDir Path folder) throws IOException {
        SparkSession spark = SharedSpark.session();
        Warehouse warehouse = new Warehouse(spark, folder.resolve("warehouse").toString());
        FeedbackReports.Sources sources = sources(spark);
        warehouse.replace(WarehouseTable.BRONZE_FILES, sources.files(), "test");
        warehouse.replace(WarehouseTable.QUARANTINE, sources.quarantine(), "test");
        warehouse.replace(WarehouseTable.WARNINGS, sources.warnings(), "test");
        warehouse.replace(WarehouseTable.SUBMISSIONS, sources.submissions(), "test");
        Path feedback = FeedbackJob.defaultDirectory(warehouse.root());
        assertThat(feedback).as("beside the warehouse").isEqualTo(folder.resolve("feedback").toAbsolutePath());

        FeedbackResult first = new FeedbackJob(warehouse).run(feedback);
        Path unitWorkbook = feedback.resolve("2019Q1/BF-1/" + UNIT + ".xlsx");
        long modified = Files.getLastModifiedTime(unitWorkbook).toMillis();
        Path outdated = feedback.resolve("2018Q4/BF-1/" + UNIT + ".xlsx");
        Files.createDirectories(outdated.getParent());
        Files.write(outdated, new byte[] {1});
        Path notOurs = feedback.resolve("说明.txt");
        Files.writeString(notOurs, "kept");
        FeedbackResult second = new FeedbackJob(warehouse).run(feedback);

        assertThat(first.workbooks()).isEqualTo(3);
        assertThat(first.written()).isEqualTo(3);
        assertThat(first.removed()).isZero();
        assertThat(first.errors()).isEqualTo(4);
        assertThat(first.warnings()).isEqualTo(2);
        assertThat(second.written()).as("nothing new, nothing rewritten").isZero();
        assertThat(second.removed()).as("a workbook whose problems are gone").isEqualTo(1);
        assertThat(outdated).doesNotExist();
        assertThat(notOurs).as("other files in the folder are left alone").exists();
        assertThat(Files.getLastModifiedTime(unitWorkbook).toMillis()).isEqualTo(modified);
        try (InputStream bytes = Files.newInputStream(unitWorkbook);
                XSSFWorkbook workbook = new XSSFWorkbook(bytes)) {
            assertThat(new DataFormatter().formatCellValue(
                    workbook.getSheet(FeedbackWorkbook.PROBLEMS_SHEET).getRow(2).getCell(2)))
                    .as("the workbook on disk points at D12").isEqualTo("D12");
        }
    }
}
