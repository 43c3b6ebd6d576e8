package org.bangfu.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.demo.DemoGenerator;
import org.bangfu.demo.DemoManifest;
import org.bangfu.demo.DemoManifest.PlantedMistake;
import org.bangfu.demo.DemoManifest.WrittenFile;
import org.bangfu.demo.DemoSize;
import org.bangfu.demo.MistakeKind;
import org.bangfu.ingest.IngestJob;
import org.bangfu.ingest.IngestReport;
import org.bangfu.model.ModelJob;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.publish.PublishOptions;
import org.bangfu.publish.PublishedOutputs;
import org.bangfu.publish.Publisher;
import org.bangfu.quality.CheckJob;
import org.bangfu.quality.CheckReport;
import org.bangfu.quality.Rule;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.GoldSnapshotReader;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small demo province from inbox to site and briefing, through the real jobs and real Delta
 * tables, checked against what the generator says it planted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Map<MistakeKind, Rule> RULE_OF_MISTAKE = Map.of(
            MistakeKind.INVALID_CHECK_CHARACTER, Rule.CREDIT_CODE_CHECK_FAILED,
            MistakeKind.UNKNOWN_COUNTY, Rule.UNKNOWN_COUNTY,
            MistakeKind.TEXT_IN_NUMERIC_CELL, Rule.NOT_A_NUMBER,
            MistakeKind.NEGATIVE_AMOUNT, Rule.NEGATIVE_VALUE,
            MistakeKind.FUTURE_PERIOD, Rule.PERIOD_IN_FUTURE,
            MistakeKind.INDUSTRY_FUNDS_EXCEED_TOTAL, Rule.INDUSTRY_FUNDS_EXCEED_TOTAL,
            MistakeKind.UNPAIRED_UNIT_AND_COUNTY, Rule.UNIT_NOT_PAIRED);

    private DemoManifest manifest;
    private Warehouse warehouse;
    private Path inbox;
    private IngestReport firstIngest;
    private CheckReport firstCheck;
    private PublicationSnapshot snapshot;
    private PublishedOutputs outputs;

    @BeforeAll
    void runTheWholePipelineOnASmallDemoProvince(@TempDir Path workspace) throws IOException {
        inbox = workspace.resolve("inbox");
        Files.createDirectories(inbox);
        manifest = new DemoGenerator(7, DemoSize.scaled(0.1)).writeTo(inbox);
        warehouse = new Warehouse(SharedSpark.session(), workspace.resolve("warehouse").toString());
        firstIngest = new IngestJob(warehouse).run(inbox.toString());
        firstCheck = new CheckJob(warehouse, TODAY).run();
        new ModelJob(warehouse).run();
        snapshot = new GoldSnapshotReader(warehouse).pinCurrent();
        outputs = new Publisher(Path.of("..", "templates"), PublishOptions.publishedOn(TODAY))
                .publish(snapshot, workspace.resolve("site"));
    }

    @Test
    void everyRowReadIsEitherAcceptedOrQuarantinedAsTheGeneratorExpects() {
        List<Row> ledger = warehouse.read(WarehouseTable.FILE_LEDGER).collectAsList();
        assertThat(ledger).allSatisfy(file -> assertThat(file.<Boolean>getAs("balanced")).isTrue());
        for (WrittenFile file : manifest.files()) {
            if (file.isDuplicate()) {
                continue;
            }
            // Of byte-identical files only the first in inbox order is ingested, under its own name.
            List<String> namesOfTheseBytes = manifest.files().stream()
                    .filter(other -> other.fileName().equals(file.fileName()) || other.duplicateOf().equals(file.fileName()))
                    .map(WrittenFile::fileName).toList();
            Row entry = ledger.stream().filter(row -> namesOfTheseBytes.contains(row.<String>getAs("file_name")))
                    .findFirst().orElseThrow(() -> new AssertionError("not in the ledger: " + file.fileName()));
            assertThat(entry.<Integer>getAs("rows_read")).as("rows read from %s", file.fileName())
                    .isEqualTo(file.dataRows());
            assertThat(entry.<Long>getAs("rows_quarantined")).as("rows quarantined from %s", file.fileName())
                    .isEqualTo(manifest.expectedQuarantinedRows(file.fileName()));
        }
        assertThat(firstCheck.rowsRead()).isEqualTo(firstCheck.rowsAccepted() + firstCheck.rowsQuarantined());
    }

    @Test
    void eachPlantedMistakeIsReportedAtItsFileAndRowUnderItsRule() {
        List<Row> issues = warehouse.read(WarehouseTable.QUARANTINE)
                .unionByName(warehouse.read(WarehouseTable.WARNINGS), true)
                .select("file_name", "row_number", "rule_code", "message_zh", "message_en").collectAsList();
        for (PlantedMistake mistake : manifest.mistakes()) {
            Rule rule = RULE_OF_MISTAKE.get(mistake.kind());
            if (rule == null) {
                continue;
            }
            assertThat(issues).as("%s", mistake).anySatisfy(issue -> {
                assertThat(issue.<String>getAs("file_name")).isEqualTo(mistake.fileName());
                assertThat(issue.<Integer>getAs("row_number")).isEqualTo(mistake.rowNumber());
                assertThat(issue.<String>getAs("rule_code")).isEqualTo(rule.code());
                assertThat(issue.<String>getAs("message_zh")).isNotBlank();
                assertThat(issue.<String>getAs("message_en")).isNotBlank();
            });
        }
    }

    @Test
    void aByteIdenticalFileUnderAnotherNameIsIngestedOnlyOnce() {
        long duplicates = manifest.files().stream().filter(WrittenFile::isDuplicate).count();
        assertThat(duplicates).as("the demo plants a duplicate file").isPositive();
        assertThat(firstIngest.filesAlreadyIngested()).isEqualTo(duplicates);
        assertThat(firstIngest.filesIngested()).isEqualTo(manifest.files().size() - duplicates);
    }

    @Test
    void runningEveryStepAgainOnTheSameInputsChangesNoTable() {
        Map<WarehouseTable, Long> before = versions();

        IngestReport again = new IngestJob(warehouse).run(inbox.toString());
        CheckReport checkedAgain = new CheckJob(warehouse, TODAY).run();
        boolean modelUpToDate = new ModelJob(warehouse).run().upToDate();

        assertThat(again.filesIngested()).isZero();
        assertThat(checkedAgain.upToDate()).isTrue();
        assertThat(modelUpToDate).isTrue();
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void theCorrectedResubmissionReplacesTheFiguresItCorrects() {
        List<PlantedMistake> corrections = manifest.mistakesOfKind(MistakeKind.CORRECTED_RESUBMISSION);
        assertThat(corrections).isNotEmpty();
        Dataset<Row> silver = warehouse.read(WarehouseTable.SILVER_UNIT_ASSISTANCE)
                .join(warehouse.read(WarehouseTable.BRONZE_FILES).select("file_hash", "file_name"), "file_hash");
        for (PlantedMistake correction : corrections) {
            assertThat(silver.filter(col("file_name").equalTo(correction.fileName())
                    .and(col("row_number").equalTo(correction.rowNumber()))).count())
                    .as("the corrected row %s is the current revision", correction).isEqualTo(1);
        }
    }

    @Test
    void provinceFiguresAreTheSumOfTheAcceptedSubmissions() {
        String latest = snapshot.latestPeriod();
        BigDecimal silverTotal = warehouse.read(WarehouseTable.SILVER_UNIT_ASSISTANCE)
                .filter(col("period").equalTo(latest))
                .agg(org.apache.spark.sql.functions.sum("funds_direct")).first().getDecimal(0);
        BigDecimal goldTotal = snapshot.provinces().stream().filter(row -> row.period().equals(latest))
                .findFirst().orElseThrow().fundsDirectYearToDate();
        assertThat(goldTotal).isEqualByComparingTo(silverTotal);
        assertThat(goldTotal).as("a realistic province spends hundreds of 万元 at least").isGreaterThan(BigDecimal.TEN);
    }

    @Test
    void personalDataNeverReachesAnyTable() {
        for (WarehouseTable table : WarehouseTable.values()) {
            if (!warehouse.exists(table)) {
                continue;
            }
            assertThat(Arrays.asList(warehouse.read(table).columns())).as(table.qualifiedName())
                    .doesNotContain("reporter_name", "reporter_phone");
        }
        long cellsWithPersonalKeys = warehouse.read(WarehouseTable.BRONZE_ROWS)
                .filter("map_contains_key(cells, 'reporter_name') or map_contains_key(cells, 'reporter_phone')").count();
        assertThat(cellsWithPersonalKeys).isZero();
    }

    @Test
    void everyPublishedOutputCarriesTheGoldVersionsItWasBuiltFrom() throws IOException {
        String stamp = snapshot.stamp();
        assertThat(Files.readString(outputs.indexPage(), StandardCharsets.UTF_8)).contains(stamp);
        assertThat(Files.readString(outputs.countyQuarterCsv(), StandardCharsets.UTF_8)).contains(stamp);
        try (XWPFDocument briefing = new XWPFDocument(Files.newInputStream(outputs.briefing()));
                XWPFWordExtractor text = new XWPFWordExtractor(briefing)) {
            assertThat(text.getText()).contains(stamp).contains("亿元").doesNotContain("{{");
        }
    }

    private Map<WarehouseTable, Long> versions() {
        Map<WarehouseTable, Long> versions = new java.util.EnumMap<>(WarehouseTable.class);
        for (WarehouseTable table : WarehouseTable.values()) {
            if (warehouse.exists(table)) {
                versions.put(table, warehouse.currentVersion(table).version());
            }
        }
        return versions;
    }
}
