package org.bangfu.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.documents.ReproducibleZip;

/**
 * Writes one {@link FeedbackReport} as an .xlsx: a cover sheet (说明) saying who, what and what to
 * do next, and a problems sheet (问题清单) with one row per problem.
 *
 * <p>Every submitted value is written as a plain text cell with the text format and a quote prefix,
 * so that a value such as {@code =HYPERLINK(…)} stays text in Excel, WPS and LibreOffice and nothing
 * from a submission is ever evaluated. The output is byte-identical for the same report: the
 * document's creation date and every zip entry are dated from the report itself (its latest
 * received file), not from the time of writing.
 */
public final class FeedbackWorkbook {

    /** Problems listed per workbook; beyond that the cover says how many were left out. */
    public static final int MAX_ISSUES = 20_000;

    /** A font every Chinese Office installation has; LibreOffice substitutes a CJK font of its own. */
    static final String FONT = "宋体";

    static final String COVER_SHEET = "说明";
    static final String PROBLEMS_SHEET = "问题清单";

    static final List<String> PROBLEM_HEADERS = List.of("文件", "工作表", "单元格", "列名", "填报值", "规则编号",
            "严重程度", "问题说明", "English message", "修改建议");

    private static final int[] PROBLEM_WIDTHS = {28, 12, 14, 26, 22, 10, 10, 60, 60, 40};

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** When nothing in the report carries a date. */
    private static final LocalDateTime FALLBACK_DATE = LocalDateTime.of(2000, 1, 1, 0, 0);

    private FeedbackWorkbook() {
    }

    public static byte[] write(FeedbackReport report) {
        LocalDateTime documentDate = report.files().stream().map(FeedbackFile::receivedAt)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(FALLBACK_DATE)
                .withNano(0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            writeCover(workbook.createSheet(COVER_SHEET), report, styles);
            writeProblems(workbook.createSheet(PROBLEMS_SHEET), report, styles);
            POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(Date.from(documentDate.toInstant(ZoneOffset.UTC))));
            core.setModified(Optional.of(Date.from(documentDate.toInstant(ZoneOffset.UTC))));
            core.setCreator("bangfu");
            core.setTitle("数据质量反馈单 " + report.formCode() + " " + report.submitterCode() + " " + report.period());
            workbook.write(bytes);
            return ReproducibleZip.withEntriesDated(bytes.toByteArray(), documentDate);
        } catch (IOException failure) {
            throw new UncheckedIOException("could not write the feedback workbook " + report.relativePath(), failure);
        }
    }

    private static void writeCover(XSSFSheet sheet, FeedbackReport report, Styles styles) {
        sheet.setColumnWidth(0, 28 * 256);
        printOnePageWide(sheet);
        sheet.setColumnWidth(1, 30 * 256);
        for (int column = 2; column < 7; column++) {
            sheet.setColumnWidth(column, 14 * 256);
        }
        int row = 0;
        text(sheet, row++, 0, "数据质量反馈单 / Data quality feedback", styles.title);
        row++;
        row = labelled(sheet, row, "报送单位代码 / Submitter code", report.submitterCode(), styles);
        row = labelled(sheet, row, "报送单位名称 / Submitter", report.submitterName(), styles);
        row = labelled(sheet, row, "报表 / Form", (report.formCode() + " " + report.formName()).strip(), styles);
        row = labelled(sheet, row, "报告期 / Period", report.period(), styles);
        row = labelled(sheet, row, "错误 / Errors", Long.toString(report.errors()), styles);
        row = labelled(sheet, row, "警告 / Warnings", Long.toString(report.warnings()), styles);
        if (report.issuesOmitted() > 0) {
            row = labelled(sheet, row, "未列出 / Not listed",
                    "另有 " + report.issuesOmitted() + " 条问题未列出，请先改正已列出的问题 / "
                            + report.issuesOmitted() + " more problems not listed; fix the listed ones first", styles);
        }
        row++;
        List<String> fileHeaders = List.of("文件 / File", "收到时间 / Received", "状态 / Status", "读入行数 / Rows read",
                "通过行数 / Accepted", "隔离行数 / Quarantined", "警告条数 / Warnings");
        XSSFRow header = sheet.createRow(row++);
        for (int column = 0; column < fileHeaders.size(); column++) {
            cell(header, column, fileHeaders.get(column), styles.header);
        }
        long read = 0;
        long accepted = 0;
        long quarantined = 0;
        long warnings = 0;
        for (FeedbackFile file : report.files()) {
            XSSFRow line = sheet.createRow(row++);
            cell(line, 0, file.fileName(), styles.text);
            cell(line, 1, file.receivedAt() == null ? "" : RECEIVED.format(file.receivedAt()), styles.text);
            cell(line, 2, !file.readable() ? "整个文件未接收 / rejected as a whole"
                    : file.current() ? "当前版本 / current" : "已被后报文件替代 / replaced by a later file", styles.text);
            number(line, 3, file.rowsRead(), styles.text);
            number(line, 4, file.rowsAccepted(), styles.text);
            number(line, 5, file.rowsQuarantined(), styles.text);
            number(line, 6, file.warnings(), styles.text);
            read += file.rowsRead();
            accepted += file.rowsAccepted();
            quarantined += file.rowsQuarantined();
            warnings += file.warnings();
        }
        XSSFRow total = sheet.createRow(row++);
        cell(total, 0, "合计 / Total", styles.header);
        number(total, 3, read, styles.header);
        number(total, 4, accepted, styles.header);
        number(total, 5, quarantined, styles.header);
        number(total, 6, warnings, styles.header);
        row++;
        text(sheet, row++, 0, "下一步 / What to do next", styles.header);
        for (String line : nextSteps(report)) {
            text(sheet, row++, 0, line, styles.plain);
        }
    }

    private static List<String> nextSteps(FeedbackReport report) {
        List<String> lines = new java.util.ArrayList<>();
        if (report.errors() > 0) {
            lines.add("1. “错误”所在的行（或整个文件）未被接收。请按“问题清单”逐条改正，然后重新报送整张报表。");
            lines.add("   Rows (or files) with an error were not accepted. Fix each problem listed under 问题清单 and resubmit the whole form.");
            lines.add("2. 同一报表、同一报告期的重新报送将整体替换上次数据：请包含全部行，而不只是改正的行。");
            lines.add("   A resubmission of the same form and period replaces the previous one entirely: include every row, not only the corrected ones.");
        }
        if (report.warnings() > 0) {
            lines.add("“警告”所在的行已被接收，但请核实；确有错误请改正后重新报送，数据无误则无需处理。");
            lines.add("Rows with a warning were accepted; please verify them. Resubmit if they are wrong; nothing to do if they are right.");
        }
        lines.add("单元格位置按您报送的文件标注（如 D12 表示 D 列第 12 行）。如有疑问，请联系省扶贫办统计处。");
        lines.add("Cell references point into the file as you submitted it (D12 = column D, row 12). Questions: the provincial office's statistics section.");
        return lines;
    }

    private static void writeProblems(XSSFSheet sheet, FeedbackReport report, Styles styles) {
        XSSFRow header = sheet.createRow(0);
        for (int column = 0; column < PROBLEM_HEADERS.size(); column++) {
            cell(header, column, PROBLEM_HEADERS.get(column), styles.header);
            sheet.setColumnWidth(column, PROBLEM_WIDTHS[column] * 256);
        }
        int row = 1;
        for (FeedbackIssue issue : report.issues()) {
            XSSFRow line = sheet.createRow(row++);
            cell(line, 0, issue.fileName(), styles.text);
            cell(line, 1, issue.sheet(), styles.text);
            cell(line, 2, issue.cellReference(), styles.text);
            cell(line, 3, issue.header().isEmpty() ? issue.fieldName() : issue.header(), styles.text);
            cell(line, 4, issue.value(), styles.text);
            cell(line, 5, issue.ruleCode(), styles.text);
            cell(line, 6, issue.severityChinese(), issue.error() ? styles.error : styles.warning);
            cell(line, 7, issue.messageChinese(), styles.wrapped);
            cell(line, 8, issue.messageEnglish(), styles.wrapped);
            cell(line, 9, Suggestions.of(issue), styles.wrapped);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, PROBLEM_HEADERS.size() - 1));
        printOnePageWide(sheet);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, row - 1), 0, PROBLEM_HEADERS.size() - 1));
    }

    /** Printed landscape, every column on one page width, as many pages down as needed. */
    private static void printOnePageWide(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static int labelled(XSSFSheet sheet, int row, String label, String value, Styles styles) {
        XSSFRow line = sheet.createRow(row);
        cell(line, 0, label, styles.header);
        cell(line, 1, value, styles.text);
        return row + 1;
    }

    private static void text(XSSFSheet sheet, int row, int column, String value, CellStyle style) {
        cell(sheet.createRow(row), column, value, style);
    }

    /** Always a string cell: nothing a submitter wrote becomes a formula or a number. */
    private static void cell(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(fitted(value == null ? "" : value));
        cell.setCellStyle(style);
    }

    /** Excel's limit on the text of one cell; POI refuses longer text. */
    static final int MAX_CELL_CHARACTERS = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /**
     * Text that fits one cell: a value longer than Excel allows (a pasted document, a runaway
     * export) is cut with a visible note saying how long it was, so one bad value never stops the
     * feedback, and with it the run.
     */
    static String fitted(String text) {
        if (text.length() <= MAX_CELL_CHARACTERS) {
            return text;
        }
        int characters = text.codePointCount(0, text.length());
        String note = "…（已截断，原文共" + characters + "字 / truncated, " + characters + " characters in all）";
        int keep = MAX_CELL_CHARACTERS - note.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;   // never split a character outside the Basic Multilingual Plane
        }
        return text.substring(0, keep) + note;
    }

    private static void number(XSSFRow row, int column, long value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few styles of a feedback workbook, all in the CJK font. */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle header;
        final CellStyle title;
        final CellStyle error;
        final CellStyle warning;

        Styles(XSSFWorkbook workbook) {
            XSSFFont regular = workbook.getFontAt(0);
            regular.setFontName(FONT);
            regular.setFontHeightInPoints((short) 11);
            XSSFFont bold = font(workbook, 11, true);
            XSSFFont large = font(workbook, 16, true);
            short textFormat = workbook.createDataFormat().getFormat("@");
            plain = workbook.createCellStyle();
            plain.setFont(regular);
            text = workbook.createCellStyle();
            text.setFont(regular);
            text.setDataFormat(textFormat);
            text.setQuotePrefixed(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            title = workbook.createCellStyle();
            title.setFont(large);
            error = workbook.createCellStyle();
            error.cloneStyleFrom(text);
            error.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            error.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            warning = workbook.createCellStyle();
            warning.cloneStyleFrom(text);
            warning.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            warning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static XSSFFont font(XSSFWorkbook workbook, int points, boolean bold) {
            XSSFFont font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }
    }
}
