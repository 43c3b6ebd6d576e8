package org.bangfu.publish;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What a publish run needs besides the snapshot.
 *
 * @param publishDate the date printed on every page as the publication date
 * @param issuingOffice the office named under the briefing's masthead
 * @param issueNumber the briefing's 第N期; when empty, the latest quarter's number within its year
 *     (2019Q4 is 第4期), which suits an office issuing one statistical briefing a quarter
 * @param briefingDate the date printed on the briefing; defaults to the publish date
 * @param briefingAreas prefectures or counties ({@code --area}) that get their own 简报 besides the province's
 */
public record PublishOptions(LocalDate publishDate, String issuingOffice, OptionalInt issueNumber, LocalDate briefingDate,
        java.util.List<String> briefingAreas) {

    /** The issuing office when none is given. */
    public static final String DEFAULT_ISSUING_OFFICE = "定点帮扶工作领导小组办公室";

    /** Dates are those of the Chinese offices that publish, whatever the server's zone. */
    public static final ZoneId PUBLISHING_ZONE = ZoneId.of("Asia/Shanghai");

    public PublishOptions {
        Objects.requireNonNull(publishDate, "publishDate");
        Objects.requireNonNull(issueNumber, "issueNumber");
        if (issuingOffice == null || issuingOffice.isBlank()) {
            issuingOffice = DEFAULT_ISSUING_OFFICE;
        }
        if (briefingDate == null) {
            briefingDate = publishDate;
        }
        briefingAreas = briefingAreas == null ? java.util.List.of() : java.util.List.copyOf(briefingAreas);
        if (issueNumber.isPresent() && issueNumber.getAsInt() < 1) {
            throw new IllegalArgumentException("an issue number starts at 1, got " + issueNumber.getAsInt());
        }
    }

    /** Published on a given date, with the default office and issue number. */
    public static PublishOptions publishedOn(LocalDate publishDate) {
        return new PublishOptions(publishDate, DEFAULT_ISSUING_OFFICE, OptionalInt.empty(), publishDate, java.util.List.of());
    }

    /** Published today in Beijing time. */
    public static PublishOptions publishedToday() {
        return publishedOn(LocalDate.now(PUBLISHING_ZONE));
    }

    public PublishOptions withIssuingOffice(String office) {
        return new PublishOptions(publishDate, office, issueNumber, briefingDate, briefingAreas);
    }

    public PublishOptions withIssueNumber(int number) {
        return new PublishOptions(publishDate, issuingOffice, OptionalInt.of(number), briefingDate, briefingAreas);
    }

    public PublishOptions withBriefingDate(LocalDate date) {
        return new PublishOptions(publishDate, issuingOffice, issueNumber, date, briefingAreas);
    }

    /** Also a 简报 for each of these prefecture or county codes. */
    public PublishOptions withBriefingAreas(java.util.List<String> areaCodes) {
        return new PublishOptions(publishDate, issuingOffice, issueNumber, briefingDate, areaCodes);
    }
}
