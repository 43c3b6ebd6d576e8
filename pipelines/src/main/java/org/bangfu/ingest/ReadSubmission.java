package org.bangfu.ingest;

import java.util.List;
import java.util.Map;
import org.bangfu.quality.Issue;

/**
 * What reading one whole file gave: either its form and data rows, or the file-level issue that
 * stopped it (then no rows).
 *
 * @param formCode the form recognised, empty when none
 * @param sheetName the sheet read, empty for csv
 * @param headerRowNumber the row that held the header, 0 when none was found
 * @param rows the data rows (title block, header, numbering row, 合计 and footer rows excluded)
 * @param columnLetters field name → column letter in the submitted sheet
 * @param fileIssue why the file as a whole was rejected, or null
 */
public record ReadSubmission(
        String formCode,
        String sheetName,
        int headerRowNumber,
        List<SubmissionRow> rows,
        Map<String, String> columnLetters,
        Issue fileIssue) {

    public ReadSubmission {
        rows = List.copyOf(rows);
        columnLetters = Map.copyOf(columnLetters);
    }

    static ReadSubmission rejected(OpenSubmission submission) {
        return rejected(submission, submission.fileIssue());
    }

    static ReadSubmission rejected(OpenSubmission submission, Issue issue) {
        return new ReadSubmission(submission.formCode(), submission.sheetName(), submission.headerRowNumber(),
                List.of(), Map.of(), issue);
    }

    public boolean readable() {
        return fileIssue == null;
    }
}
