package org.bangfu.quality;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.bangfu.quality.RowValidatorTest.creditCode;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * FORMS.md, "Resubmission": the latest accepted row of each (form, submitter, period, key) wins, a
 * period may be split over several files, and withdrawal is explicit only (a 撤回 row, a 全量替换
 * file). A tiny province of three counties in two prefectures; every submitter sends its period in
 * two batches, and the check runs once over both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResubmissionTest {

    static final LocalDate TODAY = LocalDate.of(2020, 3, 1);
    static final String COUNTY_A = "520101";
    static final String COUNTY_B = "520102";
    static final String COUNTY_C = "520201";
    static final String TOWNSHIP_ONE_VILLAGE = "520101001001";
    static final String TOWNSHIP_ONE_OTHER_VILLAGE = "520101001002";
    static final String TOWNSHIP_TWO_VILLAGE = "520101002001";
    static final String COUNTY_B_VILLAGE = "520102001001";
    static final String SPLITTING_UNIT = creditCode("91520000MA0000001");
    static final String REPLACING_UNIT = creditCode("91520000MA0000002");
    static final String REGISTERS = "20190101T000000Z";
    static final String FIRST = "20191008T020000Z";
    static final String SECOND = "20191009T020000Z";

    private Warehouse warehouse;

    @BeforeAll
    void checkTwoBatchesOfSplitAndWithdrawingSubmissions(@TempDir Path temporary) {
        warehouse = new Warehouse(SharedSpark.session(), temporary.resolve("warehouse").toString());
        BronzeFixture bronze = new BronzeFixture(0);
        Instant registersIn = Instant.parse("2019-01-01T00:00:00Z");
        bronze.file("县名录.xlsx", "ML-1", REGISTERS, registersIn, List.of(
                        county(COUNTY_A, "520100"), county(COUNTY_B, "520100"), county(COUNTY_C, "520200")))
                .file("村名录.xlsx", "ML-2", REGISTERS, registersIn, List.of(village(TOWNSHIP_ONE_VILLAGE),
                        village(TOWNSHIP_ONE_OTHER_VILLAGE), village(TOWNSHIP_TWO_VILLAGE), village(COUNTY_B_VILLAGE)))
                .file("帮扶单位名录.xlsx", "ML-3", REGISTERS, registersIn, List.of(
                        cells("unit_code", SPLITTING_UNIT, "unit_name", "甲单位", "unit_level", "省",
                                "unit_category", "党政机关"),
                        cells("unit_code", REPLACING_UNIT, "unit_name", "乙单位", "unit_level", "省",
                                "unit_category", "党政机关")))
                .file("结对帮扶关系.xlsx", "ML-4", REGISTERS, registersIn, List.of(
                        pairing(SPLITTING_UNIT, COUNTY_A), pairing(SPLITTING_UNIT, COUNTY_B),
                        pairing(REPLACING_UNIT, COUNTY_A), pairing(REPLACING_UNIT, COUNTY_B)));
        Instant firstIn = Instant.parse("2019-10-08T02:00:00Z");
        bronze.file("2019Q3定点帮扶（甲单位，甲县）.xlsx", "BF-1", FIRST, firstIn, List.of(
                        assistance(SPLITTING_UNIT, COUNTY_A, "100")))
                .file("2019Q3定点帮扶（乙单位）.xlsx", "BF-1", FIRST, firstIn, List.of(
                        assistance(REPLACING_UNIT, COUNTY_A, "30"), assistance(REPLACING_UNIT, COUNTY_B, "40")))
                .file("2019Q3驻村工作队（甲县一镇）.xlsx", "BF-2", FIRST, firstIn, List.of(
                        team(TOWNSHIP_ONE_VILLAGE, "3"), team(TOWNSHIP_ONE_OTHER_VILLAGE, "2")))
                .file("2019Q3驻村工作队（乙县）.xlsx", "BF-2", FIRST, firstIn, List.of(team(COUNTY_B_VILLAGE, "3")))
                .file("2019建档立卡贫困户（甲县一镇）.csv", "BF-4", FIRST, firstIn, List.of(
                        household(1, TOWNSHIP_ONE_VILLAGE), household(2, TOWNSHIP_ONE_VILLAGE),
                        household(3, TOWNSHIP_ONE_OTHER_VILLAGE)))
                .file("2019年度目标任务表（全省及甲市）.xlsx", "BF-5", FIRST, firstIn, List.of(
                        target("520000", "5000"), target("520100", "3000")));
        bronze.appendTo(warehouse);

        BronzeFixture second = new BronzeFixture(100);
        Instant secondIn = Instant.parse("2019-10-09T02:00:00Z");
        second.file("2019Q3定点帮扶（甲单位，乙县）.xlsx", "BF-1", SECOND, secondIn, List.of(
                        assistance(SPLITTING_UNIT, COUNTY_B, "200")))
                .fileReplacingScope("2019Q3定点帮扶（乙单位）全量替换.xlsx", "BF-1", SECOND, secondIn, List.of(
                        assistance(REPLACING_UNIT, COUNTY_A, "35")))
                .file("2019Q3驻村工作队（甲县二镇）.xlsx", "BF-2", SECOND, secondIn, List.of(
                        team(TOWNSHIP_TWO_VILLAGE, "4")))
                .file("2019Q3驻村工作队（乙县）撤回.xlsx", "BF-2", SECOND, secondIn, List.of(
                        cells("village_code", COUNTY_B_VILLAGE, "period", "2019Q3", "row_status", "撤回")))
                .file("2019建档立卡贫困户（甲县二镇）.csv", "BF-4", SECOND, secondIn, List.of(
                        household(4, TOWNSHIP_TWO_VILLAGE), household(5, TOWNSHIP_TWO_VILLAGE)))
                .file("2019年度目标任务表（乙市）.xlsx", "BF-5", SECOND, secondIn, List.of(target("520200", "2000")));
        second.appendTo(warehouse);
        new CheckJob(warehouse, TODAY).run();
    }

    @Test
    void aUnitSendingCountyBInASecondFileKeepsCountyAFromTheFirst() {
        List<Row> rows = warehouse.read(WarehouseTable.SILVER_UNIT_ASSISTANCE)
                .filter(col("unit_code").equalTo(SPLITTING_UNIT)).orderBy("county_code").collectAsList();
        assertThat(rows).extracting(row -> row.<String>getAs("county_code"))
                .as("county A's 2019Q3 row was not withdrawn by a file that only covers county B")
                .containsExactly(COUNTY_A, COUNTY_B);
        assertThat(rows).extracting(row -> row.<BigDecimal>getAs("funds_direct").intValue()).containsExactly(100, 200);
    }

    @Test
    void householdsSplitByTownshipOverTwoFilesAreAllKept() {
        assertThat(warehouse.read(WarehouseTable.SILVER_POOR_HOUSEHOLDS).count())
                .as("3 households of township one and 2 of township two").isEqualTo(5);
    }

    @Test
    void aRosterSplitByTownshipKeepsBothParts() {
        List<Row> teams = warehouse.read(WarehouseTable.SILVER_WORK_TEAMS).orderBy("village_code").collectAsList();
        assertThat(teams).extracting(row -> row.<String>getAs("village_code"))
                .as("both townships of county A; county B's only village was withdrawn with 撤回")
                .containsExactly(TOWNSHIP_ONE_VILLAGE, TOWNSHIP_ONE_OTHER_VILLAGE, TOWNSHIP_TWO_VILLAGE);
    }

    @Test
    void targetsSplitByPrefectureAreAllKept() {
        assertThat(warehouse.read(WarehouseTable.SILVER_ANNUAL_TARGETS).orderBy("area_code").collectAsList())
                .extracting(row -> row.<String>getAs("area_code"))
                .containsExactly("520000", "520100", "520200");
    }

    @Test
    void aRowMarkedWithdrawnRemovesItsKeyAndIsCountedAsAWithdrawal() {
        Row withdrawal = submission("BF-2", COUNTY_B, "撤回");
        assertThat(withdrawal.<Long>getAs("rows_accepted")).as("a withdrawal needs no figures").isEqualTo(1L);
        assertThat(withdrawal.<Long>getAs("rows_withdrawn")).isEqualTo(1L);
        assertThat(warehouse.read(WarehouseTable.QUARANTINE).filter(col("file_name").contains("撤回")).count())
                .as("the blank figures of a withdrawal row are not errors").isZero();
    }

    @Test
    void aFileDeclaringFullReplacementReplacesItsWholeScope() {
        List<Row> rows = warehouse.read(WarehouseTable.SILVER_UNIT_ASSISTANCE)
                .filter(col("unit_code").equalTo(REPLACING_UNIT)).collectAsList();
        assertThat(rows).extracting(row -> row.<String>getAs("county_code"))
                .as("county B was only in the file the 全量替换 file replaced").containsExactly(COUNTY_A);
        assertThat(rows.get(0).<BigDecimal>getAs("funds_direct")).isEqualByComparingTo("35");
        assertThat(submission("BF-1", REPLACING_UNIT, "全量替换").<Boolean>getAs("replaces_scope")).isTrue();
        assertThat(submission("BF-1", REPLACING_UNIT, "全量替换").<Long>getAs("rows_current")).isEqualTo(1L);
    }

    @Test
    void eachScopeWhoseLaterFileLeavesOutEarlierKeysGetsOneWarningListingThem() {
        List<Row> omitted = warehouse.read(WarehouseTable.WARNINGS).filter(col("rule_code").equalTo("L002"))
                .orderBy("form_code").collectAsList();
        assertThat(omitted).extracting(row -> row.<String>getAs("form_code"))
                .as("the split BF-1, BF-2, BF-4 and BF-5 scopes; not the 全量替换 one, not the withdrawn one")
                .containsExactly("BF-1", "BF-2", "BF-4", "BF-5");
        Row assistance = omitted.get(0);
        assertThat(assistance.<String>getAs("file_name")).isEqualTo("2019Q3定点帮扶（甲单位，乙县）.xlsx");
        assertThat(assistance.<Integer>getAs("row_number")).as("about the whole file").isZero();
        assertThat(assistance.<String>getAs("message_zh")).startsWith("上次报送的以下1行本次未报送")
                .contains("《2019Q3定点帮扶（甲单位，甲县）.xlsx》第5行", COUNTY_A, "撤回", "全量替换");
        Row households = omitted.get(2);
        assertThat(households.<String>getAs("message_zh")).contains("以下3行", "第5行", "第6行", "第7行")
                .as("household numbers are pseudonyms: listed by file and row only").doesNotContain(String.format("%064x", 1));
        assertThat(households.<String>getAs("message_en")).startsWith("3 rows sent earlier were not in this file");
    }

    private Row submission(String form, String submitter, String fileNamePart) {
        return warehouse.read(WarehouseTable.SUBMISSIONS)
                .filter(col("form_code").equalTo(form).and(col("submitter_code").equalTo(submitter))
                        .and(col("file_name").contains(fileNamePart)))
                .first();
    }

    private static Map<String, String> county(String code, String prefecture) {
        return cells("county_code", code, "county_name", "县" + code, "prefecture_code", prefecture,
                "prefecture_name", "市" + prefecture, "province_code", "520000", "province_name", "甲省",
                "poverty_type", "国定", "deep_poverty", "否", "rural_population", "100000");
    }

    private static Map<String, String> village(String code) {
        return cells("village_code", code, "village_name", "村" + code.substring(9), "township_name",
                "镇" + code.substring(6, 9), "poor_village", "是", "deep_poverty_village", "否");
    }

    private static Map<String, String> pairing(String unit, String county) {
        return cells("unit_code", unit, "county_code", county, "start_date", "2018-01-01", "is_lead", "否");
    }

    private static Map<String, String> assistance(String unit, String county, String fundsDirect) {
        return cells("unit_code", unit, "county_code", county, "period", "2019Q3", "funds_direct", fundsDirect,
                "funds_coordinated", "5");
    }

    private static Map<String, String> team(String village, String members) {
        return cells("village_code", village, "period", "2019Q3", "sending_unit_code", SPLITTING_UNIT,
                "leader_is_first_secretary", "是", "members", members, "leader_days_in_village", "60");
    }

    private static Map<String, String> household(int number, String village) {
        return cells("household_id", String.format("%064x", number), "village_code", village, "year", "2019",
                "household_size", "3", "main_cause", "因病", "labour_capacity", "有劳动能力",
                "identified_year", "2014", "returned", "否");
    }

    private static Map<String, String> target(String area, String people) {
        return cells("area_code", area, "year", "2019", "target_people_exited", people);
    }

    private static Map<String, String> cells(String... fieldThenValue) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int index = 0; index < fieldThenValue.length; index += 2) {
            cells.put(fieldThenValue[index], fieldThenValue[index + 1]);
        }
        return cells;
    }
}
