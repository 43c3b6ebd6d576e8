package org.bangfu.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.bangfu.forms.FormCatalogue;
import org.bangfu.indicators.OfficialNumberFormat;
import org.bangfu.scorecard.NotRatedReason;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The annual 考核结果: a Word summary (how many units were rated 优秀, 良好, 一般, 较差, by unit
 * category, and which units the 三捆绑 rule kept from 优秀 and why) and a workbook with one row per
 * unit per rule and its evidence. From gold.unit_verdict and gold.unit_scorecard of the latest year.
 */
public final class AssessmentResults {

    public static final String TEMPLATE_FILE_NAME = "assessment.docx";
    static final String DOCUMENT = "考核结果";
    /** The ratings in the order results are read out. */
    static final List<String> RATINGS = List.of("优秀", "良好", "一般", "较差", "无法评定");
    /** ML-3 单位层级 of central units. */
    private static final String CENTRAL_LEVEL = org.bangfu.scorecard.UnitScorecard.CENTRAL_LEVEL;

    private final DocumentContext context;

    public AssessmentResults(DocumentContext context) {
        this.context = context;
    }

    public static String path(int year, String extension) {
        return "briefings/assessment-" + year + "." + extension;
    }

    /** The latest year with verdicts, empty (and a warning) when the snapshot has none. */
    public Optional<Integer> year() {
        Optional<Integer> year = context.gold().greatestFigure(WarehouseTable.GOLD_UNIT_VERDICT, "year")
                .map(BigDecimal::intValue);
        if (year.isEmpty()) {
            context.warnings().add(DOCUMENT, "快照中没有考核评定（gold.unit_verdict），不生成考核结果",
                    "no verdicts (gold.unit_verdict) in the snapshot: no assessment written");
        }
        return year;
    }

    /** The year's verdicts only: gold.unit_verdict holds every unit of every year. */
    List<GoldRecord> verdicts(int year) {
        return context.gold().table(WarehouseTable.GOLD_UNIT_VERDICT, RowCondition.equalTo("year", year)).orElse(List.of()).stream()
                .sorted(Comparator.comparing((GoldRecord row) -> row.text("unit_name")).thenComparing(row -> row.text("unit_code")))
                .toList();
    }

    /** The paragraphs of the summary, by section. */
    List<BriefingSection> sections(int year) {
        Wording wording = context.wording();
        List<GoldRecord> verdicts = verdicts(year);
        Map<String, String> blanks = new LinkedHashMap<>();
        blanks.put("year", Integer.toString(year));
        blanks.put("units", Integer.toString(verdicts.size()));
        Map<String, Integer> counts = countByRating(verdicts);
        blanks.put("excellent", counts.get("优秀").toString());
        blanks.put("good", counts.get("良好").toString());
        blanks.put("fair", counts.get("一般").toString());
        blanks.put("poor", counts.get("较差").toString());
        blanks.put("notRated", counts.get("无法评定").toString());
        List<BriefingSection> sections = new ArrayList<>();
        List<String> overall = new ArrayList<>();
        overall.add(wording.fill("assessment.overall", blanks));
        List<String> notRated = notRatedSentences(wording, year, verdicts);
        if (!notRated.isEmpty()) {
            overall.add(String.join("", notRated));
        }
        List<GoldRecord> central = centralVerdicts(year);
        if (!central.isEmpty()) {
            Map<String, String> centralBlanks = new LinkedHashMap<>(blanks);
            Map<String, Integer> centralCounts = countByRating(central);
            centralBlanks.put("units", Integer.toString(central.size()));
            centralBlanks.put("categories", Long.toString(central.stream().map(row -> row.text("unit_category")).distinct().count()));
            centralBlanks.put("excellent", centralCounts.get("优秀").toString());
            centralBlanks.put("good", centralCounts.get("良好").toString());
            centralBlanks.put("fair", centralCounts.get("一般").toString());
            centralBlanks.put("poor", centralCounts.get("较差").toString());
            centralBlanks.put("notRated", centralCounts.get("无法评定").toString());
            overall.add(wording.fill("assessment.central", centralBlanks));
        }
        sections.add(section(wording, sections.size(), "assessment.overallHeading", overall));
        List<GoldRecord> capped = verdicts.stream().filter(row -> row.has("cap_reasons_zh") && !row.text("cap_reasons_zh").isBlank())
                .toList();
        if (!capped.isEmpty()) {
            List<String> items = capped.stream().map(row -> wording.fill("assessment.cappedItem", Map.of(
                    "name", row.text("unit_name"), "rating", row.text("rating"),
                    "reasons", row.text("cap_reasons_zh")))).toList();
            sections.add(section(wording, sections.size(), "assessment.cappedHeading", List.of(
                    wording.fill("assessment.capped", Map.of("count", Integer.toString(capped.size()),
                            "items", String.join(wording.text("list.semicolon"), items))))));
        }
        List<String> poor = verdicts.stream().filter(row -> row.text("rating").equals("较差")).map(row -> row.text("unit_name")).toList();
        if (!poor.isEmpty()) {
            sections.add(section(wording, sections.size(), "assessment.poorHeading", List.of(wording.fill("assessment.poor",
                    Map.of("count", Integer.toString(poor.size()), "items", String.join(wording.text("list.pause"), poor))))));
        }
        return sections;
    }

    /**
     * Why units were not rated, one sentence per reason with its count: gold.unit_verdict rates a unit
     * 无法评定 when no bundled rule applied to it that year ({@code bundled_rules} = 0: rules apply by
     * unit level, a poor-village rule only to units with paired villages; nothing was missing) or when
     * every applicable rule lacked figures (报送数据不全). A row
     * without the counts (not written by the scorecard) is counted without a reason.
     */
    static List<String> notRatedSentences(Wording wording, int year, List<GoldRecord> verdicts) {
        Map<String, Integer> byReason = new LinkedHashMap<>();
        List.of("assessment.notRatedNoRules", "assessment.notRated", "assessment.notRatedOther")
                .forEach(key -> byReason.put(key, 0));
        verdicts.stream().filter(AssessmentResults::notRated).forEach(row -> byReason.merge(notRatedReason(row), 1, Integer::sum));
        String[] leads = wording.text("assessment.notRatedLeads").split(",");
        List<String> sentences = new ArrayList<>();
        byReason.forEach((key, count) -> {
            if (count > 0) {
                sentences.add(wording.fill(key, Map.of("lead", leads[Math.min(sentences.size(), leads.length - 1)].strip(),
                        "count", count.toString(), "year", Integer.toString(year))));
            }
        });
        return sentences;
    }

    private static boolean notRated(GoldRecord row) {
        return row.text("rating").isEmpty() || row.text("rating").equals("无法评定");
    }

    /** The wording key of the sentence for the unit's reason ({@link NotRatedReason}, shared with the site). */
    private static String notRatedReason(GoldRecord row) {
        return switch (NotRatedReason.of(row.integer("bundled_rules"), row.integer("rules_not_assessable"))) {
            case NO_BUNDLED_RULES -> "assessment.notRatedNoRules";
            case DATA_INCOMPLETE -> "assessment.notRated";
            case NOT_RECORDED -> "assessment.notRatedOther";
        };
    }

    private static Map<String, Integer> countByRating(List<GoldRecord> verdicts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        RATINGS.forEach(rating -> counts.put(rating, 0));
        verdicts.forEach(row -> counts.merge(row.text("rating").isEmpty() ? "无法评定" : row.text("rating"), 1, Integer::sum));
        return counts;
    }

    private static BriefingSection section(Wording wording, int index, String titleKey, List<String> paragraphs) {
        String number = wording.text("section.numbers").split(",")[index].strip();
        return new BriefingSection(titleKey, wording.fill("section.heading", Map.of("number", number,
                "title", wording.text(titleKey))), paragraphs);
    }

    /** Ratings by unit category, all units first. */
    DocumentTable byCategory(int year) {
        return byCategory(verdicts(year));
    }

    /**
     * The central units' ratings by unit category: the 2017 central guideline has them assessed
     * once a year by category, each category under its lead department. Empty when no central unit
     * was rated that year.
     */
    Optional<DocumentTable> centralByCategory(int year) {
        List<GoldRecord> central = centralVerdicts(year);
        return central.isEmpty() ? Optional.empty() : Optional.of(byCategory(central));
    }

    private List<GoldRecord> centralVerdicts(int year) {
        return verdicts(year).stream().filter(row -> CENTRAL_LEVEL.equals(row.text("unit_level"))).toList();
    }

    private DocumentTable byCategory(List<GoldRecord> verdicts) {
        Wording wording = context.wording();
        // Categories in the order ML-3 lists them (党政机关 first), as offices are used to reading them.
        List<String> registerOrder = FormCatalogue.get(FormCatalogue.UNIT_REGISTER).field("unit_category")
                .map(field -> field.allowedValues().values().stream().distinct().toList()).orElse(List.of());
        Map<String, List<GoldRecord>> byCategory = new TreeMap<>(Comparator
                .comparingInt((String category) -> registerOrder.contains(category) ? registerOrder.indexOf(category)
                        : registerOrder.size())
                .thenComparing(Comparator.naturalOrder()));
        verdicts.forEach(row -> byCategory.computeIfAbsent(row.text("unit_category"), key -> new ArrayList<>()).add(row));
        List<String> header = new ArrayList<>();
        header.add(wording.text("assessment.column.category"));
        header.add(wording.text("assessment.column.units"));
        RATINGS.forEach(rating -> header.add(rating));
        List<List<String>> rows = new ArrayList<>();
        rows.add(categoryRow(wording.text("table.total"), verdicts));
        byCategory.forEach((category, rowsOfCategory) -> rows.add(categoryRow(category, rowsOfCategory)));
        return new DocumentTable(header, rows);
    }

    private static List<String> categoryRow(String name, List<GoldRecord> verdicts) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.add(Integer.toString(verdicts.size()));
        countByRating(verdicts).values().forEach(count -> cells.add(count.toString()));
        return cells;
    }

    public byte[] renderSummary(int year) {
        Wording wording = context.wording();
        Map<String, String> base = Map.of("year", Integer.toString(year));
        Map<String, Object> tags = new LinkedHashMap<>();
        DocumentTitle documentTitle = DocumentTitle.of(wording.fill("assessment.title", base));
        String title = documentTitle.text();
        tags.put("masthead", context.office().noticeMasthead());
        tags.put("issuingOffice", context.office().issuingOffice());
        tags.put("issueDate", OfficialNumberFormat.dateInChinese(context.options().documentDate()));
        tags.put("title", documentTitle.printed());
        List<Map<String, Object>> sectionTags = new ArrayList<>();
        for (BriefingSection section : sections(year)) {
            sectionTags.add(Map.of("heading", section.heading(), "paragraphs",
                    section.paragraphs().stream().map(text -> Map.<String, Object>of("text", text)).toList()));
        }
        tags.put("sections", sectionTags);
        // Two tables when central units were rated (all units, then the central units by category): the
        // template's table block repeats for each.
        Optional<DocumentTable> central = centralByCategory(year);
        Map<String, String> numbered = new LinkedHashMap<>(base);
        numbered.put("number", central.isPresent() ? "1" : "");
        List<Map<String, Object>> tables = new ArrayList<>();
        tables.add(Map.of("tableCaption", wording.fill("assessment.tableCaption", numbered),
                "figureTable", WordTemplate.table(byCategory(year)), "tableNote", wording.fill("assessment.tableNote", numbered)));
        central.ifPresent(table -> {
            numbered.put("number", "2");
            tables.add(Map.of("tableCaption", wording.fill("assessment.centralTableCaption", numbered),
                    "figureTable", WordTemplate.table(table), "tableNote", wording.fill("assessment.centralTableNote", numbered)));
        });
        tags.put("tableBlock", tables);
        tags.put("footerLine", context.footerLine());
        return new WordTemplate(context.template(TEMPLATE_FILE_NAME)).render(tags,
                new WordTemplate.DocumentProperties(title, context.office().issuingOffice(), title, context.releaseLabel(),
                        context.snapshot().stamp()),
                context.options().publishDate());
    }

    /** One row per unit per rule, with the evidence; the unit's verdict beside it. */
    public byte[] renderWorkbook(int year) {
        Wording wording = context.wording();
        Map<String, GoldRecord> verdictByUnit = new TreeMap<>();
        verdicts(year).forEach(row -> verdictByUnit.put(row.text("unit_code"), row));
        List<GoldRecord> rules = context.gold().table(WarehouseTable.GOLD_UNIT_SCORECARD, RowCondition.equalTo("year", year))
                .orElse(List.of()).stream()
                .sorted(Comparator.comparing((GoldRecord row) -> row.text("unit_name")).thenComparing(row -> row.text("unit_code"))
                        .thenComparing(row -> row.text("rule_code")))
                .toList();
        if (rules.isEmpty()) {
            context.warnings().add(DOCUMENT, "快照中没有考核明细（gold.unit_scorecard），工作簿只有表头",
                    "no scorecard rows in the snapshot: the workbook has headers only");
        }
        String[] columns = wording.text("assessment.workbook.columns").split(",");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            PrintedCells.useBodyTypeAsDefault(workbook);
            XSSFSheet sheet = workbook.createSheet(wording.text("assessment.workbook.sheet"));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName(PrintedCells.BODY_FONT);
            bold.setFontHeightInPoints(PrintedCells.BODY_POINTS);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            border(header);
            Font body = workbook.createFont();
            body.setFontName(PrintedCells.BODY_FONT);
            body.setFontHeightInPoints(PrintedCells.BODY_POINTS);
            CellStyle text = workbook.createCellStyle();
            text.setFont(body);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            border(text);
            CellStyle number = workbook.createCellStyle();
            number.setFont(body);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            // Small counts centred in their narrow columns: right-aligned, the last count ran into the 依据 text beside it.
            number.setAlignment(HorizontalAlignment.CENTER);
            number.setVerticalAlignment(VerticalAlignment.TOP);
            border(number);
            CellStyle titleStyle = workbook.createCellStyle();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            titleFont.setFontName("黑体");
            titleStyle.setFont(titleFont);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);

            Map<String, String> blanks = Map.of("year", Integer.toString(year), "office", context.office().issuingOffice(),
                    "date", OfficialNumberFormat.dateInChinese(context.options().documentDate()), "release", context.releaseLabel());
            setText(sheet, 0, 0, wording.fill("assessment.workbookTitle", blanks), titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.length - 1));
            setText(sheet, 1, 0, wording.fill("tables.office", blanks), null);
            setText(sheet, 1, columns.length - 1, wording.fill("tables.date", blanks), null);
            for (int index = 0; index < columns.length; index++) {
                setText(sheet, 2, index, columns[index].strip(), header);
            }
            int headerLines = 1;
            for (int index = 0; index < columns.length; index++) {
                headerLines = Math.max(headerLines, PrintedCells.linesOf(columns[index].strip(), widthOf(index)));
            }
            sheet.getRow(2).setHeightInPoints(PrintedCells.rowHeight(headerLines));
            int rowIndex = 3;
            for (GoldRecord rule : rules) {
                GoldRecord verdict = verdictByUnit.get(rule.text("unit_code"));
                List<Object> values = List.of(rule.text("unit_name"), rule.text("unit_level"), rule.text("unit_category"),
                        rule.text("rule_name_zh"), rule.text("requirement_zh"),
                        wording.text(Boolean.TRUE.equals(rule.values().get("bundled")) ? "assessment.yes" : "assessment.no"),
                        rule.text("result"), count(rule, "items_checked"), count(rule, "items_met"), count(rule, "items_not_met"),
                        count(rule, "items_not_assessable"), rule.text("evidence_zh"),
                        verdict == null ? "" : verdict.text("rating"), verdict == null ? "" : verdict.text("cap_reasons_zh"));
                int lines = 1;
                for (int index = 0; index < values.size(); index++) {
                    Object value = values.get(index);
                    if (value instanceof String words) {
                        lines = Math.max(lines, PrintedCells.linesOf(words, widthOf(index)));
                    }
                    if (value instanceof Long longValue) {
                        Cell cell = cell(sheet, rowIndex, index);
                        cell.setCellValue(longValue);
                        cell.setCellStyle(number);
                    } else {
                        setText(sheet, rowIndex, index, value == null ? OfficialNumberFormat.NOT_REPORTED : value.toString(), text);
                    }
                }
                // Excel and LibreOffice keep a row at its stored height: grown here, the evidence shows whole.
                sheet.getRow(rowIndex).setHeightInPoints(PrintedCells.rowHeight(lines));
                rowIndex++;
            }
            for (int index = 0; index < columns.length; index++) {
                sheet.setColumnWidth(index, widthOf(index) * 256);
            }
            setText(sheet, rowIndex + 1, 0, wording.fill("tables.release", blanks), null);
            sheet.createFreezePane(1, 3);
            sheet.setRepeatingRows(new CellRangeAddress(2, 2, -1, -1));
            sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, rowIndex - 1), 0, columns.length - 1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);
            sheet.getFooter().setCenter("&P / &N");
            // The release on every printed page, as in the Word documents' footer (& is a code in Excel footers).
            sheet.getFooter().setLeft(context.releaseLabel().replace("&", "&&"));
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            Date date = Date.from(context.options().publishDate().atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
            core.setTitle(wording.fill("assessment.workbookTitle", blanks));
            core.setCreator(context.office().issuingOffice());
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
     * Column widths in Excel units, in the order of {@code assessment.workbook.columns}: the long
     * texts (rule, requirement, evidence, reasons) wrap, and the whole (130 units) fits A4 landscape
     * at 90 % or more even counted in LibreOffice's wider units (see StatisticalTables.PAGE_WIDTH_UNITS).
     */
    private static final int[] COLUMN_WIDTHS = {14, 5, 9, 12, 16, 5, 6, 5, 5, 5, 5, 24, 5, 14};

    private static int widthOf(int column) {
        return column < COLUMN_WIDTHS.length ? COLUMN_WIDTHS[column] : 10;
    }

    private static Long count(GoldRecord row, String column) {
        return row.figure(column) == null ? null : row.figure(column).longValue();
    }

    private static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private static void setText(XSSFSheet sheet, int row, int column, String value, CellStyle style) {
        Cell cell = cell(sheet, row, column);
        cell.setCellValue(SpreadsheetText.inert(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static Cell cell(XSSFSheet sheet, int rowIndex, int column) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }
}
