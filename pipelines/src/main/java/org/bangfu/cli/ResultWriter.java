package org.bangfu.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.bangfu.documents.SpreadsheetText;
import org.jline.utils.WCWidth;

/**
 * Writes a query's result in one of the {@link ResultFormat}s. Values are formatted by Spark
 * (timestamps in the session's Beijing time, decimals as stored), so a figure reads the same in
 * every format; only the workbook keeps numbers as numbers.
 */
final class ResultWriter {

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String NULL_TEXT = "NULL";

    private ResultWriter() {
    }

    /**
     * Prints at most {@code limit} rows as aligned columns, Chinese counted two columns wide, numbers
     * right-aligned; says when rows were left out.
     */
    static void table(Dataset<org.apache.spark.sql.Row> result, int limit, PrintWriter out) {
        List<StructField> fields = List.of(result.schema().fields());
        List<List<String>> rows = new ArrayList<>();
        List<org.apache.spark.sql.Row> collected = asText(result).limit(limit + 1).collectAsList();
        for (org.apache.spark.sql.Row row : collected.subList(0, Math.min(limit, collected.size()))) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < fields.size(); column++) {
                cells.add(row.isNullAt(column) ? NULL_TEXT : oneLine(row.getString(column)));
            }
            rows.add(cells);
        }
        int[] widths = new int[fields.size()];
        for (int column = 0; column < fields.size(); column++) {
            widths[column] = displayWidth(fields.get(column).name());
            for (List<String> cells : rows) {
                widths[column] = Math.max(widths[column], displayWidth(cells.get(column)));
            }
        }
        StringBuilder text = new StringBuilder();
        List<String> header = fields.stream().map(StructField::name).toList();
        appendLine(text, header, widths, fields, false);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        appendLine(text, rule, widths, fields, false);
        for (List<String> cells : rows) {
            appendLine(text, cells, widths, fields, true);
        }
        boolean english = Output.language() == Language.EN;
        if (collected.size() > limit) {
            text.append(english ? "(first " + limit + " rows shown; use --limit or --format csv for more)"
                    : "（只显示前 " + limit + " 行；用 --limit 或 --format csv 查看更多）").append('\n');
        } else {
            text.append(english ? "(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)")
                    : "（" + rows.size() + " 行）").append('\n');
        }
        out.print(text);
        out.flush();
    }

    /** Every row as CSV, each text cell made inert for spreadsheet programs. */
    static void csv(Dataset<org.apache.spark.sql.Row> result, OutputStream output) {
        List<StructField> fields = List.of(result.schema().fields());
        try {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build());
            printer.printRecord(fields.stream().map(StructField::name).toList());
            Iterator<org.apache.spark.sql.Row> rows = asText(result).toLocalIterator();
            while (rows.hasNext()) {
                org.apache.spark.sql.Row row = rows.next();
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < fields.size(); column++) {
                    String value = row.isNullAt(column) ? "" : row.getString(column);
                    cells.add(fields.get(column).dataType() instanceof NumericType ? value : SpreadsheetText.inert(value));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Every row as one JSON object per line, in Spark's own JSON (types kept, nulls left out). */
    static void json(Dataset<org.apache.spark.sql.Row> result, OutputStream output) {
        try {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            Iterator<String> lines = result.toJSON().toLocalIterator();
            while (lines.hasNext()) {
                writer.write(lines.next());
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Every row into one sheet, streamed; numeric columns as numbers, text inert. */
    static void xlsx(Dataset<org.apache.spark.sql.Row> result, OutputStream output) {
        List<StructField> fields = List.of(result.schema().fields());
        List<Column> columns = new ArrayList<>();
        for (StructField field : fields) {
            Column column = functions.col("`" + field.name().replace("`", "``") + "`");
            columns.add(field.dataType() instanceof NumericType ? column.cast("double") : column.cast("string"));
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("result");
            Row header = sheet.createRow(0);
            for (int column = 0; column < fields.size(); column++) {
                header.createCell(column).setCellValue(fields.get(column).name());
            }
            Iterator<org.apache.spark.sql.Row> rows = result.select(columns.toArray(Column[]::new)).toLocalIterator();
            int rowIndex = 1;
            while (rows.hasNext()) {
                org.apache.spark.sql.Row row = rows.next();
                Row sheetRow = sheet.createRow(rowIndex++);
                for (int column = 0; column < fields.size(); column++) {
                    if (row.isNullAt(column)) {
                        continue;
                    }
                    Cell cell = sheetRow.createCell(column);
                    if (fields.get(column).dataType() instanceof NumericType) {
                        cell.setCellValue(row.getDouble(column));
                    } else {
                        cell.setCellValue(SpreadsheetText.inert(row.getString(column)));
                    }
                }
            }
            workbook.write(output);
            output.flush();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Every column cast to text by Spark, so the terminal and CSV show values as Spark formats them. */
    private static Dataset<org.apache.spark.sql.Row> asText(Dataset<org.apache.spark.sql.Row> result) {
        List<Column> columns = new ArrayList<>();
        for (StructField field : result.schema().fields()) {
            columns.add(functions.col("`" + field.name().replace("`", "``") + "`").cast("string").as(field.name()));
        }
        return result.select(columns.toArray(Column[]::new));
    }

    private static void appendLine(StringBuilder text, List<String> cells, int[] widths, List<StructField> fields,
            boolean alignNumbers) {
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(Math.max(0, widths[column] - displayWidth(cell)));
            boolean right = alignNumbers && fields.get(column).dataType() instanceof NumericType;
            text.append(column == 0 ? "" : "  ").append(right ? padding + cell : cell + (column == cells.size() - 1 ? "" : padding));
        }
        text.append('\n');
    }

    /** Columns a terminal gives the text: two for Chinese and other wide characters. */
    static int displayWidth(String text) {
        return text.codePoints().map(codePoint -> Math.max(0, WCWidth.wcwidth(codePoint))).sum();
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
