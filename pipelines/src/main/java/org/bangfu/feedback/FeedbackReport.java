package org.bangfu.feedback;

import java.util.List;

/**
 * What one feedback workbook says: who submitted which form for which period, the files, and every
 * problem found in them.
 *
 * @param formCode e.g. BF-1; empty when a rejected file's form could not be recognised
 * @param formName the form's Chinese name, empty when unknown
 * @param submitterCode the submitter's code; for a file whose submitter is unknown, its file name
 * @param submitterName the submitter's name from the registers, empty when unknown
 * @param period the reporting period (2019Q2 or 2019), empty when unknown
 * @param files the files of this submission, earliest first
 * @param issues the problems, in file and row order
 * @param issuesOmitted problems beyond those listed (a workbook lists at most {@link FeedbackWorkbook#MAX_ISSUES})
 */
public record FeedbackReport(String formCode, String formName, String submitterCode, String submitterName,
        String period, List<FeedbackFile> files, List<FeedbackIssue> issues, long issuesOmitted) {

    public FeedbackReport {
        files = List.copyOf(files);
        issues = List.copyOf(issues);
    }

    public long errors() {
        return issues.stream().filter(FeedbackIssue::error).count();
    }

    public long warnings() {
        return issues.stream().filter(issue -> !issue.error()).count();
    }

    /**
     * {@code <period>/<form>/<submitter>.xlsx}, with unknown parts named so and unsafe characters replaced;
     * a submitter known only by its file name loses the file's extension.
     */
    public String relativePath() {
        return safe(period, "unknown-period") + "/" + safe(formCode, "unknown-form") + "/"
                + safe(submitterCode.replaceFirst("(?i)\\.(xlsx|xlsm|xls|csv)$", ""), "unknown-submitter") + ".xlsx";
    }

    private static String safe(String part, String whenEmpty) {
        String cleaned = part.strip().replaceAll("[\\\\/:*?\"<>|\\s\\p{Cntrl}]+", "_");
        return cleaned.isEmpty() || cleaned.chars().allMatch(character -> character == '.' || character == '_')
                ? whenEmpty : cleaned;
    }
}
