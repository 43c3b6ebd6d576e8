package org.bangfu.documents;

import static org.bangfu.indicators.AssistanceIndicators.ASSISTING_UNITS;
import static org.bangfu.indicators.AssistanceIndicators.FIRST_SECRETARIES;
import static org.bangfu.indicators.AssistanceIndicators.FUNDS_COORDINATED;
import static org.bangfu.indicators.AssistanceIndicators.FUNDS_DIRECT;
import static org.bangfu.indicators.AssistanceIndicators.FUNDS_INDUSTRY;
import static org.bangfu.indicators.AssistanceIndicators.JOBS_TRANSFERRED;
import static org.bangfu.indicators.AssistanceIndicators.PAIRED_UNITS;
import static org.bangfu.indicators.AssistanceIndicators.PEOPLE_TRAINED;
import static org.bangfu.indicators.AssistanceIndicators.PROJECTS;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.OfficialNumberFormat;
import org.bangfu.indicators.ProgressIndicators;
import org.bangfu.indicators.RegisterIndicators;
import org.bangfu.indicators.Span;
import org.bangfu.indicators.TargetIndicators;
import org.bangfu.indicators.WorkTeamIndicators;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The 统计报表 of the quarter as one workbook, a sheet per official table: 表1 prefectures, 表2
 * counties, 表3 unit categories and levels, 表4 exits and incidence, 表5 village teams, 表6 targets.
 * Each sheet: title, 表号, 制表单位, 计量单位 and date; a two-row header (an indicator over its spans);
 * the 合计 row first; numbers as numbers in the catalogue's decimals; "—" for not reported; frozen
 * panes and A4 landscape print setup, fit to width, header rows repeated. Titles and notes come from
 * the wording file; a table whose gold is not in the snapshot is left out with a warning.
 */
public final class StatisticalTables {

    static final String DOCUMENT = "统计报表";

    private final DocumentContext context;
    private final DocumentArea top;

    /** @param top the area the tables add up to (合计): the province, or the nation */
    public StatisticalTables(DocumentContext context, DocumentArea top) {
        this.context = context;
        this.top = top;
    }

    public static String path(PublicationSnapshot snapshot) {
        return "briefings/statistical-tables-" + snapshot.latestPeriod() + ".xlsx";
    }

    /** One column: a figure of a gold column, under its indicator and (for flows) its span. */
    record Column(Indicator indicator, String goldColumn, String spanHeading) {

        static Column of(Indicator indicator, Span span) {
            return new Column(indicator, indicator.goldColumn(span),
                    indicator.publishedSpans().size() > 1 ? span.chineseName() : null);
        }

        static Column stock(Indicator indicator) {
            return new Column(indicator, indicator.goldColumn(Span.QUARTER), null);
        }

        /** A register figure of the area's year, from gold.area_exit_year (see {@link #withRegisterFigures}). */
        static Column register(Indicator indicator) {
            return new Column(indicator, REGISTER_PREFIX + indicator.goldColumn(Span.QUARTER), null);
        }
    }

    /** One data row: its label cells and its figures; {@code total} rows are bold. */
    record DataRow(List<String> labels, org.bangfu.indicators.GoldFigures figures, boolean total) {
    }

    /** One sheet. */
    record Sheet(String key, List<String> labelHeadings, List<Column> columns, List<DataRow> rows) {
    }

    public Optional<byte[]> render() {
        Quarter quarter = Quarter.parse(context.snapshot().latestPeriod()).orElseThrow();
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(prefectures(quarter));
        sheets.add(counties(quarter));
        units(quarter).ifPresent(sheets::add);
        progressSheet("table4", quarter, List.of(
                Column.stock(ProgressIndicators.POOR_HOUSEHOLDS_START), Column.stock(ProgressIndicators.POOR_PEOPLE_START),
                Column.of(ProgressIndicators.HOUSEHOLDS_EXITED, Span.YEAR_TO_DATE),
                Column.of(ProgressIndicators.PEOPLE_EXITED, Span.YEAR_TO_DATE),
                Column.of(ProgressIndicators.PEOPLE_EXITED, Span.QUARTER),
                Column.stock(ProgressIndicators.POOR_PEOPLE_END), Column.stock(ProgressIndicators.POVERTY_INCIDENCE_START),
                Column.stock(ProgressIndicators.POVERTY_INCIDENCE), Column.stock(ProgressIndicators.POVERTY_INCIDENCE_CHANGE),
                // Two figures FORMS.md keeps apart: the villages the counties report (BF-3), and those the
                // register (ML-2) records as 出列 in the year, which the 简报 and the site's 摘帽出列 quote.
                Column.of(ProgressIndicators.VILLAGES_EXITED, Span.YEAR_TO_DATE),
                Column.register(RegisterIndicators.VILLAGES_EXITED_IN_YEAR),
                Column.register(RegisterIndicators.COUNTIES_EXITED_IN_YEAR))).ifPresent(sheets::add);
        progressSheet("table5", quarter, List.of(
                Column.stock(WorkTeamIndicators.POOR_VILLAGES), Column.stock(WorkTeamIndicators.VILLAGES_WITH_TEAM),
                Column.stock(WorkTeamIndicators.TEAM_COVERAGE), Column.stock(WorkTeamIndicators.WORK_TEAMS_IN_POST),
                Column.stock(WorkTeamIndicators.WORK_TEAM_MEMBERS), Column.stock(WorkTeamIndicators.MEMBERS_PER_TEAM),
                Column.stock(WorkTeamIndicators.VILLAGES_MEETING_TEAM_RULE))).ifPresent(sheets::add);
        targets(quarter).ifPresent(sheets::add);
        return Optional.of(write(sheets, quarter));
    }

    static final List<Column> ASSISTANCE_COLUMNS = List.of(
            Column.stock(ASSISTING_UNITS), Column.stock(PAIRED_UNITS),
            Column.of(FUNDS_DIRECT, Span.YEAR_TO_DATE), Column.of(FUNDS_DIRECT, Span.QUARTER),
            Column.of(FUNDS_COORDINATED, Span.YEAR_TO_DATE), Column.of(FUNDS_COORDINATED, Span.QUARTER),
            Column.of(FUNDS_INDUSTRY, Span.YEAR_TO_DATE), Column.of(FUNDS_INDUSTRY, Span.QUARTER),
            Column.of(PROJECTS, Span.YEAR_TO_DATE), Column.of(PEOPLE_TRAINED, Span.YEAR_TO_DATE),
            Column.of(JOBS_TRANSFERRED, Span.YEAR_TO_DATE), Column.stock(FIRST_SECRETARIES));

    /** 表1: the province's prefectures, or the nation's provinces. */
    private Sheet prefectures(Quarter quarter) {
        List<DataRow> rows = new ArrayList<>();
        rows.add(new DataRow(List.of(total()), provinceRow(quarter), true));
        boolean national = top.level() == AreaLevel.NATION;
        inQuarter(national ? context.snapshot().provinces() : context.snapshot().prefectures(), quarter)
                .forEach(row -> rows.add(new DataRow(List.of(row.areaName()), row, false)));
        return new Sheet(national ? "table1ByProvince" : "table1",
                List.of((national ? AreaLevel.PROVINCE : AreaLevel.PREFECTURE).chineseName()), ASSISTANCE_COLUMNS, rows);
    }

    private Sheet counties(Quarter quarter) {
        List<DataRow> rows = new ArrayList<>();
        rows.add(new DataRow(List.of(total(), "", ""), provinceRow(quarter), true));
        inQuarter(context.snapshot().counties(), quarter).stream()
                .sorted(Comparator.comparing(AreaQuarterFigures::prefectureCode).thenComparing(AreaQuarterFigures::areaCode))
                .forEach(row -> rows.add(new DataRow(List.of(row.prefectureName(), row.areaName(), row.povertyType()), row, false)));
        return new Sheet("table2", List.of(AreaLevel.PREFECTURE.chineseName(), AreaLevel.COUNTY.chineseName(),
                context.wording().text("tables.povertyType")), ASSISTANCE_COLUMNS, rows);
    }

    private Optional<Sheet> units(Quarter quarter) {
        Optional<List<GoldRecord>> groups = context.gold().table(WarehouseTable.GOLD_UNIT_GROUP_QUARTER);
        if (groups.isEmpty()) {
            warn("快照中没有 gold.unit_group_quarter，表3从略", "gold.unit_group_quarter not in the snapshot: table 3 left out");
            return Optional.empty();
        }
        List<DataRow> rows = new ArrayList<>();
        rows.add(new DataRow(List.of(total(), ""), provinceRow(quarter), true));
        for (String kind : List.of("UNIT_CATEGORY", "UNIT_LEVEL")) {
            groups.get().stream()
                    .filter(row -> row.text("period").equals(quarter.toString()) && row.text("group_kind").equals(kind))
                    .sorted(Comparator.comparing(row -> row.text("group_name")))
                    .forEach(row -> rows.add(new DataRow(List.of(context.wording().text("tables.groupKind." + kind),
                            row.text("group_name")), row, false)));
        }
        return Optional.of(new Sheet("table3", List.of(context.wording().text("tables.grouping"),
                context.wording().text("tables.group")), ASSISTANCE_COLUMNS, rows));
    }

    private Optional<Sheet> progressSheet(String key, Quarter quarter, List<Column> columns) {
        Optional<List<GoldRecord>> progress = context.gold().table(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER);
        if (progress.isEmpty()) {
            warn("快照中没有 gold.area_progress_quarter，" + key + "从略", "gold.area_progress_quarter not in the snapshot: " + key);
            return Optional.empty();
        }
        List<GoldRecord> rows = progress.get().stream().filter(row -> row.text("period").equals(quarter.toString()))
                .map(row -> withRegisterFigures(row, quarter.year())).toList();
        return Optional.of(new Sheet(key, hierarchyHeadings(), columns, hierarchy(rows)));
    }

    private static final String REGISTER_PREFIX = "area_exit_year.";

    /** The row with its area's register figures of the year beside its own, under {@link #REGISTER_PREFIX}. */
    private GoldRecord withRegisterFigures(GoldRecord row, int year) {
        Optional<GoldRecord> register = context.gold().table(WarehouseTable.GOLD_AREA_EXIT_YEAR).orElse(List.of()).stream()
                .filter(exit -> exit.text("area_code").equals(row.text("area_code")) && Integer.valueOf(year).equals(exit.integer("year")))
                .findFirst();
        if (register.isEmpty()) {
            return row;
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>(row.values());
        register.get().values().forEach((column, value) -> values.put(REGISTER_PREFIX + column, value));
        return new GoldRecord(values);
    }

    private Optional<Sheet> targets(Quarter quarter) {
        Optional<List<GoldRecord>> targets = context.gold().table(WarehouseTable.GOLD_AREA_TARGETS);
        List<GoldRecord> rows = targets.orElse(List.of()).stream()
                .filter(row -> Integer.valueOf(quarter.year()).equals(row.integer("year"))).toList();
        if (rows.isEmpty()) {
            warn("快照中没有本年度目标任务（gold.area_targets），表6从略", "no targets for the year in the snapshot: table 6 left out");
            return Optional.empty();
        }
        List<Column> columns = List.of(
                new Column(TargetIndicators.TARGET_PEOPLE_EXITED, "target_people_exited", null),
                new Column(ProgressIndicators.PEOPLE_EXITED, "people_exited", Span.YEAR_TO_DATE.chineseName()),
                new Column(TargetIndicators.PEOPLE_EXITED_ACHIEVEMENT, "people_exited_achievement", null),
                new Column(TargetIndicators.TARGET_VILLAGES_EXITED, "target_villages_exited", null),
                new Column(ProgressIndicators.VILLAGES_EXITED, "villages_exited", Span.YEAR_TO_DATE.chineseName()),
                new Column(TargetIndicators.VILLAGES_EXITED_ACHIEVEMENT, "villages_exited_achievement", null),
                new Column(TargetIndicators.TARGET_COUNTIES_EXITED, "target_counties_exited", null),
                new Column(ProgressIndicators.COUNTIES_EXITED, "counties_exited", null),
                new Column(TargetIndicators.COUNTIES_EXITED_ACHIEVEMENT, "counties_exited_achievement", null),
                new Column(TargetIndicators.TARGET_INCIDENCE_RATE, "target_incidence_rate", null),
                new Column(ProgressIndicators.POVERTY_INCIDENCE, "poverty_incidence", null));
        return Optional.of(new Sheet("table6", hierarchyHeadings(), columns, hierarchy(rows)));
    }

    /** The levels below the 合计 that 表4–表6 list, each in a label column of its own. */
    private List<AreaLevel> hierarchyLevels() {
        return top.level() == AreaLevel.NATION ? List.of(AreaLevel.PROVINCE, AreaLevel.PREFECTURE, AreaLevel.COUNTY)
                : List.of(AreaLevel.PREFECTURE, AreaLevel.COUNTY);
    }

    private List<String> hierarchyHeadings() {
        return hierarchyLevels().stream().map(AreaLevel::chineseName).toList();
    }

    /**
     * The province (or nation) as 合计, then each area followed by the areas under it, in code order:
     * prefectures and their counties, or provinces, their prefectures and their counties.
     */
    private List<DataRow> hierarchy(List<GoldRecord> rows) {
        List<DataRow> ordered = new ArrayList<>();
        List<AreaLevel> levels = hierarchyLevels();
        rows.stream().filter(row -> row.text("level").equals(top.level().name())).findFirst()
                .ifPresent(row -> ordered.add(new DataRow(labels(levels.size(), -1, total()), row, true)));
        addChildren(ordered, rows, levels, 0, null);
        return ordered;
    }

    private void addChildren(List<DataRow> ordered, List<GoldRecord> rows, List<AreaLevel> levels, int depth, GoldRecord parent) {
        AreaLevel level = levels.get(depth);
        List<GoldRecord> children = rows.stream().filter(row -> row.text("level").equals(level.name()))
                .filter(row -> parent == null || isUnder(row, parent))
                .sorted(Comparator.comparing(row -> row.text("area_code"))).toList();
        boolean last = depth == levels.size() - 1;
        for (GoldRecord child : children) {
            ordered.add(new DataRow(labels(levels.size(), depth, child.text("area_name")), child, !last));
            if (!last) {
                addChildren(ordered, rows, levels, depth + 1, child);
            }
        }
    }

    /** A county is under its prefecture by code; a prefecture under its province by the first two digits. */
    private static boolean isUnder(GoldRecord row, GoldRecord parent) {
        if (row.text("level").equals(AreaLevel.COUNTY.name())) {
            return row.text("prefecture_code").equals(parent.text("area_code"));
        }
        return row.text("area_code").startsWith(parent.text("area_code").substring(0, 2));
    }

    /** The name in the column of its level and 小计 in the next; the 合计 (depth −1) in the first. */
    private List<String> labels(int columns, int depth, String name) {
        List<String> labels = new ArrayList<>(java.util.Collections.nCopies(columns, ""));
        labels.set(Math.max(depth, 0), name);
        if (depth >= 0 && depth < columns - 1) {
            labels.set(depth + 1, context.wording().text("tables.subtotal"));
        }
        return labels;
    }

    /** The 合计 of 表1–表3: the province's or the nation's figures of the quarter. */
    private AreaQuarterFigures provinceRow(Quarter quarter) {
        return top.in(quarter.toString()).orElseThrow();
    }

    private static List<AreaQuarterFigures> inQuarter(List<AreaQuarterFigures> rows, Quarter quarter) {
        return rows.stream().filter(row -> row.period().equals(quarter.toString()))
                .sorted(Comparator.comparing(AreaQuarterFigures::areaCode)).toList();
    }

    private String total() {
        return context.wording().text("table.total");
    }

    private void warn(String chinese, String english) {
        context.warnings().add(DOCUMENT, chinese, english);
    }

    // writing ---------------------------------------------------------------------------------

    private static final int TITLE_ROW = 0;
    private static final int META_ROW = 1;
    private static final int UNIT_ROW = 2;
    private static final int HEADER_TOP = 3;
    private static final int HEADER_BOTTOM = 4;
    private static final int FIRST_DATA_ROW = 5;

    private byte[] write(List<Sheet> sheets, Quarter quarter) {
        Wording wording = context.wording();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (Sheet sheet : sheets) {
                writeSheet(workbook, styles, sheet, quarter, wording);
            }
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            Date date = Date.from(context.options().publishDate().atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
            core.setTitle(wording.text("tables.documentTitle"));
            core.setCreator(context.office().tabulatingOffice());
            core.setKeywords(context.releaseLabel());
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            ReleaseProperties.addCustom(workbook.getProperties(), context.releaseLabel(), context.snapshot().stamp());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return ReproducibleZip.withEntriesDated(out.toByteArray(), context.options().publishDate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The width of A4 landscape between 1.5 cm margins in Excel's column-width units. A unit is
     * one digit of the default font (宋体 10 pt): 1.85 mm in Excel with SimSun, 2.26 mm in LibreOffice,
     * whose substitute has wider digits. Counted at the wider, a table that fits here fits everywhere.
     */
    static final double PAGE_WIDTH_UNITS = 267 / 2.26;
    /** A table up to this much wider than the page is shrunk to fit (10 pt type printing no smaller than 8.5 pt); a wider one is split. */
    static final double SMALLEST_SCALE = 0.85;
    private static final double MARGIN_INCHES = 1.5 / 2.54;
    private static final int NARROWEST_FIGURE_COLUMN = 9;
    private static final int NARROWEST_LABEL_COLUMN = 8;

    private void writeSheet(XSSFWorkbook workbook, Styles styles, Sheet sheet, Quarter quarter, Wording wording) {
        XSSFSheet out = workbook.createSheet(wording.text("tables." + sheet.key() + ".sheet"));
        int labelCount = sheet.labelHeadings().size();
        int lastColumn = labelCount + sheet.columns().size() - 1;
        int[] widths = columnWidths(sheet);
        List<Integer> pageEnds = pageEnds(sheet, widths);
        // A split table prints its title and 表号 over its first page, not across pages.
        int firstPageEnd = pageEnds.get(0);
        Map<String, String> blanks = Map.of("quarter", quarter.chineseName(), "office", context.office().tabulatingOffice(),
                "date", OfficialNumberFormat.dateInChinese(context.options().documentDate()),
                "code", wording.text("tables." + sheet.key() + ".code"), "release", context.releaseLabel());

        String title = wording.fill("tables." + sheet.key() + ".title", blanks);
        text(out, TITLE_ROW, 0, title, styles.title);
        out.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, firstPageEnd));
        out.getRow(TITLE_ROW).setHeightInPoints(30);
        // The left-hand lines merged over the first page: text overflowing from the repeated 市州/县 column
        // would print cut short on every later page of a split table; a merged cell prints on its own page only.
        // The right-hand lines (表号, date) merged over as many last columns as they need, for the same reason.
        String code = wording.fill("tables.code", blanks);
        String date = wording.fill("tables.date", blanks);
        int rightStart = Math.max(labelCount, firstColumnOfRightText(widths, firstPageEnd,
                Math.max(WordTemplate.displayWidth(code), WordTemplate.displayWidth(date))));
        mergedText(out, META_ROW, 0, rightStart - 1, wording.fill("tables.office", blanks), styles.meta);
        mergedText(out, META_ROW, rightStart, firstPageEnd, code, styles.metaRight);
        mergedText(out, UNIT_ROW, 0, rightStart - 1, wording.fill("tables.unit", blanks), styles.meta);
        mergedText(out, UNIT_ROW, rightStart, firstPageEnd, date, styles.metaRight);
        // Each later page of a split table: the title marked 续 and the 表号 over its own columns.
        for (int page = 1; page < pageEnds.size(); page++) {
            int first = pageEnds.get(page - 1) + 1;
            int last = pageEnds.get(page);
            text(out, TITLE_ROW, first, wording.fill("tables.continued", Map.of("title", title)), styles.title);
            if (last > first) {
                out.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, first, last));
            }
            mergedText(out, META_ROW, Math.max(first, firstColumnOfRightText(widths, last, WordTemplate.displayWidth(code))), last,
                    code, styles.metaRight);
        }

        int headerLines = 1;
        for (int index = 0; index < labelCount; index++) {
            text(out, HEADER_TOP, index, sheet.labelHeadings().get(index), styles.header);
            text(out, HEADER_BOTTOM, index, "", styles.header);
            out.addMergedRegion(new CellRangeAddress(HEADER_TOP, HEADER_BOTTOM, index, index));
        }
        int column = labelCount;
        while (column <= lastColumn) {
            Column first = sheet.columns().get(column - labelCount);
            int span = spanOf(sheet, column - labelCount);
            int spannedWidth = 0;
            for (int offset = 0; offset < span; offset++) {
                spannedWidth += widths[column + offset];
            }
            String heading = heading(first.indicator(), spannedWidth);
            text(out, HEADER_TOP, column, heading, styles.header);
            for (int offset = 0; offset < span; offset++) {
                Column under = sheet.columns().get(column + offset - labelCount);
                text(out, HEADER_BOTTOM, column + offset, under.spanHeading() == null ? "" : under.spanHeading(), styles.header);
                if (offset > 0) {
                    text(out, HEADER_TOP, column + offset, "", styles.header);
                }
            }
            headerLines = Math.max(headerLines, PrintedCells.linesOf(heading, spannedWidth));
            if (first.spanHeading() == null) {
                out.addMergedRegion(new CellRangeAddress(HEADER_TOP, HEADER_BOTTOM, column, column));
            } else if (span > 1) {
                out.addMergedRegion(new CellRangeAddress(HEADER_TOP, HEADER_TOP, column, column + span - 1));
            }
            column += span;
        }
        out.getRow(HEADER_TOP).setHeightInPoints(PrintedCells.rowHeight(headerLines));
        out.getRow(HEADER_BOTTOM).setHeightInPoints(PrintedCells.rowHeight(1));

        int rowIndex = FIRST_DATA_ROW;
        for (DataRow row : sheet.rows()) {
            for (int index = 0; index < labelCount; index++) {
                text(out, rowIndex, index, row.labels().get(index), row.total() ? styles.labelBold : styles.label);
            }
            for (int index = 0; index < sheet.columns().size(); index++) {
                Column spec = sheet.columns().get(index);
                BigDecimal value = row.figures().figure(spec.goldColumn());
                Cell cell = cell(out, rowIndex, labelCount + index);
                if (value == null) {
                    cell.setCellValue(OfficialNumberFormat.NOT_REPORTED);
                    cell.setCellStyle(styles.missing);
                } else {
                    cell.setCellValue(spec.indicator().rounded(value).doubleValue());
                    cell.setCellStyle(styles.number(spec.indicator().precision(), row.total()));
                }
            }
            out.getRow(rowIndex).setHeightInPoints(PrintedCells.rowHeight(1));
            rowIndex++;
        }
        // The notes wrap within the first page's width rather than run off its edge.
        int firstPageWidth = java.util.Arrays.stream(widths, 0, firstPageEnd + 1).sum();
        for (String note : List.of(wording.fill("tables.note", blanks), wording.fill("tables.release", blanks))) {
            rowIndex++;
            mergedText(out, rowIndex, 0, firstPageEnd, note, styles.metaWrapped);
            out.getRow(rowIndex).setHeightInPoints(PrintedCells.rowHeight(PrintedCells.linesOf(note, firstPageWidth)));
        }

        for (int index = 0; index <= lastColumn; index++) {
            out.setColumnWidth(index, widths[index] * 256);
        }
        out.createFreezePane(labelCount, FIRST_DATA_ROW);
        out.setRepeatingRows(new CellRangeAddress(HEADER_TOP, HEADER_BOTTOM, -1, -1));
        PrintSetup print = out.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        for (org.apache.poi.ss.usermodel.PageMargin side : List.of(org.apache.poi.ss.usermodel.PageMargin.LEFT,
                org.apache.poi.ss.usermodel.PageMargin.RIGHT, org.apache.poi.ss.usermodel.PageMargin.TOP,
                org.apache.poi.ss.usermodel.PageMargin.BOTTOM)) {
            out.setMargin(side, MARGIN_INCHES);
        }
        if (pageEnds.size() == 1) {
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            out.setFitToPage(true);
            out.setHorizontallyCenter(true);
        } else {
            // Too wide to shrink legibly: each group of columns prints on its own page at full size,
            // the 市州/县 columns repeated at its left, the pages of one set of rows side by side.
            out.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, labelCount - 1));
            pageEnds.subList(0, pageEnds.size() - 1).forEach(out::setColumnBreak);
            print.setScale((short) 100);
            print.setLeftToRight(true);
            out.setFitToPage(false);
        }
        out.getFooter().setCenter("&P / &N");
        // The release on every printed page, as in the Word documents' footer (& is a code in Excel footers).
        out.getFooter().setLeft(context.releaseLabel().replace("&", "&&"));
    }

    /**
     * "直接投入帮扶资金" over "（万元）": the unit on a line of its own, never broken off at its bracket;
     * a name too long for the width broken into even lines ("在岗第/一书记", not "在岗第一书/记"), counted
     * at Excel's narrower characters so that LibreOffice, which fits more on a line, keeps the same breaks.
     */
    static String heading(Indicator indicator, int width) {
        String name = indicator.chineseName();
        int perLine = Math.max(1, (width - 2) / 2);
        int characters = name.codePointCount(0, name.length());
        int lines = (characters + perLine - 1) / perLine;
        StringBuilder broken = new StringBuilder();
        int[] codePoints = name.codePoints().toArray();
        int start = 0;
        for (int line = 0; line < lines; line++) {
            int end = (int) Math.round((double) characters * (line + 1) / lines);
            if (line > 0) {
                broken.append('\n');
            }
            broken.append(new String(codePoints, start, end - start));
            start = end;
        }
        return broken + "\n（" + indicator.unit().chineseName() + "）";
    }

    /** How many columns from {@code first} share its indicator's heading (a flow's spans). */
    private static int spanOf(Sheet sheet, int first) {
        Column column = sheet.columns().get(first);
        int span = 1;
        while (column.spanHeading() != null && first + span < sheet.columns().size()
                && sheet.columns().get(first + span).indicator().equals(column.indicator())) {
            span++;
        }
        return span;
    }

    /**
     * Each column as wide as its longest entry, a figure column wide enough for its heading in three
     * lines at most: the widths in Excel units (a Chinese character counts two).
     */
    private static int[] columnWidths(Sheet sheet) {
        int labelCount = sheet.labelHeadings().size();
        int[] widths = new int[labelCount + sheet.columns().size()];
        for (int index = 0; index < labelCount; index++) {
            widths[index] = Math.max(NARROWEST_LABEL_COLUMN, WordTemplate.displayWidth(sheet.labelHeadings().get(index)) + 2);
            for (DataRow row : sheet.rows()) {
                widths[index] = Math.max(widths[index], WordTemplate.displayWidth(row.labels().get(index)) + 2);
            }
        }
        for (int index = 0; index < sheet.columns().size(); index++) {
            Column spec = sheet.columns().get(index);
            int width = Math.max(NARROWEST_FIGURE_COLUMN, WordTemplate.displayWidth(spec.spanHeading() == null ? "" : spec.spanHeading()) + 2);
            for (DataRow row : sheet.rows()) {
                width = Math.max(width, spec.indicator().formatTableCell(row.figures().figure(spec.goldColumn())).length() + 2);
            }
            widths[labelCount + index] = width;
        }
        for (int index = 0; index < sheet.columns().size(); index += spanOf(sheet, index)) {
            int span = spanOf(sheet, index);
            Indicator indicator = sheet.columns().get(index).indicator();
            // The name in three lines at most, the unit's line whole: "（个百分点）" never breaks at its bracket.
            int needed = Math.max((WordTemplate.displayWidth(indicator.chineseName()) + 2) / 3 + 2,
                    WordTemplate.displayWidth("（" + indicator.unit().chineseName() + "）") + 2);
            int have = 0;
            for (int offset = 0; offset < span; offset++) {
                have += widths[labelCount + index + offset];
            }
            for (int offset = 0; have < needed; offset = (offset + 1) % span) {
                widths[labelCount + index + offset]++;
                have++;
            }
        }
        return widths;
    }

    /**
     * The last column of each printed page: one page when the table, shrunk no further than
     * {@link #SMALLEST_SCALE}, fits the width; else groups of whole headings, each page with the
     * label columns repeated.
     */
    static List<Integer> pageEnds(Sheet sheet, int[] widths) {
        int labelCount = sheet.labelHeadings().size();
        int total = java.util.Arrays.stream(widths).sum();
        if (total * SMALLEST_SCALE <= PAGE_WIDTH_UNITS) {
            return List.of(widths.length - 1);
        }
        int labelWidth = java.util.Arrays.stream(widths, 0, labelCount).sum();
        List<Integer> ends = new ArrayList<>();
        int used = labelWidth;
        for (int index = 0; index < sheet.columns().size(); index += spanOf(sheet, index)) {
            int span = spanOf(sheet, index);
            int groupWidth = java.util.Arrays.stream(widths, labelCount + index, labelCount + index + span).sum();
            if (used + groupWidth > PAGE_WIDTH_UNITS && used > labelWidth) {
                ends.add(labelCount + index - 1);
                used = labelWidth;
            }
            used += groupWidth;
        }
        ends.add(widths.length - 1);
        return ends;
    }

    /** The first of the columns ending at {@code last} that together hold a text of this display width. */
    private static int firstColumnOfRightText(int[] widths, int last, int textWidth) {
        int column = last;
        int width = widths[last];
        while (width < textWidth + 2 && column > 0) {
            column--;
            width += widths[column];
        }
        return column;
    }

    /** Text in a cell merged over {@code first}..{@code last} (a single cell when they meet). */
    private static void mergedText(XSSFSheet sheet, int row, int first, int last, String text, CellStyle style) {
        text(sheet, row, first, text, style);
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }
    }

    private static void text(XSSFSheet sheet, int row, int column, String text, CellStyle style) {
        Cell cell = cell(sheet, row, column);
        cell.setCellValue(SpreadsheetText.inert(text));
        cell.setCellStyle(style);
    }

    private static Cell cell(XSSFSheet sheet, int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }

    /** The few cell styles a workbook shares (Excel limits their number). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle meta;
        final CellStyle metaRight;
        final CellStyle metaWrapped;
        final CellStyle header;
        final CellStyle label;
        final CellStyle labelBold;
        final CellStyle missing;
        private final XSSFWorkbook workbook;
        private final Map<String, CellStyle> numbers = new java.util.HashMap<>();
        private final Font bodyFont;
        private final Font boldFont;

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            PrintedCells.useBodyTypeAsDefault(workbook);
            Font titleFont = font(workbook, "黑体", 16, true);
            bodyFont = font(workbook, PrintedCells.BODY_FONT, PrintedCells.BODY_POINTS, false);
            boldFont = font(workbook, PrintedCells.BODY_FONT, PrintedCells.BODY_POINTS, true);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            meta = workbook.createCellStyle();
            meta.setFont(bodyFont);
            metaWrapped = workbook.createCellStyle();
            metaWrapped.setFont(bodyFont);
            metaWrapped.setWrapText(true);
            metaWrapped.setVerticalAlignment(VerticalAlignment.TOP);
            metaRight = workbook.createCellStyle();
            metaRight.setFont(bodyFont);
            metaRight.setAlignment(HorizontalAlignment.RIGHT);
            header = bordered(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            label = bordered(bodyFont);
            labelBold = bordered(boldFont);
            missing = bordered(bodyFont);
            missing.setAlignment(HorizontalAlignment.CENTER);
        }

        CellStyle number(int decimals, boolean bold) {
            return numbers.computeIfAbsent(decimals + "/" + bold, key -> {
                CellStyle style = bordered(bold ? boldFont : bodyFont);
                style.setDataFormat(workbook.createDataFormat().getFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)));
                return style;
            });
        }

        private CellStyle bordered(Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static Font font(XSSFWorkbook workbook, String name, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(name);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }
    }
}
