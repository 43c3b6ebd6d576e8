package org.bangfu.documents;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * Fills a Word template (poi-tl {{tag}} syntax) that an office may edit in Word or WPS, stamps the
 * document properties with the release and makes the file byte-identical for the same inputs.
 * A tag the data do not fill fails the run rather than printing blank.
 */
public final class WordTemplate {

    static final String TABLE_FONT = "仿宋_GB2312";
    static final String TABLE_HEADING_FONT = "黑体";
    static final String TABLE_WESTERN_FONT = "Times New Roman";
    private static final double TABLE_FONT_SIZE = 10.5;
    /** The text width of an A4 page with official-document margins (28 mm left, 26 mm right). */
    private static final double TABLE_WIDTH_CENTIMETRES = 15.6;
    private static final double ROW_HEIGHT_CENTIMETRES = 0.75;
    private static final int NARROWEST_COLUMN_CHARACTERS = 6;
    /** Tables of up to this many rows (header included) are kept on one page. */
    static final int ROWS_KEPT_WHOLE = 16;
    static final int ROWS_KEPT_WITH_CAPTION = 4;
    /** Cell margins take about this much, so a name that fits its width exactly would still wrap. */
    private static final int CELL_PADDING_CHARACTERS = 2;

    private final Path template;

    public WordTemplate(Path template) {
        if (!Files.isRegularFile(template)) {
            throw DocumentException.templateMissing(template, null);
        }
        this.template = template;
    }

    /**
     * @param properties title, author (the office) and the release label for the document properties
     */
    public byte[] render(Map<String, Object> tags, DocumentProperties properties, LocalDate fixedDate) {
        Configure strict = Configure.builder()
                .setValidErrorHandler(new Configure.AbortHandler()).build();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (InputStream templateBytes = Files.newInputStream(template);
                XWPFTemplate document = XWPFTemplate.compile(templateBytes, strict).render(tags)) {
            keepTablesTogether(document.getXWPFDocument());
            POIXMLProperties.CoreProperties core = document.getXWPFDocument().getProperties().getCoreProperties();
            Date date = Date.from(fixedDate.atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
            core.setTitle(properties.title());
            core.setCreator(properties.author());
            core.setLastModifiedByUser(properties.author());
            core.setSubjectProperty(properties.subject());
            core.setKeywords(properties.releaseLabel());
            core.setRevision("1");
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            core.setLastPrinted(Optional.empty());
            ReleaseProperties.addCustom(document.getXWPFDocument().getProperties(), properties.releaseLabel(), properties.dataVersion());
            document.write(docx);
        } catch (IOException | RuntimeException e) {
            throw DocumentException.renderFailed(template, e);
        }
        return ReproducibleZip.withEntriesDated(docx.toByteArray(), fixedDate);
    }

    /**
     * A table of a few rows stays whole on one page (its caption keeps with it from the template);
     * a longer one runs on over pages, header repeated, but never leaves its caption with fewer
     * than {@link #ROWS_KEPT_WITH_CAPTION} rows; no row splits across pages.
     */
    static void keepTablesTogether(org.apache.poi.xwpf.usermodel.XWPFDocument document) {
        for (org.apache.poi.xwpf.usermodel.XWPFTable table : document.getTables()) {
            List<org.apache.poi.xwpf.usermodel.XWPFTableRow> rows = table.getRows();
            int kept = rows.size() <= ROWS_KEPT_WHOLE ? rows.size() - 1 : ROWS_KEPT_WITH_CAPTION;
            for (int index = 0; index < rows.size(); index++) {
                rows.get(index).setCantSplitRow(true);
                if (index < kept) {
                    rows.get(index).getTableCells().forEach(cell -> cell.getParagraphs().forEach(paragraph -> paragraph.setKeepNext(true)));
                }
            }
        }
    }

    /** The table in the official style: 黑体 header on grey, 仿宋 body, amounts right-aligned, header repeated on each page. */
    public static TableRenderData table(DocumentTable table) {
        double[] widths = columnWidths(table);
        Tables.TableBuilder builder = Tables.ofWidth(TABLE_WIDTH_CENTIMETRES, widths).center();
        List<CellRenderData> headerCells = new ArrayList<>();
        for (String heading : table.header()) {
            headerCells.add(Cells.of(Texts.of(heading).style(textStyle(TABLE_HEADING_FONT)).create()).center().create());
        }
        builder.addRow(Rows.of(headerCells.toArray(CellRenderData[]::new)).bgColor("F2F2F2").repeatedHeader()
                .rowAtleastHeight(ROW_HEIGHT_CENTIMETRES).create());
        for (List<String> row : table.rows()) {
            List<CellRenderData> cells = new ArrayList<>();
            cells.add(Cells.of(Texts.of(row.get(0)).style(textStyle(TABLE_FONT)).create()).center().create());
            for (String value : row.subList(1, row.size())) {
                cells.add(Cells.of(Texts.of(value).style(textStyle(TABLE_FONT)).create())
                        .verticalCenter().horizontalRight().create());
            }
            RowRenderData rendered = Rows.of(cells.toArray(CellRenderData[]::new))
                    .rowAtleastHeight(ROW_HEIGHT_CENTIMETRES).create();
            builder.addRow(rendered);
        }
        return builder.create();
    }

    private static Style textStyle(String eastAsianFont) {
        return Style.builder().buildFontFamily(eastAsianFont).buildWesternFontFamily(TABLE_WESTERN_FONT)
                .buildFontSize(TABLE_FONT_SIZE).build();
    }

    /** Shares the width by the longest entry of each column (a Chinese character counting as two). */
    private static double[] columnWidths(DocumentTable table) {
        int[] characters = new int[table.header().size()];
        Arrays.fill(characters, NARROWEST_COLUMN_CHARACTERS);
        for (int index = 0; index < characters.length; index++) {
            // Headings wrap onto two lines, so they need only half their length.
            characters[index] = Math.max(characters[index], (displayWidth(table.header().get(index)) + 1) / 2);
        }
        for (List<String> row : table.rows()) {
            for (int index = 0; index < row.size(); index++) {
                characters[index] = Math.max(characters[index], displayWidth(row.get(index)) + CELL_PADDING_CHARACTERS);
            }
        }
        double total = Arrays.stream(characters).sum();
        return Arrays.stream(characters).mapToDouble(width -> TABLE_WIDTH_CENTIMETRES * width / total).toArray();
    }

    static int displayWidth(String text) {
        return text.codePoints().map(codePoint -> codePoint > 0x2E80 ? 2 : 1).sum();
    }

    /**
     * What a document says about itself in File → Properties: the short release label where a reader
     * looks (keywords), the full data version only as a custom property for rebuilding it.
     */
    public record DocumentProperties(String title, String author, String subject, String releaseLabel, String dataVersion) {
    }
}
