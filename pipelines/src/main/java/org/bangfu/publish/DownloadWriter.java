package org.bangfu.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
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
 * a 说明 sheet with every column's meaning, the release and the data version; a table longer than a
 * sheet continues on further data sheets). The one writer
 * of every download, so that every file reads the same: text cells are made inert against
 * spreadsheet formulas ({@link SpreadsheetText#inert}), numbers are plain numbers, an empty cell
 * means not reported, and every row carries the release label and data version.
 */
final class DownloadWriter {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String RELEASE_HEADER = "发布版本 release";

    private static final String DATA_SHEET = "数据 data";
    /** A sheet holds 1,048,576 rows: the header and this many rows of data. */
    static final int MOST_ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private final String releaseLabel;
    private final String stamp;
    private final LocalDate publishDate;
    private final int rowsPerSheet;

    /** Workbooks are dated the publish date inside, so republishing a release writes the same bytes. */
    DownloadWriter(String releaseLabel, String stamp, LocalDate publishDate) {
        this(releaseLabel, stamp, publishDate, MOST_ROWS_PER_SHEET);
    }

    /** With fewer rows per data sheet than a spreadsheet allows, so a test can see a table continue. */
    DownloadWriter(String releaseLabel, String stamp, LocalDate publishDate, int rowsPerSheet) {
        this.releaseLabel = releaseLabel;
        this.stamp = stamp;
        this.publishDate = publishDate;
        this.rowsPerSheet = rowsPerSheet;
    }

    /** The CSV straight into {@code output}: a national gold table is too large to hold as bytes. */
    void writeCsv(DataTable table, OutputStream output) throws IOException {
        write(table, List.of(new CsvFile(table, output)));
    }

    /** The workbook straight into {@code output}; its sheets stream through POI's temporary files. */
    void writeXlsx(DataTable table, OutputStream output) throws IOException {
        write(table, List.of(new Workbook(table, output)));
    }

    /**
     * The CSV and the workbook together, from one pass over the rows: a gold table's rows are a
     * sorted Spark query, and reading it twice, once per file, doubled a download's time.
     *
     * @return how many rows the table has
     */
    long writeCsvAndXlsx(DataTable table, OutputStream csv, OutputStream xlsx) throws IOException {
        return write(table, List.of(new CsvFile(table, csv), new Workbook(table, xlsx)));
    }

    private static long write(DataTable table, List<DownloadFile> files) throws IOException {
        long rows = 0;
        try {
            for (List<Object> row : table.rows()) {
                for (DownloadFile file : files) {
                    file.add(row);
                }
                rows++;
            }
            for (DownloadFile file : files) {
                file.finish(rows);
            }
        } finally {
            for (DownloadFile file : files) {
                file.close();
            }
        }
        return rows;
    }

    /** One file a download is written to, a row at a time. */
    private interface DownloadFile extends java.io.Closeable {

        void add(List<Object> row) throws IOException;

        /** Writes what follows the rows, now that their number is known. */
        void finish(long rows) throws IOException;
    }

    private final class CsvFile implements DownloadFile {

        private final CSVPrinter printer;

        CsvFile(DataTable table, OutputStream output) throws IOException {
            CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build();
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            printer = new CSVPrinter(writer, format);
            writer.write(BYTE_ORDER_MARK);
            printer.printRecord(headers(table));
        }

        @Override
        public void add(List<Object> row) throws IOException {
            List<String> cells = new ArrayList<>(row.size() + 2);
            for (Object cell : row) {
                cells.add(csvCell(cell));
            }
            cells.add(releaseLabel);
            cells.add(stamp);
            printer.printRecord(cells);
        }

        @Override
        public void finish(long rows) throws IOException {
            printer.flush();
        }

        /** The stream is the caller's to close. */
        @Override
        public void close() {
        }
    }

    private final class Workbook implements DownloadFile {

        private final DataTable table;
        private final OutputStream output;
        private final SXSSFWorkbook workbook = new DatedWorkbook(publishDate);
        private final CellStyle bold;
        private final CellStyle plain;
        private final List<String> headers;
        private SXSSFSheet data;
        private int sheets = 1;
        private int rowIndex = 1;

        Workbook(DataTable table, OutputStream output) {
            this.table = table;
            this.output = output;
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            headers = headers(table);
            // Given the default style outright, a cell is written without POI looking up its column's
            // style, which took a sixth of a large download's time; the file is the same.
            plain = workbook.getCellStyleAt(0);
            data = dataSheet(workbook, 1, headers, bold);
        }

        @Override
        public void add(List<Object> row) {
            if (rowIndex > rowsPerSheet) {
                data = dataSheet(workbook, ++sheets, headers, bold);
                rowIndex = 1;
            }
            var sheetRow = data.createRow(rowIndex++);
            int column = 0;
            for (Object value : row) {
                // No cell at all for not reported: blank, never zero.
                if (value instanceof BigDecimal number) {
                    plainCell(sheetRow, column, plain).setCellValue(number.doubleValue());
                } else if (value != null) {
                    plainCell(sheetRow, column, plain).setCellValue(SpreadsheetText.inert(String.valueOf(value)));
                }
                column++;
            }
            plainCell(sheetRow, column++, plain).setCellValue(releaseLabel);
            plainCell(sheetRow, column, plain).setCellValue(stamp);
        }

        @Override
        public void finish(long rows) throws IOException {
            SXSSFSheet notes = workbook.createSheet("说明 notes");
            int noteRow = 0;
            noteRow = note(notes, noteRow, bold, "表 table", SpreadsheetText.inert(table.chineseTitle() + " / " + table.englishTitle()));
            noteRow = note(notes, noteRow, bold, "文件 file", table.name());
            noteRow = note(notes, noteRow, bold, "发布版本 release", releaseLabel);
            noteRow = note(notes, noteRow, bold, IndicatorCatalogue.DATA_VERSION.bilingualHeader(), stamp);
            noteRow = note(notes, noteRow, bold, "空白 blank", "空白表示未报送，不是0 / a blank cell means not reported, never zero");
            if (sheets > 1) {
                noteRow = note(notes, noteRow, bold, "工作表 sheets", String.format(Locale.ROOT,
                        "数据共%d行，超过一个工作表的容量，依次分在%d个数据工作表中，每表最多%,d行 / the %d rows continue over"
                                + " %d data sheets, at most %,d rows each (a sheet's limit)",
                        rows, sheets, rowsPerSheet, rows, sheets, rowsPerSheet));
            }
            noteRow++;
            noteRow = note(notes, noteRow, bold, "字段 column", "含义、单位与口径 meaning, unit and definition");
            for (DataTable.DataColumn column : table.columns()) {
                noteRow = note(notes, noteRow, null, column.field(), SpreadsheetText.inert(column.meaning()));
            }
            notes.setColumnWidth(0, 40 * 256);
            notes.setColumnWidth(1, 100 * 256);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setCreated(Optional.of(Date.from(publishDate.atStartOfDay(ZoneOffset.UTC).toInstant())));
            workbook.write(output);
        }

        /** Removes the sheets' temporary files, also when writing failed. */
        @Override
        public void close() throws IOException {
            workbook.dispose();
            workbook.close();
        }
    }

    /**
     * A streaming workbook whose zip entries are all dated the publish date as they are written, so
     * the same table written twice is the same bytes (as {@link org.bangfu.documents.ReproducibleZip}
     * makes them for the documents) without reading the finished workbook back and copying it.
     */
    private static final class DatedWorkbook extends SXSSFWorkbook {

        private final long entryMillis;

        DatedWorkbook(LocalDate publishDate) {
            super(500);
            this.entryMillis = ReproducibleZip.entryMillis(publishDate.atStartOfDay());
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
                @Override
                public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                    entry.setTime(entryMillis);
                    super.putArchiveEntry(entry);
                }
            };
            // As the documents: no Zip64 records, which a streamed entry would otherwise carry just in case.
            zip.setUseZip64(Zip64Mode.Never);
            return zip;
        }
    }

    /** A data sheet with its header row: the first is 数据 data, further ones 数据 data (2), (3)… */
    private static SXSSFSheet dataSheet(SXSSFWorkbook workbook, int number, List<String> headers, CellStyle bold) {
        SXSSFSheet sheet = workbook.createSheet(number == 1 ? DATA_SHEET : DATA_SHEET + " (" + number + ")");
        var headerRow = sheet.createRow(0);
        for (int column = 0; column < headers.size(); column++) {
            Cell cell = headerRow.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static Cell plainCell(org.apache.poi.ss.usermodel.Row row, int column, CellStyle plain) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(plain);
        return cell;
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
