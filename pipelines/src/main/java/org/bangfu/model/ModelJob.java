package org.bangfu.model;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/** Rebuilds the gold tables from silver when silver has changed since they were last built. */
public final class ModelJob {

    private static final List<WarehouseTable> INPUTS = List.of(WarehouseTable.SILVER_UNIT_ASSISTANCE,
            WarehouseTable.SILVER_COUNTY_REGISTER, WarehouseTable.SILVER_PAIRINGS);

    private final Warehouse warehouse;

    public ModelJob(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public ModelReport run() {
        for (WarehouseTable input : INPUTS) {
            if (!warehouse.exists(input)) {
                throw new IllegalStateException("尚无已检查的数据，请先运行 check / nothing checked yet: "
                        + input.qualifiedName() + " is missing; run `bangfu check` first");
            }
        }
        HouseholdModelStep.rebuildIfChanged(warehouse);
        String inputs = warehouse.versionsOf(INPUTS);
        boolean upToDate = warehouse.recordedInputVersions(WarehouseTable.GOLD_PROVINCE_QUARTER)
                .filter(inputs::equals).isPresent();
        if (!upToDate) {
            Dataset<Row> increments = AssistanceAggregates.withQuarterIncrements(
                    warehouse.read(WarehouseTable.SILVER_UNIT_ASSISTANCE)).cache();
            Dataset<Row> counties = warehouse.read(WarehouseTable.SILVER_COUNTY_REGISTER);
            Dataset<Row> pairings = warehouse.read(WarehouseTable.SILVER_PAIRINGS);
            warehouse.replace(WarehouseTable.GOLD_COUNTY_QUARTER,
                    AssistanceAggregates.countyQuarter(increments, counties, pairings), inputs);
            warehouse.replace(WarehouseTable.GOLD_PREFECTURE_QUARTER,
                    AssistanceAggregates.prefectureQuarter(increments, counties, pairings), inputs);
            // Written last: its recorded inputs mark the whole model as built.
            warehouse.replace(WarehouseTable.GOLD_PROVINCE_QUARTER,
                    AssistanceAggregates.provinceQuarter(increments, counties, pairings), inputs);
            increments.unpersist();
        }
        new IndicatorTablesJob(warehouse, AreaProgressAggregates.DEFAULT_MINIMUM_TEAM_MEMBERS).run();
        new org.bangfu.scorecard.ScorecardJob(warehouse, org.bangfu.scorecard.ProfileCatalogue.fromConfiguration()).run();
        writeCompleteness();
        return new ModelReport(upToDate,
                warehouse.read(WarehouseTable.GOLD_COUNTY_QUARTER).count(),
                warehouse.read(WarehouseTable.GOLD_PROVINCE_QUARTER).count(),
                warehouse.currentVersion(WarehouseTable.GOLD_COUNTY_QUARTER));
    }

    private static final List<WarehouseTable> COMPLETENESS_INPUTS = List.of(WarehouseTable.SILVER_COUNTY_REGISTER,
            WarehouseTable.SILVER_VILLAGE_REGISTER, WarehouseTable.SILVER_UNIT_REGISTER, WarehouseTable.SILVER_PAIRINGS,
            WarehouseTable.SUBMISSIONS, WarehouseTable.SILVER_UNIT_ASSISTANCE, WarehouseTable.SILVER_WORK_TEAMS,
            WarehouseTable.SILVER_COUNTY_PROGRESS);

    /** gold.completeness; forms whose tables do not exist yet are expected but nothing is received. */
    private void writeCompleteness() {
        String inputs = warehouse.versionsOf(COMPLETENESS_INPUTS);
        if (warehouse.recordedInputVersions(WarehouseTable.GOLD_COMPLETENESS).filter(inputs::equals).isPresent()) {
            return;
        }
        Completeness.Inputs sources = new Completeness.Inputs(
                warehouse.read(WarehouseTable.SILVER_COUNTY_REGISTER),
                warehouse.read(WarehouseTable.SILVER_VILLAGE_REGISTER),
                warehouse.read(WarehouseTable.SILVER_UNIT_REGISTER),
                warehouse.read(WarehouseTable.SILVER_PAIRINGS),
                readOrNone(WarehouseTable.SUBMISSIONS, Completeness.SUBMISSION_COLUMNS),
                warehouse.read(WarehouseTable.SILVER_UNIT_ASSISTANCE),
                readOrNone(WarehouseTable.SILVER_WORK_TEAMS, Completeness.WORK_TEAM_COLUMNS),
                readOrNone(WarehouseTable.SILVER_COUNTY_PROGRESS, Completeness.COUNTY_PROGRESS_COLUMNS));
        warehouse.replace(WarehouseTable.GOLD_COMPLETENESS, Completeness.completeness(sources), inputs);
    }

    private Dataset<Row> readOrNone(WarehouseTable table, org.apache.spark.sql.types.StructType columns) {
        return warehouse.exists(table) ? warehouse.read(table) : Completeness.none(warehouse.spark(), columns);
    }
}
