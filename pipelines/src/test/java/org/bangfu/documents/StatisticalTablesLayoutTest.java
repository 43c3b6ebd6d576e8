package org.bangfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.indicators.AssistanceIndicators;
import org.bangfu.indicators.Span;
import org.junit.jupiter.api.Test;

/** The 统计报表 print legibly on A4 landscape: shrunk no further than 85 %, else split into column groups. */
class StatisticalTablesLayoutTest {

    @Test
    void aTableTooWideToShrinkLegiblySplitsBetweenWholeHeadingsEachPageWithinTheWidth() {
        List<StatisticalTables.Column> columns = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            columns.addAll(StatisticalTables.ASSISTANCE_COLUMNS);
        }
        StatisticalTables.Sheet sheet = new StatisticalTables.Sheet("table2", List.of("市州", "县"), columns, List.of());
        int[] widths = new int[2 + columns.size()];
        Arrays.fill(widths, 11);
        List<Integer> ends = StatisticalTables.pageEnds(sheet, widths);
        assertThat(ends).hasSizeGreaterThan(1).last().isEqualTo(widths.length - 1);
        int labelWidth = 22;
        int start = 2;
        for (int end : ends) {
            int pageWidth = labelWidth + Arrays.stream(widths, start, end + 1).sum();
            assertThat((double) pageWidth).as("page ending at column " + end).isLessThanOrEqualTo(StatisticalTables.PAGE_WIDTH_UNITS);
            // A flow's 本年累计 and 本季度 stay on one page under their heading.
            StatisticalTables.Column last = columns.get(end - 2);
            if (end + 1 < widths.length) {
                StatisticalTables.Column next = columns.get(end - 1);
                assertThat(next.indicator().equals(last.indicator()) && next.spanHeading() != null)
                        .as("split inside " + last.indicator().chineseName()).isFalse();
            }
            start = end + 1;
        }
    }

    @Test
    void aHeadingTooLongForItsColumnBreaksIntoEvenLinesNeverLeavingOneCharacter() {
        // 9 units hold 3 characters in Excel (LibreOffice fits 5, and printed "在岗第一书" over a lone "记").
        assertThat(StatisticalTables.heading(AssistanceIndicators.FIRST_SECRETARIES, 9)).isEqualTo("在岗第\n一书记\n（人）");
        assertThat(StatisticalTables.heading(AssistanceIndicators.FUNDS_DIRECT, 22)).isEqualTo("直接投入帮扶资金\n（万元）");
    }

    @Test
    void aSplitTablesTitleBlockAndNotesPrintOnTheFirstPageWholeNotCutOnTheLaterOnes() throws Exception {
        byte[] xlsx = new OfficialDocuments(DocumentFixtures.templatesDirectory(), DocumentFixtures.options(), null)
                .render(DocumentFixtures.snapshot(), DocumentFixtures.gold()).get("briefings/statistical-tables-2019Q4.xlsx");
        int splitSheets = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                XSSFSheet sheet = workbook.getSheetAt(index);
                int[] breaks = sheet.getColumnBreaks();
                if (breaks.length == 0) {
                    continue;
                }
                splitSheets++;
                int labelColumns = sheet.getRepeatingColumns().getLastColumn() + 1;
                for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                    if (sheet.getRow(row) == null || sheet.getRow(row).getCell(0) == null || row == 3 || row == 4) {
                        continue;
                    }
                    String text = sheet.getRow(row).getCell(0).getStringCellValue();
                    if (text.startsWith("制表单位") || text.startsWith("计量单位") || text.startsWith("注") || text.startsWith("发布版本")) {
                        int finalRow = row;
                        assertThat(sheet.getMergedRegions()).as(sheet.getSheetName() + " row " + row + " merged over the first page")
                                .anyMatch(region -> region.getFirstRow() == finalRow && region.getFirstColumn() == 0
                                        && region.getLastColumn() >= labelColumns && region.getLastColumn() <= breaks[0]);
                    }
                }
                assertThat(sheet.getRow(0).getCell(breaks[0] + 1).getStringCellValue()).as("the next page's title").endsWith("（续）");
            }
        }
        assertThat(splitSheets).as("the fixture has split tables").isPositive();
    }

    @Test
    void theTitleBlocksRightHandLinesHaveRoomEnoughNotToBeCutAtTheLeft() throws Exception {
        // A right-aligned 表号 or date wider than its cell printed as "号：BFTJ-1" once the cell to its left was merged.
        byte[] xlsx = new OfficialDocuments(DocumentFixtures.templatesDirectory(), DocumentFixtures.options(), null)
                .render(DocumentFixtures.snapshot(), DocumentFixtures.gold()).get("briefings/statistical-tables-2019Q4.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                XSSFSheet sheet = workbook.getSheetAt(index);
                for (int row = 1; row <= 2; row++) {
                    for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(row)) {
                        String text = cell.getStringCellValue();
                        if (!(text.startsWith("表号") || text.startsWith("制表日期"))) {
                            continue;
                        }
                        int width = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                        for (org.apache.poi.ss.util.CellRangeAddress region : sheet.getMergedRegions()) {
                            if (region.getFirstRow() == row && region.getFirstColumn() == cell.getColumnIndex()) {
                                width = 0;
                                for (int column = region.getFirstColumn(); column <= region.getLastColumn(); column++) {
                                    width += sheet.getColumnWidth(column) / 256;
                                }
                            }
                        }
                        assertThat(width).as(sheet.getSheetName() + ": " + text).isGreaterThanOrEqualTo(WordTemplate.displayWidth(text) + 2);
                    }
                }
            }
        }
    }

    @Test
    void aTableThatFitsAtEightyFivePercentStaysOnePageWide() {
        StatisticalTables.Sheet sheet = new StatisticalTables.Sheet("table1", List.of("市州"),
                List.of(StatisticalTables.Column.of(AssistanceIndicators.FUNDS_DIRECT, Span.YEAR_TO_DATE)), List.of());
        int[] widths = {10, (int) (StatisticalTables.PAGE_WIDTH_UNITS / StatisticalTables.SMALLEST_SCALE) - 10};
        assertThat(StatisticalTables.pageEnds(sheet, widths)).containsExactly(1);
    }

    @Test
    void everySheetOfTheFixtureEitherFitsLegiblyOrBreaksIntoColumnGroupsWithTheLabelsRepeated() throws Exception {
        byte[] xlsx = new OfficialDocuments(DocumentFixtures.templatesDirectory(), DocumentFixtures.options(), null)
                .render(DocumentFixtures.snapshot(), DocumentFixtures.gold()).get("briefings/statistical-tables-2019Q4.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFontAt(0).getFontName()).as("widths counted in the body type").isEqualTo("宋体");
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                XSSFSheet sheet = workbook.getSheetAt(index);
                int lastColumn = sheet.getRow(3).getLastCellNum() - 1;
                double width = 0;
                for (int column = 0; column <= lastColumn; column++) {
                    width += sheet.getColumnWidth(column) / 256.0;
                }
                if (sheet.getColumnBreaks().length == 0) {
                    assertThat(width * StatisticalTables.SMALLEST_SCALE).as(sheet.getSheetName())
                            .isLessThanOrEqualTo(StatisticalTables.PAGE_WIDTH_UNITS);
                    assertThat(sheet.getFitToPage()).isTrue();
                } else {
                    assertThat(sheet.getRepeatingColumns()).as(sheet.getSheetName()).isNotNull();
                    assertThat(sheet.getPrintSetup().getScale()).isEqualTo((short) 100);
                }
                assertThat(sheet.getRepeatingRows()).as(sheet.getSheetName() + " header rows repeated").isNotNull();
                assertThat(sheet.getFooter().getLeft()).as("release label in the printed footer")
                        .isEqualTo(org.bangfu.publish.ReleaseLabel.of(DocumentFixtures.snapshot()));
            }
        }
    }
}
