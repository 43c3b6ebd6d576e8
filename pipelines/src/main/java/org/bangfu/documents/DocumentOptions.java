package org.bangfu.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What documents need besides the snapshot and templates.
 *
 * @param publishDate the release's publish date: printed, and the fixed date inside every file
 * @param documentDate the date printed on the documents (成文日期)
 * @param areaCodes prefectures or counties that get their own 简报 besides the province's
 */
public record DocumentOptions(LocalDate publishDate, LocalDate documentDate, List<String> areaCodes,
        Optional<String> issuingOffice, OptionalInt issueNumber) {

    public DocumentOptions {
        Objects.requireNonNull(publishDate, "publishDate");
        documentDate = documentDate == null ? publishDate : documentDate;
        areaCodes = areaCodes.stream().map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
        Objects.requireNonNull(issuingOffice, "issuingOffice");
        Objects.requireNonNull(issueNumber, "issueNumber");
    }

    /** Published on a date, every other setting from office.properties. */
    public DocumentOptions(LocalDate publishDate, LocalDate documentDate, List<String> areaCodes) {
        this(publishDate, documentDate, areaCodes, Optional.empty(), OptionalInt.empty());
    }

    /**
     * What the publish run was given: an office or issue number given there (not the default)
     * overrides office.properties; areas are those of {@code bangfu publish --area}.
     */
    public static DocumentOptions of(LocalDate publishDate, LocalDate documentDate, String givenOffice, String defaultOffice,
            OptionalInt givenIssueNumber, List<String> areaCodes) {
        Optional<String> office = givenOffice == null || givenOffice.equals(defaultOffice) ? Optional.empty() : Optional.of(givenOffice);
        return new DocumentOptions(publishDate, documentDate, areaCodes, office, givenIssueNumber);
    }
}
