package org.bangfu.ingest;

import java.util.List;

/**
 * A sheet (or a csv file) as rows of text.
 *
 * @param sheetName the sheet's name; empty for csv
 * @param rows its non-empty rows in order
 */
public record Grid(String sheetName, List<GridRow> rows) {

    public Grid {
        rows = List.copyOf(rows);
    }
}
