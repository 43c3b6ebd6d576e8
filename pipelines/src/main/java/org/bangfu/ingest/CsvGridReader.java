package org.bangfu.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a csv file as saved by Excel or WPS: UTF-8 with or without BOM, UTF-16 with BOM, or
 * GB18030/GBK (Chinese Excel's "CSV"), comma or tab separated.
 */
final class CsvGridReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvGridReader() {
    }

    static Grid read(byte[] bytes) throws UnreadableFileException {
        String text = decode(bytes);
        char delimiter = guessDelimiter(text);
        List<GridRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                GridRow row = new GridRow((int) record.getRecordNumber(), cells);
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        } catch (IOException | java.io.UncheckedIOException malformed) {
            throw new UnreadableFileException("CSV 格式错误 / malformed CSV: " + malformed.getMessage(), malformed);
        }
        return new Grid("", rows);
    }

    /** UTF-8 when the bytes are valid UTF-8 (GBK text almost never is), GB18030 otherwise. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    private static char guessDelimiter(String text) {
        int endOfFirstLine = text.indexOf('\n');
        String firstLine = endOfFirstLine < 0 ? text : text.substring(0, endOfFirstLine);
        return firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
    }
}
