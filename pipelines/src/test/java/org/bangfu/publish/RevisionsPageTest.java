package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 修订说明 lists each figure published before that now reads differently, with both values; a
 * figure of a period the previous release did not have is new, not revised.
 */
class RevisionsPageTest {

    @TempDir
    Path workspace;

    @Test
    void aCorrectedCountyFigureIsListedWithItsOldAndNewValueAndNothingElse() throws IOException {
        // Before: 青松县 had reported 20,000.00 direct funds for 2019Q3 (now 22,000.00), and 2019Q4 was not out yet.
        List<AreaQuarterFigures> countiesBefore = PublishFixtures.counties().stream()
                .filter(county -> county.period().equals("2019Q3"))
                .map(county -> county.areaCode().equals("990101") ? withFundsDirect(county, "20000.00") : county)
                .toList();
        List<AreaQuarterFigures> prefecturesBefore = PublishFixtures.prefectures().stream()
                .filter(row -> row.period().equals("2019Q3")).toList();
        List<AreaQuarterFigures> provincesBefore = PublishFixtures.provinces().stream()
                .filter(row -> row.period().equals("2019Q3")).toList();
        PublicationSnapshot before = new PublicationSnapshot(PublishFixtures.versions(), PublishFixtures.snapshot().pinnedAt(),
                countiesBefore, prefecturesBefore, provincesBefore);
        Path site = workspace.resolve("site");

        new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options()).publish(PublishFixtures.snapshot(),
                Optional.of(new PreviousRelease(before, LocalDate.of(2019, 10, 15))), site);

        String page = Files.readString(site.resolve("pages/revisions.html"));
        assertThat(page).contains("青松县").contains("20,000.00").contains("22,000.00").contains("共修订1个数据")
                .contains("2019年10月15日").doesNotContain("白云县");
        assertThat(Files.readString(site.resolve("downloads/revisions.csv"))).contains("funds_direct,COUNTY,990101,青松县,2019Q3,20000.00,22000.00");
        assertThat(Files.readString(site.resolve("pages/release.html"))).contains("revisions.html");
        assertThat(Files.readString(site.resolve("index.html"))).contains("pages/revisions.html");
    }

    @Test
    void aFirstReleaseSaysThereIsNothingToCompareWith() throws IOException {
        Path site = workspace.resolve("first");

        new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options()).publish(PublishFixtures.snapshot(), site);

        assertThat(Files.readString(site.resolve("pages/revisions.html"))).contains("这是首次发布");
    }

    private static AreaQuarterFigures withFundsDirect(AreaQuarterFigures county, String amount) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>(county.figures());
        figures.put("funds_direct_ytd", new BigDecimal(amount));
        return new AreaQuarterFigures(county.level(), county.areaCode(), county.areaName(), county.prefectureCode(),
                county.prefectureName(), county.povertyType(), county.period(), county.year(), county.quarter(), figures);
    }
}
