package org.bangfu.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.ModelJob;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.testing.SharedSpark;
import org.bangfu.testing.TinyWarehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publication snapshot pins every gold table that exists and reads it at that version only. */
class PublicationSnapshotTest {

    @TempDir
    Path root;

    @Test
    void everyGoldTableIsReadAtItsPinnedVersionWhateverIsCommittedLater() {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), root.toString());
        TinyWarehouse.writeSilver(warehouse);
        new ModelJob(warehouse).run();

        PublicationSnapshot snapshot = new GoldSnapshotReader(warehouse).pinCurrent();
        String stamp = snapshot.stamp();
        TinyWarehouse.writeUnitAssistance(warehouse, "95.00");
        new ModelJob(warehouse).run();

        java.util.List<WarehouseTable> existing = java.util.Arrays.stream(WarehouseTable.values())
                .filter(table -> table.qualifiedName().startsWith("gold.") && warehouse.exists(table)).toList();
        assertThat(snapshot.tables().keySet()).as("every gold table that exists, in stamp order")
                .containsExactlyElementsOf(existing)
                .startsWith(WarehouseTable.GOLD_COUNTY_QUARTER, WarehouseTable.GOLD_PREFECTURE_QUARTER,
                        WarehouseTable.GOLD_PROVINCE_QUARTER);
        assertThat(stamp).isEqualTo(snapshot.stamp()).startsWith("gold.county_quarter@v");
        BigDecimal pinned = snapshot.read(WarehouseTable.GOLD_COUNTY_QUARTER)
                .filter("area_code = '990101' AND period = '2019Q2'").first().getAs("funds_direct_ytd");
        assertThat(pinned).as("the snapshot still reads the version pinned before the correction").isEqualByComparingTo("100");
        assertThat(snapshot.counties().stream().filter(row -> row.areaCode().equals("990101") && row.period().equals("2019Q2"))
                .map(AreaQuarterFigures::fundsDirectYearToDate).findFirst().orElseThrow())
                .isEqualByComparingTo("100");
        assertThat(snapshot.version(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS)).as("not written without BF-4").isEmpty();
        assertThatThrownBy(() -> snapshot.read(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("gold.household_indicators");
    }
}
