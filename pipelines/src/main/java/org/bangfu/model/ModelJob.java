package org.bangfu.model;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.warehouse.AsOf;
import org.bangfu.warehouse.PinnedTables;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Rebuilds the gold tables from silver when silver has changed since they were last built.
 *
 * <p>The silver inputs are pinned once, before anything is read ({@link PinnedTables}): every
 * gold table of a run comes from the same silver versions, and those versions are recorded in
 * each gold commit. A run whose pinned inputs equal those recorded by {@link #MODEL_MARKER} does
 * nothing. To add an input, add it to {@link #INPUTS} and read it with {@code silver.read(…)};
 * to add a gold table, add one {@code warehouse.replace(…, inputs)} line before the marker's.
 */
public final class ModelJob {

    private static final List<WarehouseTable> INPUTS = List.of(WarehouseTable.SILVER_UNIT_ASSISTANCE,
            WarehouseTable.SILVER_COUNTY_REGISTER, WarehouseTable.SILVER_PAIRINGS);

    /** Written last by every run: its commits mark complete model builds (what {@code --as-of N} counts). */
    public static final WarehouseTable MODEL_MARKER = WarehouseTable.GOLD_PROVINCE_QUARTER;

    private final Warehouse warehouse;

    public ModelJob(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Builds gold from the latest silver. */
    public ModelReport run() {
        return run(AsOf.LATEST);
    }

    /**
     * Builds gold from silver as it was at {@code asOf}: a time reads every input as it was then; a
     * stamp reads exactly the versions it names; a number N reads the inputs recorded by version N
     * of {@link #MODEL_MARKER}. The result is committed to gold as a new version, like any run
     * (today's transforms over yesterday's silver), so a later plain run brings gold back up to date.
     */
    public ModelReport run(AsOf asOf) {
        PinnedTables silver = PinnedTables.pin(warehouse, INPUTS, inputsOf(asOf));
        if (!silver.missing(INPUTS).isEmpty()) {
            throw new IllegalStateException("尚无已检查的数据，请先运行 check / nothing checked yet"
                    + (asOf instanceof AsOf.Latest ? "" : " at " + asOf) + ": "
                    + silver.missing(INPUTS).stream().map(WarehouseTable::qualifiedName).toList()
                    + " missing; run `bangfu check` first");
        }
        HouseholdModelStep.rebuildIfChanged(warehouse);
        String inputs = silver.stamp();
        boolean upToDate = warehouse.recordedInputVersions(MODEL_MARKER).filter(inputs::equals).isPresent();
        if (!upToDate) {
            Dataset<Row> increments = AssistanceAggregates.withQuarterIncrements(
                    silver.read(WarehouseTable.SILVER_UNIT_ASSISTANCE)).cache();
            Dataset<Row> counties = silver.read(WarehouseTable.SILVER_COUNTY_REGISTER);
            Dataset<Row> pairings = silver.read(WarehouseTable.SILVER_PAIRINGS);
            warehouse.replace(WarehouseTable.GOLD_COUNTY_QUARTER,
                    AssistanceAggregates.countyQuarter(increments, counties, pairings), inputs);
            warehouse.replace(WarehouseTable.GOLD_PREFECTURE_QUARTER,
                    AssistanceAggregates.prefectureQuarter(increments, counties, pairings), inputs);
            // Written last: its recorded inputs mark the whole model as built.
            warehouse.replace(MODEL_MARKER,
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
                // A register never issued reads as empty: its forms are expected of no one.
                SilverFrames.readOrEmpty(warehouse, WarehouseTable.SILVER_VILLAGE_REGISTER,
                        org.bangfu.forms.FormCatalogue.VILLAGE_REGISTER),
                SilverFrames.readOrEmpty(warehouse, WarehouseTable.SILVER_UNIT_REGISTER,
                        org.bangfu.forms.FormCatalogue.UNIT_REGISTER),
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

    /** A model version number stands for the inputs that version recorded. */
    private AsOf inputsOf(AsOf asOf) {
        if (asOf instanceof AsOf.ModelVersion modelVersion) {
            TableVersion marker = PinnedTables.requireVersion(warehouse, MODEL_MARKER, modelVersion.version());
            return AsOf.stamped(warehouse.recordedInputVersions(marker, MODEL_MARKER).orElseThrow(
                    () -> new IllegalStateException(marker.stamp() + " 未记录输入版本 / recorded no input versions")));
        }
        return asOf;
    }
}
