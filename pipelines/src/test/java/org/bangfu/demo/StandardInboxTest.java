package org.bangfu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.demo.DemoManifest.PlantedMistake;
import org.bangfu.demo.DemoManifest.WrittenFile;
import org.bangfu.demo.InboxReader.ReadRow;
import org.bangfu.demo.InboxReader.ReadTable;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FieldType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.forms.UnifiedCreditCode;
import org.bangfu.ingest.ReadSubmission;
import org.bangfu.ingest.SubmissionReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a statistician trying the system gets from the standard demo province, checked on the files
 * themselves as an independent reader sees them.
 */
class StandardInboxTest {

    private static final FormDefinition BF1 = FormCatalogue.get(FormCatalogue.UNIT_ASSISTANCE);
    private static final List<String> PERIODS = List.of(
            "2018Q1", "2018Q2", "2018Q3", "2018Q4", "2019Q1", "2019Q2", "2019Q3", "2019Q4");
    private static final Pattern CHINESE_QUARTER = Pattern.compile("(\\d{4})年第([一二三四])季度");

    @TempDir
    static Path inbox;
    static DemoManifest manifest;
    static Map<String, ReadTable> tables = new LinkedHashMap<>();

    /** A BF-1 row with the file it came from, the unit of reading for most checks below. */
    record Bf1Row(WrittenFile file, ReadRow row) {

        String value(String field) {
            return row.value(field).strip();
        }

        String key() {
            return value("unit_code") + "|" + value("county_code") + "|" + period(value("period"));
        }

        BigDecimal figure(String field) {
            return InboxReader.number(row.value(field)).orElse(null);
        }
    }

    @BeforeAll
    static void generateTheStandardProvince() {
        manifest = new DemoGenerator(2019, DemoSize.standard()).writeTo(inbox);
        for (WrittenFile file : manifest.files()) {
            tables.put(file.fileName(), InboxReader.read(inbox.resolve(file.fileName()), FormCatalogue.get(file.formCode())));
        }
    }

    // Registers

    @Test
    void theCountyRegisterHoldsFortyCountiesOfEveryPovertyTypeSomeInDeepPoverty() {
        List<ReadRow> counties = register(FormCatalogue.COUNTY_REGISTER);

        assertThat(counties).hasSize(40);
        assertThat(counties).extracting(row -> row.value("poverty_type")).contains("国定", "省定", "非贫困");
        assertThat(counties).extracting(row -> row.value("deep_poverty")).contains("是", "否");
        assertThat(counties.stream().map(row -> row.value("prefecture_code")).distinct()).hasSize(8);
        assertThat(counties).extracting(row -> row.value("county_code")).doesNotHaveDuplicates();
        assertThat(counties).allSatisfy(row -> {
            assertThat(row.value("county_code")).matches("58\\d{4}").startsWith(row.value("prefecture_code").substring(0, 4));
            assertThat(row.value("province_name")).isEqualTo("云岭省");
            assertThat(Integer.parseInt(row.value("rural_population"))).isBetween(10_000, 1_000_000);
        });
    }

    @Test
    void villageCodesStartWithTheCodeOfTheirCounty() {
        Set<String> countyCodes = codes(FormCatalogue.COUNTY_REGISTER, "county_code");
        List<ReadRow> villages = register(FormCatalogue.VILLAGE_REGISTER);

        assertThat(villages).hasSize(2_000);
        assertThat(villages).allSatisfy(row -> {
            assertThat(row.value("village_code")).matches("\\d{12}");
            assertThat(countyCodes).contains(row.value("village_code").substring(0, 6));
        });
        assertThat(villages).extracting(row -> row.value("village_code").substring(0, 6)).as("every county has villages")
                .containsAll(countyCodes);
        assertThat(register(FormCatalogue.PAIRINGS)).filteredOn(row -> !row.value("village_code").isEmpty())
                .as("a village taken on (包村) lies in the county the unit is linked to")
                .allSatisfy(row -> assertThat(row.value("village_code")).startsWith(row.value("county_code")));
    }

    @Test
    void aboutAThirdOfVillagesArePoor() {
        List<ReadRow> villages = register(FormCatalogue.VILLAGE_REGISTER);
        long poor = villages.stream().filter(row -> row.value("poor_village").equals("是")).count();

        assertThat((double) poor / villages.size()).isBetween(0.25, 0.42);
        assertThat(villages).filteredOn(row -> row.value("poor_village").equals("否"))
                .as("only poor villages are scheduled to exit").allSatisfy(row -> assertThat(row.value("planned_exit_year")).isEmpty());
    }

    @Test
    void theUnitRegisterHoldsThreeHundredUnitsOfEveryLevelAndCategory() {
        List<ReadRow> units = register(FormCatalogue.UNIT_REGISTER);
        FormDefinition form = FormCatalogue.get(FormCatalogue.UNIT_REGISTER);
        Set<String> categories = new HashSet<>(form.requireField("unit_category").allowedValues().values());

        assertThat(units).hasSize(300);
        assertThat(units).extracting(row -> row.value("unit_level")).containsOnly("中央", "省", "市", "县")
                .contains("中央", "省", "市", "县");
        assertThat(units.stream().map(row -> row.value("unit_category")).collect(Collectors.toSet())).isEqualTo(categories);
        assertThat(units).extracting(row -> row.value("unit_name")).doesNotHaveDuplicates();
    }

    @Test
    void everyUnitCodeInTheRegistersCarriesAValidCheckCharacter() {
        List<String> codes = new ArrayList<>();
        register(FormCatalogue.UNIT_REGISTER).forEach(row -> {
            codes.add(row.value("unit_code"));
            if (!row.value("lead_unit_code").isEmpty()) {
                codes.add(row.value("lead_unit_code"));
            }
        });
        register(FormCatalogue.PAIRINGS).forEach(row -> codes.add(row.value("unit_code")));

        assertThat(codes).allSatisfy(code -> assertThat(UnifiedCreditCode.hasValidCheckCharacter(code)).as(code).isTrue());
        assertThat(codes(FormCatalogue.UNIT_REGISTER, "unit_code")).hasSize(300);
    }

    @Test
    void everyUnitIsLinkedToOneOrTwoCountiesAndEveryPoorCountyHasOneLeadUnit() {
        List<ReadRow> active = register(FormCatalogue.PAIRINGS).stream()
                .filter(row -> row.value("end_date").isEmpty()).toList();
        Map<String, Set<String>> countiesOfUnit = new HashMap<>();
        active.forEach(row -> countiesOfUnit.computeIfAbsent(row.value("unit_code"), code -> new HashSet<>())
                .add(row.value("county_code")));
        Set<String> poorCounties = register(FormCatalogue.COUNTY_REGISTER).stream()
                .filter(row -> !row.value("poverty_type").equals("非贫困")).map(row -> row.value("county_code"))
                .collect(Collectors.toSet());
        Map<String, Long> leadsPerCounty = active.stream().filter(row -> row.value("is_lead").equals("是"))
                .collect(Collectors.groupingBy(row -> row.value("county_code"), Collectors.counting()));

        assertThat(countiesOfUnit.keySet()).isEqualTo(codes(FormCatalogue.UNIT_REGISTER, "unit_code"));
        assertThat(countiesOfUnit.values()).allSatisfy(counties -> assertThat(counties).hasSizeBetween(1, 2));
        assertThat(leadsPerCounty.keySet()).isEqualTo(poorCounties);
        assertThat(leadsPerCounty.values()).containsOnly(1L);
        assertThat(active.stream().filter(row -> !row.value("village_code").isEmpty()).count())
                .as("many units also take on a village").isGreaterThan(active.size() / 3);
    }

    @Test
    void pairingsStartedIn2015To2017AndMostAreStillActive() {
        List<ReadRow> pairings = register(FormCatalogue.PAIRINGS);

        assertThat(pairings).allSatisfy(row -> assertThat(date(row.value("start_date")).getYear()).isBetween(2015, 2017));
        assertThat(pairings.stream().filter(row -> row.value("end_date").isEmpty()).count())
                .isGreaterThan(pairings.size() * 9L / 10);
        assertThat(pairings).filteredOn(row -> !row.value("end_date").isEmpty())
                .allSatisfy(row -> assertThat(date(row.value("end_date"))).isAfter(date(row.value("start_date")))
                        .isBefore(LocalDate.of(2018, 1, 1)));
    }

    @Test
    void registersAreMarkedAsDemoData() {
        for (String code : List.of(FormCatalogue.COUNTY_REGISTER, FormCatalogue.VILLAGE_REGISTER,
                FormCatalogue.UNIT_REGISTER, FormCatalogue.PAIRINGS)) {
            WrittenFile file = manifest.filesOfForm(code).get(0);
            assertThat(file.fileName()).contains("演示数据");
            if (file.format() == DemoFileFormat.XLSX) {
                assertThat(tables.get(file.fileName()).titleCells().get(0)).contains("（演示数据）");
            }
        }
    }

    @Test
    void namesLookLikeRealChineseNames() {
        List<ReadRow> counties = register(FormCatalogue.COUNTY_REGISTER);
        List<ReadRow> villages = register(FormCatalogue.VILLAGE_REGISTER);
        List<String> unitNames = register(FormCatalogue.UNIT_REGISTER).stream().map(row -> row.value("unit_name")).toList();

        assertThat(counties).extracting(row -> row.value("prefecture_name")).allMatch(name -> name.matches(".+(市|自治州)"));
        assertThat(counties).extracting(row -> row.value("county_name")).allMatch(name -> name.matches(".+[县区市]"));
        assertThat(villages).extracting(row -> row.value("township_name")).allMatch(name -> name.matches(".+[镇乡]"));
        assertThat(villages).extracting(row -> row.value("village_name")).as("but the one pasted as a formula")
                .filteredOn(name -> !name.startsWith("=")).hasSize(villages.size() - 1).allMatch(name -> name.matches(".+村"));
        for (String typical : List.of("厅", "大学", "医院", "集团有限公司", "分行", "委员会", "工商业联合会", "协会")) {
            assertThat(unitNames).as(typical).anyMatch(name -> name.contains(typical));
        }
        assertThat(unitNames).anyMatch(name -> name.matches(".*(军分区|省军区|人民武装部|总队).*"));
    }

    // BF-1 contents

    @Test
    void everyFileHoldsTheDataRowsTheManifestCounts() {
        for (WrittenFile file : manifest.files()) {
            assertThat(tables.get(file.fileName()).rows()).as(file.fileName()).hasSize(file.dataRows());
        }
    }

    @Test
    void eachQuarterComesAsOneFilePerUnitLevelInMixedFormats() {
        List<WrittenFile> levelFiles = bf1Files().stream()
                .filter(file -> !file.isDuplicate() && !file.fileName().contains("更正")).toList();

        assertThat(levelFiles).hasSize(32);
        assertThat(levelFiles).extracting(WrittenFile::format).contains(DemoFileFormat.values());
        assertThat(bf1Files()).filteredOn(WrittenFile::isDuplicate).hasSize(1);
        assertThat(bf1Files()).filteredOn(file -> file.fileName().endsWith("（更正）.xlsx")).hasSize(1);
    }

    @Test
    void everyActivePairingReportsEveryQuarterFrom2018Q1To2019Q4() {
        Set<String> expected = new HashSet<>();
        register(FormCatalogue.PAIRINGS).stream().filter(row -> row.value("end_date").isEmpty())
                .forEach(row -> PERIODS.forEach(period ->
                        expected.add(row.value("unit_code") + "|" + row.value("county_code") + "|" + period)));
        Set<String> reported = originalBf1Rows().stream().map(Bf1Row::key).collect(Collectors.toSet());

        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(reported);
        Set<String> unexpected = new HashSet<>(reported);
        unexpected.removeAll(expected);
        assertThat(missing).as("rows whose key a planted mistake garbled (check character, county, period)"
                + " and the unit that never reported for 2019Q4").hasSize(4);
        assertThat(manifest.missingSubmissions()).filteredOn(submission -> submission.formCode().equals(BF1.code()))
                .singleElement().satisfies(submission -> assertThat(missing)
                        .anyMatch(key -> key.startsWith(submission.submitterCode() + "|") && key.endsWith("|2019Q4")));
        assertThat(unexpected).as("the garbled keys and the unpaired row").hasSize(4);
    }

    @Test
    void unitCodesAreValidExceptThePlantedOne() {
        List<Bf1Row> invalid = allBf1Rows().stream()
                .filter(row -> !UnifiedCreditCode.hasValidCheckCharacter(row.value("unit_code"))).toList();
        PlantedMistake planted = manifest.mistakesOfKind(MistakeKind.INVALID_CHECK_CHARACTER).get(0);

        assertThat(invalid).hasSize(1);
        assertThat(invalid.get(0).file().fileName()).isEqualTo(planted.fileName());
        assertThat(invalid.get(0).row().rowNumber()).isEqualTo(planted.rowNumber());
    }

    @Test
    void yearToDateFiguresNeverFallWithinAYearAndRestartEachJanuary() {
        Map<String, Map<String, Bf1Row>> byPairAndPeriod = latestAcceptableRows();
        int restarted = 0;
        int yearBoundaries = 0;
        for (Map<String, Bf1Row> periods : byPairAndPeriod.values()) {
            for (String field : AssistanceReports.YEAR_TO_DATE_FIELDS) {
                for (int index = 1; index < PERIODS.size(); index++) {
                    Bf1Row previous = periods.get(PERIODS.get(index - 1));
                    Bf1Row current = periods.get(PERIODS.get(index));
                    if (previous == null || current == null || previous.figure(field) == null
                            || current.figure(field) == null) {
                        continue;
                    }
                    if (index % 4 == 0) {
                        yearBoundaries++;
                        restarted += current.figure(field).compareTo(previous.figure(field)) < 0 ? 1 : 0;
                    } else if (!isPlantedFall(current, field)) {
                        assertThat(current.figure(field)).as(current.key() + " " + field + " after " + previous.key())
                                .isGreaterThanOrEqualTo(previous.figure(field));
                    }
                }
            }
        }
        assertThat((double) restarted / yearBoundaries).as("Q1 holds January–March only").isGreaterThan(0.8);
    }

    @Test
    void provinceWideDirectFundsAreAboutEightHundredMillionYuanAYearWithCoordinatedFundsTwoToThreeTimesThat() {
        for (String period : List.of("2018Q4", "2019Q4")) {
            List<Bf1Row> yearEnd = latestAcceptableRows().values().stream().map(periods -> periods.get(period))
                    .filter(row -> row != null).toList();
            BigDecimal direct = sum(yearEnd, "funds_direct");
            BigDecimal coordinated = sum(yearEnd, "funds_coordinated");

            assertThat(direct).as(period + " 直接投入（万元）").isBetween(new BigDecimal("70000"), new BigDecimal("90000"));
            assertThat(coordinated.doubleValue() / direct.doubleValue()).as(period).isBetween(2.0, 3.0);
        }
    }

    @Test
    void industryFundsNeverExceedDirectPlusCoordinatedExceptWherePlanted() {
        List<Bf1Row> exceeding = allBf1Rows().stream()
                .filter(row -> row.figure("funds_industry") != null && row.figure("funds_direct") != null
                        && row.figure("funds_coordinated") != null
                        && row.figure("funds_industry").compareTo(row.figure("funds_direct").add(row.figure("funds_coordinated"))) > 0)
                .toList();

        assertThat(exceeding).hasSize(1);
        assertThat(isPlanted(exceeding.get(0))).isTrue();
    }

    @Test
    void centralUnitsGiveMoreThanCountyUnits() {
        Map<String, String> levelOfUnit = register(FormCatalogue.UNIT_REGISTER).stream()
                .collect(Collectors.toMap(row -> row.value("unit_code"), row -> row.value("unit_level")));
        Map<String, List<BigDecimal>> directByLevel = new HashMap<>();
        latestAcceptableRows().values().stream().map(periods -> periods.get("2019Q4")).filter(row -> row != null)
                .forEach(row -> directByLevel.computeIfAbsent(levelOfUnit.get(row.value("unit_code")), level -> new ArrayList<>())
                        .add(row.figure("funds_direct")));

        assertThat(mean(directByLevel.get("中央"))).isGreaterThan(mean(directByLevel.get("省")));
        assertThat(mean(directByLevel.get("省"))).isGreaterThan(mean(directByLevel.get("市")));
        assertThat(mean(directByLevel.get("市"))).isGreaterThan(mean(directByLevel.get("县")));
    }

    @Test
    void reportsAreFiledAFewDaysAfterTheQuarterEnds() {
        for (Bf1Row row : allBf1Rows()) {
            if (isPlanted(row)) {
                continue;
            }
            String period = period(row.value("period"));
            int year = Integer.parseInt(period.substring(0, 4));
            int quarter = period.charAt(5) - '0';
            LocalDate quarterEnd = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
            long days = ChronoUnit.DAYS.between(quarterEnd, date(row.value("reported_on")));
            assertThat(days).as(row.file().fileName() + " row " + row.row().rowNumber())
                    .isBetween(2L, row.file().fileName().contains("更正") ? 30L : 7L);
        }
    }

    @Test
    void everyRowNamesAReporterWithAPhoneNumber() {
        assertThat(allBf1Rows()).allSatisfy(row -> {
            assertThat(row.value("reporter_name")).matches("\\p{IsHan}{2,3}");
            assertThat(row.value("reporter_phone")).matches("1[3-9]\\d{9}");
        });
    }

    // Layout

    @Test
    void gbkCsvFilesReallyAreGbk() throws IOException {
        List<WrittenFile> gbk = manifest.files().stream().filter(file -> file.format() == DemoFileFormat.CSV_GBK).toList();

        assertThat(gbk).isNotEmpty();
        for (WrittenFile file : gbk) {
            byte[] bytes = Files.readAllBytes(inbox.resolve(file.fileName()));
            assertThatThrownBy(() -> InboxReader.strictly(StandardCharsets.UTF_8, bytes))
                    .as(file.fileName()).isInstanceOf(CharacterCodingException.class);
            assertThat(decodeOrFail(Charset.forName("GB18030"), bytes)).as(file.fileName())
                    .contains(tables.get(file.fileName()).headers().get(0));
            assertThat(tables.get(file.fileName()).headers().get(0)).as(file.fileName()).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void utf8CsvFilesComeWithAndWithoutAByteOrderMark() throws IOException {
        for (WrittenFile file : manifest.files()) {
            byte[] bytes = Files.readAllBytes(inbox.resolve(file.fileName()));
            boolean bom = bytes.length > 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
            if (file.format() == DemoFileFormat.CSV_UTF8_BOM) {
                assertThat(bom).as(file.fileName()).isTrue();
            }
            if (file.format() == DemoFileFormat.CSV_UTF8) {
                assertThat(bom).as(file.fileName()).isFalse();
                assertThat(decodeOrFail(StandardCharsets.UTF_8, bytes)).as(file.fileName()).isNotEmpty();
            }
        }
        assertThat(manifest.files()).extracting(WrittenFile::format).contains(DemoFileFormat.CSV_UTF8, DemoFileFormat.CSV_UTF8_BOM);
    }

    @Test
    void workbooksHaveAFormCodeCellAndLeadDepartmentsAddATotalRow() {
        for (WrittenFile file : manifest.files()) {
            if (file.format() != DemoFileFormat.XLSX) {
                continue;
            }
            ReadTable table = tables.get(file.fileName());
            String formCodeCell = table.titleCells().stream().filter(cell -> cell.startsWith("表号")).findFirst().orElseThrow();
            assertThat(FormCatalogue.find(formCodeCell.substring(3)).orElseThrow().code()).as(file.fileName())
                    .isEqualTo(file.formCode());
            if (file.formCode().equals(BF1.code())) {
                assertThat(table.titleCells()).as(file.fileName()).contains("计量单位：万元")
                        .anyMatch(cell -> cell.startsWith("报告期：")).anyMatch(cell -> cell.startsWith("填报单位："));
                if (!file.fileName().contains("更正")) {
                    assertThat(table.hasTotalRow()).as(file.fileName()).isTrue();
                }
            }
        }
        assertThat(tables.values()).as("some sheets number their columns 甲, 乙, 1, 2…").anyMatch(ReadTable::hasNumberingRow);
        assertThat(tables.values()).as("a CSV may end with 合计 too").anyMatch(table -> table.sheetName().isEmpty() && table.hasTotalRow());
        assertThat(tables.values()).as("a data sheet after an instructions sheet")
                .anyMatch(table -> table.sheetName().startsWith(BF1.code()));
    }

    @Test
    void workbooksCarryTheirDataDateNotTheWallClock() throws IOException {
        for (WrittenFile file : manifest.files()) {
            if (file.format() != DemoFileFormat.XLSX) {
                continue;
            }
            Path path = inbox.resolve(file.fileName());
            try (ZipFile zip = new ZipFile(path.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    assertThat(entry.getTimeLocal().getYear()).as(file.fileName() + " " + entry.getName()).isBetween(2018, 2020);
                }
            }
            try (InputStream input = Files.newInputStream(path); XSSFWorkbook workbook = new XSSFWorkbook(input)) {
                var properties = workbook.getProperties().getCoreProperties();
                assertThat(properties.getModified()).as(file.fileName()).isEqualTo(properties.getCreated());
                assertThat(properties.getCreated().toInstant().atZone(ZoneId.of("Asia/Shanghai")).getYear())
                        .as("the day the office saved it, not today").isBetween(2018, 2020);
                assertThat(properties.getCreator()).as("an organisation, never a person").matches(".*(云岭|办公室).*");
            }
        }
    }

    @Test
    void columnOrderAndHeaderWordingVaryAndOneFileUsesEnglishFieldNames() {
        Set<List<String>> orders = new HashSet<>();
        int english = 0;
        for (WrittenFile file : bf1Files()) {
            List<String> headers = tables.get(file.fileName()).headers();
            orders.add(headers.stream().map(header -> BF1.fieldForHeader(header).map(FieldDefinition::name).orElse(""))
                    .filter(name -> !name.isEmpty()).toList());
            english += headers.contains("funds_direct") ? 1 : 0;
        }

        assertThat(orders).hasSizeGreaterThanOrEqualTo(3);
        assertThat(english).isEqualTo(1);
        assertThat(bf1Files()).as("headers worded as the catalogue's aliases, or typed with ASCII brackets")
                .anyMatch(file -> tables.get(file.fileName()).headers().contains("统一社会信用代码"))
                .anyMatch(file -> tables.get(file.fileName()).headers().contains("直接投入帮扶资金(万元)"));
    }

    @Test
    void someCellsAreFilledTheWayPeopleTypeThem() {
        List<String> cells = allBf1Rows().stream().flatMap(row -> row.row().values().values().stream()).toList();

        assertThat(cells).as("full-width digits").anyMatch(cell -> cell.matches("[０-９]+"));
        assertThat(cells).as("thousands separators").anyMatch(cell -> cell.matches("\\d{1,3}(,\\d{3})+\\.\\d{2}"));
        assertThat(cells).as("trailing spaces").anyMatch(cell -> !cell.isEmpty() && cell.endsWith(" "));
        assertThat(allBf1Rows()).extracting(row -> row.value("period")).as("periods spelled three accepted ways")
                .anyMatch(period -> period.matches("\\d{4}Q\\d"))
                .anyMatch(period -> period.matches("\\d{4}-Q\\d"))
                .anyMatch(period -> CHINESE_QUARTER.matcher(period).matches());
        assertThat(allBf1Rows()).as("some figures left blank: not reported")
                .anyMatch(row -> row.value("consumption_sold").isEmpty());
    }

    // The other forms

    @Test
    void everyFileIsReadByTheRealSubmissionReaderAsItsFormWithTheRowsTheManifestCounts() throws IOException {
        SubmissionReader reader = new SubmissionReader();
        for (WrittenFile file : manifest.files()) {
            ReadSubmission read = reader.read(file.fileName(), Files.readAllBytes(inbox.resolve(file.fileName())));
            assertThat(read.readable()).as(file.fileName() + ": " + read.fileIssue()).isTrue();
            assertThat(read.formCode()).as(file.fileName()).isEqualTo(file.formCode());
            assertThat(read.rows()).as(file.fileName()).hasSize(file.dataRows());
        }
    }

    @Test
    void theInboxHoldsEveryFormAtTheStandardSize() {
        Map<String, Long> rows = manifest.dataRowsByForm();
        long poorCounties = register(FormCatalogue.COUNTY_REGISTER).stream()
                .filter(row -> !row.value("poverty_type").equals("非贫困")).count();
        long teams = register(FormCatalogue.PAIRINGS).stream()
                .filter(row -> row.value("end_date").isEmpty() && !row.value("village_code").isEmpty()).count();

        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(
                FormCatalogue.forms().stream().map(FormDefinition::code).toList());
        assertThat(rows.get(FormCatalogue.POOR_HOUSEHOLDS)).as("small enough for a demo of minutes").isBetween(10_000L, 20_000L);
        assertThat(manifest.filesOfForm(FormCatalogue.POOR_HOUSEHOLDS)).as("one file per poor county and year")
                .hasSize((int) poorCounties * 2);
        assertThat(rows.get(FormCatalogue.WORK_TEAMS)).as("every village team every quarter, plus the non-poor village")
                .isEqualTo(teams * 8 + 1);
        assertThat(rows.get(FormCatalogue.COUNTY_PROGRESS)).as("every poor county every quarter but the missing one")
                .isEqualTo(poorCounties * 8 - 1);
        assertThat(rows.get(FormCatalogue.ANNUAL_TARGETS)).as("province, prefectures and poor counties, and the unknown area")
                .isEqualTo((1 + 8 + poorCounties) * 2 + 1);
    }

    @Test
    void workTeamsAreSentByTheUnitThatTookTheVillageAndTheirMembersAddUp() {
        Set<String> pairedVillages = register(FormCatalogue.PAIRINGS).stream().filter(row -> row.value("end_date").isEmpty())
                .map(row -> row.value("unit_code") + "|" + row.value("village_code")).collect(Collectors.toSet());
        for (WrittenFile file : manifest.filesOfForm(FormCatalogue.WORK_TEAMS)) {
            for (ReadRow row : tables.get(file.fileName()).rows()) {
                Set<MistakeKind> planted = plantedAt(file, row);
                String period = row.value("period");
                if (!planted.contains(MistakeKind.VILLAGE_NOT_POOR)) {
                    assertThat(pairedVillages).as("ML-4 pairs the sending unit with the village")
                            .contains(row.value("sending_unit_code") + "|" + row.value("village_code"));
                }
                if (!planted.contains(MistakeKind.TEAM_SPLIT_MISMATCH)) {
                    assertThat(splitSum(row)).as(file.fileName() + " " + row.rowNumber())
                            .isEqualTo(Integer.parseInt(row.value("members")));
                }
                if (!planted.contains(MistakeKind.DAYS_EXCEED_QUARTER)) {
                    assertThat(Integer.parseInt(row.value("leader_days_in_village"))).isBetween(0, daysIn(period));
                }
                if (!planted.contains(MistakeKind.ASSESSMENT_OUTSIDE_Q4)) {
                    assertThat(row.value("assessment").isEmpty()).as("assessed in Q4 only").isEqualTo(!period.endsWith("Q4"));
                }
            }
        }
    }

    @Test
    void theDemoProvinceMostlyKeepsTheTeamRulesItIsScoredBy() {
        // The demo province is scored with the yunnan-like profile: teams of 5–10, about 10 % of the
        // establishment sent. Teams of two everywhere would rate nearly every unit 较差, which is noise.
        List<Integer> q4Teams = new ArrayList<>();
        Map<String, Integer> sentByUnit = new HashMap<>();
        for (WrittenFile file : manifest.filesOfForm(FormCatalogue.WORK_TEAMS)) {
            for (ReadRow row : tables.get(file.fileName()).rows()) {
                if (row.value("period").equals("2019Q4") && plantedAt(file, row).isEmpty()) {
                    int members = Integer.parseInt(row.value("members"));
                    q4Teams.add(members);
                    sentByUnit.merge(row.value("sending_unit_code"), members, Integer::sum);
                }
            }
        }
        long teamsOfFiveToTen = q4Teams.stream().filter(members -> members >= 5 && members <= 10).count();
        assertThat(teamsOfFiveToTen).as("most of %s teams keep 5–10 members, a few do not", q4Teams.size())
                .isGreaterThan(q4Teams.size() * 9L / 10).isLessThan(q4Teams.size());

        long unitsWithShare = 0;
        long unitsKeepingTenPercent = 0;
        for (ReadRow unit : register(FormCatalogue.UNIT_REGISTER)) {
            Integer sent = sentByUnit.get(unit.value("unit_code"));
            if (sent == null || unit.value("staff_establishment").isEmpty() || unit.value("unit_level").equals("中央")) {
                continue;
            }
            unitsWithShare++;
            if (sent * 100.0 / Integer.parseInt(unit.value("staff_establishment")) >= 10) {
                unitsKeepingTenPercent++;
            }
        }
        assertThat(unitsKeepingTenPercent).as("most of %s units sending teams send about 10%% of their establishment",
                unitsWithShare).isGreaterThan(unitsWithShare * 7 / 10).isLessThan(unitsWithShare);

        Set<String> centralUnits = register(FormCatalogue.UNIT_REGISTER).stream()
                .filter(unit -> unit.value("unit_level").equals("中央")).map(unit -> unit.value("unit_code"))
                .collect(Collectors.toSet());
        List<String> centralSecretaries = new ArrayList<>();
        for (WrittenFile file : bf1Files()) {
            for (ReadRow row : tables.get(file.fileName()).rows()) {
                if (period(row.value("period")).equals("2019Q4") && centralUnits.contains(row.value("unit_code"))
                        && plantedAt(file, row).isEmpty()) {
                    centralSecretaries.add(row.value("first_secretaries"));
                }
            }
        }
        long withSecretary = centralSecretaries.stream().filter(value -> !value.isEmpty() && !value.equals("0")).count();
        assertThat(withSecretary).as("central units keep a first secretary in most of their %s paired counties",
                centralSecretaries.size()).isGreaterThan(centralSecretaries.size() * 8L / 10)
                .isLessThan(centralSecretaries.size());
    }

    @Test
    void countyProgressKeepsItsIdentityAndItsYearStartStocksAndNeverFallsWithinAYear() {
        Map<String, ReadRow> byCountyAndPeriod = new HashMap<>();
        for (WrittenFile file : manifest.filesOfForm(FormCatalogue.COUNTY_PROGRESS)) {
            for (ReadRow row : tables.get(file.fileName()).rows()) {
                Set<MistakeKind> planted = plantedAt(file, row);
                if (!planted.contains(MistakeKind.POVERTY_IDENTITY_BROKEN)) {
                    assertThat(Long.parseLong(row.value("poor_people_end"))).as(file.fileName() + " " + row.rowNumber())
                            .isEqualTo(identityEnd(row));
                }
                if (!planted.contains(MistakeKind.VILLAGES_EXITED_EXCEED_POOR)
                        && !planted.contains(MistakeKind.OUTLIER_AMONG_PEERS)) {
                    assertThat(Long.parseLong(row.value("villages_exited"))).isLessThanOrEqualTo(poorVillagesOf(row.value("county_code")));
                    byCountyAndPeriod.put(row.value("county_code") + "|" + row.value("period"), row);
                }
            }
        }
        FormDefinition form = FormCatalogue.get(FormCatalogue.COUNTY_PROGRESS);
        for (Map.Entry<String, ReadRow> entry : byCountyAndPeriod.entrySet()) {
            String period = entry.getKey().substring(entry.getKey().length() - 6);
            if (period.endsWith("Q1")) {
                continue;
            }
            ReadRow previous = byCountyAndPeriod.get(entry.getKey().substring(0, 7) + period.substring(0, 5)
                    + (period.charAt(5) - '1'));
            if (previous == null) {
                continue;
            }
            for (FieldDefinition field : form.fields()) {
                BigDecimal now = InboxReader.number(entry.getValue().value(field.name())).orElse(null);
                BigDecimal before = InboxReader.number(previous.value(field.name())).orElse(null);
                if (field.timeBasis() == org.bangfu.forms.TimeBasis.YEAR_TO_DATE) {
                    assertThat(now).as(entry.getKey() + " " + field.name()).isGreaterThanOrEqualTo(before);
                    if (before.signum() > 0) {
                        assertThat(now).as("no natural tenfold jump").isLessThanOrEqualTo(before.multiply(BigDecimal.TEN));
                    }
                } else if (field.timeBasis() == org.bangfu.forms.TimeBasis.YEAR_START) {
                    assertThat(now).as(entry.getKey() + " " + field.name()).isEqualTo(before);
                }
            }
        }
    }

    @Test
    void householdsCarryValidIdNumbersExceptThePlantedOnesAndTheirExitsAgreeWithCountyProgress() {
        Map<String, Long> exitedPeople = new HashMap<>();
        List<String> invalid = new ArrayList<>();
        for (WrittenFile file : manifest.filesOfForm(FormCatalogue.POOR_HOUSEHOLDS)) {
            List<ReadRow> rows = tables.get(file.fileName()).rows();
            assertThat(rows).extracting(row -> row.value("household_id")).as(file.fileName()).doesNotHaveDuplicates();
            assertThat(rows).extracting(row -> row.value("village_code").substring(0, 6)).containsOnly(file.submitters().get(0));
            for (ReadRow row : rows) {
                String number = row.value("head_id_number");
                if (!number.equals(withRightCheckCharacter(number.length() >= 17 ? number : "00000000000000000"))) {
                    invalid.add(file.fileName() + " " + row.rowNumber());
                }
                assertThat(row.value("head_name")).matches("\\p{IsHan}{2,3}");
                assertThat(row.value("measures")).matches("[^、;]+([、;][^、;]+)*");
                if (row.value("exit_year").equals(file.period()) && plantedAt(file, row).isEmpty()) {
                    exitedPeople.merge(file.submitters().get(0) + "|" + file.period(),
                            Long.parseLong(row.value("household_size")), Long::sum);
                }
            }
        }
        assertThat(invalid).as("the malformed and the wrong check character").hasSize(2);

        Map<String, Long> reported = new HashMap<>();
        for (WrittenFile file : manifest.filesOfForm(FormCatalogue.COUNTY_PROGRESS)) {
            if (file.period().endsWith("Q4")) {
                tables.get(file.fileName()).rows().forEach(row -> reported.put(
                        row.value("county_code") + "|" + file.period().substring(0, 4), Long.parseLong(row.value("people_exited"))));
            }
        }
        Set<String> differing = new HashSet<>();
        reported.forEach((key, people) -> {
            if (!people.equals(exitedPeople.getOrDefault(key, 0L))) {
                differing.add(key);
            }
        });
        assertThat(differing).as("one county-year differs on purpose").containsExactlyElementsOf(
                manifest.reconciliationDifferences().stream().filter(difference -> difference.ruleCode().equals("X002")
                        && difference.planted()).map(difference -> difference.key() + "|" + difference.period()).toList());
    }

    @Test
    void filesAreDatedWhenTheyWereSentMostWithinTenDaysAndAFewLate() throws IOException {
        for (WrittenFile file : manifest.files()) {
            assertThat(Files.getLastModifiedTime(inbox.resolve(file.fileName())).toInstant())
                    .as(file.fileName()).isEqualTo(file.submittedAt().atZone(DemoManifest.SUBMITTERS_ZONE).toInstant());
        }
        List<WrittenFile> periodic = manifest.files().stream().filter(file -> !file.period().isEmpty()).toList();
        assertThat(manifest.lateFiles()).extracting(WrittenFile::formCode)
                .containsExactlyInAnyOrder("BF-1", "BF-1", "BF-2", "BF-3", "BF-4");
        assertThat(manifest.lateFiles()).extracting(WrittenFile::fileName).containsExactlyInAnyOrderElementsOf(
                manifest.mistakesOfKind(MistakeKind.SUBMITTED_LATE).stream().map(PlantedMistake::fileName).toList());
        assertThat(periodic.size() - manifest.lateFiles().size()).as("most on time").isGreaterThan(periodic.size() * 9 / 10);
        assertThat(manifest.missingSubmissions()).extracting(DemoManifest.Submission::formCode)
                .containsExactlyInAnyOrder("BF-1", "BF-3");
    }

    @Test
    void theResubmissionWithdrawsTheRowItLeavesOut() {
        DemoManifest.WithdrawnKey withdrawn = manifest.withdrawnKeys().get(0);
        ReadRow original = tables.get(withdrawn.originalFile()).rows().stream()
                .filter(row -> row.rowNumber() == withdrawn.originalRow()).findFirst().orElseThrow();

        assertThat(original.value("unit_code").strip()).isEqualTo(withdrawn.submission().submitterCode());
        assertThat(tables.get(withdrawn.resubmissionFile()).rows()).as("the correction still holds the unit's other rows")
                .isNotEmpty().allSatisfy(row -> {
                    assertThat(row.value("unit_code")).isEqualTo(withdrawn.submission().submitterCode());
                    assertThat(row.value("county_code")).isNotEqualTo(withdrawn.key().get("county_code"));
                });
    }

    // Planted mistakes

    @Test
    void eachKindOfMistakeIsPlantedOnceAndTheCorrectionChangesSomeFigures() {
        for (MistakeKind kind : MistakeKind.values()) {
            switch (kind) {
                case CORRECTED_RESUBMISSION -> assertThat(manifest.mistakesOfKind(kind)).as(kind.name()).isNotEmpty();
                case SUBMITTED_LATE -> assertThat(manifest.mistakesOfKind(kind)).as("late BF-1, BF-2, BF-3, BF-4 files"
                        + " and the late correction").hasSize(5);
                case MARKUP_IN_NAME -> assertThat(manifest.mistakesOfKind(kind)).as("HTML and a formula").hasSize(2);
                case OUTLIER_AMONG_PEERS -> assertThat(manifest.mistakesOfKind(kind)).as("BF-1 of provincial and of"
                        + " prefecture units, BF-3 of a county").hasSize(3);
                default -> assertThat(manifest.mistakesOfKind(kind)).as(kind.name()).hasSize(1);
            }
        }
        for (WrittenFile file : manifest.files()) {
            long errors = manifest.mistakesIn(file.fileName()).stream()
                    .filter(mistake -> mistake.kind().expectedOutcome() == MistakeKind.ExpectedOutcome.ROW_QUARANTINED).count();
            assertThat(manifest.expectedQuarantinedRows(file.fileName())).as(file.fileName()).isEqualTo(errors);
        }
    }

    @Test
    void eachPlantedMistakeIsWhereTheManifestSays() {
        Set<String> countyCodes = codes(FormCatalogue.COUNTY_REGISTER, "county_code");
        Set<String> pairs = register(FormCatalogue.PAIRINGS).stream()
                .map(row -> row.value("unit_code") + "|" + row.value("county_code")).collect(Collectors.toSet());
        for (PlantedMistake mistake : manifest.mistakes()) {
            if (mistake.rowNumber() == 0) {
                continue;
            }
            ReadRow row = tables.get(mistake.fileName()).rows().stream()
                    .filter(candidate -> candidate.rowNumber() == mistake.rowNumber()).findFirst().orElseThrow();
            String cell = row.value(mistake.fieldName()).strip();
            switch (mistake.kind()) {
                case INVALID_CHECK_CHARACTER -> assertThat(UnifiedCreditCode.hasValidCheckCharacter(cell)).isFalse();
                case UNKNOWN_COUNTY -> assertThat(countyCodes).doesNotContain(cell);
                case TEXT_IN_NUMERIC_CELL -> assertThat(cell).startsWith("约");
                case NEGATIVE_AMOUNT -> assertThat(InboxReader.number(cell).orElseThrow()).isNegative();
                case FUTURE_PERIOD -> assertThat(cell).isEqualTo("2091Q1");
                case INDUSTRY_FUNDS_EXCEED_TOTAL -> assertThat(InboxReader.number(cell).orElseThrow()).isGreaterThan(
                        InboxReader.number(row.value("funds_direct")).orElseThrow()
                                .add(InboxReader.number(row.value("funds_coordinated")).orElseThrow()));
                case UNPAIRED_UNIT_AND_COUNTY -> assertThat(pairs).doesNotContain(row.value("unit_code") + "|" + cell);
                case CORRECTED_RESUBMISSION, YEAR_TO_DATE_FELL, JUMP_OVER_TENFOLD, TEAM_MEMBERS_DIFFER ->
                        assertThat(mistake.description()).contains(cell);
                case RESIDENT_ID_MALFORMED -> assertThat(cell).hasSize(17);
                case RESIDENT_ID_CHECK_FAILED -> assertThat(cell).hasSize(18).isNotEqualTo(withRightCheckCharacter(cell));
                case VALUE_OUT_OF_RANGE -> assertThat(Integer.parseInt(cell)).isGreaterThan(20);
                case ASSESSMENT_OUTSIDE_Q4 -> assertThat(row.value("period")).doesNotEndWith("Q4")
                        .satisfies(period -> assertThat(cell).isNotEmpty());
                case UNKNOWN_AREA -> assertThat(areaCodes()).doesNotContain(cell);
                case VILLAGE_NOT_POOR -> assertThat(register(FormCatalogue.VILLAGE_REGISTER)).filteredOn(
                        village -> village.value("village_code").equals(cell)).singleElement()
                        .satisfies(village -> assertThat(village.value("poor_village")).isEqualTo("否"));
                case POVERTY_IDENTITY_BROKEN -> assertThat(Long.parseLong(cell)).isNotEqualTo(identityEnd(row));
                case VILLAGES_EXITED_EXCEED_POOR -> assertThat(Long.parseLong(cell))
                        .isGreaterThan(poorVillagesOf(row.value("county_code")));
                case TEAM_SPLIT_MISMATCH -> assertThat(splitSum(row)).isNotEqualTo(Integer.parseInt(row.value("members")));
                case DAYS_EXCEED_QUARTER -> assertThat(Integer.parseInt(cell)).isGreaterThan(daysIn(row.value("period")));
                case EXIT_BEFORE_IDENTIFIED -> assertThat(Integer.parseInt(cell))
                        .isLessThan(Integer.parseInt(row.value("identified_year")));
                case EXITS_DIFFER -> assertThat(Long.parseLong(cell)).isPositive();
                case OUTLIER_AMONG_PEERS -> assertThat(mistake.description()).contains(cell);
                case MARKUP_IN_NAME -> assertThat(cell).matches("(=.*|.*<script>.*)");
                case WITHDRAWN_BY_RESUBMISSION -> assertThat(manifest.withdrawnKeys()).singleElement()
                        .satisfies(withdrawn -> assertThat(withdrawn.key()).containsEntry("county_code", cell)
                                .containsEntry("unit_code", row.value("unit_code").strip()));
                default -> throw new AssertionError(mistake);
            }
        }
    }

    @Test
    void theDuplicateIsByteIdenticalToItsOriginal() throws IOException {
        WrittenFile duplicate = manifest.files().stream().filter(WrittenFile::isDuplicate).findFirst().orElseThrow();

        assertThat(Files.readAllBytes(inbox.resolve(duplicate.fileName())))
                .isEqualTo(Files.readAllBytes(inbox.resolve(duplicate.duplicateOf())));
    }

    @Test
    void theCorrectionIsFiledLaterAndChangesOnlyTheFiguresItRecords() {
        List<PlantedMistake> corrections = manifest.mistakesOfKind(MistakeKind.CORRECTED_RESUBMISSION);
        String correctionFile = corrections.get(0).fileName();
        Map<String, Bf1Row> originals = originalBf1Rows().stream().collect(Collectors.toMap(Bf1Row::key, row -> row));
        WrittenFile file = manifest.file(correctionFile).orElseThrow();

        for (ReadRow row : tables.get(correctionFile).rows()) {
            Bf1Row corrected = new Bf1Row(file, row);
            Bf1Row original = originals.get(corrected.key());
            assertThat(original).as("the correction replaces a row already submitted").isNotNull();
            assertThat(corrected.value("period")).isEqualTo("2019Q4");
            assertThat(date(corrected.value("reported_on"))).isAfter(date(original.value("reported_on")));
            Set<String> changed = corrections.stream().filter(mistake -> mistake.rowNumber() == row.rowNumber())
                    .map(PlantedMistake::fieldName).collect(Collectors.toSet());
            for (FieldDefinition field : BF1.fields()) {
                if (field.type() != FieldType.DECIMAL && field.type() != FieldType.INTEGER) {
                    continue;
                }
                BigDecimal before = original.figure(field.name());
                BigDecimal after = corrected.figure(field.name());
                if (changed.contains(field.name())) {
                    assertThat(after).as(field.name()).isGreaterThan(before);
                } else {
                    assertThat(after == null ? null : after.stripTrailingZeros()).as(field.name())
                            .isEqualTo(before == null ? null : before.stripTrailingZeros());
                }
            }
        }
    }

    // Helpers

    private static Set<MistakeKind> plantedAt(WrittenFile file, ReadRow row) {
        return manifest.mistakesIn(file.fileName()).stream().filter(mistake -> mistake.rowNumber() == row.rowNumber())
                .map(PlantedMistake::kind).collect(Collectors.toSet());
    }

    private static boolean isPlantedFall(Bf1Row row, String field) {
        return manifest.mistakesIn(row.file().fileName()).stream().anyMatch(mistake -> mistake.kind()
                == MistakeKind.YEAR_TO_DATE_FELL && mistake.rowNumber() == row.row().rowNumber()
                && mistake.fieldName().equals(field));
    }

    static String withRightCheckCharacter(String number) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int index = 0; index < 17; index++) {
            sum += (number.charAt(index) - '0') * weights[index];
        }
        return number.substring(0, 17) + "10X98765432".charAt(sum % 11);
    }

    private static Set<String> areaCodes() {
        Set<String> codes = new HashSet<>();
        register(FormCatalogue.COUNTY_REGISTER).forEach(row -> {
            codes.add(row.value("county_code"));
            codes.add(row.value("prefecture_code"));
            codes.add(row.value("province_code"));
        });
        return codes;
    }

    static long identityEnd(ReadRow row) {
        return Long.parseLong(row.value("poor_people_start")) + Long.parseLong(row.value("newly_identified"))
                + Long.parseLong(row.value("returned_to_poverty")) - Long.parseLong(row.value("people_exited"));
    }

    private static long poorVillagesOf(String countyCode) {
        return register(FormCatalogue.VILLAGE_REGISTER).stream().filter(village -> village.value("poor_village").equals("是")
                && village.value("village_code").startsWith(countyCode)).count();
    }

    static int splitSum(ReadRow row) {
        return List.of("members_province", "members_prefecture", "members_county", "members_township").stream()
                .mapToInt(field -> Integer.parseInt(row.value(field))).sum();
    }

    static int daysIn(String period) {
        LocalDate start = LocalDate.of(Integer.parseInt(period.substring(0, 4)), (period.charAt(5) - '0') * 3 - 2, 1);
        return (int) ChronoUnit.DAYS.between(start, start.plusMonths(3));
    }

    private static List<ReadRow> register(String formCode) {
        return tables.get(manifest.filesOfForm(formCode).get(0).fileName()).rows();
    }

    private static Set<String> codes(String formCode, String field) {
        return register(formCode).stream().map(row -> row.value(field)).collect(Collectors.toSet());
    }

    private static List<WrittenFile> bf1Files() {
        return manifest.filesOfForm(BF1.code());
    }

    private static List<Bf1Row> allBf1Rows() {
        return bf1Files().stream()
                .flatMap(file -> tables.get(file.fileName()).rows().stream().map(row -> new Bf1Row(file, row))).toList();
    }

    /** Rows as first submitted: no duplicate upload, no later correction. */
    private static List<Bf1Row> originalBf1Rows() {
        return allBf1Rows().stream()
                .filter(row -> !row.file().isDuplicate() && !row.file().fileName().contains("更正")).toList();
    }

    private static boolean isPlanted(Bf1Row row) {
        return manifest.mistakesIn(row.file().fileName()).stream()
                .anyMatch(mistake -> mistake.rowNumber() == row.row().rowNumber()
                        && mistake.kind().expectedOutcome() == MistakeKind.ExpectedOutcome.ROW_QUARANTINED);
    }

    /** What the pipeline should end up with: per unit × county, per period, the latest row free of errors. */
    private static Map<String, Map<String, Bf1Row>> latestAcceptableRows() {
        Map<String, Map<String, Bf1Row>> byPair = new HashMap<>();
        allBf1Rows().stream().filter(row -> !isPlanted(row))
                .sorted(Comparator.comparing((Bf1Row row) -> date(row.value("reported_on"))))
                .forEach(row -> byPair.computeIfAbsent(row.value("unit_code") + "|" + row.value("county_code"),
                        pair -> new HashMap<>()).put(period(row.value("period")), row));
        return byPair;
    }

    private static BigDecimal sum(List<Bf1Row> rows, String field) {
        return rows.stream().map(row -> row.figure(field)).filter(value -> value != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static double mean(List<BigDecimal> values) {
        return values.stream().mapToDouble(BigDecimal::doubleValue).average().orElseThrow();
    }

    private static String period(String text) {
        Matcher chinese = CHINESE_QUARTER.matcher(text.strip());
        if (chinese.matches()) {
            return chinese.group(1) + "Q" + ("一二三四".indexOf(chinese.group(2)) + 1);
        }
        return text.strip().replace("-", "");
    }

    private static LocalDate date(String text) {
        String trimmed = text.strip();
        if (trimmed.contains("/")) {
            return LocalDate.parse(trimmed, DateTimeFormatter.ofPattern("yyyy/M/d"));
        }
        if (trimmed.contains("年")) {
            return LocalDate.parse(trimmed, DateTimeFormatter.ofPattern("yyyy年M月d日"));
        }
        return LocalDate.parse(trimmed);
    }

    private static String decodeOrFail(Charset charset, byte[] bytes) {
        try {
            return InboxReader.strictly(charset, bytes);
        } catch (CharacterCodingException e) {
            throw new AssertionError(charset + " cannot decode the file", e);
        }
    }
}
