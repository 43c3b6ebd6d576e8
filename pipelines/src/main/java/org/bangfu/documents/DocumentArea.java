package org.bangfu.documents;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The area a document speaks for: the nation (when the warehouse holds several provinces), the
 * province, or one province, prefecture or county below it.
 *
 * @param level its level
 * @param code its GB/T 2260 code
 * @param name its name
 * @param byQuarter its assistance figures, oldest quarter first
 */
public record DocumentArea(AreaLevel level, String code, String name, List<AreaQuarterFigures> byQuarter) {

    public DocumentArea {
        byQuarter = byQuarter.stream()
                .sorted(java.util.Comparator.comparing(AreaQuarterFigures::period)).toList();
    }

    public static DocumentArea province(PublicationSnapshot snapshot) {
        AreaQuarterFigures any = snapshot.provinces().get(0);
        List<AreaQuarterFigures> rows = snapshot.provinces().stream().filter(row -> row.areaCode().equals(any.areaCode())).toList();
        return new DocumentArea(AreaLevel.PROVINCE, any.areaCode(), any.areaName(), rows);
    }

    /**
     * The area the release's documents speak for by default: its one province, or the nation
     * (gold.nation_quarter) when it holds several; empty when it holds no BF-1 figures at all
     * (registers only), or several provinces and no national rows.
     */
    public static Optional<DocumentArea> top(PublicationSnapshot snapshot, GoldRecords gold) {
        long provinces = snapshot.provinces().stream().map(AreaQuarterFigures::areaCode).distinct().count();
        if (provinces == 0) {
            return Optional.empty();
        }
        if (provinces == 1) {
            return Optional.of(province(snapshot));
        }
        List<AreaQuarterFigures> rows = gold.table(WarehouseTable.GOLD_NATION_QUARTER).orElse(List.of()).stream()
                .filter(row -> AreaLevel.NATION.name().equals(row.text("level")))
                .map(DocumentArea::nationRow).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        AreaQuarterFigures any = rows.get(0);
        return Optional.of(new DocumentArea(AreaLevel.NATION, any.areaCode(), any.areaName(), rows));
    }

    /** A gold.nation_quarter row as the figures of an area and quarter: its text columns by name, every number a figure. */
    private static AreaQuarterFigures nationRow(GoldRecord row) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        row.values().forEach((column, value) -> {
            if (value instanceof Number && !column.equals("year") && !column.equals("quarter")) {
                figures.put(column, row.figure(column));
            }
        });
        return new AreaQuarterFigures(AreaLevel.NATION, row.text("area_code"), row.text("area_name"), "", "", "",
                row.text("period"), row.integer("year"), row.integer("quarter"), figures);
    }

    /** A prefecture or county of the snapshot by its code; empty when the snapshot has no such area. */
    public static Optional<DocumentArea> find(PublicationSnapshot snapshot, String code) {
        for (List<AreaQuarterFigures> level : List.of(snapshot.provinces(), snapshot.prefectures(), snapshot.counties())) {
            List<AreaQuarterFigures> rows = level.stream().filter(row -> row.areaCode().equals(code)).toList();
            if (!rows.isEmpty()) {
                AreaQuarterFigures latest = rows.get(rows.size() - 1);
                return Optional.of(new DocumentArea(latest.level(), code, latest.areaName(), rows));
            }
        }
        return Optional.empty();
    }

    public AreaQuarterFigures latest() {
        return byQuarter.get(byQuarter.size() - 1);
    }

    /** The row for a period, e.g. the same quarter of last year. */
    public Optional<AreaQuarterFigures> in(String period) {
        return byQuarter.stream().filter(row -> row.period().equals(period)).findFirst();
    }

    /**
     * Whether a county or prefecture row of another table belongs to this area. A province holds the
     * codes beginning with its two digits (GB/T 2260), and rows with no area (units' BF-1).
     */
    public boolean contains(String areaCode, String prefectureCode) {
        return switch (level) {
            case NATION -> true;
            case PROVINCE -> (areaCode == null || areaCode.isEmpty()) && (prefectureCode == null || prefectureCode.isEmpty())
                    || inProvince(areaCode) || inProvince(prefectureCode);
            case PREFECTURE -> code.equals(prefectureCode) || code.equals(areaCode);
            case COUNTY -> code.equals(areaCode);
        };
    }

    /**
     * The offices one level below an area of this level, as a 通报 addresses and a 简报 copies them:
     * the provinces' offices for the nation, the prefectures' for a province, and so on
     * ({@code offices.<level>} of the wording file).
     */
    static String officesBelow(Wording wording, AreaLevel level) {
        return wording.text("offices." + level.name().toLowerCase(java.util.Locale.ROOT));
    }

    private boolean inProvince(String otherCode) {
        return otherCode != null && otherCode.length() >= 2 && otherCode.startsWith(code.substring(0, 2));
    }
}
