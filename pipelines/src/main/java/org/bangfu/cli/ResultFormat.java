package org.bangfu.cli;

/** How {@code bangfu sql} writes a result. */
enum ResultFormat {
    /** Aligned columns for the terminal, at most the row limit. */
    TABLE,
    /** RFC 4180 CSV in UTF-8 with a byte order mark, as the site's downloads, every row. */
    CSV,
    /** One JSON object per line, every row. */
    JSON,
    /** An Excel workbook, numbers as numbers; needs --output. */
    XLSX
}
