package org.bangfu.ingest;

import java.util.Map;

/**
 * A data row of a submission: raw cell text by field name, personal fields already dropped.
 *
 * @param rowNumber the row number the submitter sees (Excel row or csv record)
 * @param cells raw text by English field name
 */
public record SubmissionRow(int rowNumber, Map<String, String> cells) {

    public SubmissionRow {
        cells = Map.copyOf(cells);
    }
}
