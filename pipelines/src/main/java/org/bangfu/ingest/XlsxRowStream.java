package org.bangfu.ingest;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.quality.Rule;

/**
 * Reads the form's sheet of an xlsx workbook row by row, without building the workbook: POI's
 * {@link XSSFReader} gives the package parts, shared strings are held read-only, and the sheet XML
 * is pulled with StAX one {@code <row>} at a time. Memory is the shared strings plus one row.
 *
 * <p>Before POI opens anything the archive is inspected: a truncated zip, a part that would unpack
 * beyond the configured total, and any XML part carrying a {@code <!DOCTYPE>} (the only way to
 * declare an external entity) are refused. While reading, POI's {@link ZipSecureFile} refuses parts
 * whose inflate ratio betrays a zip bomb, and the sheet's unpacked bytes are counted against the cap.
 *
 * <p>The sheet is the one whose name starts with a form code, else the first visible sheet.
 * Numbers come back in plain notation, date-formatted numbers as ISO dates, formulas as their
 * cached results (never evaluated), text as typed.
 */
final class XlsxRowStream implements GridRowStream {

    private static final String RELATIONSHIPS_NAMESPACE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final int PROLOG_BYTES_SCANNED = 64 * 1024;

    private final OPCPackage workbookPackage;
    private final SharedStrings sharedStrings;
    private final StylesTable styles;
    private final String sheetName;
    private final InputStream sheetBytes;
    private final XMLStreamReader sheet;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private int lastRowNumber;
    private boolean finished;

    private XlsxRowStream(OPCPackage workbookPackage, SharedStrings sharedStrings, StylesTable styles,
            String sheetName, InputStream sheetBytes, XMLStreamReader sheet) {
        this.workbookPackage = workbookPackage;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.sheetName = sheetName;
        this.sheetBytes = sheetBytes;
        this.sheet = sheet;
    }

    /** Rows a sheet is judged by: as many as the reader searches for a header. */
    static final int ROWS_LOOKED_AT = 30;
    /** Put in place of a formula's value when the file holds none: the checks turn it into S035. */
    static final String FORMULA_WITHOUT_VALUE_MARKER = "!" + Rule.FORMULA_WITHOUT_VALUE.code() + " ";

    /**
     * @param looksLikeForm whether the first rows of a sheet hold a form's header: a workbook with
     *     two visible sheets that do is refused (F022) rather than one of them silently dropped
     */
    static XlsxRowStream open(File file, ReadLimits limits, Predicate<List<GridRow>> looksLikeForm)
            throws UnreadableFileException {
        inspectArchive(file, limits);
        // POI keeps these limits in static fields; every reader of this JVM sets the same values.
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(Math.min(limits.maxUncompressedBytes(), 0xFFFFFFFFL));
        OPCPackage workbookPackage = null;
        try {
            workbookPackage = OPCPackage.open(file, PackageAccess.READ);
            XSSFReader reader = new XSSFReader(workbookPackage, true);
            List<SheetEntry> sheets = sheetsOf(reader);
            SheetEntry chosen = choose(sheets);
            SharedStrings sharedStrings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            List<SheetEntry> formSheets = new ArrayList<>();
            for (SheetEntry candidate : sheets) {
                if (candidate.visible() && formLike(reader, candidate, sharedStrings, styles, limits, looksLikeForm)) {
                    formSheets.add(candidate);
                }
            }
            if (formSheets.size() > 1) {
                throw new UnreadableFileException(Rule.WORKBOOK_SEVERAL_FORMS, "工作表 / sheets "
                        + String.join("、", formSheets.stream().map(SheetEntry::name).toList()));
            }
            if (formSheets.size() == 1) {
                chosen = formSheets.get(0);
            }
            InputStream sheetBytes = new CountingInputStream(reader.getSheet(chosen.relationId()),
                    limits.maxUncompressedBytes());
            XMLStreamReader sheet = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetBytes);
            return new XlsxRowStream(workbookPackage, sharedStrings, styles, chosen.name(), sheetBytes, sheet);
        } catch (UnreadableFileException unreadable) {
            closeQuietly(workbookPackage);
            throw unreadable;
        } catch (Exception | LinkageError damaged) {
            // LinkageError too: a commons-compress older than POI needs shows up here as NoSuchMethodError,
            // and must fail loudly in tests rather than pass as a "damaged file"; rethrown below.
            closeQuietly(workbookPackage);
            if (damaged instanceof LinkageError linkage) {
                throw linkage;
            }
            throw classify(damaged, "无法打开工作簿 / the workbook cannot be opened");
        }
    }

    /** Whether the first rows of a sheet look like a form; read with the same cell rules as the sheet itself. */
    private static boolean formLike(XSSFReader reader, SheetEntry sheet, SharedStrings sharedStrings,
            StylesTable styles, ReadLimits limits, Predicate<List<GridRow>> looksLikeForm) throws Exception {
        try (InputStream bytes = new CountingInputStream(reader.getSheet(sheet.relationId()),
                limits.maxUncompressedBytes())) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(bytes);
            try {
                XlsxRowStream peek = new XlsxRowStream(null, sharedStrings, styles, sheet.name(), bytes, xml);
                List<GridRow> rows = new ArrayList<>();
                for (GridRow row = peek.nextRow(); row != null && rows.size() < ROWS_LOOKED_AT; row = peek.nextRow()) {
                    rows.add(row);
                }
                return looksLikeForm.test(rows);
            } finally {
                xml.close();
            }
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public GridRow nextRow() throws UnreadableFileException {
        try {
            while (!finished) {
                GridRow row = readRow();
                if (row != null && !row.isBlank()) {
                    return row;
                }
            }
            return null;
        } catch (TooManyColumnsException tooWide) {
            throw new UnreadableFileException(Rule.FILE_TOO_MANY_COLUMNS, tooWide.getMessage());
        } catch (XMLStreamException | RuntimeException damaged) {
            throw classify(damaged, "工作表内容损坏或不完整 / the sheet is damaged or incomplete");
        }
    }

    /** The next {@code <row>}, or null when the sheet data ended. */
    private GridRow readRow() throws XMLStreamException {
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
                String reference = sheet.getAttributeValue(null, "r");
                int rowNumber = reference == null ? lastRowNumber + 1 : Integer.parseInt(reference.strip());
                lastRowNumber = rowNumber;
                return new GridRow(rowNumber, readCells());
            }
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("sheetData")) {
                break;
            }
        }
        finished = true;
        return null;
    }

    private List<String> readCells() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        int column = -1;
        String type = null;
        String style = null;
        String value = null;
        StringBuilder inlineText = null;
        String formula = null;
        boolean inPhonetic = false;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "c" -> {
                        String reference = sheet.getAttributeValue(null, "r");
                        column = reference == null ? column + 1 : columnIndex(reference);
                        if (column >= ReadLimits.MAX_COLUMNS) {
                            throw new TooManyColumnsException(lastRowNumber, column + 1);
                        }
                        formula = null;
                        type = sheet.getAttributeValue(null, "t");
                        style = sheet.getAttributeValue(null, "s");
                        value = null;
                        inlineText = null;
                    }
                    case "v" -> value = sheet.getElementText();
                    case "is" -> inlineText = new StringBuilder();
                    case "rPh" -> inPhonetic = true;
                    case "t" -> {
                        String text = sheet.getElementText();
                        if (inlineText != null && !inPhonetic) {
                            inlineText.append(text);
                        }
                    }
                    case "f" -> formula = sheet.getElementText(); // never evaluated; kept only when no value is
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "rPh" -> inPhonetic = false;
                    case "c" -> {
                        while (cells.size() <= column) {
                            cells.add("");
                        }
                        // A formula whose result was never saved (written by a program, not Excel) has no value to read.
                        cells.set(column, formula != null && value == null && inlineText == null
                                ? FORMULA_WITHOUT_VALUE_MARKER + (formula.isBlank() ? "（共享公式 / shared formula）" : "=" + formula)
                                : text(type, style, value, inlineText));
                    }
                    case "row" -> {
                        return cells;
                    }
                    default -> { }
                }
            }
        }
        return cells;
    }

    private String text(String type, String style, String value, StringBuilder inlineText) {
        if (type == null || type.equals("n")) {
            return number(style, value);
        }
        return switch (type) {
            case "s" -> value == null || value.isBlank() ? ""
                    : sharedStrings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "inlineStr" -> inlineText == null ? (value == null ? "" : value) : inlineText.toString();
            case "str" -> value == null ? "" : value;
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "d" -> value == null ? "" : value.length() >= 10 ? value.substring(0, 10) : value;
            default -> ""; // "e": an error value (#DIV/0!, #REF!) is no figure
        };
    }

    private String number(String style, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        BigDecimal decimal;
        try {
            // The stored text is the number: reading it through a double would round 18 digits.
            decimal = new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return value.strip();
        }
        if (style != null && isDateStyle(Integer.parseInt(style.strip()))
                && DateUtil.isValidExcelDate(decimal.doubleValue())) {
            return DateUtil.getLocalDateTime(decimal.doubleValue()).toLocalDate().toString();
        }
        decimal = decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        // Beyond any figure: handed on as written (1E+300), for the checks to reject, not expanded.
        if (decimal.precision() - decimal.scale() > 40) {
            return value.strip();
        }
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    private boolean isDateStyle(int styleIndex) {
        if (styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(styleIndex, index -> {
            XSSFCellStyle cellStyle = index < styles.getNumCellStyles() ? styles.getStyleAt(index) : null;
            return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
    }

    /** "AB12" → 27. */
    static int columnIndex(String cellReference) {
        long index = 0;
        for (int position = 0; position < cellReference.length(); position++) {
            char letter = Character.toUpperCase(cellReference.charAt(position));
            if (letter < 'A' || letter > 'Z') {
                break;
            }
            index = Math.min(index * 26 + (letter - 'A' + 1), Integer.MAX_VALUE);
        }
        return (int) index - 1;
    }

    @Override
    public void close() {
        try {
            sheet.close();
        } catch (XMLStreamException ignored) {
            // closing a reader of a damaged sheet: nothing left to release but the streams below
        }
        try {
            sheetBytes.close();
        } catch (IOException ignored) {
            // as above
        }
        closeQuietly(workbookPackage);
    }

    private static void closeQuietly(OPCPackage workbookPackage) {
        if (workbookPackage != null) {
            workbookPackage.revert(); // opened read-only: never write anything back
        }
    }

    private record SheetEntry(String name, String relationId, boolean visible) {
    }

    private static List<SheetEntry> sheetsOf(XSSFReader reader) throws Exception {
        List<SheetEntry> sheets = new ArrayList<>();
        try (InputStream workbookXml = reader.getWorkbookData()) {
            XMLStreamReader workbook = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbookXml);
            try {
                while (workbook.hasNext()) {
                    if (workbook.next() == XMLStreamConstants.START_ELEMENT && workbook.getLocalName().equals("sheet")) {
                        String state = workbook.getAttributeValue(null, "state");
                        sheets.add(new SheetEntry(String.valueOf(workbook.getAttributeValue(null, "name")),
                                workbook.getAttributeValue(RELATIONSHIPS_NAMESPACE, "id"),
                                state == null || state.equals("visible")));
                    }
                }
            } finally {
                workbook.close();
            }
        }
        return sheets;
    }

    private static SheetEntry choose(List<SheetEntry> sheets) throws UnreadableFileException {
        if (sheets.isEmpty()) {
            throw new UnreadableFileException(Rule.FILE_EMPTY, "工作簿中没有工作表 / the workbook has no sheet");
        }
        for (SheetEntry sheet : sheets) {
            String name = sheet.name().strip().toUpperCase(Locale.ROOT);
            for (FormDefinition form : FormCatalogue.forms()) {
                if (name.startsWith(form.code())) {
                    return sheet;
                }
            }
        }
        return sheets.stream().filter(SheetEntry::visible).findFirst().orElse(sheets.get(0));
    }

    /**
     * Looks at the archive before POI does: is it a whole zip, is it a workbook at all, would it
     * unpack beyond the cap, does any XML part declare a DOCTYPE (external entities need one).
     */
    private static void inspectArchive(File file, ReadLimits limits) throws UnreadableFileException {
        try (ZipFile archive = new ZipFile(file)) {
            long declaredTotal = 0;
            boolean spreadsheet = false;
            String otherKind = null;
            Enumeration<? extends ZipEntry> entries = archive.entries();
            List<ZipEntry> xmlParts = new ArrayList<>();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                declaredTotal += Math.max(entry.getSize(), 0);
                if (name.startsWith("xl/")) {
                    spreadsheet = true;
                } else if (name.startsWith("word/")) {
                    otherKind = "Word 文档（.docx）/ a Word document (.docx)";
                } else if (name.startsWith("ppt/")) {
                    otherKind = "PowerPoint 演示文稿（.pptx）/ a PowerPoint presentation (.pptx)";
                } else if (name.equals("content.xml") || name.equals("mimetype")) {
                    otherKind = "OpenDocument 文件（.ods/.odt，WPS 或 LibreOffice 格式）/ an OpenDocument file (.ods/.odt)";
                }
                String lowerName = name.toLowerCase(Locale.ROOT);
                if (lowerName.endsWith(".xml") || lowerName.endsWith(".rels") || lowerName.endsWith(".vml")) {
                    xmlParts.add(entry);
                }
            }
            if (declaredTotal > limits.maxUncompressedBytes()) {
                throw new UnreadableFileException(Rule.WORKBOOK_ZIP_BOMB, "解压后 " + megabytes(declaredTotal)
                        + "，上限 " + megabytes(limits.maxUncompressedBytes()) + " / unpacks to "
                        + megabytes(declaredTotal) + ", the limit is " + megabytes(limits.maxUncompressedBytes()));
            }
            if (!spreadsheet) {
                throw new UnreadableFileException(Rule.FILE_WRONG_TYPE,
                        otherKind != null ? otherKind : "普通 zip 压缩包 / a plain zip archive");
            }
            for (ZipEntry part : xmlParts) {
                if (declaresDocumentType(archive, part)) {
                    throw new UnreadableFileException(Rule.WORKBOOK_EXTERNAL_ENTITY,
                            "部件 / part " + part.getName());
                }
            }
        } catch (ZipException notAWholeZip) {
            throw new UnreadableFileException(Rule.WORKBOOK_CORRUPT,
                    "压缩包不完整或已损坏 / truncated or damaged zip archive", notAWholeZip);
        } catch (IOException unreadable) {
            throw new UnreadableFileException(Rule.WORKBOOK_CORRUPT,
                    "压缩包无法读取 / the zip archive cannot be read", unreadable);
        }
    }

    /** Whether the XML prolog (everything before the root element) holds a DOCTYPE or ENTITY declaration. */
    private static boolean declaresDocumentType(ZipFile archive, ZipEntry part) throws IOException {
        try (InputStream input = archive.getInputStream(part)) {
            byte[] prolog = input.readNBytes(PROLOG_BYTES_SCANNED);
            // UTF-16 parts read as Latin-1 with their zero bytes removed are plain ASCII markup.
            String text = new String(prolog, StandardCharsets.ISO_8859_1).replace("\u0000", "").toUpperCase(Locale.ROOT);
            return text.contains("<!DOCTYPE") || text.contains("<!ENTITY");
        }
    }

    /** Tells a zip bomb, a truncated archive and a damaged part apart by what POI and the JDK said. */
    private static UnreadableFileException classify(Throwable failure, String detail) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnpackedTooLargeException tooLarge) {
                return new UnreadableFileException(Rule.WORKBOOK_ZIP_BOMB, tooLarge.getMessage(), failure);
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return new UnreadableFileException(Rule.WORKBOOK_ZIP_BOMB,
                        "压缩比异常 / abnormal compression ratio", failure);
            }
            if (message.contains("doctype") || message.contains("entity")) {
                return new UnreadableFileException(Rule.WORKBOOK_EXTERNAL_ENTITY, "XML 实体 / XML entity", failure);
            }
        }
        return new UnreadableFileException(Rule.WORKBOOK_CORRUPT,
                detail + "：" + failure.getClass().getSimpleName(), failure);
    }

    private static String megabytes(long bytes) {
        return (bytes / ReadLimits.MEGABYTE) + " MB";
    }

    /** A cell beyond the last column any form (or Excel) has. */
    private static final class TooManyColumnsException extends RuntimeException {
        TooManyColumnsException(int rowNumber, long columns) {
            super("第 " + rowNumber + " 行至少 " + columns + " 列，上限 " + ReadLimits.MAX_COLUMNS + " 列 / row " + rowNumber
                    + " has at least " + columns + " columns, the limit is " + ReadLimits.MAX_COLUMNS);
        }
    }

    /** The unpacked bytes of the sheet passed the configured total. */
    private static final class UnpackedTooLargeException extends IOException {
        UnpackedTooLargeException(String message) {
            super(message);
        }
    }

    /** Counts unpacked bytes as they are read; the zip's declared sizes may lie. */
    private static final class CountingInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        CountingInputStream(InputStream input, long limit) {
            super(input);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                add(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                add(read);
            }
            return read;
        }

        private void add(long read) throws IOException {
            count += read;
            if (count > limit) {
                throw new UnpackedTooLargeException("工作表解压后超过 " + megabytes(limit) + " / the sheet unpacks beyond "
                        + megabytes(limit));
            }
        }
    }
}
