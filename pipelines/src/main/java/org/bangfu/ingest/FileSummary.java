package org.bangfu.ingest;

import java.io.Serializable;
import java.util.Map;
import org.bangfu.quality.Issue;

/**
 * What a full read of one file found, without its rows: enough for its bronze.files entry.
 *
 * @param formCode the form recognised, empty when none
 * @param sheetName the sheet read, empty for csv
 * @param headerRowNumber the row that held the header, 0 when none was found
 * @param rowsRead data rows (0 when the file was rejected)
 * @param columnLetters field name → column letter in the submitted sheet
 * @param fileIssue why the file as a whole was rejected, or null
 * @param replacesScope whether its title block declares 全量替换: it replaces every row its submitters
 *     sent for its periods before (FORMS.md, "Resubmission")
 */
public record FileSummary(
        String formCode,
        String sheetName,
        int headerRowNumber,
        long rowsRead,
        Map<String, String> columnLetters,
        Issue fileIssue,
        boolean replacesScope) implements Serializable {

    public FileSummary {
        columnLetters = Map.copyOf(columnLetters);
    }

    /** A summary of a file that does not declare 全量替换. */
    public FileSummary(String formCode, String sheetName, int headerRowNumber, long rowsRead,
            Map<String, String> columnLetters, Issue fileIssue) {
        this(formCode, sheetName, headerRowNumber, rowsRead, columnLetters, fileIssue, false);
    }

    public boolean readable() {
        return fileIssue == null;
    }
}
