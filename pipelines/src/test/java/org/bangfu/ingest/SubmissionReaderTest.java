package org.bangfu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.forms.FormCatalogue;
import org.junit.jupiter.api.Test;

class SubmissionReaderTest {

    private final SubmissionReader reader = new SubmissionReader();

    @Test
    void anOfficialWorkbookIsReadBelowItsTitleBlockWithoutNumberingOrTotalRows() throws IOException {
        byte[] workbook = workbook(List.of(
                List.of("定点帮扶工作情况表"),
                List.of("表号：BF-1", "", "计量单位：万元"),
                List.of("单位代码", "县代码", "报告期", "直接投入帮扶资金（万元）", "协调引进帮扶资金（万元）", "填报人", "联系电话"),
                List.of("甲", "乙", "丙", "1", "2", "3", "4"),
                List.of("12530000MB0000001X", "530102", "2019Q1", "12.5", "30", "张三", "13800000000"),
                List.of("12530000MB0000002X", "530103", "2019Q1", "1,000", "", "李四", "13900000000"),
                List.of("合计", "", "", "1012.5", "30")));

        ReadSubmission submission = reader.read("whatever-name.xlsx", workbook);

        assertThat(submission.readable()).isTrue();
        assertThat(submission.formCode()).isEqualTo(FormCatalogue.UNIT_ASSISTANCE);
        assertThat(submission.headerRowNumber()).as("the Excel row of the header").isEqualTo(3);
        assertThat(submission.rows()).extracting(SubmissionRow::rowNumber).as("numbering and 合计 rows skipped")
                .containsExactly(5, 6);
        assertThat(submission.rows().get(1).cells()).containsEntry("funds_direct", "1,000")
                .containsEntry("funds_coordinated", "");
        assertThat(submission.rows().get(0).cells()).as("personal data never leaves the reader")
                .doesNotContainKeys("reporter_name", "reporter_phone")
                .doesNotContainValue("张三");
    }

    @Test
    void aGbkCsvWithoutFormCodeIsRecognisedByItsHeaderSignature() {
        String csv = "单位代码,单位名称,单位层级,单位类别\r\n"
                + "12530000MB0000001X,省教育厅,省,党政机关\r\n"
                + "合计,,,\r\n";
        ReadSubmission submission = reader.read("名录.csv", csv.getBytes(CsvRowStream.GB18030));

        assertThat(submission.formCode()).isEqualTo(FormCatalogue.UNIT_REGISTER);
        assertThat(submission.rows()).hasSize(1);
        assertThat(submission.rows().get(0).cells()).containsEntry("unit_name", "省教育厅");
    }

    @Test
    void utf8WithBomAndEnglishHeadersIsAccepted() {
        String csv = "\uFEFFcounty_code,county_name,prefecture_code,prefecture_name,province_code,province_name,"
                + "poverty_type,deep_poverty,rural_population\n530102,甲县,530100,乙州,530000,丙省,国定,是,120000\n";
        ReadSubmission submission = reader.read("counties.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(submission.formCode()).isEqualTo(FormCatalogue.COUNTY_REGISTER);
        assertThat(submission.rows().get(0).cells()).containsEntry("county_code", "530102")
                .containsEntry("county_name", "甲县");
    }

    @Test
    void aFileOfNoKnownFormIsRejectedAsAWhole() {
        ReadSubmission submission = reader.read("notes.csv", "姓名,年龄\n张三,30\n".getBytes(StandardCharsets.UTF_8));

        assertThat(submission.readable()).isFalse();
        assertThat(submission.fileIssue().ruleCode()).isEqualTo("F002");
        assertThat(submission.rows()).isEmpty();
    }

    @Test
    void aDeclaredFormMissingARequiredColumnIsRejectedNamingTheColumn() throws IOException {
        byte[] workbook = workbook(List.of(
                List.of("表号：BF-1"),
                List.of("单位代码", "县代码", "直接投入帮扶资金（万元）", "协调引进帮扶资金（万元）"),
                List.of("12530000MB0000001X", "530102", "1", "2")));

        ReadSubmission submission = reader.read("bf1.xlsx", workbook);

        assertThat(submission.fileIssue().ruleCode()).isEqualTo("F003");
        assertThat(submission.fileIssue().messageChinese()).contains("报告期");
    }

    @Test
    void aDamagedWorkbookIsRejectedNotThrown() {
        byte[] truncated = {'P', 'K', 3, 4, 0, 0, 1, 2, 3};

        ReadSubmission submission = reader.read("bf1.xlsx", truncated);

        assertThat(submission.fileIssue().ruleCode()).as("a truncated zip is a damaged workbook").isEqualTo("F007");
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("BF-1 2019Q1");
            for (int rowIndex = 0; rowIndex < rows.size(); rowIndex++) {
                Row row = sheet.createRow(rowIndex);
                for (int column = 0; column < rows.get(rowIndex).size(); column++) {
                    row.createCell(column).setCellValue(rows.get(rowIndex).get(column));
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }
}
