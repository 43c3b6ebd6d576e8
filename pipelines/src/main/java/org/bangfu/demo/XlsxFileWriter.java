package org.bangfu.demo;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bangfu.documents.ReproducibleZip;

/**
 * Writes a demo table as an xlsx the way a statistician's workbook looks: merged title, title block,
 * bordered header, optional numbering row, typed cells and a 合计 row of SUM formulas. Streaming
 * (SXSSF) because building every cell as an XML bean made the standard province take many seconds.
 */
final class XlsxFileWriter {

    /**
     * @param instructions lines of a 填报说明 sheet placed before the data sheet, none for no such sheet
     * @param author the organisation recorded as the workbook's author (never a person: that would be personal data)
     * @param savedAt when the workbook claims to have been saved: its properties and zip entries carry this time only
     */
    record Workbook(DemoTable table, List<String> instructions, String author, LocalDateTime savedAt) {
    }

    private static final int STREAMING_WINDOW_ROWS = 200;

    private XlsxFileWriter() {
    }

    static void write(Workbook content, Path target) {
        byte[] bytes;
        SXSSFWorkbook workbook = new SXSSFWorkbook(STREAMING_WINDOW_ROWS);
        try (workbook; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            if (!content.instructions().isEmpty()) {
                writeInstructions(workbook, content.instructions());
            }
            writeTable(workbook, content.table());
            POIXMLProperties.CoreProperties properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            Date savedAt = Date.from(content.savedAt().toInstant(ZoneOffset.ofHours(8)));
            properties.setCreated(Optional.of(savedAt));
            properties.setModified(Optional.of(savedAt));
            properties.setCreator(content.author());
            properties.setLastModifiedByUser(content.author());
            properties.setTitle(content.table().titleRows().isEmpty() ? "" : content.table().titleRows().get(0).get(0));
            workbook.write(buffer);
            bytes = buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build " + target, e);
        } finally {
            workbook.dispose();
        }
        try {
            Files.write(target, ReproducibleZip.withEntriesDated(bytes, content.savedAt()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void writeInstructions(SXSSFWorkbook workbook, List<String> lines) {
        SXSSFSheet sheet = workbook.createSheet("填报说明");
        sheet.setColumnWidth(0, 90 * 256);
        for (int index = 0; index < lines.size(); index++) {
            sheet.createRow(index).createCell(0).setCellValue(lines.get(index));
        }
    }

    private static void writeTable(SXSSFWorkbook workbook, DemoTable table) {
        Styles styles = new Styles(workbook, table.dateStyle());
        SXSSFSheet sheet = workbook.createSheet(table.sheetName());
        int width = table.columns().size();
        int rowIndex = 0;
        for (List<String> titleRow : table.titleRows()) {
            Row row = sheet.createRow(rowIndex);
            if (rowIndex == 0) {
                row.setHeightInPoints(28);
                org.apache.poi.ss.usermodel.Cell title = row.createCell(0);
                title.setCellValue(titleRow.get(0));
                title.setCellStyle(styles.title);
                if (width > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
                }
            } else {
                for (int part = 0; part < titleRow.size(); part++) {
                    int column = titleRow.size() == 1 ? 0 : part * (width - 1) / (titleRow.size() - 1);
                    row.createCell(column).setCellValue(titleRow.get(part));
                }
            }
            rowIndex++;
        }
        Row header = sheet.createRow(rowIndex++);
        header.setHeightInPoints(42);
        for (int column = 0; column < width; column++) {
            org.apache.poi.ss.usermodel.Cell cell = header.createCell(column);
            cell.setCellValue(table.columns().get(column).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(column, table.columns().get(column).width() * 256);
        }
        if (table.numberingRow()) {
            Row numbering = sheet.createRow(rowIndex++);
            for (int column = 0; column < width; column++) {
                org.apache.poi.ss.usermodel.Cell cell = numbering.createCell(column);
                cell.setCellValue(table.columns().get(column).numbering());
                cell.setCellStyle(styles.header);
            }
        }
        sheet.createFreezePane(0, rowIndex);
        int firstDataRow = rowIndex;
        for (List<Cell> cells : table.rows()) {
            Row row = sheet.createRow(rowIndex++);
            for (int column = 0; column < width; column++) {
                writeCell(row.createCell(column), cells.get(column), styles);
            }
        }
        if (table.totalRow()) {
            writeTotalRow(sheet.createRow(rowIndex++), table, firstDataRow, rowIndex - 2, styles);
        }
        for (int blank = 0; blank < table.blankTrailingRows(); blank++) {
            Row row = sheet.createRow(rowIndex++);
            for (int column = 0; column < width; column++) {
                row.createCell(column).setCellStyle(styles.text);
            }
        }
    }

    private static void writeTotalRow(Row row, DemoTable table, int firstDataRow, int lastDataRow, Styles styles) {
        for (int column = 0; column < table.columns().size(); column++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
            DemoTable.Column definition = table.columns().get(column);
            if (column == 0) {
                cell.setCellValue(DemoTable.TOTAL_LABEL);
                cell.setCellStyle(styles.text);
            } else if (definition.summed() && lastDataRow >= firstDataRow) {
                String letter = CellReference.convertNumToColString(column);
                cell.setCellFormula("SUM(" + letter + (firstDataRow + 1) + ":" + letter + (lastDataRow + 1) + ")");
                // The cached result Excel would store, so readers that do not evaluate formulas see the sum.
                cell.setCellValue(sumOfNumbers(table, column));
                cell.setCellStyle(holdsAmounts(table, column) ? styles.amount : styles.count);
            } else {
                cell.setCellStyle(styles.text);
            }
        }
    }

    /** What SUM gives: numbers only, text such as "1,234.50" or "约50" ignored as Excel ignores it. */
    private static double sumOfNumbers(DemoTable table, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (List<Cell> row : table.rows()) {
            if (row.get(column) instanceof Cell.Figure number) {
                sum = sum.add(number.value());
            }
        }
        return sum.doubleValue();
    }

    private static boolean holdsAmounts(DemoTable table, int column) {
        return table.rows().stream().map(row -> row.get(column))
                .anyMatch(cell -> cell instanceof Cell.Figure number && number.scale() > 0);
    }

    private static void writeCell(org.apache.poi.ss.usermodel.Cell target, Cell cell, Styles styles) {
        if (cell instanceof Cell.Text text) {
            target.setCellValue(text.text());
            target.setCellStyle(styles.text);
        } else if (cell instanceof Cell.Figure number) {
            target.setCellValue(number.value().doubleValue());
            target.setCellStyle(number.scale() == 0 ? styles.count : styles.amount);
        } else if (cell instanceof Cell.CodeAsNumber code) {
            target.setCellValue(Double.parseDouble(code.digits()));
            target.setCellStyle(styles.count);
        } else if (cell instanceof Cell.Day day) {
            target.setCellValue(day.date());
            target.setCellStyle(styles.date);
        } else {
            target.setCellStyle(styles.text);
        }
    }

    /** The few styles a form uses, created once per workbook as Excel limits their number. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle amount;
        final CellStyle count;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook, DemoTable.DateStyle dateStyle) {
            DataFormat formats = workbook.createDataFormat();
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            titleFont.setFontName("宋体");
            Font headerFont = workbook.createFont();
            headerFont.setBold(true);
            headerFont.setFontName("宋体");
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(headerFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(workbook);
            amount = bordered(workbook);
            amount.setDataFormat(formats.getFormat("0.00"));
            count = bordered(workbook);
            count.setDataFormat(formats.getFormat("0"));
            date = bordered(workbook);
            date.setDataFormat(formats.getFormat(dateStyle.excelFormat()));
        }

        private static CellStyle bordered(SXSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
