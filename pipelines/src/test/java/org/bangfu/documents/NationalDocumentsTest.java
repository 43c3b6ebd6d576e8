package org.bangfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;

/**
 * With several provinces the documents speak for the nation (全国, 000000) with a table of provinces;
 * with one they are as they were; with registers only there is no 简报 and a warning says why.
 */
class NationalDocumentsTest {

    private static Map<String, byte[]> render(PublicationSnapshot snapshot, GoldRecords gold, List<String> areas) {
        return new OfficialDocuments(DocumentFixtures.templatesDirectory(),
                new DocumentOptions(DocumentFixtures.PUBLISH_DATE, DocumentFixtures.PUBLISH_DATE, areas), null).render(snapshot, gold);
    }

    @Test
    void severalProvincesGiveTheNationsBriefingWithATableOfProvinces() throws Exception {
        Map<String, byte[]> files = render(DocumentFixtures.nationalSnapshot(), DocumentFixtures.nationalGold(), List.of("980000"));
        try (XWPFDocument briefing = new XWPFDocument(new ByteArrayInputStream(files.get("briefings/briefing-2019Q4.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(briefing)) {
            // The nation's own rows: 395 units (a year before 360: +35), 90,000万元 = 9.00亿元 (+1.76亿元).
            assertThat(text.getText()).as("copied to the offices one level down").contains("抄送：各省（自治区、直辖市）扶贫办、各帮扶单位");
            assertThat(text.getText()).contains("2019年第四季度定点帮扶工作进展情况")
                    .contains("截至2019年第四季度，全国395个帮扶单位（同比增加35个）")
                    .contains("本年累计直接投入帮扶资金9.00亿元（同比增加1.76亿元）")
                    .contains("表1　2019年第四季度各省定点帮扶情况（本年累计）")
                    .contains("2019年全国计划脱贫540000人，截至2019年第四季度已脱贫520000人，完成年度目标的96.3%。")
                    .contains("目标完成率较低的省是：示范省（96.2%）、试验省（100.0%）");
            var table = briefing.getTables().get(0);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("省");
            assertThat(table.getRows()).extracting(row -> row.getCell(0).getText()).containsExactly("省", "合计", "试验省", "示范省");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("90,000.00");
        }
        try (XWPFDocument province = new XWPFDocument(new ByteArrayInputStream(files.get("briefings/briefing-2019Q4-980000.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(province)) {
            assertThat(text.getText()).as("a province asked for with --area, under the nation").contains("试验省2019年第四季度定点帮扶工作进展情况")
                    .contains("抄送：各市（州）帮扶办、各帮扶单位");
            assertThat(province.getTables().get(0).getRows()).extracting(row -> row.getCell(0).getText())
                    .as("its own prefectures only").containsExactly("市州", "合计", "北岭市");
        }
        try (XWPFDocument notice = new XWPFDocument(new ByteArrayInputStream(files.get("briefings/reporting-notice-2019Q4.docx")));
                XWPFWordExtractor text = new XWPFWordExtractor(notice)) {
            assertThat(notice.getTables().get(0).getRows()).extracting(row -> row.getCell(0).getText())
                    .as("the nation's notice by province").containsExactly("省", "合计", "示范省");
            assertThat(text.getText()).as("the nation's notice is addressed to the provinces' offices")
                    .contains("各省（自治区、直辖市）扶贫办，各帮扶单位：")
                    .contains("各省（自治区、直辖市）扶贫办要加强督促")
                    .doesNotContain("市（州）");
        }
        try (XSSFWorkbook tables = new XSSFWorkbook(new ByteArrayInputStream(files.get("briefings/statistical-tables-2019Q4.xlsx")))) {
            XSSFSheet table1 = tables.getSheetAt(0);
            assertThat(table1.getSheetName()).isEqualTo("表1 分省");
            assertThat(table1.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2019年第四季度定点帮扶情况（分省）");
            assertThat(column(table1, 0)).as("provinces in code order").containsExactly("合计", "试验省", "示范省");
            assertThat(table1.getRow(5).getCell(3).getNumericCellValue()).as("the nation's 合计").isEqualTo(90000.0);
            XSSFSheet table5 = tables.getSheet("表5 驻村工作队");
            assertThat(table5.getRow(3).getCell(0).getStringCellValue()).isEqualTo("省");
            assertThat(table5.getRow(3).getCell(1).getStringCellValue()).isEqualTo("市州");
            assertThat(table5.getRow(3).getCell(2).getStringCellValue()).isEqualTo("县");
            assertThat(column(table5, 0)).containsExactly("合计", "试验省", "", "", "示范省", "", "");
            assertThat(column(table5, 1)).containsExactly("", "小计", "北岭市", "", "小计", "东山市", "");
            assertThat(column(table5, 2)).containsExactly("", "", "小计", "松林县", "", "小计", "青松县");
        }
    }

    private static List<String> column(XSSFSheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int row = 5; row <= sheet.getLastRowNum(); row++) {
            if (sheet.getRow(row) == null || sheet.getRow(row).getCell(column) == null
                    || sheet.getRow(row).getCell(column).getCellStyle().getBorderTop() == org.apache.poi.ss.usermodel.BorderStyle.NONE) {
                break;
            }
            values.add(sheet.getRow(row).getCell(column).getStringCellValue());
        }
        return values;
    }

    @Test
    void oneProvincesNoticeIsAddressedToItsPrefecturesOffices() throws Exception {
        Map<String, byte[]> files = render(DocumentFixtures.snapshot(), DocumentFixtures.gold(), List.of());
        String notice = files.keySet().stream().filter(path -> path.startsWith("briefings/reporting-notice-")).findFirst().orElseThrow();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(files.get(notice)));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("各市（州）帮扶办，各帮扶单位：").contains("各市（州）帮扶办要加强督促")
                    .doesNotContain("自治区");
        }
    }

    @Test
    void oneProvinceIsUnchangedByTheNationsRowsBeingThere() {
        Map<String, byte[]> without = render(DocumentFixtures.snapshot(), DocumentFixtures.gold(), List.of());
        Map<String, byte[]> with = render(DocumentFixtures.snapshot(), DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_NATION_QUARTER,
                DocumentFixtures.nationalGold().table(WarehouseTable.GOLD_NATION_QUARTER).orElseThrow())), List.of());
        assertThat(with.keySet()).containsExactlyElementsOf(without.keySet());
        without.forEach((path, content) -> assertThat(with.get(path)).as(path).isEqualTo(content));
    }

    @Test
    void registersOnlyWriteNoBriefingAndSaySoInTheWarningsAndTheManifest() {
        PublicationSnapshot registersOnly = new PublicationSnapshot(DocumentFixtures.snapshot().versions(),
                DocumentFixtures.snapshot().pinnedAt(), List.of(), List.of(), List.of());
        OfficialDocuments documents = new OfficialDocuments(DocumentFixtures.templatesDirectory(), DocumentFixtures.options(), null);
        Map<String, byte[]> files = documents.render(registersOnly, DocumentFixtures.gold(Map.of(
                WarehouseTable.GOLD_UNIT_VERDICT, List.of(), WarehouseTable.GOLD_UNIT_SCORECARD, List.of())));
        assertThat(files.keySet()).containsExactly("briefings/index.html");
        assertThat(new String(files.get("briefings/index.html"), StandardCharsets.UTF_8)).contains("本次发布没有文档");
        assertThat(documents.warnings().messages()).anyMatch(message -> message.contains("不生成工作简报"));
    }
}
