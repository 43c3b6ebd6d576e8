package org.bangfu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a demo table as a CSV the way Excel saves one: header on the first line, CRLF, quotes only
 * where a cell needs them, in UTF-8 (with or without BOM) or GBK.
 */
final class CsvFileWriter {

    static final Charset GBK = Charset.forName("GBK");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvFileWriter() {
    }

    static void write(DemoTable table, DemoFileFormat format, Path target) {
        StringBuilder text = new StringBuilder();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(table.dateStyle().javaPattern());
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.EXCEL.builder().setRecordSeparator("\r\n").build())) {
            printer.printRecord(table.columns().stream().map(DemoTable.Column::header).toList());
            for (List<Cell> row : table.rows()) {
                printer.printRecord(row.stream().map(cell -> render(cell, dates)).toList());
            }
            if (table.totalRow()) {
                printer.printRecord(totalRow(table));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.write(target, encode(text.toString(), format));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static List<String> totalRow(DemoTable table) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < table.columns().size(); column++) {
            if (column == 0) {
                cells.add(DemoTable.TOTAL_LABEL);
            } else if (table.columns().get(column).summed()) {
                BigDecimal sum = BigDecimal.ZERO;
                int scale = 0;
                for (List<Cell> row : table.rows()) {
                    if (row.get(column) instanceof Cell.Figure number) {
                        sum = sum.add(number.value());
                        scale = Math.max(scale, number.scale());
                    }
                }
                cells.add(sum.setScale(scale).toPlainString());
            } else {
                cells.add("");
            }
        }
        return cells;
    }

    static String render(Cell cell, DateTimeFormatter dates) {
        if (cell instanceof Cell.Text text) {
            return text.text();
        } else if (cell instanceof Cell.Figure number) {
            return number.value().setScale(number.scale()).toPlainString();
        } else if (cell instanceof Cell.CodeAsNumber code) {
            return code.digits();
        } else if (cell instanceof Cell.Day day) {
            return day.date().format(dates);
        }
        return "";
    }

    /** Encodes strictly: a character GBK cannot hold is a bug here, not a question mark in the file. */
    private static byte[] encode(String text, DemoFileFormat format) throws CharacterCodingException {
        Charset charset = format == DemoFileFormat.CSV_GBK ? GBK : StandardCharsets.UTF_8;
        ByteBuffer encoded = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(CharBuffer.wrap(text));
        byte[] body = new byte[encoded.remaining()];
        encoded.get(body);
        if (format != DemoFileFormat.CSV_UTF8_BOM) {
            return body;
        }
        byte[] withBom = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, withBom, UTF8_BOM.length, body.length);
        return withBom;
    }
}
