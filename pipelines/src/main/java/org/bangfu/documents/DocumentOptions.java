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
        areaCodes = List.copyOf(areaCodes);
        Objects.requireNonNull(issuingOffice, "issuingOffice");
        Objects.requireNonNull(issueNumber, "issueNumber");
    }

    /** Published on a date, every other setting from office.properties. */
    public DocumentOptions(LocalDate publishDate, LocalDate documentDate, List<String> areaCodes) {
        this(publishDate, documentDate, areaCodes, Optional.empty(), OptionalInt.empty());
    }

    /**
     * What the publish run was given: an office or issue number given there (not the default)
     * overrides office.properties; areas come from {@code --area}.
     */
    public static DocumentOptions of(LocalDate publishDate, LocalDate documentDate, String givenOffice, String defaultOffice,
            OptionalInt givenIssueNumber) {
        DocumentOptions fromProperty = of(publishDate, documentDate);
        Optional<String> office = givenOffice == null || givenOffice.equals(defaultOffice) ? Optional.empty() : Optional.of(givenOffice);
        return new DocumentOptions(publishDate, documentDate, fromProperty.areaCodes(), office, givenIssueNumber);
    }

    /** The system property through which {@code bangfu publish --area} names extra areas (comma separated). */
    public static final String AREAS_PROPERTY = "bangfu.documents.areas";

    public static DocumentOptions of(LocalDate publishDate, LocalDate documentDate) {
        String areas = System.getProperty(AREAS_PROPERTY, "");
        List<String> codes = areas.isBlank() ? List.of()
                : java.util.Arrays.stream(areas.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
        return new DocumentOptions(publishDate, documentDate, codes);
    }
}
