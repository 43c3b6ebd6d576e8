package org.bangfu.ingest;

import java.util.List;

/**
 * One row of a sheet or csv file as text.
 *
 * @param rowNumber 1-based, as the submitter sees it: the Excel row number or the csv line's record number
 * @param cells cell text by 0-based column, blank cells as empty strings
 */
public record GridRow(int rowNumber, List<String> cells) {

    public GridRow {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(cell -> cell.isBlank());
    }

    /** The first non-blank cell, stripped, or empty. */
    public String firstFilledCell() {
        return cells.stream().map(String::strip).filter(cell -> !cell.isEmpty()).findFirst().orElse("");
    }
}
