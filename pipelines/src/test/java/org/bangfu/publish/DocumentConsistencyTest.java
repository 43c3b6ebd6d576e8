package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bangfu.indicators.IndicatorCatalogue;
import org.bangfu.indicators.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One figure, one area, one period: 青松县's funds invested directly, 2019 year to date, read the same
 * in its own 简报 (--area), the 统计报表 (表2), its site page and the CSV download.
 */
class DocumentConsistencyTest {

    @TempDir
    Path site;

    @Test
    void briefingTablesSiteAndCsvAgree() throws Exception {
        new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options().withBriefingAreas(List.of("990101")))
                .publish(PublishFixtures.snapshot(), site);
        // 青松县 2019Q4: 30,000.00万元 = 3.00亿元.
        String csv = Files.readString(site.resolve(CountyQuarterCsv.RELATIVE_PATH), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        int column = -1;
        for (int index = 0; index < records.get(0).size(); index++) {
            String header = records.get(0).get(index);
            if (header.contains(IndicatorCatalogue.FUNDS_DIRECT.chineseName()) && header.contains(Span.YEAR_TO_DATE.chineseName())) {
                column = index;
            }
        }
        assertThat(column).as("the CSV has the year-to-date column").isNotNegative();
        int finalColumn = column;
        String fromCsv = records.stream()
                .filter(record -> record.toList().contains("990101") && record.toList().contains("2019Q4"))
                .map(record -> record.get(finalColumn)).findFirst().orElseThrow();
        assertThat(fromCsv).isEqualTo("30000.00");

        double fromTables;
        try (InputStream in = Files.newInputStream(site.resolve("briefings/statistical-tables-2019Q4.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet counties = workbook.getSheetAt(1);
            int directColumn = -1;
            for (int index = 0; index < counties.getRow(3).getLastCellNum(); index++) {
                if (counties.getRow(3).getCell(index).getStringCellValue().startsWith(IndicatorCatalogue.FUNDS_DIRECT.chineseName())) {
                    directColumn = index;
                    break;
                }
            }
            assertThat(counties.getRow(4).getCell(directColumn).getStringCellValue()).isEqualTo(Span.YEAR_TO_DATE.chineseName());
            Row qingsong = null;
            for (Row row : counties) {
                if (row.getCell(1) != null && "青松县".equals(row.getCell(1).getStringCellValue())) {
                    qingsong = row;
                }
            }
            fromTables = qingsong.getCell(directColumn).getNumericCellValue();
        }
        assertThat(fromTables).isEqualTo(Double.parseDouble(fromCsv));

        try (InputStream in = Files.newInputStream(site.resolve("briefings/briefing-2019Q4-990101.docx"));
                XWPFWordExtractor briefing = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(briefing.getText()).contains("青松县2019年第四季度定点帮扶工作进展情况")
                    .contains("直接投入帮扶资金3.00亿元");
        }
        String countyPage = Files.readString(site.resolve("areas/990101.html"), StandardCharsets.UTF_8);
        assertThat(countyPage).contains("30,000.00");
    }
}
