package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.junit.jupiter.api.Test;

/** Every download is written so that a spreadsheet program shows text as text and numbers as numbers. */
class DownloadWriterTest {

    private static final String HOSTILE_NAME = "=HYPERLINK(\"http://evil.example\",\"点我\")";

    @Test
    void aCountyNamedLikeAFormulaIsInertInTheCountyQuarterCsv() {
        List<AreaQuarterFigures> counties = new ArrayList<>();
        for (AreaQuarterFigures county : PublishFixtures.counties()) {
            counties.add(county.areaCode().equals("990102") ? renamed(county, HOSTILE_NAME) : county);
        }
        PublicationSnapshot snapshot = new PublicationSnapshot(PublishFixtures.versions(),
                PublishFixtures.snapshot().pinnedAt(), counties, PublishFixtures.prefectures(), PublishFixtures.provinces());

        String csv = new String(CountyQuarterCsv.render(SnapshotView.of(snapshot)), StandardCharsets.UTF_8);

        assertThat(csv).as("the name stays text, prefixed so Excel does not evaluate it")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\"")
                .doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void textCellsAreInertInCsvAndXlsxWhileNumbersStayNumbers() throws IOException {
        DataTable table = new DataTable("county_quarter", "县 × 季度", "County × quarter", List.of(
                new DataTable.DataColumn("area_name", "区划名称 / area name", false),
                new DataTable.DataColumn("change", "同比增减 / change on the year", true)),
                List.of(Arrays.asList(HOSTILE_NAME, new BigDecimal("-5.5")), Arrays.asList("+86 青松县", null)));
        DownloadWriter writer = new DownloadWriter("2019Q4-v7", PublishFixtures.STAMP, PublishFixtures.PUBLISH_DATE);

        String csv = new String(csv(writer, table), StandardCharsets.UTF_8);
        assertThat(csv).startsWith(DownloadWriter.BYTE_ORDER_MARK)
                .contains("'=HYPERLINK").contains("'+86 青松县")
                .as("a negative number is a number, not a formula").contains(",-5.5,")
                .as("every row says which release it comes from").contains("2019Q4-v7");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(writer, table)))) {
            XSSFSheet data = workbook.getSheetAt(0);
            assertThat(data.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(data.getRow(1).getCell(0).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(data.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-5.5);
            assertThat(data.getRow(2).getCell(1)).as("blank means not reported").isNull();
            XSSFSheet notes = workbook.getSheet("说明 notes");
            assertThat(notes).as("a 说明 sheet explains every column").isNotNull();
            StringBuilder text = new StringBuilder();
            notes.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
            assertThat(text).contains("区划名称 / area name").contains("同比增减 / change on the year")
                    .contains(PublishFixtures.STAMP).contains("2019Q4-v7");
        }
    }

    @Test
    void aTableLongerThanASheetContinuesOnFurtherDataSheetsEachWithItsHeader() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int index = 1; index <= 7; index++) {
            rows.add(Arrays.asList("县" + index, new BigDecimal(index)));
        }
        DataTable table = new DataTable("unit_quarter", "单位 × 季度", "Unit × quarter", List.of(
                new DataTable.DataColumn("area_name", "区划名称 / area name", false),
                new DataTable.DataColumn("funds", "资金 / funds", true)), rows);
        DownloadWriter writer = new DownloadWriter("2019Q4-v7", PublishFixtures.STAMP, PublishFixtures.PUBLISH_DATE, 3);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(writer, table)))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)))
                    .containsExactly("数据 data", "数据 data (2)", "数据 data (3)", "说明 notes");
            List<String> names = new ArrayList<>();
            for (int sheet = 0; sheet < 3; sheet++) {
                XSSFSheet data = workbook.getSheetAt(sheet);
                assertThat(data.getRow(0).getCell(0).getStringCellValue()).as("every data sheet has the header").startsWith("区划名称");
                for (int row = 1; row <= data.getLastRowNum(); row++) {
                    names.add(data.getRow(row).getCell(0).getStringCellValue());
                }
            }
            assertThat(names).as("every row once, in order, none lost at a sheet's end")
                    .containsExactly("县1", "县2", "县3", "县4", "县5", "县6", "县7");
            StringBuilder notes = new StringBuilder();
            workbook.getSheet("说明 notes").forEach(row -> row.forEach(cell -> notes.append(cell.getStringCellValue()).append('\n')));
            assertThat(notes).as("the 说明 sheet says the rows continue").contains("3个数据工作表").contains("3 data sheets");
        }
    }

    private static byte[] csv(DownloadWriter writer, DataTable table) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        writer.writeCsv(table, bytes);
        return bytes.toByteArray();
    }

    private static byte[] xlsx(DownloadWriter writer, DataTable table) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        writer.writeXlsx(table, bytes);
        return bytes.toByteArray();
    }

    private static AreaQuarterFigures renamed(AreaQuarterFigures county, String name) {
        return new AreaQuarterFigures(county.level(), county.areaCode(), name, county.prefectureCode(), county.prefectureName(),
                county.povertyType(), county.period(), county.year(), county.quarter(), county.figures());
    }
}
