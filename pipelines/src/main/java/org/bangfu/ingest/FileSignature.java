package org.bangfu.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file is, judged from its first bytes rather than its name: submitters rename PDFs,
 * pictures and old .xls files to .xlsx, and Excel's "save as web page" writes HTML under .xls.
 */
enum FileSignature {
    ZIP_ARCHIVE("zip"),
    OLE2_COMPOUND("旧版 Excel 97-2003 (.xls)、Word (.doc) 或加密的工作簿 / a legacy Excel 97-2003 (.xls), Word (.doc) or password-protected workbook"),
    PDF("PDF 文档 / a PDF document"),
    IMAGE("图片 / a picture"),
    HTML("网页（HTML）或 XML 文件 / a web page (HTML) or XML file"),
    RTF("RTF 文档 / an RTF document"),
    TEXT("text"),
    OTHER_BINARY("无法识别的二进制文件 / an unrecognised binary file");

    /** How many leading bytes are enough to tell. */
    static final int PREFIX_BYTES = 8192;

    private final String description;

    FileSignature(String description) {
        this.description = description;
    }

    /** What the file is, Chinese then English, for the F006 message. */
    String description() {
        return description;
    }

    static FileSignature of(byte[] prefix, int length) {
        if (startsWith(prefix, length, 'P', 'K', 3, 4) || startsWith(prefix, length, 'P', 'K', 5, 6)) {
            return ZIP_ARCHIVE;
        }
        if (startsWith(prefix, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2_COMPOUND;
        }
        if (startsWith(prefix, length, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (startsWith(prefix, length, 0x89, 'P', 'N', 'G') || startsWith(prefix, length, 0xFF, 0xD8, 0xFF)
                || startsWith(prefix, length, 'G', 'I', 'F', '8')) {
            return IMAGE;
        }
        if (startsWith(prefix, length, '{', '\\', 'r', 't', 'f')) {
            return RTF;
        }
        boolean utf16 = startsWith(prefix, length, 0xFF, 0xFE) || startsWith(prefix, length, 0xFE, 0xFF);
        if (!utf16 && controlBytes(prefix, length) * 100 > length) {
            return OTHER_BINARY;
        }
        String start = utf16 ? "" : new String(prefix, 0, length, StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").replace("ï»¿", "").stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<?xml")
                || start.startsWith("<table") || (start.startsWith("<") && start.contains("<table"))) {
            return HTML;
        }
        return TEXT;
    }

    /**
     * NUL and other control bytes (tab, line breaks and escape aside): binary files are full of
     * them, a text file damaged in transfer has a stray one, which the csv reader names (F020).
     */
    private static int controlBytes(byte[] prefix, int length) {
        int control = 0;
        for (int index = 0; index < length; index++) {
            int value = prefix[index] & 0xFF;
            if (value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != 0x1B && value != 0x0C) {
                control++;
            }
        }
        return control;
    }

    private static boolean startsWith(byte[] bytes, int length, int... expected) {
        if (length < expected.length) {
            return false;
        }
        for (int index = 0; index < expected.length; index++) {
            if ((bytes[index] & 0xFF) != expected[index]) {
                return false;
            }
        }
        return true;
    }
}
