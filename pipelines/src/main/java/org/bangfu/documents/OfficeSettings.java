package org.bangfu.documents;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.bangfu.forms.Quarter;

/**
 * The issuing office and the issue numbering, from {@code templates/documents/office.properties}
 * (UTF-8), read on every publish so that an office changes them without a rebuild. Every entry has
 * a default, so a missing or blank entry still gives a document.
 *
 * @param issuingOffice printed under the masthead and written as the document's author
 * @param tabulatingOffice the 制表单位 of the statistical tables
 * @param firstIssuePeriod the quarter of issue {@code firstIssueNumber}
 * @param firstIssueNumber the number of that issue
 * @param fixedIssueNumber a number given for this release, or null to count from the first issue
 * @param masthead the 简报's red masthead
 * @param noticeMasthead the 通报's red masthead
 */
public record OfficeSettings(String issuingOffice, String tabulatingOffice, Quarter firstIssuePeriod, int firstIssueNumber,
        Integer fixedIssueNumber, String masthead, String noticeMasthead) {

    public static final String FILE_NAME = "office.properties";
    static final String DEFAULT_OFFICE = "定点帮扶工作领导小组办公室";

    /** Reads the file; a file that does not exist gives every default. */
    public static OfficeSettings read(Path file) {
        Properties entries = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                entries.load(reader);
            } catch (IOException e) {
                throw DocumentException.templateMissing(file, e);
            }
        }
        String office = entry(entries, "issuing_office", DEFAULT_OFFICE);
        String issue = entry(entries, "issue_number", "");
        return new OfficeSettings(
                office,
                entry(entries, "tabulating_office", office),
                Quarter.parse(entry(entries, "first_issue_period", "2019Q1")).orElseThrow(() -> new IllegalArgumentException(
                        "office.properties: first_issue_period 应写作 2019Q1 / must read like 2019Q1")),
                Integer.parseInt(entry(entries, "first_issue_number", "1")),
                issue.isEmpty() ? null : Integer.valueOf(issue),
                entry(entries, "masthead", "定点帮扶工作简报"),
                entry(entries, "notice_masthead", "定点帮扶工作通报"));
    }

    /** These settings with the office and issue number a publish run was given, where it was given them. */
    public OfficeSettings overriddenBy(DocumentOptions options) {
        String office = options.issuingOffice().orElse(issuingOffice);
        return new OfficeSettings(office, options.issuingOffice().isPresent() ? office : tabulatingOffice, firstIssuePeriod,
                firstIssueNumber, options.issueNumber().isPresent() ? Integer.valueOf(options.issueNumber().getAsInt()) : fixedIssueNumber,
                masthead, noticeMasthead);
    }

    /** 第N期 of the release for a quarter: the fixed number, else one more for each quarter since the first issue. */
    public int issueNumber(Quarter latest) {
        if (fixedIssueNumber != null) {
            return fixedIssueNumber;
        }
        int quartersSince = (latest.year() - firstIssuePeriod.year()) * 4 + latest.quarter() - firstIssuePeriod.quarter();
        return Math.max(1, firstIssueNumber + quartersSince);
    }

    private static String entry(Properties entries, String key, String fallback) {
        String value = entries.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
