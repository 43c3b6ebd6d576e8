package org.bangfu.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bangfu.quality.Rule;

/**
 * Reads a csv file as saved by Excel or WPS, one record at a time: UTF-8 with or without BOM,
 * UTF-16 with BOM, or GB18030/GBK (Chinese Excel's "CSV"), comma or tab separated. The encoding
 * is decided by a first pass over the whole file (GBK text is almost never valid UTF-8), so a file
 * whose first lines are plain ASCII is not garbled further down.
 */
final class CsvRowStream implements GridRowStream {

    static final Charset GB18030 = Charset.forName("GB18030");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvRowStream(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    static CsvRowStream open(SubmissionSource source) throws UnreadableFileException {
        try {
            EncodedText encoding = detectEncoding(source);
            InputStream input = source.openStream();
            input.skipNBytes(encoding.bytesToSkip());
            BufferedReader text = new BufferedReader(new InputStreamReader(input, encoding.charset()), 1 << 16);
            char delimiter = guessDelimiter(text);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build();
            return new CsvRowStream(CSVParser.parse(text, format));
        } catch (IOException | UncheckedIOException malformed) {
            throw new UnreadableFileException(Rule.FILE_UNREADABLE, "CSV 格式错误 / malformed CSV", malformed);
        }
    }

    @Override
    public String sheetName() {
        return "";
    }

    @Override
    public GridRow nextRow() throws UnreadableFileException {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() > ReadLimits.MAX_COLUMNS) {
                    throw new UnreadableFileException(Rule.FILE_TOO_MANY_COLUMNS, "第 " + record.getRecordNumber()
                            + " 行有 " + record.size() + " 列，上限 " + ReadLimits.MAX_COLUMNS + " 列 / row "
                            + record.getRecordNumber() + " has " + record.size() + " columns, the limit is "
                            + ReadLimits.MAX_COLUMNS);
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                GridRow row = new GridRow((int) record.getRecordNumber(), cells);
                if (!row.isBlank()) {
                    return row;
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException malformed) {
            throw new UnreadableFileException(Rule.FILE_UNREADABLE,
                    "CSV 格式错误（如引号未闭合）/ malformed CSV (e.g. an unclosed quote)", malformed);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing was written; the stream is gone either way
        }
    }

    /** @param bytesToSkip the byte-order mark, if any */
    record EncodedText(Charset charset, int bytesToSkip) {
    }

    /** BOM first; else UTF-8 when every byte of the file decodes as UTF-8, else GB18030 (a superset of GBK). */
    static EncodedText detectEncoding(SubmissionSource source) throws IOException {
        try (InputStream input = source.openStream()) {
            byte[] start = input.readNBytes(3);
            if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
                return new EncodedText(StandardCharsets.UTF_8, 3);
            }
            if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
                return new EncodedText(StandardCharsets.UTF_16LE, 2);
            }
            if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
                return new EncodedText(StandardCharsets.UTF_16BE, 2);
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            bytes.put(start);
            boolean endOfInput = false;
            while (true) {
                if (!endOfInput) {
                    int read = input.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (read < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + read);
                    }
                }
                bytes.flip();
                CoderResult result = utf8.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    return new EncodedText(GB18030, 0);
                }
                chars.clear();
                bytes.compact();
                if (endOfInput && bytes.position() == 0) {
                    return new EncodedText(StandardCharsets.UTF_8, 0);
                }
                if (endOfInput) {
                    // bytes left over that cannot end a character: an incomplete sequence at the end
                    return utf8.decode(bytes.flip(), chars, true).isError() || bytes.hasRemaining()
                            ? new EncodedText(GB18030, 0) : new EncodedText(StandardCharsets.UTF_8, 0);
                }
            }
        }
    }

    private static char guessDelimiter(BufferedReader text) throws IOException {
        text.mark(1 << 15);
        char[] buffer = new char[1 << 15];
        int read = text.read(buffer);
        text.reset();
        String start = read <= 0 ? "" : new String(buffer, 0, read);
        int endOfFirstLine = start.indexOf('\n');
        String firstLine = endOfFirstLine < 0 ? start : start.substring(0, endOfFirstLine);
        return firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
    }
}
