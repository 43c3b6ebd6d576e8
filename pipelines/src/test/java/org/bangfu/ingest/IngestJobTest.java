package org.bangfu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.spark.sql.Row;
import org.bangfu.forms.UnifiedCreditCode;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

/** The ingest run on real files, a real Delta bronze and the shared SparkSession. */
class IngestJobTest {

    private static final String UNIT = "12530000MB0000001" + UnifiedCreditCode.checkCharacter("12530000MB0000001");
    private static final String GOOD_BF1 = "单位代码,县代码,报告期,直接投入帮扶资金（万元）,协调引进帮扶资金（万元）\r\n"
            + UNIT + ",530102,2019Q2,12.5,30\r\n";

    @TempDir
    Path workspace;

    @Test
    void anExternalEntityIsNeverResolvedAndItsFileIsRejectedWhileTheRunGoesOn() throws IOException {
        String secret = "TOP-SECRET-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        Path secretFile = Files.writeString(workspace.resolve("secret.txt"), secret);
        Path inbox = Files.createDirectories(workspace.resolve("inbox"));
        Files.writeString(inbox.resolve("good.csv"), GOOD_BF1);
        writeWorkbookWithSheet(inbox.resolve("entity.xlsx"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位代码</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>");
        Warehouse warehouse = warehouse();

        IngestSettings settings = settings(ReadLimits.defaults());

        CapturedRun run = capturingLogs(() -> new IngestJob(warehouse, settings).run(inbox.toString()));

        Map<String, Row> files = filesByName(warehouse);
        assertThat(files.get("entity.xlsx").<String>getAs("issue_rule")).as("XML entity → F009").isEqualTo("F009");
        assertThat(files.get("good.csv").<Boolean>getAs("readable")).as("the other file is still ingested").isTrue();
        assertThat(run.report().rowsRead()).isEqualTo(1);
        assertThat(bronzeText(warehouse) + run.logs() + run.report().rejections())
                .as("the entity's target was never read: its content is nowhere").doesNotContain(secret);
    }

    @Test
    void noNamePhoneOrIdNumberOfABf4FileReachesBronzeOrTheLogs() throws Exception {
        String firstId = residentId("53010219800101001");
        String secondId = residentId("53010219900202002");
        String bf4 = "户编号,户主姓名,户主身份证号,联系电话,村代码,年度,家庭人口（人）,主要致贫原因,劳动能力,识别年度,脱贫年度,是否返贫\r\n"
                + "HH-5301020010010001,欧阳明月," + firstId + ",13812345678,530102001001,2019,4,因病,有劳动能力,2014,2018,否\r\n"
                + "HH-5301020010010002,司马长风," + secondId.toLowerCase() + ",13987654321,530102001001,2019,3,因学,部分丧失,2014,,否\r\n"
                + "HH-5301020010010003,上官飞燕,５３０１０２１９８００１０１００Ｘ,13700001111,530102001001,2019,2,缺资金,无劳动能力,2015,,否\r\n";
        Path inbox = Files.createDirectories(workspace.resolve("inbox"));
        Files.writeString(inbox.resolve("bf4.csv"), bf4);
        Warehouse warehouse = warehouse();

        IngestSettings settings = settings(ReadLimits.defaults());

        CapturedRun run = capturingLogs(() -> new IngestJob(warehouse, settings).run(inbox.toString()));

        String everything = bronzeText(warehouse) + run.logs() + run.report().rejections();
        for (String personal : List.of("欧阳明月", "司马长风", "上官飞燕", "13812345678", "13987654321", "13700001111",
                firstId, secondId, secondId.toLowerCase(), "5301020010010001", "19800101", "19900202")) {
            assertThat(everything).as("no clear personal data in bronze or the logs: %s", personal).doesNotContain(personal);
        }
        byte[] salt = HexFormat.of().parseHex(Files.readString(workspace.resolve("salt")).strip());
        Map<Integer, Map<String, String>> rows = rowsByNumber(warehouse);
        assertThat(rows.get(2).get("household_id")).as("HMAC-SHA256(salt, normalised household ID)")
                .isEqualTo(hmac(salt, "HH-5301020010010001"));
        assertThat(rows.get(2).get("head_id_number")).as("the ID number keyed after its check passed")
                .isEqualTo(hmac(salt, firstId));
        assertThat(rows.get(3).get("head_id_number")).as("a lower-case x check character is the same number")
                .isEqualTo(hmac(salt, secondId));
        assertThat(rows.get(4).get("head_id_number")).as("full-width digits, wrong length → malformed marker")
                .isEqualTo("!S015");
        assertThat(rows.get(2)).as("names are dropped, unknown columns never read")
                .doesNotContainKeys("head_name", "联系电话");
    }

    @Test
    void withoutConfiguredSaltTheWarehouseCreatesOneOnFirstUseAndKeepsReusingIt() throws IOException {
        Path inbox = Files.createDirectories(workspace.resolve("inbox"));
        String header = "户编号,村代码,年度,家庭人口（人）,主要致贫原因,劳动能力,识别年度,是否返贫\r\n";
        Files.writeString(inbox.resolve("2018.csv"), header + "HH-1,530102001001,2018,4,因病,有劳动能力,2014,否\r\n");
        Warehouse warehouse = warehouse();
        IngestSettings noSaltFile = new IngestSettings(null, ReadLimits.defaults());

        CapturedRun first = capturingLogs(() -> new IngestJob(warehouse, noSaltFile).run(inbox.toString()));
        Path saltFile = workspace.resolve("warehouse").resolve(PseudonymSalt.WAREHOUSE_SALT);
        assertThat(saltFile).as("created under the warehouse on first use").exists();
        String salt = Files.readString(saltFile).strip();
        Files.writeString(inbox.resolve("2019.csv"), header + "HH-1,530102001001,2019,3,因病,有劳动能力,2014,否\r\n");
        CapturedRun second = capturingLogs(() -> new IngestJob(warehouse, noSaltFile).run(inbox.toString()));

        assertThat(Files.readString(saltFile).strip()).as("reused, not recreated").isEqualTo(salt);
        assertThat(second.report().filesIngested()).isEqualTo(1);
        assertThat(rowsByNumber(warehouse).values()).extracting(cells -> cells.get("household_id"))
                .as("the same household has the same key in both years").containsOnly(
                        hmac(HexFormat.of().parseHex(salt), "HH-1"));
        assertThat(first.logs() + second.logs()).as("the salt is never logged").doesNotContain(salt);
    }

    @Test
    void tooLargeFilesAndWorkbooksUnpackingBeyondTheCapAreRejectedWithReceivedAtKept() throws IOException {
        Path inbox = Files.createDirectories(workspace.resolve("inbox"));
        Files.writeString(inbox.resolve("good.csv"), GOOD_BF1);
        Files.writeString(inbox.resolve("huge.csv"), GOOD_BF1 + (UNIT + ",530102,2019Q2,1,1\r\n").repeat(10000));
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        sheet.append("<row><c><v>1</v></c></row>".repeat(30000)); // 780 KB unpacked, a few KB packed
        writeWorkbookWithSheet(inbox.resolve("unpacks-big.xlsx"), sheet.append("</sheetData></worksheet>").toString());
        Instant submitted = Instant.parse("2019-07-08T09:30:00Z");
        Files.setLastModifiedTime(inbox.resolve("good.csv"), FileTime.from(submitted));
        Warehouse warehouse = warehouse();
        ReadLimits small = new ReadLimits(256 * 1024, 512 * 1024, 0.01);

        IngestReport report = new IngestJob(warehouse, settings(small)).run(inbox.toString());

        Map<String, Row> files = filesByName(warehouse);
        assertThat(files.get("huge.csv").<String>getAs("issue_rule")).as("over the file size limit").isEqualTo("F005");
        assertThat(files.get("unpacks-big.xlsx").<String>getAs("issue_rule")).as("unpacks beyond the cap")
                .isEqualTo("F008");
        assertThat(files.get("good.csv").<Boolean>getAs("readable")).isTrue();
        assertThat(files.get("good.csv").<java.sql.Timestamp>getAs("received_at").toInstant())
                .as("received_at is the inbox file's last-modified time").isEqualTo(submitted);
        assertThat(JavaConverters.mapAsJavaMap(files.get("good.csv").getAs("column_letters")))
                .as("column letters as submitted").containsEntry("funds_direct", "D").containsEntry("unit_code", "A");
        assertThat(report.filesRejected()).isEqualTo(2);
        assertThat(report.rowsRead()).isEqualTo(1);
    }

    /** Files are read once, their rows streamed to bronze as they are parsed: damage found late must not leave them there. */
    @Test
    void aFileDamagedAfterItsFirstRowsIsRejectedWholeAndNoneOfItsRowsStayInBronze() throws IOException {
        Path inbox = Files.createDirectories(workspace.resolve("inbox"));
        Files.writeString(inbox.resolve("good.csv"), GOOD_BF1);
        String row = UNIT + ",530102,2019Q2,1,1\r\n";
        Files.writeString(inbox.resolve("damaged.csv"), GOOD_BF1 + row.repeat(50) + UNIT + ",530102,2019Q2,1\u0000,1\r\n");
        Warehouse warehouse = warehouse();

        IngestReport report = new IngestJob(warehouse).run(inbox.toString());

        Map<String, Row> files = filesByName(warehouse);
        assertThat(files.get("damaged.csv").<String>getAs("issue_rule")).as("a NUL byte in row 53").isEqualTo("F020");
        assertThat(files.get("damaged.csv").<Integer>getAs("rows_read")).isZero();
        assertThat(warehouse.read(WarehouseTable.BRONZE_ROWS).collectAsList())
                .as("only the good file's row: the damaged file's 51 rows read before its damage are gone")
                .extracting(bronze -> bronze.<String>getAs("file_hash"))
                .containsExactly(files.get("good.csv").<String>getAs("file_hash"));
        assertThat(report.filesRejected()).isEqualTo(1);
        assertThat(report.rowsRead()).isEqualTo(1);
    }

    private record CapturedRun(IngestReport report, String logs) {
    }

    /** Runs with every log event at INFO and above captured, as an operator's log file would have them. */
    private static CapturedRun capturingLogs(Supplier<IngestReport> ingest) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        StringWriter logs = new StringWriter();
        WriterAppender appender = WriterAppender.newBuilder().setName("ingest-test-capture").setTarget(logs)
                .setLayout(PatternLayout.newBuilder().withPattern("%m%n%throwable").build()).build();
        appender.start();
        LoggerConfig root = configuration.getRootLogger();
        Level before = root.getLevel();
        root.addAppender(appender, Level.INFO, null);
        root.setLevel(Level.INFO);
        context.updateLoggers();
        try {
            IngestReport report = ingest.get();
            return new CapturedRun(report, logs.toString());
        } finally {
            root.removeAppender(appender.getName());
            root.setLevel(before);
            context.updateLoggers();
            appender.stop();
        }
    }

    private Warehouse warehouse() {
        return new Warehouse(SharedSpark.session(), workspace.resolve("warehouse").toString());
    }

    private IngestSettings settings(ReadLimits limits) throws IOException {
        Path salt = workspace.resolve("salt");
        if (!Files.exists(salt)) {
            Files.writeString(salt, HexFormat.of().formatHex(new SecureRandom().generateSeed(32)) + "\n");
        }
        return new IngestSettings(salt.toString(), limits);
    }

    private static Map<String, Row> filesByName(Warehouse warehouse) {
        Map<String, Row> files = new java.util.HashMap<>();
        warehouse.read(WarehouseTable.BRONZE_FILES).collectAsList().forEach(row -> files.put(row.getAs("file_name"), row));
        return files;
    }

    private static Map<Integer, Map<String, String>> rowsByNumber(Warehouse warehouse) {
        Map<Integer, Map<String, String>> rows = new java.util.TreeMap<>();
        warehouse.read(WarehouseTable.BRONZE_ROWS).collectAsList().forEach(row -> rows.put(row.getAs("row_number"),
                JavaConverters.mapAsJavaMap(row.getAs("cells"))));
        return rows;
    }

    private static String bronzeText(Warehouse warehouse) {
        return String.join("\n", warehouse.read(WarehouseTable.BRONZE_ROWS).toJSON().collectAsList())
                + String.join("\n", warehouse.read(WarehouseTable.BRONZE_FILES).toJSON().collectAsList());
    }

    private static String hmac(byte[] salt, String text) throws RuntimeException {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String residentId(String firstSeventeen) {
        return firstSeventeen + ResidentIdNumber.checkCharacter(firstSeventeen);
    }

    /** The corpus's smallest workbook with its sheet replaced. */
    private static void writeWorkbookWithSheet(Path target, String sheetXml) throws IOException {
        Path template;
        try {
            template = Path.of(IngestJobTest.class.getResource("/corpus/02-numbering-row/bf1.xlsx").toURI());
        } catch (java.net.URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
        try (ZipFile source = new ZipFile(template.toFile());
                ZipOutputStream workbook = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                workbook.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    workbook.write(sheetXml.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream part = source.getInputStream(entry)) {
                        part.transferTo(workbook);
                    }
                }
                workbook.closeEntry();
            }
        }
    }
}
