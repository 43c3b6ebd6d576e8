package org.bangfu.documents;

import java.util.List;

/**
 * A small table for a Word document: one header row and rows of finished cells, first column a name.
 *
 * @param header column headings, units included
 * @param rows rows of cells; the first cell names the row
 */
public record DocumentTable(List<String> header, List<List<String>> rows) {

    public DocumentTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells for " + header.size() + " columns");
            }
        }
    }
}
