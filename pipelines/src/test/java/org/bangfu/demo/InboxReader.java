package org.bangfu.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormDefinition;

/**
 * A plain reader of demo files for the tests, independent of the generator's code: it finds the
 * header by the catalogue's headers, skips numbering, 合计 and blank rows, and returns every data row
 * with the row number a user sees. Values are text as found, except that numeric cells become plain
 * decimals and date cells ISO dates, so tests need not know how each file stored them.
 */
public final class InboxReader {

    private static final Pattern NUMBERING_CELL = Pattern.compile("[甲乙丙丁戊己庚辛壬癸]|\\d{1,2}");

    /**
     * @param rowNumber 1-based row number in Excel or line number in a CSV
     * @param values by catalogue field name; columns the catalogue does not know are left out
     */
    public record ReadRow(int rowNumber, Map<String, String> values) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }
    }

    /**
     * @param headers the header texts in file order
     * @param titleCells every non-blank cell above the header
     * @param hasNumberingRow whether a 甲 乙 1 2 row followed the header
     * @param hasTotalRow whether a 合计 row was skipped
     */
    public record ReadTable(String sheetName, List<String> headers, List<String> titleCells, boolean hasNumberingRow,
            boolean hasTotalRow, List<ReadRow> rows) {
    }

    private InboxReader() {
    }

    public static ReadTable read(Path file, FormDefinition form) {
        return file.getFileName().toString().endsWith(".csv") ? readCsv(file, form) : readXlsx(file, form);
    }

    /** UTF-8 if the bytes are valid UTF-8 (BOM or not), else GB18030, as a Chinese desktop would guess. */
    static String decode(byte[] bytes) {
        try {
            String text = strictly(StandardCharsets.UTF_8, bytes);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            try {
                return strictly(Charset.forName("GB18030"), bytes);
            } catch (CharacterCodingException notGb) {
                throw new IllegalArgumentException("neither UTF-8 nor GB18030", notGb);
            }
        }
    }

    static String strictly(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** A number as a statistician means it: full-width digits folded, separators and spaces dropped. */
    static Optional<BigDecimal> number(String text) {
        StringBuilder folded = new StringBuilder();
        for (char character : text.strip().toCharArray()) {
            if (character >= '０' && character <= '９') {
                folded.append((char) (character - '０' + '0'));
            } else if (character == '．') {
                folded.append('.');
            } else if (character != ',') {
                folded.append(character);
            }
        }
        try {
            return folded.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(folded.toString()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static ReadTable readCsv(Path file, FormDefinition form) {
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(Files.readAllBytes(file))), CSVFormat.EXCEL)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> headers = records.get(0).toList();
            List<ReadRow> rows = new ArrayList<>();
            boolean total = false;
            for (int index = 1; index < records.size(); index++) {
                List<String> cells = records.get(index).toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (cells.get(0).strip().equals("合计")) {
                    total = true;
                    continue;
                }
                rows.add(new ReadRow(index + 1, byField(form, headers, cells)));
            }
            return new ReadTable("", headers, List.of(), false, total, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReadTable readXlsx(Path file, FormDefinition form) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Sheet candidate : workbook) {
                if (candidate.getSheetName().startsWith(form.code())) {
                    sheet = candidate;
                }
            }
            List<String> titleCells = new ArrayList<>();
            int headerIndex = -1;
            for (int index = 0; index <= sheet.getLastRowNum() && headerIndex < 0; index++) {
                List<String> cells = cells(sheet.getRow(index));
                long matching = cells.stream().filter(cell -> form.fieldForHeader(cell).isPresent()).count();
                if (matching >= form.requiredFields().size()) {
                    headerIndex = index;
                } else {
                    cells.stream().filter(cell -> !cell.isBlank()).forEach(titleCells::add);
                }
            }
            if (headerIndex < 0) {
                throw new IllegalArgumentException(file + " has no " + form.code() + " header");
            }
            List<String> headers = cells(sheet.getRow(headerIndex));
            boolean numbering = false;
            boolean total = false;
            List<ReadRow> rows = new ArrayList<>();
            for (int index = headerIndex + 1; index <= sheet.getLastRowNum(); index++) {
                List<String> cells = cells(sheet.getRow(index));
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (index == headerIndex + 1 && cells.stream().filter(cell -> !cell.isBlank())
                        .allMatch(cell -> NUMBERING_CELL.matcher(cell).matches())) {
                    numbering = true;
                    continue;
                }
                if (cells.stream().limit(2).anyMatch(cell -> cell.strip().equals("合计"))) {
                    total = true;
                    continue;
                }
                rows.add(new ReadRow(index + 1, byField(form, headers, cells)));
            }
            return new ReadTable(sheet.getSheetName(), headers, titleCells, numbering, total, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> byField(FormDefinition form, List<String> headers, List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            Optional<FieldDefinition> field = form.fieldForHeader(headers.get(column));
            if (field.isPresent()) {
                values.put(field.get().name(), column < cells.size() ? cells.get(column) : "");
            }
        }
        return values;
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int column = 0; column < row.getLastCellNum(); column++) {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
            cells.add(cell == null ? "" : text(cell));
        }
        return cells;
    }

    private static String text(org.apache.poi.ss.usermodel.Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
