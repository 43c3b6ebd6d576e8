package org.bangfu.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.bangfu.forms.Quarter;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;

/**
 * The snapshot arranged the way pages read it: the province by quarter, prefectures with their
 * counties, each county by quarter, all in code and time order so outputs are reproducible.
 */
final class SnapshotView {

    private static final Comparator<AreaQuarterFigures> BY_QUARTER = Comparator.comparing(AreaQuarterFigures::reportingQuarter);

    private final PublicationSnapshot snapshot;
    private final List<AreaQuarterFigures> provinceByQuarter;
    private final Map<String, List<AreaQuarterFigures>> countyByQuarterByCode;

    private SnapshotView(PublicationSnapshot snapshot) {
        this.snapshot = snapshot;
        this.provinceByQuarter = snapshot.provinces().stream().sorted(BY_QUARTER).toList();
        this.countyByQuarterByCode = snapshot.counties().stream()
                .collect(Collectors.groupingBy(AreaQuarterFigures::areaCode, TreeMap::new,
                        Collectors.collectingAndThen(Collectors.toList(),
                                rows -> rows.stream().sorted(BY_QUARTER).toList())));
    }

    /**
     * The snapshot as pages read it. It may hold no BF-1 figures (only registers have come in) or
     * several provinces (a national warehouse); the province home page and the county chart pages
     * then come from what it does hold, and {@link NationalHome} is the home page.
     */
    static SnapshotView of(PublicationSnapshot snapshot) {
        return new SnapshotView(snapshot);
    }

    /** Whether there are BF-1 province figures to headline. */
    boolean hasAssistanceFigures() {
        return !provinceByQuarter.isEmpty();
    }

    /** The provinces of the BF-1 figures, in code order. */
    Set<String> provinceCodes() {
        return snapshot.provinces().stream().map(AreaQuarterFigures::areaCode).collect(Collectors.toCollection(TreeSet::new));
    }

    PublicationSnapshot snapshot() {
        return snapshot;
    }

    String stamp() {
        return snapshot.stamp();
    }

    List<AreaQuarterFigures> provinceByQuarter() {
        return provinceByQuarter;
    }

    AreaQuarterFigures latestProvince() {
        return provinceByQuarter.get(provinceByQuarter.size() - 1);
    }

    Quarter latestQuarter() {
        return latestProvince().reportingQuarter();
    }

    List<String> countyCodes() {
        return List.copyOf(countyByQuarterByCode.keySet());
    }

    List<AreaQuarterFigures> countyByQuarter(String countyCode) {
        return countyByQuarterByCode.getOrDefault(countyCode, List.of());
    }

    /** A county's latest row, which names it and places it in its prefecture. */
    AreaQuarterFigures latestOfCounty(String countyCode) {
        List<AreaQuarterFigures> rows = countyByQuarter(countyCode);
        return rows.get(rows.size() - 1);
    }

    /** Prefectures in code order, each with its counties in code order (placed by their latest row). */
    List<Prefecture> prefectures() {
        Map<String, List<AreaQuarterFigures>> latestCountiesByPrefecture = countyByQuarterByCode.keySet().stream()
                .map(this::latestOfCounty)
                .collect(Collectors.groupingBy(AreaQuarterFigures::prefectureCode, TreeMap::new, Collectors.toList()));
        List<Prefecture> prefectures = new ArrayList<>();
        latestCountiesByPrefecture.forEach((code, counties) -> prefectures.add(
                new Prefecture(code, counties.get(0).prefectureName(), counties)));
        return prefectures;
    }

    /** Each prefecture's figures for one quarter, in code order. */
    List<PrefectureFigures> prefectureFigures(Quarter quarter) {
        return snapshot.prefectures().stream()
                .filter(row -> row.period().equals(quarter.toString()))
                .sorted(Comparator.comparing(AreaQuarterFigures::areaCode))
                .map(row -> new PrefectureFigures(row.areaCode(), row.areaName(), row))
                .toList();
    }

    /** A prefecture and its counties' latest rows. */
    record Prefecture(String code, String name, List<AreaQuarterFigures> counties) {
    }
}
