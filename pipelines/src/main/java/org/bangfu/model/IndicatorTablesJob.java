package org.bangfu.model;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Builds the gold tables beyond the BF-1 area tables — unit and unit-group aggregates, BF-2/BF-3
 * area progress, BF-5 targets and county rankings — when any of their inputs has moved since they
 * were last built. A form nobody has submitted yet stands in as an empty frame, so its figures are
 * blank, never zero. Reads and writes through {@link Warehouse}; the computing is in the pure
 * transforms.
 */
public final class IndicatorTablesJob {

    private static final List<WarehouseTable> INPUTS = List.of(WarehouseTable.SILVER_UNIT_ASSISTANCE,
            WarehouseTable.SILVER_UNIT_REGISTER, WarehouseTable.SILVER_PAIRINGS, WarehouseTable.SILVER_COUNTY_REGISTER,
            WarehouseTable.SILVER_VILLAGE_REGISTER, WarehouseTable.SILVER_WORK_TEAMS,
            WarehouseTable.SILVER_COUNTY_PROGRESS, WarehouseTable.SILVER_ANNUAL_TARGETS,
            WarehouseTable.GOLD_COUNTY_QUARTER);

    private final Warehouse warehouse;
    private final int minimumTeamMembers;
    private final UnitAssistanceFacts unitAssistanceFacts;

    /**
     * @param minimumTeamMembers the province's smallest acceptable work team (e.g. 3 for 一队三人)
     */
    public IndicatorTablesJob(Warehouse warehouse, int minimumTeamMembers) {
        this(warehouse, minimumTeamMembers, new UnitAssistanceFacts(warehouse));
    }

    /** @param unitAssistanceFacts the run's BF-1 facts, shared with the area tables of the run */
    IndicatorTablesJob(Warehouse warehouse, int minimumTeamMembers, UnitAssistanceFacts unitAssistanceFacts) {
        this.warehouse = warehouse;
        this.minimumTeamMembers = minimumTeamMembers;
        this.unitAssistanceFacts = unitAssistanceFacts;
    }

    /** Rebuilds the tables unless their inputs are unchanged; returns whether it rebuilt them. */
    public boolean run() {
        String inputs = warehouse.versionsOf(INPUTS) + ", minimum team members " + minimumTeamMembers;
        boolean upToDate = warehouse.recordedInputVersions(WarehouseTable.GOLD_COUNTY_RANKINGS)
                .filter(inputs::equals).isPresent();
        if (upToDate) {
            return false;
        }
        Dataset<Row> units = silver(WarehouseTable.SILVER_UNIT_REGISTER, FormCatalogue.UNIT_REGISTER);
        Dataset<Row> counties = SilverFrames.countyRegister(warehouse);
        warehouse.replace(WarehouseTable.GOLD_UNIT_QUARTER,
                AssistanceAggregates.unitQuarterOf(unitAssistanceFacts.get(), units), inputs);
        warehouse.replace(WarehouseTable.GOLD_UNIT_GROUP_QUARTER,
                AssistanceAggregates.unitGroupQuarterOf(unitAssistanceFacts.get(), units), inputs);
        // Read once: the plan refers to silver BF-3 twice (its rows, and its quarters for every county).
        Dataset<Row> countyProgress = MaterialisedFrames.materialised(
                silver(WarehouseTable.SILVER_COUNTY_PROGRESS, FormCatalogue.COUNTY_PROGRESS));
        warehouse.replace(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER, AreaProgressAggregates.areaProgressQuarter(
                countyProgress,
                silver(WarehouseTable.SILVER_WORK_TEAMS, FormCatalogue.WORK_TEAMS),
                counties,
                silver(WarehouseTable.SILVER_VILLAGE_REGISTER, FormCatalogue.VILLAGE_REGISTER),
                minimumTeamMembers), inputs);
        MaterialisedFrames.release(countyProgress);
        // Read once for the targets and the rankings, whose plans refer to it several times each.
        Dataset<Row> areaProgress = MaterialisedFrames.materialised(
                warehouse.read(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER));
        warehouse.replace(WarehouseTable.GOLD_AREA_TARGETS, TargetAggregates.areaTargets(areaProgress,
                silver(WarehouseTable.SILVER_ANNUAL_TARGETS, FormCatalogue.ANNUAL_TARGETS)), inputs);
        // Written last: its recorded inputs mark all of these tables as built.
        warehouse.replace(WarehouseTable.GOLD_COUNTY_RANKINGS,
                CountyRankings.rank(areaProgress, warehouse.read(WarehouseTable.GOLD_COUNTY_QUARTER)), inputs);
        MaterialisedFrames.release(areaProgress);
        return true;
    }

    private Dataset<Row> silver(WarehouseTable table, String formCode) {
        return SilverFrames.readOrEmpty(warehouse, table, formCode);
    }
}
