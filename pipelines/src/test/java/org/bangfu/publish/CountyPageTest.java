package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountyPageTest {

    @TempDir
    Path workspace;

    @Test
    void aDistrictNoUnitReportsOnSaysSoInWordsInsteadOfAnEmptyChart() throws IOException {
        List<AreaQuarterFigures> counties = PublishFixtures.counties().stream()
                .map(county -> county.areaCode().equals("990102") ? withoutFigures(county) : county)
                .toList();
        PublicationSnapshot snapshot = new PublicationSnapshot(PublishFixtures.versions(),
                PublishFixtures.snapshot().pinnedAt(), counties, PublishFixtures.prefectures(), PublishFixtures.provinces());
        Path site = workspace.resolve("site");

        new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options()).publish(snapshot, site);

        String page = Files.readString(site.resolve("areas/990102.html"));
        assertThat(page).as("no chart of empty bars with a 0/1 axis, and no hedging").doesNotContain("<img")
                .contains("没有结对帮扶单位").contains("has no paired assisting units").doesNotContain("多为");
        assertThat(site.resolve("charts/county-990102.png")).doesNotExist();
        assertThat(Files.readString(site.resolve("areas/990101.html"))).as("a county with figures keeps its chart")
                .contains("<img").contains("charts/county-990101.png").contains("结对帮扶单位");
        assertThat(Files.readString(site.resolve("counties/990101.html"))).as("the old address sends the reader on")
                .contains("url=../areas/990101.html");
        assertThat(Files.readString(site.resolve("index.html"))).as("the home page links areas, not the old pages")
                .contains("areas/990101.html").doesNotContain("counties/990101.html");
    }

    @Test
    void aCountyWithPairedUnitsButNoFundsReportedSaysThatRatherThanThatItHasNone() throws IOException {
        List<AreaQuarterFigures> counties = PublishFixtures.counties().stream()
                .map(county -> county.areaCode().equals("990102") ? withoutFundsButPaired(county) : county)
                .toList();
        PublicationSnapshot snapshot = new PublicationSnapshot(PublishFixtures.versions(),
                PublishFixtures.snapshot().pinnedAt(), counties, PublishFixtures.prefectures(), PublishFixtures.provinces());
        Path site = workspace.resolve("site");

        new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options()).publish(snapshot, site);

        assertThat(Files.readString(site.resolve("areas/990102.html"))).doesNotContain("<img")
                .contains("有结对帮扶单位，但各季度均未报送帮扶资金").doesNotContain("没有结对帮扶单位");
    }

    private static AreaQuarterFigures withoutFundsButPaired(AreaQuarterFigures county) {
        Map<String, java.math.BigDecimal> figures = new LinkedHashMap<>();
        county.figures().keySet().forEach(column -> figures.put(column, null));
        figures.put("paired_units", java.math.BigDecimal.valueOf(2));
        return new AreaQuarterFigures(county.level(), county.areaCode(), county.areaName(), county.prefectureCode(),
                county.prefectureName(), "省定", county.period(), county.year(), county.quarter(), figures);
    }

    private static AreaQuarterFigures withoutFigures(AreaQuarterFigures county) {
        Map<String, java.math.BigDecimal> none = new LinkedHashMap<>();
        county.figures().keySet().forEach(column -> none.put(column, null));
        return new AreaQuarterFigures(county.level(), county.areaCode(), county.areaName(), county.prefectureCode(),
                county.prefectureName(), "非贫困", county.period(), county.year(), county.quarter(), none);
    }
}
