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

        String page = Files.readString(site.resolve("counties/990102.html"));
        assertThat(page).as("no chart of empty bars with a 0/1 axis").doesNotContain("<img")
                .contains("没有帮扶单位报送定点帮扶情况").contains("No assisting unit reports on");
        assertThat(site.resolve("charts/county-990102.png")).doesNotExist();
        assertThat(Files.readString(site.resolve("counties/990101.html"))).as("a county with figures keeps its chart").contains("<img");
    }

    private static AreaQuarterFigures withoutFigures(AreaQuarterFigures county) {
        Map<String, java.math.BigDecimal> none = new LinkedHashMap<>();
        county.figures().keySet().forEach(column -> none.put(column, null));
        return new AreaQuarterFigures(county.level(), county.areaCode(), county.areaName(), county.prefectureCode(),
                county.prefectureName(), "非贫困", county.period(), county.year(), county.quarter(), none);
    }
}
