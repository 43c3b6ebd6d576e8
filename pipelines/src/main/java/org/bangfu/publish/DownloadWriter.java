package org.bangfu.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bangfu.documents.ReproducibleZip;
import org.bangfu.documents.SpreadsheetText;
import org.bangfu.indicators.IndicatorCatalogue;

/**
 * Writes a {@link DataTable} as CSV (UTF-8 with BOM, Excel-friendly) and as XLSX (a data sheet and
 * a 说明 sheet with every column's meaning, the release and the data version). The one writer
 * of every download, so that every file reads the same: text cells are made inert against
 * spreadsheet formulas ({@link SpreadsheetText#inert}), numbers are plain numbers, an empty cell
 * means not reported, and every row carries the release label and data version.
 */
final class DownloadWriter {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String RELEASE_HEADER = "发布版本 release";

    private final String releaseLabel;
    private final String stamp;
    private final LocalDate publishDate;

    /** Workbooks are dated the publish date inside, so republishing a release writes the same bytes. */
    DownloadWriter(String releaseLabel, String stamp, LocalDate publishDate) {
        this.releaseLabel = releaseLabel;
        this.stamp = stamp;
        this.publishDate = publishDate;
    }

    byte[] csv(DataTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            writer.write(BYTE_ORDER_MARK);
            printer.printRecord(headers(table));
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (Object cell : row) {
                    cells.add(csvCell(cell));
                }
                cells.add(releaseLabel);
                cells.add(stamp);
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + table.name() + ".csv in memory", e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(DataTable table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet data = workbook.createSheet("数据 data");
            List<String> headers = headers(table);
            var headerRow = data.createRow(0);
            for (int column = 0; column < headers.size(); column++) {
                Cell cell = headerRow.createCell(column);
                cell.setCellValue(headers.get(column));
                cell.setCellStyle(bold);
            }
            int rowIndex = 1;
            for (List<Object> row : table.rows()) {
                var sheetRow = data.createRow(rowIndex++);
                int column = 0;
                for (Object value : row) {
                    // No cell at all for not reported: blank, never zero.
                    if (value instanceof BigDecimal number) {
                        sheetRow.createCell(column).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        sheetRow.createCell(column).setCellValue(SpreadsheetText.inert(String.valueOf(value)));
                    }
                    column++;
                }
                sheetRow.createCell(column++).setCellValue(releaseLabel);
                sheetRow.createCell(column).setCellValue(stamp);
            }
            data.createFreezePane(0, 1);
            SXSSFSheet notes = workbook.createSheet("说明 notes");
            int noteRow = 0;
            noteRow = note(notes, noteRow, bold, "表 table", SpreadsheetText.inert(table.chineseTitle() + " / " + table.englishTitle()));
            noteRow = note(notes, noteRow, bold, "文件 file", table.name());
            noteRow = note(notes, noteRow, bold, "发布版本 release", releaseLabel);
            noteRow = note(notes, noteRow, bold, IndicatorCatalogue.DATA_VERSION.bilingualHeader(), stamp);
            noteRow = note(notes, noteRow, bold, "空白 blank", "空白表示未报送，不是0 / a blank cell means not reported, never zero");
            noteRow++;
            noteRow = note(notes, noteRow, bold, "字段 column", "含义、单位与口径 meaning, unit and definition");
            for (DataTable.DataColumn column : table.columns()) {
                noteRow = note(notes, noteRow, null, column.field(), SpreadsheetText.inert(column.meaning()));
            }
            notes.setColumnWidth(0, 40 * 256);
            notes.setColumnWidth(1, 100 * 256);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setCreated(Optional.of(Date.from(publishDate.atStartOfDay(ZoneOffset.UTC).toInstant())));
            workbook.write(bytes);
            workbook.dispose();
            return ReproducibleZip.withEntriesDated(bytes.toByteArray(), publishDate);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + table.name() + ".xlsx in memory", e);
        }
    }

    private static int note(SXSSFSheet sheet, int rowIndex, CellStyle style, String label, String text) {
        var row = sheet.createRow(rowIndex);
        Cell labelCell = row.createCell(0);
        labelCell.setCellValue(label);
        if (style != null) {
            labelCell.setCellStyle(style);
        }
        row.createCell(1).setCellValue(text);
        return rowIndex + 1;
    }

    /** "中文含义 field": readers find the Chinese, programs split at the last space. */
    private static List<String> headers(DataTable table) {
        List<String> headers = new ArrayList<>();
        for (DataTable.DataColumn column : table.columns()) {
            String chinese = column.chineseMeaning();
            headers.add(SpreadsheetText.inert(chinese.isEmpty() ? column.field() : chinese + " " + column.field()));
        }
        headers.add(RELEASE_HEADER);
        headers.add(IndicatorCatalogue.DATA_VERSION.bilingualHeader());
        return headers;
    }

    private static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return SpreadsheetText.inert(String.valueOf(value));
    }
}
