package org.bangfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;

/** All four kinds from the tiny warehouse: what they contain, that they are valid OOXML and reproducible. */
class OfficialDocumentsTest {

    private static final String RELEASE = org.bangfu.publish.ReleaseLabel.of(DocumentFixtures.snapshot());

    private static Map<String, byte[]> render() {
        return new OfficialDocuments(DocumentFixtures.templatesDirectory(), DocumentFixtures.options(), null)
                .render(DocumentFixtures.snapshot(), DocumentFixtures.gold());
    }

    @Test
    void everyKindIsWrittenAndListedWithItsSha256() {
        Map<String, byte[]> files = render();
        assertThat(files.keySet()).containsExactly(
                "briefings/briefing-2019Q4.docx", "briefings/statistical-tables-2019Q4.xlsx",
                "briefings/reporting-notice-2019Q4.docx", "briefings/assessment-2019.docx", "briefings/assessment-2019.xlsx",
                "briefings/index.html");
        String manifest = new String(files.get("briefings/index.html"), StandardCharsets.UTF_8);
        files.forEach((path, content) -> {
            if (!path.endsWith("index.html")) {
                assertThat(manifest).contains(path.substring("briefings/".length())).contains(DocumentManifest.sha256(content));
            }
        });
        assertThat(manifest).contains(RELEASE);
    }

    @Test
    void aReRunOfTheSameReleaseIsByteIdentical() {
        Map<String, byte[]> first = render();
        Map<String, byte[]> second = render();
        first.forEach((path, content) -> assertThat(second.get(path)).as(path).isEqualTo(content));
    }

    @Test
    void theBriefingHasMastheadSectionsTableReleaseInFooterAndProperties() throws IOException {
        try (XWPFDocument briefing = new XWPFDocument(new ByteArrayInputStream(render().get("briefings/briefing-2019Q4.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(briefing)) {
            assertThat(text.getText()).contains("定点帮扶工作简报").contains("第4期").contains("定点帮扶工作领导小组办公室")
                    .contains("2020年1月15日").contains("2019年第四季度定点帮扶工作进展情况")
                    .contains("一、总体进展").contains("五、报送情况")
                    .contains("本年累计直接投入帮扶资金8.24亿元")
                    .as("the 版记 closes with office, date and release label").contains("定点帮扶工作领导小组办公室　　2020年1月15日印发\n发布版本：" + RELEASE)
                    .doesNotContain("{{").doesNotContain("}}");
            assertThat(briefing.getTables()).hasSize(1);
            assertThat(briefing.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("合计");
            assertThat(briefing.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("82,400.00");
            String footer = briefing.getFooterList().stream().map(XWPFFooter::getText).collect(Collectors.joining());
            assertThat(footer).contains("— 1 —".substring(0, 2)).contains(RELEASE);
            assertThat(briefing.getProperties().getCoreProperties().getKeywords()).isEqualTo(RELEASE);
            assertThat(briefing.getProperties().getCustomProperties().getProperty("release").getLpwstr()).isEqualTo(RELEASE);
        }
    }

    @Test
    void everyKindPrintsTheReleaseLabelNeverTheFullDataVersionWhichStaysInItsCustomProperties() throws Exception {
        String stamp = DocumentFixtures.snapshot().stamp();
        for (Map.Entry<String, byte[]> file : render().entrySet()) {
            String printed;
            org.apache.poi.ooxml.POIXMLProperties properties;
            if (file.getKey().endsWith(".docx")) {
                XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.getValue()));
                printed = new XWPFWordExtractor(document).getText()
                        + document.getFooterList().stream().map(XWPFFooter::getText).collect(Collectors.joining());
                properties = document.getProperties();
            } else if (file.getKey().endsWith(".xlsx")) {
                XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.getValue()));
                org.apache.poi.xssf.extractor.XSSFExcelExtractor extractor = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(workbook);
                extractor.setIncludeHeadersFooters(true);
                printed = extractor.getText();
                properties = workbook.getProperties();
            } else {
                continue;
            }
            assertThat(printed).as(file.getKey() + " prints its release label").contains(RELEASE);
            assertThat(printed).as(file.getKey() + " never prints the table versions").doesNotContain(stamp).doesNotContain("@v");
            assertThat(properties.getCoreProperties().getKeywords()).as(file.getKey()).isEqualTo(RELEASE);
            assertThat(properties.getCoreProperties().getDescription()).as(file.getKey()).isNull();
            assertThat(properties.getCustomProperties().getProperty("dataVersion").getLpwstr()).as(file.getKey()).isEqualTo(stamp);
        }
    }

    @Test
    void everyWordDocumentValidatesAgainstTheOoxmlSchema() throws Exception {
        for (Map.Entry<String, byte[]> file : render().entrySet()) {
            if (!file.getKey().endsWith(".docx")) {
                continue;
            }
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.getValue()))) {
                assertValid(file.getKey() + " document", document.getDocument());
                assertValid(file.getKey() + " styles", document.getStyle());
                for (XWPFFooter footer : document.getFooterList()) {
                    assertValid(file.getKey() + " footer", footer._getHdrFtr());
                }
            }
        }
    }

    private static void assertValid(String what, org.apache.xmlbeans.XmlObject xml) {
        List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
        boolean valid = xml.validate(new XmlOptions().setErrorListener(errors));
        assertThat(valid).as(what + ": " + errors).isTrue();
    }

    @Test
    void theStatisticalTablesHaveTheirOfficialLayout() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render().get("briefings/statistical-tables-2019Q4.xlsx")))) {
            assertThat(workbook.getNumberOfSheets()).as("表1–表6").isEqualTo(6);
            XSSFSheet table1 = workbook.getSheetAt(0);
            assertThat(table1.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2019年第四季度定点帮扶情况（分市州）");
            assertThat(table1.getRow(1).getCell(0).getStringCellValue()).startsWith("制表单位：");
            assertThat(table1.getRow(2).getCell(0).getStringCellValue()).startsWith("计量单位：");
            assertThat(java.util.stream.StreamSupport.stream(table1.getRow(1).spliterator(), false)
                    .map(cell -> cell.getStringCellValue())).contains("表号：BFTJ-1");
            assertThat(table1.getMergedRegions()).contains(CellRangeAddress.valueOf("A4:A5"));
            assertThat(table1.getRow(5).getCell(0).getStringCellValue()).as("合计 first").isEqualTo("合计");
            int directYearToDate = 3;
            assertThat(table1.getRow(4).getCell(directYearToDate).getStringCellValue()).isEqualTo("本年累计");
            assertThat(table1.getRow(5).getCell(directYearToDate).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(table1.getRow(5).getCell(directYearToDate).getNumericCellValue()).isEqualTo(82400.00);
            assertThat(table1.getRow(5).getCell(directYearToDate).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(table1.getRow(6).getCell(0).getStringCellValue()).isEqualTo("东山市");
            assertThat(table1.getRow(6).getCell(directYearToDate).getNumericCellValue()).as("rounded as published").isEqualTo(35678.46);
            assertThat(table1.getRow(6).getCell(directYearToDate + 2).getStringCellValue()).as("not reported").isEqualTo("—");
            assertThat(table1.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
            assertThat(table1.getPrintSetup().getLandscape()).isTrue();
            assertThat(table1.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(table1.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(table1.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:5"));
            assertThat(workbook.getProperties().getCoreProperties().getKeywords()).isEqualTo(RELEASE);
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                assertValid("sheet " + index, workbook.getSheetAt(index).getCTWorksheet());
            }
        }
    }

    @Test
    void villagesOutOfPovertyAreTwoFiguresNamedApartTheRegistersInTheBriefingAndTable4Alike() throws IOException {
        // Register (ML-2, gold.area_exit_year): 2019 the province's villages 出列 148, counties 摘帽 30.
        // Counties' own BF-3 reports: 1,482 villages 退出 so far this year.
        GoldRecords gold = DocumentFixtures.gold(Map.of(org.bangfu.warehouse.WarehouseTable.GOLD_AREA_EXIT_YEAR, List.of(
                DocumentFixtures.record("level", "PROVINCE", "area_code", "990000", "year", 2019, "villages_planned_exit", 150L,
                        "villages_exited", 148L, "counties_planned_exit", 31L, "counties_exited", 30L))));
        Map<String, byte[]> files = new OfficialDocuments(DocumentFixtures.templatesDirectory(), DocumentFixtures.options(), null)
                .render(DocumentFixtures.snapshot(), gold);
        try (XWPFDocument briefing = new XWPFDocument(new ByteArrayInputStream(files.get("briefings/briefing-2019Q4.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(briefing)) {
            assertThat(text.getText()).contains("据贫困村和贫困县名录，2019年全省计划出列贫困村150个，已出列148个");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("briefings/statistical-tables-2019Q4.xlsx")))) {
            XSSFSheet table4 = workbook.getSheet("表4 脱贫和贫困发生率");
            Map<String, Integer> columns = new java.util.LinkedHashMap<>();
            table4.getRow(3).forEach(cell -> columns.put(cell.getStringCellValue().replace("\n", ""), cell.getColumnIndex()));
            assertThat(columns).containsKeys("县报退出贫困村（个）", "当年出列贫困村（个）", "当年摘帽县（个）");
            assertThat(table4.getRow(5).getCell(columns.get("当年出列贫困村（个）")).getNumericCellValue()).as("the 简报's figure").isEqualTo(148);
            assertThat(table4.getRow(5).getCell(columns.get("当年摘帽县（个）")).getNumericCellValue()).isEqualTo(30);
            assertThat(table4.getRow(5).getCell(columns.get("县报退出贫困村（个）")).getNumericCellValue()).as("BF-3").isEqualTo(1482);
        }
    }

    @Test
    void theNoticeNamesLateUnitsWithDaysAndTheRateByPrefecture() throws IOException {
        try (XWPFDocument notice = new XWPFDocument(new ByteArrayInputStream(render().get("briefings/reporting-notice-2019Q4.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(notice)) {
            assertThat(text.getText()).as("the long title on two even lines").contains("关于2019年第四季度\n定点帮扶统计数据报送情况的通报")
                    .contains("以下1个单位（县）逾期报送，按逾期天数排列：乙单位（BF-1，逾期12天）。")
                    .contains("以下1个单位（县）仍未报送：白云县（BF-3，1份）。");
            var table = notice.getTables().get(0);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("合计");
            assertThat(table.getRow(1).getCell(5).getText()).isEqualTo("50.0%");
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("东山市");
            assertThat(table.getRow(2).getCell(5).getText()).as("甲单位 on time, 白云县 missing").isEqualTo("50.0%");
        }
    }

    @Test
    void theAssessmentGivesTheDistributionTheCapsAndOneRowPerUnitPerRule() throws IOException {
        Map<String, byte[]> files = render();
        try (XWPFDocument summary = new XWPFDocument(new ByteArrayInputStream(files.get("briefings/assessment-2019.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(summary)) {
            assertThat(text.getText()).contains("对3个帮扶单位2019年度定点帮扶工作进行了考核。评定为优秀的1个，良好的1个，一般的0个，较差的1个。")
                    .contains("以下1个单位本年度不得评为优秀：乙单位，评定为良好，原因：所驻村未按期退出。")
                    .contains("以下1个单位评定为较差");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("briefings/assessment-2019.xlsx")))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("乙单位");
            assertThat(sheet.getRow(3).getCell(7).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(3).getCell(11).getStringCellValue()).as("evidence made inert").isEqualTo("'=结对县2个，选派第一书记1人");
            assertThat(sheet.getRow(3).getCell(12).getStringCellValue()).isEqualTo("良好");
        }
    }

    private static GoldRecord verdict(String code, String name, String level, String category, String rating) {
        return DocumentFixtures.record("year", 2019, "unit_code", code, "unit_name", name, "unit_level", level,
                "unit_category", category, "rating", rating);
    }

    /** A verdict with the scorecard's counts: bundled rules applicable, of which not assessable for want of figures. */
    private static GoldRecord verdict(String code, String name, String level, String category, String rating, long bundledRules,
            long rulesNotAssessable) {
        return DocumentFixtures.record("year", 2019, "unit_code", code, "unit_name", name, "unit_level", level,
                "unit_category", category, "rating", rating, "bundled_rules", bundledRules, "rules_not_assessable", rulesNotAssessable);
    }

    @Test
    void unitsNoRuleAppliedToAreNotRatedForThatReasonNotForMissingData() throws IOException {
        Map<String, byte[]> files = new OfficialDocuments(DocumentFixtures.templatesDirectory(), DocumentFixtures.options(), null)
                .render(DocumentFixtures.snapshot(), DocumentFixtures.gold(Map.of(org.bangfu.warehouse.WarehouseTable.GOLD_UNIT_VERDICT,
                        List.of(verdict("P1", "省甲厅", "省", "党政机关", "优秀", 2, 0),
                                // One rule lacked figures, one was not met: rated, not 无法评定.
                                verdict("P2", "省乙厅", "省", "党政机关", "较差", 2, 1),
                                verdict("P3", "省丙公司", "省", "国有企业", "无法评定", 2, 2),
                                verdict("C1", "中央丁部", "中央", "党政机关", "无法评定", 3, 3),
                                // No bundled rule of the year applied to these units (by level, or no paired village): nothing was missing.
                                verdict("M1", "东山市戊局", "市", "党政机关", "无法评定", 0, 0),
                                verdict("M2", "东山市己局", "市", "党政机关", "无法评定", 0, 0),
                                verdict("X1", "白云县庚局", "县", "党政机关", "无法评定", 0, 0)))));
        try (XWPFDocument summary = new XWPFDocument(new ByteArrayInputStream(files.get("briefings/assessment-2019.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(summary)) {
            // 1 + 0 + 0 + 1 rated, 3 without a rule, 2 short of figures: the 7 units assessed. The reasons in one paragraph.
            assertThat(text.getText())
                    .contains("对7个帮扶单位2019年度定点帮扶工作进行了考核。评定为优秀的1个，良好的0个，一般的0个，较差的1个。\n"
                            + "另有3个单位2019年度没有适用的计入“三捆绑”评定的考核规则，无法评定等次。"
                            + "还有2个单位因报送数据不全，无法评定等次，请在下一年度按时完整报送。")
                    .contains("其中，中央单位1个，分1个类别考核，评定为优秀的0个，良好的0个，一般的0个，较差的0个，无法评定的1个，分类别结果见附表2。")
                    .doesNotContain("5个单位因报送数据不全")
                    .doesNotContain("另有2个单位因报送数据不全");
            assertThat(summary.getTables().get(0).getRow(1).getTableCells()).extracting(cell -> cell.getText())
                    .as("the table's 无法评定 counts both reasons").containsExactly("合计", "7", "1", "0", "0", "1", "5");
        }
    }

    @Test
    void centralUnitsAreReadOutByCategoryInATableOfTheirOwn() throws IOException {
        Map<String, byte[]> files = new OfficialDocuments(DocumentFixtures.templatesDirectory(), DocumentFixtures.options(), null)
                .render(DocumentFixtures.snapshot(), DocumentFixtures.gold(Map.of(org.bangfu.warehouse.WarehouseTable.GOLD_UNIT_VERDICT,
                        List.of(verdict("C1", "中央甲部", "中央", "党政机关", "优秀"),
                                verdict("C2", "中央乙大学", "中央", "高校", "良好"),
                                verdict("C3", "中央丙大学", "中央", "高校", "", 3, 3),
                                verdict("C4", "中央丁银行", "中央", "金融机构", "较差"),
                                // A provincial university: in the table of all units, not in the central one.
                                verdict("P1", "省戊大学", "省", "高校", "优秀")))));
        try (XWPFDocument summary = new XWPFDocument(new ByteArrayInputStream(files.get("briefings/assessment-2019.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(summary)) {
            assertThat(text.getText())
                    .contains("较差的1个。\n另有1个单位因报送数据不全，无法评定等次，请在下一年度按时完整报送。")
                    .contains("其中，中央单位4个，分3个类别考核，评定为优秀的1个，良好的1个，一般的0个，较差的1个，无法评定的1个，分类别结果见附表2。")
                    .contains("附表1　2019年度考核结果（分单位类别）")
                    .contains("附表2　2019年度中央单位考核结果（分单位类别）");
            assertThat(summary.getTables()).hasSize(2);
            var all = summary.getTables().get(0);
            assertThat(all.getRows()).extracting(row -> row.getCell(0).getText())
                    .as("categories in the order ML-3 lists them, not by character code")
                    .containsExactly("单位类别", "合计", "党政机关", "高校", "金融机构");
            assertThat(all.getRow(3).getCell(1).getText()).as("three universities, one of them provincial").isEqualTo("3");
            var central = summary.getTables().get(1);
            assertThat(central.getRows()).extracting(row -> row.getCell(0).getText())
                    .containsExactly("单位类别", "合计", "党政机关", "高校", "金融机构");
            assertThat(central.getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("单位类别", "单位数", "优秀", "良好", "一般", "较差", "无法评定");
            // 高校: 2 central units, 1 良好, 1 not rated; the provincial university is not among them.
            assertThat(central.getRow(3).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("高校", "2", "0", "1", "0", "0", "1");
            assertThat(central.getRow(1).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("合计", "4", "1", "1", "0", "1", "1");
        }
    }

    @Test
    void withoutCentralUnitsTheAssessmentHasOneUnnumberedTable() throws IOException {
        try (XWPFDocument summary = new XWPFDocument(new ByteArrayInputStream(render().get("briefings/assessment-2019.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(summary)) {
            assertThat(summary.getTables()).hasSize(1);
            assertThat(text.getText()).contains("附表　2019年度考核结果（分单位类别）").doesNotContain("中央单位");
        }
    }
}
