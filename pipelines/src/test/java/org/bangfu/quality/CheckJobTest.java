package org.bangfu.quality;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bangfu.quality.RowValidatorTest.creditCode;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.ColumnMeaning;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check over a tiny province: two counties, ten units, a work-team roster corrected late
 * with a village left out, county progress whose year-to-date figures fall and jump, one unit far
 * above its peers, and rosters and household lists to reconcile with. Checked once with the
 * original submissions, once more after the correction arrives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckJobTest {

    static final LocalDate TODAY = LocalDate.of(2020, 3, 1);
    static final String COUNTY = "520101";
    static final String OTHER_COUNTY = "520102";
    static final String VILLAGE_ONE = "520101001001";
    static final String VILLAGE_TWO = "520101001002";
    static final String OTHER_COUNTY_VILLAGE = "520102001001";
    static final List<String> UNITS = units();
    static final String REGISTERS_BATCH = "20190101T000000Z";
    static final String FIRST_BATCH = "20190405T020000Z";
    static final String CORRECTION_BATCH = "20190420T020000Z";
    static final String HOUSEHOLD_BATCH = "20200110T020000Z";

    private Warehouse warehouse;
    private CheckReport firstCheck;
    private CheckReport secondCheck;
    private long workTeamsVersionBeforeCorrection;
    private Map<WarehouseTable, Long> versionsAfterFirstCheck;
    private Map<WarehouseTable, Long> versionsAfterSecondCheck;
    /** The same bronze as {@link #warehouse}, checked once with everything in it. */
    private Warehouse fromScratch;
    private CheckReport thirdCheck;

    private static List<String> units() {
        List<String> units = new ArrayList<>();
        for (int index = 0; index < 10; index++) {
            units.add(creditCode(String.format("91520000MA00000%02d", index)));
        }
        return List.copyOf(units);
    }

    @BeforeAll
    void checkTheOriginalsThenTheCorrection(@TempDir Path temporary) {
        warehouse = new Warehouse(SharedSpark.session(), temporary.resolve("warehouse").toString());
        originals().appendTo(warehouse);
        firstCheck = new CheckJob(warehouse, TODAY).run();
        versionsAfterFirstCheck = versions();
        workTeamsVersionBeforeCorrection = warehouse.currentVersion(WarehouseTable.SILVER_WORK_TEAMS).version();

        correction().appendTo(warehouse);
        secondCheck = new CheckJob(warehouse, TODAY).run();
        versionsAfterSecondCheck = versions();
        thirdCheck = new CheckJob(warehouse, TODAY).run();

        fromScratch = new Warehouse(SharedSpark.session(), temporary.resolve("from-scratch").toString());
        originals().appendTo(fromScratch);
        correction().appendTo(fromScratch);
        new CheckJob(fromScratch, TODAY).run();
    }

    /** The registers, the first quarter's forms, the households and the targets. */
    private static BronzeFixture originals() {
        BronzeFixture bronze = new BronzeFixture(0);
        Instant registersIn = Instant.parse("2019-01-01T00:00:00Z");
        bronze.file("县名录.xlsx", "ML-1", REGISTERS_BATCH, registersIn, List.of(
                        cells("county_code", COUNTY, "county_name", "甲县", "prefecture_code", "520100",
                                "prefecture_name", "甲市", "province_code", "520000", "province_name", "甲省",
                                "poverty_type", "国定", "deep_poverty", "是", "rural_population", "100000"),
                        cells("county_code", OTHER_COUNTY, "county_name", "乙县", "prefecture_code", "520100",
                                "prefecture_name", "甲市", "province_code", "520000", "province_name", "甲省",
                                "poverty_type", "省定", "deep_poverty", "否", "rural_population", "50000")))
                .file("村名录.xlsx", "ML-2", REGISTERS_BATCH, registersIn, List.of(
                        village(VILLAGE_ONE), village(VILLAGE_TWO), village(OTHER_COUNTY_VILLAGE)))
                .file("帮扶单位名录.xlsx", "ML-3", REGISTERS_BATCH, registersIn, UNITS.stream().map(unit -> cells(
                        "unit_code", unit, "unit_name", "单位" + UNITS.indexOf(unit), "unit_level", "省",
                        "unit_category", "党政机关")).toList())
                .file("结对帮扶关系.xlsx", "ML-4", REGISTERS_BATCH, registersIn, pairings());
        Instant firstIn = Instant.parse("2019-04-05T02:00:00Z");
        bronze.file("2019Q1定点帮扶工作情况表.xlsx", "BF-1", FIRST_BATCH, firstIn, unitAssistance())
                .file("2019Q1驻村工作队（甲县）.xlsx", "BF-2", FIRST_BATCH, firstIn, List.of(
                        team(VILLAGE_ONE, UNITS.get(0), "3"), team(VILLAGE_TWO, UNITS.get(0), "2")))
                .file("2019Q1驻村工作队（乙县）.xlsx", "BF-2", FIRST_BATCH, firstIn, List.of(
                        team(OTHER_COUNTY_VILLAGE, UNITS.get(1), "3")))
                .file("县脱贫攻坚进展（甲县）.xlsx", "BF-3", FIRST_BATCH, firstIn, List.of(
                        progress(COUNTY, "2019Q1", "1000", "10", "100", "910"),
                        progress(COUNTY, "2019Q2", "1000", "200", "80", "1120")))
                .file("县脱贫攻坚进展（乙县）.xlsx", "BF-3", FIRST_BATCH, firstIn, List.of(
                        progress(OTHER_COUNTY, "2019Q1", "50", "0", "7", "43")));
        Instant householdsIn = Instant.parse("2020-01-10T04:00:00Z");
        bronze.file("2019建档立卡贫困户（甲县）.csv", "BF-4", HOUSEHOLD_BATCH, householdsIn, List.of(
                        household(1, VILLAGE_ONE, "4", "2019"), household(2, VILLAGE_ONE, "3", "2019"),
                        household(3, VILLAGE_TWO, "5", "2018"), household(4, VILLAGE_TWO, "2", null)))
                .file("2019建档立卡贫困户（乙县）.csv", "BF-4", HOUSEHOLD_BATCH, householdsIn, List.of(
                        household(5, OTHER_COUNTY_VILLAGE, "7", "2019")))
                .file("2019年度目标任务表.xlsx", "BF-5", HOUSEHOLD_BATCH, householdsIn, List.of(
                        cells("area_code", "520000", "year", "2019", "target_people_exited", "5000"),
                        cells("area_code", "530000", "year", "2019", "target_people_exited", "10")));
        return bronze;
    }

    /** 甲县 corrects its roster after the deadline (10 April): village two is withdrawn, village one has 4. */
    private static BronzeFixture correction() {
        BronzeFixture correction = new BronzeFixture(100);
        correction.file("2019Q1驻村工作队（甲县）（更正）.xlsx", "BF-2", CORRECTION_BATCH,
                Instant.parse("2019-04-20T02:00:00Z"), List.of(team(VILLAGE_ONE, UNITS.get(0), "4"),
                        cells("village_code", VILLAGE_TWO, "period", "2019Q1", "row_status", "撤回")));
        return correction;
    }

    // Resubmission

    @Test
    void theCorrectionWinsForItsVillageAndWithdrawsTheVillageItMarksWithdrawn() {
        List<Row> teams = warehouse.read(WarehouseTable.SILVER_WORK_TEAMS).orderBy("village_code").collectAsList();
        assertThat(teams).extracting(row -> row.<String>getAs("village_code"))
                .as("village two was withdrawn by a 撤回 row; the other county is untouched")
                .containsExactly(VILLAGE_ONE, OTHER_COUNTY_VILLAGE);
        assertThat(teams.get(0).<Long>getAs("members")).as("the corrected figure").isEqualTo(4L);
        assertThat(teams.get(0).<Integer>getAs("quarter")).isEqualTo(1);
        assertThat(warnings("L002")).as("nothing was left out without a word").isEmpty();
    }

    @Test
    void theEarlierRevisionStaysReadableByTimeTravel() {
        Dataset<Row> before = SharedSpark.session().read().format("delta")
                .option("versionAsOf", workTeamsVersionBeforeCorrection)
                .load(warehouse.pathOf(WarehouseTable.SILVER_WORK_TEAMS));
        assertThat(before.filter(col("village_code").equalTo(VILLAGE_TWO)).count()).isEqualTo(1);
        assertThat(before.filter(col("village_code").equalTo(VILLAGE_ONE)).first().<Long>getAs("members"))
                .isEqualTo(3L);
    }

    @Test
    void submissionsKeepEveryRevisionAndMarkTheCurrentOne() {
        List<Row> revisions = warehouse.read(WarehouseTable.SUBMISSIONS)
                .filter(col("form_code").equalTo("BF-2").and(col("submitter_code").equalTo(COUNTY)))
                .orderBy("batch_id").collectAsList();
        assertThat(revisions).hasSize(2);
        assertThat(revisions).extracting(row -> row.<Boolean>getAs("is_current")).containsExactly(false, true);
        assertThat(revisions).extracting(row -> row.<String>getAs("period")).containsOnly("2019Q1");
        assertThat(revisions).extracting(row -> row.<Long>getAs("rows_accepted")).containsExactly(2L, 2L);
        assertThat(revisions).extracting(row -> row.<Long>getAs("rows_withdrawn")).containsExactly(0L, 1L);
        assertThat(revisions).extracting(row -> row.<Long>getAs("rows_current"))
                .as("village two withdrawn, village one corrected").containsExactly(0L, 1L);
    }

    @Test
    void eachSubmitterOfAMultiUnitFileIsItsOwnSubmission() {
        assertThat(warehouse.read(WarehouseTable.SUBMISSIONS).filter(col("form_code").equalTo("BF-1")).count())
                .as("ten units in one BF-1 file").isEqualTo(10);
        assertThat(warehouse.read(WarehouseTable.SUBMISSIONS).filter(col("form_code").equalTo("BF-5")
                .and(col("submitter_code").equalTo("520000"))).count()).isEqualTo(1);
    }

    // Late

    @Test
    void aSubmissionReceivedAfterTheDeadlineIsAcceptedAndMarkedLate() {
        List<Row> revisions = warehouse.read(WarehouseTable.SUBMISSIONS)
                .filter(col("form_code").equalTo("BF-2").and(col("submitter_code").equalTo(COUNTY)))
                .orderBy("batch_id").collectAsList();
        assertThat(revisions).extracting(row -> row.<Boolean>getAs("is_late"))
                .as("5 April on time, 20 April after the 10 April deadline").containsExactly(false, true);
        assertThat(revisions.get(1).<java.sql.Date>getAs("deadline").toLocalDate()).isEqualTo(LocalDate.of(2019, 4, 10));
        assertThat(warehouse.read(WarehouseTable.SUBMISSIONS).filter(col("form_code").equalTo("BF-4"))
                .filter(col("is_late")).count()).as("received on the deadline day itself is on time").isZero();
    }

    @Test
    void aLateFileGetsOneL001WarningForTheWholeFile() {
        List<Row> late = warnings("L001");
        assertThat(late).hasSize(1);
        assertThat(late.get(0).<String>getAs("file_name")).contains("更正");
        assertThat(late.get(0).<Integer>getAs("row_number")).isZero();
        assertThat(late.get(0).<String>getAs("message_zh")).contains("2019Q1", "2019-04-20", "2019-04-10");
    }

    // Across periods

    @Test
    void aYearToDateFigureLowerThanThePreviousQuarterIsP001NamingBothValues() {
        List<Row> fell = warnings("P001");
        assertThat(fell).extracting(row -> row.<String>getAs("field")).containsExactly("people_exited");
        assertThat(fell.get(0).<String>getAs("message_zh")).contains("本年脱贫人口（人）", "80", "100", "2019Q1", "疑似错报");
        assertThat(fell.get(0).<String>getAs("value")).isEqualTo("80");
        Row secondQuarter = warehouse.read(WarehouseTable.SILVER_COUNTY_PROGRESS)
                .filter(col("period").equalTo("2019Q2")).first();
        assertThat(secondQuarter.<Boolean>getAs("has_warnings")).as("the row is flagged in silver").isTrue();
    }

    @Test
    void aFigureMoreThanTenTimesThePreviousPeriodIsP002() {
        List<Row> jumped = warnings("P002");
        assertThat(jumped).extracting(row -> row.<String>getAs("field")).containsExactly("newly_identified");
        assertThat(jumped.get(0).<String>getAs("message_zh")).contains("200", "10", "2019Q1", "请核实");
    }

    @Test
    void aFigureFarFromItsPeersIsP003AndOrdinarySpreadIsNot() {
        List<Row> outliers = warnings("P003");
        assertThat(outliers).as("eleven BF-1 rows: 10..19 and one 900").hasSize(1);
        assertThat(outliers.get(0).<String>getAs("field")).isEqualTo("funds_direct");
        assertThat(outliers.get(0).<String>getAs("value")).isEqualTo("900");
        assertThat(outliers.get(0).<String>getAs("message_zh")).contains("900", "同类11份的中位数为15");
    }

    // Across sources

    @Test
    void teamMembersAreReconciledPerUnitAndQuarterWithEveryPairRecorded() {
        Map<String, Row> byUnit = reconciliation("X001");
        assertThat(byUnit.keySet()).as("units that reported team members; unit 2 left it blank")
                .containsExactlyInAnyOrder(UNITS.get(0), UNITS.get(1));
        Row agreeing = byUnit.get(UNITS.get(0));
        assertThat(agreeing.<Long>getAs("value_a")).as("3 in 甲县 + 1 in 乙县").isEqualTo(4L);
        assertThat(agreeing.<Long>getAs("value_b")).as("the corrected roster").isEqualTo(4L);
        assertThat(agreeing.<Boolean>getAs("agrees")).isTrue();
        Row differing = byUnit.get(UNITS.get(1));
        assertThat(differing.<Long>getAs("difference")).isEqualTo(2L);
        assertThat(differing.<Double>getAs("relative_difference")).isEqualTo(0.6667);
        assertThat(differing.<Boolean>getAs("agrees")).isFalse();
        assertThat(differing.<String>getAs("note_zh")).contains("5", "3");
        assertThat(differing.<String>getAs("subject_name")).isEqualTo("单位1");
    }

    @Test
    void exitsAreReconciledPerCountyAndYearFromTheLatestQuarter() {
        Map<String, Row> byCounty = reconciliation("X002");
        Row differing = byCounty.get(COUNTY);
        assertThat(differing.<String>getAs("period")).isEqualTo("2019");
        assertThat(differing.<Long>getAs("value_a")).as("2019Q2, the latest quarter").isEqualTo(80L);
        assertThat(differing.<Long>getAs("value_b")).as("households of 4 and 3 exited in 2019").isEqualTo(7L);
        assertThat(differing.<Boolean>getAs("agrees")).isFalse();
        assertThat(byCounty.get(OTHER_COUNTY).<Boolean>getAs("agrees")).isTrue();
    }

    // What the job always guarantees

    @Test
    void everyFileBalancesAndRejectedRowsAreQuarantinedWithTheirRule() {
        List<Row> ledger = warehouse.read(WarehouseTable.FILE_LEDGER).collectAsList();
        assertThat(ledger).hasSize(13);
        assertThat(ledger).allSatisfy(file -> assertThat(file.<Boolean>getAs("balanced")).isTrue());
        List<Row> quarantined = warehouse.read(WarehouseTable.QUARANTINE).collectAsList();
        assertThat(quarantined).extracting(row -> row.<String>getAs("rule_code")).containsExactly("R006");
        assertThat(quarantined.get(0).<String>getAs("message_zh")).contains("530000");
        assertThat(secondCheck.rowsRead()).isEqualTo(secondCheck.rowsAccepted() + secondCheck.rowsQuarantined());
        assertThat(firstCheck.upToDate()).isFalse();
    }

    @Test
    void checkingAgainWithNothingNewChangesNoTable() {
        assertThat(thirdCheck.upToDate()).isTrue();
        assertThat(versions()).isEqualTo(versionsAfterSecondCheck);
    }

    @Test
    void aCorrectionOfOneFormLeavesTheTablesOfTheOtherFormsUnwritten() {
        for (WarehouseTable unchanged : List.of(WarehouseTable.SILVER_COUNTY_REGISTER, WarehouseTable.SILVER_VILLAGE_REGISTER,
                WarehouseTable.SILVER_UNIT_REGISTER, WarehouseTable.SILVER_PAIRINGS, WarehouseTable.SILVER_UNIT_ASSISTANCE,
                WarehouseTable.SILVER_COUNTY_PROGRESS, WarehouseTable.SILVER_POOR_HOUSEHOLDS,
                WarehouseTable.SILVER_ANNUAL_TARGETS)) {
            assertThat(versionsAfterSecondCheck.get(unchanged)).as(unchanged.qualifiedName())
                    .isEqualTo(versionsAfterFirstCheck.get(unchanged));
        }
        assertThat(versionsAfterSecondCheck.get(WarehouseTable.SILVER_WORK_TEAMS))
                .isGreaterThan(versionsAfterFirstCheck.get(WarehouseTable.SILVER_WORK_TEAMS));
    }

    @Test
    void checkingOnlyTheChangedFormGivesWhatCheckingEverythingGives() {
        for (WarehouseTable table : WarehouseTable.inLayer("silver")) {
            if (!fromScratch.exists(table)) {
                assertThat(warehouse.exists(table)).as(table.qualifiedName()).isFalse();
                continue;
            }
            Dataset<Row> incremental = comparable(warehouse.read(table));
            Dataset<Row> whole = comparable(fromScratch.read(table)).selectExpr(incremental.columns());
            assertThat(incremental.count()).as(table.qualifiedName()).isEqualTo(whole.count());
            assertThat(incremental.exceptAll(whole).collectAsList()).as(table.qualifiedName()).isEmpty();
            assertThat(whole.exceptAll(incremental).collectAsList()).as(table.qualifiedName()).isEmpty();
        }
    }

    @Test
    void everyColumnOfTheNewTablesCarriesItsMeaning() {
        for (WarehouseTable table : List.of(WarehouseTable.SILVER_WORK_TEAMS, WarehouseTable.SILVER_POOR_HOUSEHOLDS,
                WarehouseTable.SUBMISSIONS, WarehouseTable.RECONCILIATION, WarehouseTable.WARNINGS)) {
            for (StructField field : warehouse.read(table).schema().fields()) {
                assertThat(ColumnMeaning.of(field)).as("%s.%s", table.qualifiedName(), field.name()).contains(" / ");
            }
        }
    }

    // The data

    private List<Row> warnings(String ruleCode) {
        return warehouse.read(WarehouseTable.WARNINGS).filter(col("rule_code").equalTo(ruleCode)).collectAsList();
    }

    private Map<String, Row> reconciliation(String ruleCode) {
        Map<String, Row> bySubject = new HashMap<>();
        warehouse.read(WarehouseTable.RECONCILIATION).filter(col("rule_code").equalTo(ruleCode)).collectAsList()
                .forEach(row -> bySubject.put(row.getAs("subject_code"), row));
        return bySubject;
    }

    /** Map columns (the raw cells) as sorted arrays of entries: set operations refuse maps. */
    private static Dataset<Row> comparable(Dataset<Row> table) {
        return table.selectExpr(java.util.Arrays.stream(table.schema().fields())
                .map(field -> field.dataType() instanceof org.apache.spark.sql.types.MapType
                        ? "array_sort(map_entries(`" + field.name() + "`)) AS `" + field.name() + "`"
                        : "`" + field.name() + "`")
                .toArray(String[]::new));
    }

    private Map<WarehouseTable, Long> versions() {
        Map<WarehouseTable, Long> versions = new LinkedHashMap<>();
        for (WarehouseTable table : WarehouseTable.values()) {
            if (warehouse.exists(table)) {
                versions.put(table, warehouse.currentVersion(table).version());
            }
        }
        return versions;
    }

    private static Map<String, String> cells(String... fieldThenValue) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int index = 0; index < fieldThenValue.length; index += 2) {
            if (fieldThenValue[index + 1] != null) {
                cells.put(fieldThenValue[index], fieldThenValue[index + 1]);
            }
        }
        return cells;
    }

    private static Map<String, String> village(String code) {
        return cells("village_code", code, "village_name", "村" + code.substring(9), "township_name", "某镇",
                "poor_village", "是", "deep_poverty_village", "否");
    }

    private static List<Map<String, String>> pairings() {
        List<Map<String, String>> pairings = new ArrayList<>();
        for (String unit : UNITS) {
            pairings.add(cells("unit_code", unit, "county_code", COUNTY, "start_date", "2018-01-01", "is_lead", "否"));
        }
        pairings.add(cells("unit_code", UNITS.get(0), "county_code", OTHER_COUNTY, "start_date", "2018-01-01",
                "is_lead", "是"));
        return pairings;
    }

    /** Funds 10 to 18 and 900 for unit 9; team members for units 0 (3 + 1) and 1 (5). */
    private static List<Map<String, String>> unitAssistance() {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int index = 0; index < UNITS.size(); index++) {
            String members = index == 0 ? "3" : index == 1 ? "5" : null;
            rows.add(cells("unit_code", UNITS.get(index), "county_code", COUNTY, "period", "2019Q1",
                    "funds_direct", index == 9 ? "900" : String.valueOf(10 + index), "funds_coordinated", "5",
                    "team_members", members));
        }
        rows.add(cells("unit_code", UNITS.get(0), "county_code", OTHER_COUNTY, "period", "2019Q1",
                "funds_direct", "19", "funds_coordinated", "5", "team_members", "1"));
        return rows;
    }

    private static Map<String, String> team(String village, String unit, String members) {
        return cells("village_code", village, "period", "2019Q1", "sending_unit_code", unit,
                "leader_is_first_secretary", "是", "members", members, "leader_days_in_village", "60");
    }

    private static Map<String, String> progress(String county, String period, String start, String newlyIdentified,
            String exited, String end) {
        return cells("county_code", county, "period", period, "poor_households_start", "300",
                "poor_people_start", start, "newly_identified", newlyIdentified, "returned_to_poverty", "0",
                "households_exited", "30", "people_exited", exited, "poor_people_end", end);
    }

    private static Map<String, String> household(int number, String village, String size, String exitYear) {
        return cells("household_id", String.format("%064x", number), "village_code", village, "year", "2019",
                "household_size", size, "main_cause", "因病", "labour_capacity", "有劳动能力",
                "identified_year", "2014", "exit_year", exitYear, "returned", "否");
    }
}
