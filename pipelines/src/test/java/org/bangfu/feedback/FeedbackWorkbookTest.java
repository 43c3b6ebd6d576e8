package org.bangfu.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FeedbackWorkbookTest {

    private static final String FORMULA_TEXT = "=HYPERLINK(\"http://example.invalid\",\"点我\")";

    private static FeedbackReport report() {
        List<FeedbackFile> files = List.of(new FeedbackFile("单位一2019Q1.xlsx",
                LocalDateTime.of(2019, 4, 5, 10, 0), true, true, 3, 2, 2));
        List<FeedbackIssue> issues = List.of(
                new FeedbackIssue("单位一2019Q1.xlsx", "", 0, "", "", "", "", "L001", false,
                        "逾期报送。", "Submitted late."),
                new FeedbackIssue("单位一2019Q1.xlsx", "BF-1", 12, "D", "funds_direct", "直接投入帮扶资金（万元）",
                        "十万", "S002", true, "“直接投入帮扶资金（万元）”应填写数字，实际为“十万”。",
                        "\"funds_direct\" must be a number but holds \"十万\"."),
                new FeedbackIssue("单位一2019Q1.xlsx", "BF-1", 13, "", "county_code", "县代码",
                        FORMULA_TEXT, "S005", true, "县代码应为6位。", "County code must have 6 digits."));
        return new FeedbackReport("BF-1", "定点帮扶工作情况表", "UNIT00000000000001", "单位一", "2019Q1", files, issues, 0);
    }

    private static XSSFWorkbook readBack(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> rowText(XSSFRow row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < FeedbackWorkbook.PROBLEM_HEADERS.size(); column++) {
            cells.add(row.getCell(column) == null ? "" : formatter.formatCellValue(row.getCell(column)));
        }
        return cells;
    }

    @Test
    void aFortyThousandCharacterValueIsCutAtExcelsLimitWithANoteInsteadOfFailingTheRun() throws IOException {
        // Varied text, as a pasted document is: a repeated character would compress like a zip bomb.
        java.util.Random random = new java.util.Random(2019);
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < 40_000; index++) {
            text.append((char) (0x4E00 + random.nextInt(20_000)));
        }
        String pasted = text.toString();
        List<FeedbackFile> files = List.of(new FeedbackFile("县进展.xlsx", LocalDateTime.of(2019, 4, 5, 10, 0),
                true, true, 1, 0, 1));
        List<FeedbackIssue> issues = List.of(new FeedbackIssue("县进展.xlsx", "BF-3", 5, "C", "people_exited",
                "本年脱贫人口（人）", pasted, "S002", true, "“本年脱贫人口（人）”应填写数字，实际为“" + pasted + "”。",
                "must be a number"));
        FeedbackReport report = new FeedbackReport("BF-3", "县脱贫攻坚进展情况表", "530621", "鲁甸县", "2019Q1",
                files, issues, 0);
        try (XSSFWorkbook workbook = readBack(FeedbackWorkbook.write(report))) {
            List<String> problem = rowText(workbook.getSheet(FeedbackWorkbook.PROBLEMS_SHEET).getRow(1));
            String value = problem.get(4);
            assertThat(value).as("as long as Excel allows").hasSize(32_767)
                    .startsWith(pasted.substring(0, 100)).endsWith("…（已截断，原文共40000字 / truncated, 40000 characters in all）");
            assertThat(problem.get(7)).as("the message quoting it is cut the same way").hasSize(32_767)
                    .startsWith("“本年脱贫人口（人）”应填写数字").contains("已截断，原文共");
        }
    }

    @Test
    void theProblemsSheetListsEachIssueWithItsCellRuleAndMessages() throws IOException {
        try (XSSFWorkbook workbook = readBack(FeedbackWorkbook.write(report()))) {
            XSSFSheet problems = workbook.getSheet(FeedbackWorkbook.PROBLEMS_SHEET);
            assertThat(rowText(problems.getRow(0))).as("headers, Chinese first")
                    .containsExactlyElementsOf(FeedbackWorkbook.PROBLEM_HEADERS);
            assertThat(problems.getLastRowNum()).as("one row per issue below the header").isEqualTo(3);
            assertThat(rowText(problems.getRow(1)).subList(0, 7)).as("a problem of the whole file is at row 0")
                    .containsExactly("单位一2019Q1.xlsx", "", "整个文件 / whole file", "", "", "L001", "警告");
            assertThat(rowText(problems.getRow(2)).subList(0, 9)).as("column letter and row number make the cell")
                    .containsExactly("单位一2019Q1.xlsx", "BF-1", "D12", "直接投入帮扶资金（万元）", "十万", "S002", "错误",
                            "“直接投入帮扶资金（万元）”应填写数字，实际为“十万”。",
                            "\"funds_direct\" must be a number but holds \"十万\".");
            assertThat(rowText(problems.getRow(3)).get(2)).as("without a letter, the row and the column header")
                    .isEqualTo("第13行 “县代码”列");
            assertThat(rowText(problems.getRow(2)).get(9)).as("a suggestion for a cell's structure")
                    .startsWith("改正该单元格");
        }
    }

    @Test
    void aSubmittedFormulaStaysText() throws IOException {
        try (XSSFWorkbook workbook = readBack(FeedbackWorkbook.write(report()))) {
            var cell = workbook.getSheet(FeedbackWorkbook.PROBLEMS_SHEET).getRow(3).getCell(4);
            assertThat(cell.getCellType()).as("never a formula cell").isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(FORMULA_TEXT);
            assertThat(cell.getCellStyle().getQuotePrefixed()).as("stays text when edited in Excel").isTrue();
        }
    }

    @Test
    void theHeaderIsFrozenFilteredAndInACjkFont() throws IOException {
        try (XSSFWorkbook workbook = readBack(FeedbackWorkbook.write(report()))) {
            XSSFSheet problems = workbook.getSheet(FeedbackWorkbook.PROBLEMS_SHEET);
            assertThat(problems.getPaneInformation().isFreezePane()).as("frozen header").isTrue();
            assertThat(problems.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(problems.getCTWorksheet().getAutoFilter().getRef()).as("autofilter over every column")
                    .isEqualTo("A1:J4");
            assertThat(problems.getColumnWidth(7)).as("room for the message").isGreaterThan(40 * 256);
            assertThat(problems.getRow(2).getCell(7).getCellStyle().getFontIndex()).isNotNegative();
            assertThat(workbook.getFontAt(problems.getRow(2).getCell(7).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo(FeedbackWorkbook.FONT);
        }
    }

    @Test
    void theCoverSaysWhoWhatAndTheCounts() throws IOException {
        try (XSSFWorkbook workbook = readBack(FeedbackWorkbook.write(report()))) {
            XSSFSheet cover = workbook.getSheetAt(0);
            assertThat(cover.getSheetName()).isEqualTo(FeedbackWorkbook.COVER_SHEET);
            List<String> lines = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            cover.forEach(row -> {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                lines.add(String.join("|", cells));
            });
            assertThat(lines).as("cover lines").contains(
                    "数据质量反馈单 / Data quality feedback",
                    "报送单位代码 / Submitter code|UNIT00000000000001",
                    "报送单位名称 / Submitter|单位一",
                    "报表 / Form|BF-1 定点帮扶工作情况表",
                    "报告期 / Period|2019Q1",
                    "错误 / Errors|2",
                    "警告 / Warnings|1",
                    "单位一2019Q1.xlsx|2019-04-05 10:00|当前版本 / current|3|1|2|2",
                    "合计 / Total|3|1|2|2");
            assertThat(lines).anyMatch(line -> line.contains("重新报送"));
        }
    }

    @Test
    void theSameReportGivesTheSameBytes() throws InterruptedException {
        byte[] first = FeedbackWorkbook.write(report());
        // Zip entry times have a two-second resolution: wait past it so a time stamp would show.
        Thread.sleep(2100);
        byte[] second = FeedbackWorkbook.write(report());
        assertThat(second).as("byte-identical on a re-run").isEqualTo(first);
    }

    @Test
    void theFileGoesUnderPeriodFormAndSubmitter() {
        assertThat(report().relativePath()).isEqualTo("2019Q1/BF-1/UNIT00000000000001.xlsx");
        FeedbackReport unknown = new FeedbackReport("", "", "乱码 ?.xlsx", "", "", List.of(), List.of(), 0);
        assertThat(unknown.relativePath()).as("a rejected file of unknown form, under its own name")
                .isEqualTo("unknown-period/unknown-form/乱码_.xlsx");
    }
}
