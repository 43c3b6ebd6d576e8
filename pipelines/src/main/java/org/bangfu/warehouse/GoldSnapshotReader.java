package org.bangfu.warehouse;

import java.time.Instant;
import java.util.List;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.model.TableVersion;

/**
 * Pins the current versions of the gold tables and reads them at exactly those versions, so that
 * everything one publish run renders comes from the same data even if a model run commits
 * meanwhile.
 */
public final class GoldSnapshotReader {

    private static final List<WarehouseTable> PUBLISHED = List.of(WarehouseTable.GOLD_COUNTY_QUARTER,
            WarehouseTable.GOLD_PREFECTURE_QUARTER, WarehouseTable.GOLD_PROVINCE_QUARTER);

    private final Warehouse warehouse;

    public GoldSnapshotReader(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public PublicationSnapshot pinCurrent() {
        for (WarehouseTable table : PUBLISHED) {
            if (!warehouse.exists(table)) {
                throw new IllegalStateException("尚无汇总数据，请先运行 model / no gold data yet: "
                        + table.qualifiedName() + " is missing; run `bangfu model` first");
            }
        }
        TableVersion counties = warehouse.currentVersion(WarehouseTable.GOLD_COUNTY_QUARTER);
        TableVersion prefectures = warehouse.currentVersion(WarehouseTable.GOLD_PREFECTURE_QUARTER);
        TableVersion provinces = warehouse.currentVersion(WarehouseTable.GOLD_PROVINCE_QUARTER);
        return new PublicationSnapshot(List.of(counties, prefectures, provinces), Instant.now(),
                figures(counties, WarehouseTable.GOLD_COUNTY_QUARTER),
                figures(prefectures, WarehouseTable.GOLD_PREFECTURE_QUARTER),
                figures(provinces, WarehouseTable.GOLD_PROVINCE_QUARTER));
    }

    private List<AreaQuarterFigures> figures(TableVersion version, WarehouseTable table) {
        return warehouse.read(version, table)
                .orderBy("prefecture_code", "area_code", "period")
                .collectAsList().stream()
                .map(AreaQuarterFigures::fromGoldRow)
                .toList();
    }
}
