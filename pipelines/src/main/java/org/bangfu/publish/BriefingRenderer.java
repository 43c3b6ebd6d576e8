package org.bangfu.publish;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.data.CellRenderData;
import com.deepoove.poi.data.Cells;
import com.deepoove.poi.data.RowRenderData;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.TableRenderData;
import com.deepoove.poi.data.Tables;
import com.deepoove.poi.data.Texts;
import com.deepoove.poi.data.style.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bangfu.publish.TemplateModel.HeaderCell;
import org.bangfu.publish.TemplateModel.Row;
import org.bangfu.publish.TemplateModel.Table;

/**
 * Fills the Word briefing template (poi-tl {{tag}} syntax) that a publicity office may edit in
 * Word or WPS. Tags keep the formatting given to them in the template; the table is built here in
 * the official style. A tag the content does not provide fails the run instead of printing blank.
 */
final class BriefingRenderer {

    static final String TEMPLATE_FILE_NAME = "briefing.docx";

    /** Every tag the content fills; a template may use any of them. */
    static final List<String> TAGS = List.of(
            "issueNumber", "issuingOffice", "issueDate", "quarter", "summary", "tableCaption", "#prefectureTable",
            "tableNote", "stampLine");

    static final String TABLE_FONT = "仿宋_GB2312";
    static final String TABLE_HEADING_FONT = "黑体";
    /** Digits in a Western face: narrower than a CJK font's, so amounts stay on one line. */
    static final String TABLE_WESTERN_FONT = "Times New Roman";
    /** 五号: the usual size for tables in official documents, and amounts like 123,456.78 fit a column. */
    private static final double TABLE_FONT_SIZE = 10.5;
    /** The text width of an A4 page with official-document margins (28 mm left, 26 mm right). */
    private static final double TABLE_WIDTH_CENTIMETRES = 15.6;
    private static final double ROW_HEIGHT_CENTIMETRES = 0.75;
    /** Columns are never narrower than this many half-width characters, so headings still fit. */
    private static final int NARROWEST_COLUMN_CHARACTERS = 8;

    private final Path template;

    BriefingRenderer(Path template) {
        if (!Files.isRegularFile(template)) {
            throw PublishException.templatesNotFound(template, "简报 briefing");
        }
        this.template = template;
    }

    byte[] render(BriefingContent content) {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("issueNumber", content.issueNumber());
        tags.put("issuingOffice", content.issuingOffice());
        tags.put("issueDate", content.issueDate());
        tags.put("quarter", content.quarter());
        tags.put("summary", content.summary());
        tags.put("tableCaption", content.tableCaption());
        tags.put("prefectureTable", tableOf(content.table()));
        tags.put("tableNote", content.tableNote());
        tags.put("stampLine", content.stampLine());
        Configure strict = Configure.builder().setValidErrorHandler(new Configure.AbortHandler()).build();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (InputStream templateBytes = Files.newInputStream(template);
                XWPFTemplate document = XWPFTemplate.compile(templateBytes, strict).render(tags)) {
            document.write(docx);
        } catch (IOException | RuntimeException e) {
            throw PublishException.briefingTemplateFailed(template, TAGS, e);
        }
        return docx.toByteArray();
    }

    private static TableRenderData tableOf(Table table) {
        if (table.headerRows().size() != 1) {
            throw new IllegalArgumentException("the briefing table takes one header row, got " + table.headerRows().size());
        }
        List<HeaderCell> header = table.headerRows().get(0);
        double[] columnWidths = columnWidths(table);
        Tables.TableBuilder builder = Tables.ofWidth(TABLE_WIDTH_CENTIMETRES, columnWidths).center();
        builder.addRow(headerRow(header));
        for (Row row : table.rows()) {
            builder.addRow(bodyRow(row));
        }
        return builder.create();
    }

    private static RowRenderData headerRow(List<HeaderCell> header) {
        List<CellRenderData> cells = new ArrayList<>();
        for (HeaderCell cell : header) {
            cells.add(Cells.of(Texts.of(cell.chinese()).style(textStyle(TABLE_HEADING_FONT)).create())
                    .center()
                    .create());
        }
        return Rows.of(cells.toArray(CellRenderData[]::new)).bgColor("F2F2F2").repeatedHeader()
                .rowAtleastHeight(ROW_HEIGHT_CENTIMETRES).create();
    }

    private static RowRenderData bodyRow(Row row) {
        List<CellRenderData> cells = new ArrayList<>();
        cells.add(Cells.of(Texts.of(row.chineseHeading()).style(textStyle(TABLE_FONT)).create())
                .center()
                .create());
        for (String value : row.cells()) {
            // Right-aligned so that digits of the same place line up down a column.
            cells.add(Cells.of(Texts.of(value).style(textStyle(TABLE_FONT)).create())
                    .verticalCenter()
                    .horizontalRight()
                    .create());
        }
        return Rows.of(cells.toArray(CellRenderData[]::new)).rowAtleastHeight(ROW_HEIGHT_CENTIMETRES).create();
    }

    private static Style textStyle(String eastAsianFont) {
        return Style.builder()
                .buildFontFamily(eastAsianFont)
                .buildWesternFontFamily(TABLE_WESTERN_FONT)
                .buildFontSize(TABLE_FONT_SIZE)
                .build();
    }

    /**
     * Shares the text width among columns by the longest entry of each (a Chinese character
     * counting as two), so that 凉山彝族自治州 and 123,456.78 each fit on one line.
     */
    private static double[] columnWidths(Table table) {
        int columnCount = table.headerRows().get(0).size();
        int[] characters = new int[columnCount];
        Arrays.fill(characters, NARROWEST_COLUMN_CHARACTERS);
        for (Row row : table.rows()) {
            characters[0] = Math.max(characters[0], displayWidth(row.chineseHeading()));
            for (int index = 0; index < row.cells().size(); index++) {
                characters[index + 1] = Math.max(characters[index + 1], displayWidth(row.cells().get(index)));
            }
        }
        double total = Arrays.stream(characters).sum();
        return Arrays.stream(characters).mapToDouble(width -> TABLE_WIDTH_CENTIMETRES * width / total).toArray();
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(codePoint -> codePoint > 0x2E80 ? 2 : 1).sum();
    }
}
