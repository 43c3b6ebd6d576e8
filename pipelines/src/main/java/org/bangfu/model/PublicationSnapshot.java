package org.bangfu.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything a publish run renders, read once from pinned gold table versions (DESIGN.md
 * principle 3): every page, chart, document and download is built from this and stamped with
 * {@link #stamp()}.
 *
 * @param versions the gold table versions read
 * @param pinnedAt when the versions were pinned
 * @param counties county × quarter figures, all quarters
 * @param prefectures prefecture × quarter figures, all quarters
 * @param provinces province × quarter figures, all quarters
 */
public record PublicationSnapshot(
        List<TableVersion> versions,
        Instant pinnedAt,
        List<AreaQuarterFigures> counties,
        List<AreaQuarterFigures> prefectures,
        List<AreaQuarterFigures> provinces) {

    public PublicationSnapshot {
        versions = List.copyOf(versions);
        counties = List.copyOf(counties);
        prefectures = List.copyOf(prefectures);
        provinces = List.copyOf(provinces);
    }

    /** The versions as one line, e.g. {@code gold.county_quarter@v3, gold.province_quarter@v3}. */
    public String stamp() {
        return versions.stream().map(TableVersion::stamp).collect(Collectors.joining(", "));
    }

    /** The latest quarter with province figures, e.g. {@code 2019Q4}. */
    public String latestPeriod() {
        return provinces.stream()
                .map(AreaQuarterFigures::period)
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("the snapshot holds no province figures"));
    }
}
