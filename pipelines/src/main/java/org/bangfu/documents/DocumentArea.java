package org.bangfu.documents;

import java.util.List;
import java.util.Optional;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;

/**
 * The area a document speaks for: the province, or one prefecture or county of it.
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
        List<AreaQuarterFigures> rows = snapshot.provinces();
        AreaQuarterFigures any = rows.get(0);
        return new DocumentArea(AreaLevel.PROVINCE, any.areaCode(), any.areaName(), rows);
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

    /** Whether a county or prefecture row of another table belongs to this area. */
    public boolean contains(String areaCode, String prefectureCode) {
        return switch (level) {
            case NATION, PROVINCE -> true;
            case PREFECTURE -> code.equals(prefectureCode) || code.equals(areaCode);
            case COUNTY -> code.equals(areaCode);
        };
    }

    /** Used in file names: "province" or the code. */
    public String fileKey() {
        return level == AreaLevel.PROVINCE ? "province" : code;
    }
}
