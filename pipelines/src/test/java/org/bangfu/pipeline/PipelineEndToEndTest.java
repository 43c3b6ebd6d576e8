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
import org.bangfu.demo.MistakeKind.ExpectedOutcome;
import org.bangfu.demo.InboxReader;
import org.bangfu.feedback.FeedbackJob;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.ingest.IngestJob;
import org.bangfu.ingest.IngestReport;
import org.bangfu.model.ModelJob;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.publish.PublishOptions;
import org.bangfu.publish.PublishedOutputs;
import org.bangfu.publish.Publisher;
import org.bangfu.quality.CheckJob;
import org.bangfu.quality.CheckReport;
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
        List<ExpectedOutcome> reportedPerRow = List.of(ExpectedOutcome.ROW_QUARANTINED,
                ExpectedOutcome.ROW_ACCEPTED_WITH_WARNING, ExpectedOutcome.SUBMISSION_LATE);
        List<PlantedMistake> reported = manifest.mistakes().stream()
                .filter(mistake -> reportedPerRow.contains(mistake.kind().expectedOutcome())).toList();
        assertThat(reported).as("the demo plants mistakes of every reported kind").hasSizeGreaterThan(20);
        for (PlantedMistake mistake : reported) {
            assertThat(issues).as("%s", mistake).anySatisfy(issue -> {
                assertThat(issue.<String>getAs("file_name")).isEqualTo(mistake.fileName());
                assertThat(issue.<Integer>getAs("row_number")).isEqualTo(mistake.rowNumber());
                assertThat(issue.<String>getAs("rule_code")).isEqualTo(mistake.ruleCode());
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
        // Year to date: each unit × county's latest report of the year up to this quarter, so a unit
        // that missed this quarter counts with the year to date it last reported (carried forward).
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> thisYear = warehouse.read(WarehouseTable.SILVER_UNIT_ASSISTANCE)
                .filter(col("period").substr(1, 4).equalTo(latest.substring(0, 4)).and(col("period").leq(latest)));
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> latestOfEach = thisYear
                .groupBy("unit_code", "county_code").agg(org.apache.spark.sql.functions.max("period").as("period"));
        BigDecimal silverTotal = thisYear.join(latestOfEach, new String[] {"unit_code", "county_code", "period"})
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

        // Names and ID numbers as submitted in BF-4: none may appear in any table, in any column.
        java.util.Set<String> personal = new java.util.TreeSet<>();
        for (WrittenFile file : manifest.filesOfForm(FormCatalogue.POOR_HOUSEHOLDS)) {
            for (InboxReader.ReadRow row : InboxReader.read(inbox.resolve(file.fileName()),
                    FormCatalogue.get(FormCatalogue.POOR_HOUSEHOLDS)).rows()) {
                for (String field : List.of("head_name", "head_id_number", "household_id")) {
                    String value = row.value(field).strip();
                    if (value.length() >= 2) {
                        personal.add(value);
                    }
                }
            }
        }
        assertThat(personal).as("the demo's BF-4 files carry names, ID numbers and household IDs").hasSizeGreaterThan(100);
        for (WarehouseTable table : WarehouseTable.values()) {
            if (!warehouse.exists(table)) {
                continue;
            }
            List<String> rows = warehouse.read(table)
                    .select(org.apache.spark.sql.functions.to_json(org.apache.spark.sql.functions.struct(col("*"))))
                    .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
            String everything = String.join("\n", rows);
            assertThat(personal.stream().filter(everything::contains).toList())
                    .as("personal data in %s", table.qualifiedName()).isEmpty();
        }
    }

    @Test
    void aResubmissionWithdrawsTheRowsItLeavesOut() {
        assertThat(manifest.withdrawnKeys()).isNotEmpty();
        Dataset<Row> silver = warehouse.read(WarehouseTable.SILVER_UNIT_ASSISTANCE);
        for (DemoManifest.WithdrawnKey withdrawn : manifest.withdrawnKeys()) {
            Dataset<Row> matching = silver;
            for (Map.Entry<String, String> key : withdrawn.key().entrySet()) {
                matching = matching.filter(col(key.getKey()).equalTo(key.getValue()));
            }
            assertThat(matching.count()).as("withdrawn %s", withdrawn).isZero();
        }
    }

    @Test
    void lateSubmissionsAreAcceptedAndMarkedLate() {
        java.util.Set<String> late = warehouse.read(WarehouseTable.SUBMISSIONS).filter(col("is_late"))
                .collectAsList().stream()
                .map(row -> row.<String>getAs("form_code") + "|" + row.<String>getAs("submitter_code") + "|"
                        + row.<String>getAs("period"))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        java.util.Set<String> expected = manifest.lateSubmissions().stream()
                .map(submission -> submission.formCode() + "|" + submission.submitterCode() + "|" + submission.period())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        assertThat(late).isEqualTo(expected);
    }

    @Test
    void completenessReportsTheMissingSubmitters() {
        assertThat(manifest.missingSubmissions()).isNotEmpty();
        List<Row> missing = warehouse.read(WarehouseTable.GOLD_COMPLETENESS).filter(col("status").equalTo("missing"))
                .collectAsList();
        for (DemoManifest.Submission submission : manifest.missingSubmissions()) {
            assertThat(missing).as("missing %s", submission).anySatisfy(row -> {
                assertThat(row.<String>getAs("form_code")).isEqualTo(submission.formCode());
                assertThat(row.<String>getAs("submitter_code")).isEqualTo(submission.submitterCode());
                assertThat(row.<String>getAs("period")).isEqualTo(submission.period());
            });
        }
    }

    @Test
    void crossSourceDifferencesAreRecordedNotFixed() {
        List<Row> differences = warehouse.read(WarehouseTable.RECONCILIATION).filter("not agrees").collectAsList();
        for (DemoManifest.ReconciliationDifference planted : manifest.reconciliationDifferences().stream()
                .filter(DemoManifest.ReconciliationDifference::planted).toList()) {
            assertThat(differences).as("%s", planted).anySatisfy(row -> {
                assertThat(row.<String>getAs("rule_code")).isEqualTo(planted.ruleCode());
                assertThat(row.<String>getAs("period")).isEqualTo(planted.period());
            });
        }
    }

    @Test
    void everySubmitterWithProblemsGetsAFeedbackWorkbook(@TempDir Path feedback) throws IOException {
        new FeedbackJob(warehouse).run(feedback);
        try (java.util.stream.Stream<Path> files = Files.walk(feedback)) {
            List<String> workbooks = files.filter(path -> path.toString().endsWith(".xlsx"))
                    .map(path -> feedback.relativize(path).toString()).toList();
            PlantedMistake unknownCounty = manifest.mistakesOfKind(MistakeKind.UNKNOWN_COUNTY).get(0);
            String period = manifest.file(unknownCounty.fileName()).orElseThrow().period();
            assertThat(workbooks).as("one workbook per submitter and period with problems")
                    .anySatisfy(name -> assertThat(name).startsWith(period + "/BF-1/"));
        }
    }

    @Test
    void goldCoversEveryFormAndTheScorecard() {
        for (WarehouseTable table : List.of(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER, WarehouseTable.GOLD_AREA_TARGETS,
                WarehouseTable.GOLD_COUNTY_RANKINGS, WarehouseTable.GOLD_HOUSEHOLD_INDICATORS,
                WarehouseTable.GOLD_UNIT_SCORECARD, WarehouseTable.GOLD_UNIT_VERDICT, WarehouseTable.GOLD_UNIT_QUARTER)) {
            assertThat(warehouse.read(table).count()).as(table.qualifiedName()).isPositive();
        }
        long households2019 = warehouse.read(WarehouseTable.SILVER_POOR_HOUSEHOLDS).filter(col("year").equalTo(2019)).count();
        Row province = warehouse.read(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS)
                .filter("area_level = 'PROVINCE' and year = 2019 and indicator_code = 'households_registered'").first();
        assertThat(province.<BigDecimal>getAs("value").longValueExact())
                .as("province households registered = accepted BF-4 rows").isEqualTo(households2019);
    }

    @Test
    void everyPublishedOutputCarriesTheGoldVersionsItWasBuiltFrom() throws IOException {
        String stamp = snapshot.stamp();
        assertThat(Files.readString(outputs.indexPage(), StandardCharsets.UTF_8)).contains(stamp);
        assertThat(Files.readString(outputs.countyQuarterCsv(), StandardCharsets.UTF_8)).contains(stamp);
        try (XWPFDocument briefing = new XWPFDocument(Files.newInputStream(outputs.briefing()));
                XWPFWordExtractor text = new XWPFWordExtractor(briefing)) {
            // The 简报 prints the short label; the full data version travels in its properties.
            assertThat(text.getText()).contains(snapshot.releaseLabel()).doesNotContain(stamp).contains("亿元")
                    .doesNotContain("{{");
            assertThat(briefing.getProperties().getCustomProperties().getProperty("dataVersion").getLpwstr())
                    .isEqualTo(stamp);
        }
    }

    @Test
    void theWarehouseReadmeDescribesEveryTableAndColumnAsWritten() throws IOException {
        Map<WarehouseTable, org.apache.spark.sql.types.StructType> written = new java.util.EnumMap<>(WarehouseTable.class);
        for (WarehouseTable table : WarehouseTable.values()) {
            if (warehouse.exists(table)) {
                written.put(table, warehouse.read(table).schema());
            }
        }
        assertThat(written).as("the demo run writes every table").hasSize(WarehouseTable.values().length);
        written.forEach((table, schema) -> assertThat(schema.fields()).as(table.qualifiedName())
                .allSatisfy(field -> assertThat(org.bangfu.warehouse.ColumnMeaning.of(field))
                        .as("meaning of %s.%s", table.qualifiedName(), field.name()).isNotBlank()));
        String generated = org.bangfu.model.WarehouseReadme.render(SharedSpark.session(), written);
        Path readme = Path.of("..").resolve(org.bangfu.model.WarehouseReadme.PATH);
        if (Boolean.getBoolean("bangfu.readme.write")) {
            Files.writeString(readme, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(readme, StandardCharsets.UTF_8))
                .as("warehouse/README.md is out of date; regenerate it with `mvn -q -B -o test"
                        + " -Dtest=PipelineEndToEndTest -Dbangfu.readme.write=true` and commit it")
                .isEqualTo(generated);
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

    @Test
    void aSampleOfEveryPageKindShowsWhatGoldHoldsAtThePinnedVersions() throws IOException {
        Path site = outputs.indexPage().getParent();
        // Indicator page: the province's people exited in the latest quarter, year to date.
        Row province = snapshot.read(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER).where(col("level").equalTo("PROVINCE"))
                .orderBy(col("period").desc()).first();
        String peopleExited = org.bangfu.indicators.IndicatorCatalogue.byCode("people_exited")
                .formatTableCell(BigDecimal.valueOf(province.<Long>getAs("people_exited_ytd")));
        assertThat(Files.readString(site.resolve("indicators/people_exited.html"))).contains("<td>" + peopleExited + "</td>");
        // Area page: a county's direct funds in the latest quarter.
        Row county = snapshot.read(WarehouseTable.GOLD_COUNTY_QUARTER).where(col("funds_direct_ytd").isNotNull())
                .orderBy(col("period").desc(), col("area_code")).first();
        String countyFunds = org.bangfu.indicators.IndicatorCatalogue.FUNDS_DIRECT
                .formatTableCell(county.<BigDecimal>getAs("funds_direct_ytd"));
        String areaPage = Files.readString(site.resolve("areas/" + county.<String>getAs("area_code") + ".html"));
        assertThat(areaPage).contains(county.<String>getAs("area_name")).contains("<td>" + countyFunds + "</td>");
        // Unit page: a unit's direct funds in one quarter.
        Row unit = snapshot.read(WarehouseTable.GOLD_UNIT_QUARTER).where(col("funds_direct_ytd").isNotNull())
                .orderBy(col("unit_code"), col("period")).first();
        assertThat(Files.readString(site.resolve("units/" + unit.<String>getAs("unit_code") + ".html")))
                .contains(org.bangfu.indicators.IndicatorCatalogue.FUNDS_DIRECT.formatTableCell(unit.<BigDecimal>getAs("funds_direct_ytd")));
        // Unit page, scorecard: a year with rule results shows them rule by rule.
        org.apache.spark.sql.Dataset<Row> verdicts = snapshot.read(WarehouseTable.GOLD_UNIT_VERDICT);
        org.apache.spark.sql.Dataset<Row> ruleYears = snapshot.read(WarehouseTable.GOLD_UNIT_SCORECARD)
                .select("unit_code", "year").distinct();
        Row scored = verdicts.join(ruleYears, new String[] {"unit_code", "year"}).orderBy("unit_code", "year").first();
        assertThat(Files.readString(site.resolve("units/" + scored.<String>getAs("unit_code") + ".html")))
                .contains("Rule by rule, " + scored.getAs("year"));
        // A unit year without a bundled rule reads as the assessment notice counts it (bundled_rules = 0).
        for (Row unrated : verdicts.where(col("bundled_rules").equalTo(0)).orderBy("unit_code", "year").limit(1).collectAsList()) {
            assertThat(Files.readString(site.resolve("units/" + unrated.<String>getAs("unit_code") + ".html")))
                    .contains(unrated.getAs("year") + "年没有适用的计入“三捆绑”评定的考核规则");
        }
        // Unit directory: a unit expected to report BF-1 in the latest verdict year is listed under its county's prefecture.
        int verdictYear = ((Number) verdicts.agg(org.apache.spark.sql.functions.max("year")).first().get(0)).intValue();
        Row paired = snapshot.read(WarehouseTable.GOLD_COMPLETENESS)
                .where(col("form_code").equalTo("BF-1").and(col("period").startsWith(String.valueOf(verdictYear))))
                .join(verdicts.where(col("year").equalTo(verdictYear)).select(col("unit_code").as("submitter_code")), "submitter_code")
                .orderBy("prefecture_code", "submitter_code").first();
        assertThat(Files.readString(site.resolve("units/prefectures/" + paired.<String>getAs("prefecture_code") + ".html")))
                .contains("href=\"../../units/" + paired.<String>getAs("submitter_code") + ".html\"");
        assertThat(Files.readString(site.resolve("topics/units.html")))
                .contains("href=\"../units/prefectures/" + paired.<String>getAs("prefecture_code") + ".html\"");
        // Downloads: every gold table row, once.
        long goldRows = snapshot.read(WarehouseTable.GOLD_COMPLETENESS).count();
        long csvRows = Files.readAllLines(site.resolve("downloads/gold/completeness.csv"), StandardCharsets.UTF_8).size() - 1;
        assertThat(csvRows).isEqualTo(goldRows);
        // Topic page: the data-quality page names the late and missing submissions of the latest period,
        // past the first CatalogueSite.LISTED_ROWS in the download, and says how many there are.
        String latest = snapshot.read(WarehouseTable.GOLD_COMPLETENESS).agg(org.apache.spark.sql.functions.max("period")).first().getString(0);
        long notOnTime = snapshot.read(WarehouseTable.GOLD_COMPLETENESS)
                .where(col("period").equalTo(latest).and(col("status").notEqual("on_time"))).count();
        String quality = Files.readString(site.resolve("topics/quality.html"));
        int listed = quality.split(">未报送</td>", -1).length - 1 + quality.split(">逾期</td>", -1).length - 1;
        java.util.regex.Matcher cut = java.util.regex.Pattern
                .compile("The first (\\d+) of ([\\d,]+) are listed; all are in the gold.completeness download").matcher(quality);
        if (cut.find()) {
            assertThat(listed).isEqualTo(Integer.parseInt(cut.group(1)));
            assertThat(Long.parseLong(cut.group(2).replace(",", ""))).isEqualTo(notOnTime);
        } else {
            assertThat(listed).isEqualTo((int) notOnTime);
        }
        // Data quality: rows quarantined (gold.data_quality) and the reconciliation differences.
        long quarantined = snapshot.read(WarehouseTable.GOLD_DATA_QUALITY).where(col("outcome").equalTo("quarantined"))
                .agg(org.apache.spark.sql.functions.sum("rows")).first().getLong(0);
        long differences = snapshot.read(WarehouseTable.GOLD_RECONCILIATION_DIFFERENCES).where(col("agrees").equalTo(false)).count();
        assertThat(quality).contains("检查共隔离" + quarantined + "行").contains("其中" + differences + "对不一致");
        // Household indicator page: the province's registered households in the latest year.
        Row households = snapshot.read(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS)
                .where(col("area_level").equalTo("PROVINCE").and(col("indicator_code").equalTo("households_registered")))
                .orderBy(col("year").desc()).first();
        String registered = org.bangfu.indicators.HouseholdCatalogue.all().get(0)
                .formatTableCell(households.<BigDecimal>getAs("value"));
        assertThat(Files.readString(site.resolve("indicators/households_registered.html"))).contains("<td>" + registered + "</td>");
        // Board: a poor county's planned exit year, and the villages it had exited in that year against plan.
        Row exit = snapshot.read(WarehouseTable.GOLD_AREA_EXIT_YEAR)
                .where(col("level").equalTo("COUNTY").and(col("poverty_type").isin("国定", "省定"))
                        .and(col("year").equalTo(col("planned_exit_year"))).and(col("villages_planned_exit").gt(0)))
                .orderBy(col("area_code")).first();
        String board = Files.readString(site.resolve("pages/board.html"));
        assertThat(board).contains(exit.<String>getAs("area_name")).contains(exit.getAs("planned_exit_year") + "年")
                .contains("出列" + exit.getAs("villages_exited") + "/" + exit.getAs("villages_planned_exit") + "村");
        // Revisions: a first publication says there is nothing to compare with.
        assertThat(Files.readString(site.resolve("pages/revisions.html"))).contains("修订说明");
        // Exits by year (BF-4, category = exit year): a series over exit years from the latest household list.
        Row exitedInYear = snapshot.read(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS)
                .where(col("area_level").equalTo("PROVINCE").and(col("indicator_code").equalTo("households_exited_by_year")))
                .orderBy(col("year").desc(), col("category").desc()).first();
        String exitedHouseholds = org.bangfu.indicators.HouseholdCatalogue.all().stream()
                .filter(indicator -> indicator.code().equals("households_exited_by_year")).findFirst().orElseThrow()
                .formatTableCell(exitedInYear.<BigDecimal>getAs("value"));
        assertThat(Files.readString(site.resolve("indicators/households_exited_by_year.html")))
                .contains(exitedInYear.<String>getAs("category") + "年").contains("<td>" + exitedHouseholds + "</td>");
        // Rankings: the province's first 国定 county on people exited, with its figure, on the rankings page.
        Row first = snapshot.read(WarehouseTable.GOLD_COUNTY_RANKINGS)
                .where(col("scope").equalTo("PROVINCE").and(col("poverty_type").equalTo("国定"))
                        .and(col("indicator_code").equalTo("people_exited")))
                .orderBy(col("period").desc(), col("rank"), col("county_code")).first();
        String rankings = Files.readString(site.resolve("pages/rankings.html"));
        assertThat(rankings).contains(first.<String>getAs("county_name")).contains("国定贫困县").contains("省定贫困县")
                .contains("<td>" + org.bangfu.indicators.IndicatorCatalogue.byCode("people_exited")
                        .formatTableCell(first.<BigDecimal>getAs("value")) + "</td>");
        assertThat(snapshot.read(WarehouseTable.GOLD_COUNTY_RANKINGS).where(col("scope").equalTo("NATION")).count())
                .as("one province: no national ranking").isZero();
        // Data dictionary: every gold table offered for download, with its columns.
        String dictionary = Files.readString(site.resolve("pages/dictionary.html"));
        for (String column : snapshot.read(WarehouseTable.GOLD_COUNTY_RANKINGS).columns()) {
            assertThat(dictionary).contains(">" + column + "<");
        }
        // Home: every topic card has its latest value, the change on a year before, and a link.
        String home = Files.readString(site.resolve("index.html"));
        int cards = home.split("<li class=\"card\">", -1).length - 1;
        assertThat(cards).as("a card per topic").isGreaterThanOrEqualTo(7);
        assertThat(java.util.regex.Pattern.compile("<p class=\"change\">[^<\\s]").matcher(home).results().count())
                .as("every card states its change").isEqualTo(cards);
        for (String topic : List.of("funds", "teams", "progress", "targets", "units", "households", "quality")) {
            assertThat(home).contains("href=\"topics/" + topic + ".html\"");
        }
    }
}
