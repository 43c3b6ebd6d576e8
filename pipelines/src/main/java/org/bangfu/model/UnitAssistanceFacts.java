package org.bangfu.model;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The BF-1 unit × county × quarter facts ({@link AssistanceAggregates#unitCountyQuarters}) of one
 * model run, computed on first use and materialised, so the area tables and the unit tables of the
 * run start from the same small computed frame instead of each re-planning the year-to-date windows
 * over silver. Reads the run's pinned silver; {@link #release} frees the frame.
 */
final class UnitAssistanceFacts {

    private final Warehouse warehouse;
    private Dataset<Row> facts;

    UnitAssistanceFacts(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    Dataset<Row> get() {
        if (facts == null) {
            // Read once: the year-to-date plan refers to silver BF-1 five times, each a Delta scan to plan.
            Dataset<Row> unitAssistance = MaterialisedFrames.materialised(SilverFrames.readOrEmpty(warehouse,
                    WarehouseTable.SILVER_UNIT_ASSISTANCE, FormCatalogue.UNIT_ASSISTANCE));
            Dataset<Row> increments = AssistanceAggregates.withQuarterIncrements(unitAssistance);
            Dataset<Row> pairings = SilverFrames.readOrEmpty(warehouse, WarehouseTable.SILVER_PAIRINGS,
                    FormCatalogue.PAIRINGS);
            facts = MaterialisedFrames.materialised(AssistanceAggregates.unitCountyQuarters(increments, pairings));
            MaterialisedFrames.release(unitAssistance);
        }
        return facts;
    }

    void release() {
        if (facts != null) {
            MaterialisedFrames.release(facts);
            facts = null;
        }
    }
}
