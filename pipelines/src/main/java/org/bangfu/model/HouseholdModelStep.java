package org.bangfu.model;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Rebuilds gold household indicators from silver BF-4 when BF-4 or the county register has changed
 * since they were last built. A warehouse without BF-4 (older ones, or a province that has not sent
 * it yet) gets no household table rather than an empty one that would read as zero households.
 */
public final class HouseholdModelStep {

    static final List<WarehouseTable> INPUTS =
            List.of(WarehouseTable.SILVER_POOR_HOUSEHOLDS, WarehouseTable.SILVER_COUNTY_REGISTER);

    private HouseholdModelStep() {
    }

    /** Writes gold.household_indicators unless it is up to date or there is no BF-4 yet. */
    public static void rebuildIfChanged(Warehouse warehouse) {
        if (!warehouse.exists(WarehouseTable.SILVER_POOR_HOUSEHOLDS)
                || !warehouse.exists(WarehouseTable.SILVER_COUNTY_REGISTER)) {
            return;
        }
        String inputs = warehouse.versionsOf(INPUTS);
        if (warehouse.recordedInputVersions(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS).filter(inputs::equals)
                .isPresent()) {
            return;
        }
        // The households are read once into the two county aggregates (a few thousand rows and one
        // row per distinct income); kept, so that the indicators of every level read them, not BF-4.
        Dataset<Row> households = warehouse.read(WarehouseTable.SILVER_POOR_HOUSEHOLDS);
        Dataset<Row> countyFigures = HouseholdAggregates.countyFigures(households).localCheckpoint();
        Dataset<Row> countyIncomes = HouseholdAggregates.countyIncomes(households).localCheckpoint();
        try {
            warehouse.replace(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS, HouseholdAggregates.indicators(
                    countyFigures, countyIncomes, SilverFrames.countyRegister(warehouse)), inputs);
        } finally {
            countyFigures.unpersist();
            countyIncomes.unpersist();
        }
    }
}
