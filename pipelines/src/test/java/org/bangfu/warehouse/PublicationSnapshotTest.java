package org.bangfu.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.ModelJob;
import org.bangfu.model.ModelRun;
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
        TinyWarehouse.writeModelled(warehouse);

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

    @Test
    void aModelRunKilledAfterWritingSomeGoldTablesIsNotPublishedTheRunBeforeItIs() {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), root.toString());
        TinyWarehouse.writeModelled(warehouse);
        ModelRunLog runs = new ModelRunLog(warehouse);
        ModelRun first = runs.latest().orElseThrow();
        long countyVersionOfFirst = warehouse.currentVersion(WarehouseTable.GOLD_COUNTY_QUARTER).version();

        // A correction, then a run that dies after the BF-1 area tables: its work-team input is unreadable,
        // so the indicator step fails as a kill would stop it, with county_quarter already rewritten.
        TinyWarehouse.writeUnitAssistance(warehouse, "95.00");
        warehouse.replace(WarehouseTable.SILVER_WORK_TEAMS, SharedSpark.session().sql("SELECT 1 AS not_a_bf2_column"), "test");
        assertThatThrownBy(() -> new ModelJob(warehouse).run()).as("the run dies halfway").isNotNull();
        assertThat(warehouse.currentVersion(WarehouseTable.GOLD_COUNTY_QUARTER).version())
                .as("the killed run did write county_quarter").isGreaterThan(countyVersionOfFirst);
        assertThat(warehouse.history(WarehouseTable.GOLD_COUNTY_QUARTER, 1).get(0).modelRun())
                .as("its commit carries its run number").hasValue(first.number() + 1);

        PublicationSnapshot published = new GoldSnapshotReader(warehouse)
                .release(AsOf.LATEST, new PublicationLog(warehouse), java.time.LocalDate.of(2020, 1, 15)).snapshot();
        assertThat(runs.all()).as("the killed run is not complete").containsExactly(first);
        assertThat(published.stamp()).as("every gold table of the last complete run, none of the killed one")
                .isEqualTo(first.goldStamp());
        assertThat(published.version(WarehouseTable.GOLD_COUNTY_QUARTER).orElseThrow().version())
                .isEqualTo(countyVersionOfFirst);
        assertThat(published.modelRun()).contains(first);
        assertThat(published.releaseLabel()).isEqualTo("第1版 · 2019Q2 / release 1");
        assertThat(published.counties().stream()
                .filter(row -> row.areaCode().equals("990101") && row.period().equals("2019Q2"))
                .map(AreaQuarterFigures::fundsDirectYearToDate).findFirst().orElseThrow())
                .as("the figures of the complete run, not the killed run's 95").isEqualByComparingTo("100");

        // Repaired input: the next run completes, and it is the one published.
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> noTeams = org.bangfu.model.SilverFrames.emptyOf(
                SharedSpark.session(), org.bangfu.forms.FormCatalogue.WORK_TEAMS);
        if (!java.util.Arrays.asList(noTeams.columns()).contains("file_hash")) {
            noTeams = noTeams.withColumn("file_hash", org.apache.spark.sql.functions.lit(null).cast("string"));
        }
        warehouse.replace(WarehouseTable.SILVER_WORK_TEAMS, noTeams, "test");
        new ModelJob(warehouse).run();
        ModelRun next = runs.latest().orElseThrow();
        assertThat(next.number()).as("a killed run's number is not reused").isEqualTo(first.number() + 2);
        assertThat(new GoldSnapshotReader(warehouse).pinCurrent().stamp()).isEqualTo(next.goldStamp());
    }
}
