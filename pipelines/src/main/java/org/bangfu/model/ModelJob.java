package org.bangfu.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.warehouse.AsOf;
import org.bangfu.warehouse.ModelRunLog;
import org.bangfu.warehouse.PinnedTables;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * One model run: rebuilds the gold tables from silver where silver has changed since they were last
 * built, and records the run as complete.
 *
 * <p>Every silver table is pinned once, before anything is read ({@link PinnedTables}), and every
 * step of the run (the BF-1 area tables, the indicator tables, households, scorecards,
 * completeness) reads through the same pinned view, so all gold tables of a run come from the same
 * silver. Each gold commit carries the run's number and id besides its input versions. After the
 * last gold write the run is recorded in {@link ModelRunLog} with the version of every gold table
 * (tables it did not need to rewrite keep theirs): that record is what makes the run publishable,
 * so a run killed halfway is never published and a release never mixes two runs. A run that
 * changed no gold table records nothing. To add a gold table, write it through {@code run} below.
 */
public final class ModelJob {

    private static final List<WarehouseTable> INPUTS = List.of(WarehouseTable.SILVER_UNIT_ASSISTANCE,
            WarehouseTable.SILVER_COUNTY_REGISTER, WarehouseTable.SILVER_PAIRINGS);

    /** Every table a run may read at a pinned version: all of silver. */
    private static final List<WarehouseTable> PINNED = WarehouseTable.inLayer("silver");

    /** Written last among the BF-1 area tables: its recorded inputs mark them as built. */
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
     * Builds gold from silver as it was at {@code asOf}: a time reads every silver table as it was
     * then; a stamp reads exactly the versions it names; a number N reads the silver that model run
     * N read. The result is committed to gold as a new run, like any run (today's transforms over
     * yesterday's silver), so a later plain run brings gold back up to date.
     */
    public ModelReport run(AsOf asOf) {
        Instant startedAt = Instant.now();
        PinnedTables silver = PinnedTables.pin(warehouse, PINNED, inputsOf(asOf));
        if (!silver.missing(INPUTS).isEmpty()) {
            throw new IllegalStateException("尚无已检查的数据，请先运行 check / nothing checked yet"
                    + (asOf instanceof AsOf.Latest ? "" : " at " + asOf) + ": "
                    + silver.missing(INPUTS).stream().map(WarehouseTable::qualifiedName).toList()
                    + " missing; run `bangfu check` first");
        }
        ModelRunLog runs = new ModelRunLog(warehouse);
        List<WarehouseTable> gold = WarehouseTable.inLayer("gold");
        long number = runs.nextNumber(warehouse, gold);
        Warehouse run = warehouse.withinModelRun(number, UUID.randomUUID().toString(), silver, PINNED);

        boolean areaTablesWereUpToDate = areaTablesUpToDate(run);
        try {
            // One after the other: on two cores a run already keeps both busy (planning on the driver,
            // tasks on the executors), and steps at once only added CPU (docs/performance.md, 6 Dec).
            writeAreaAndIndicatorTables(run);
            HouseholdModelStep.rebuildIfChanged(run);
            writeScorecards(run);
            writeCompleteness(run);
            writeDataQuality(run);
            RegisterModelStep.rebuildIfChanged(run);
        } finally {
            run.releaseKeptRegisters();
        }

        // Written last: only now is the run complete and its gold tables publishable together.
        String goldStamp = PinnedTables.pin(warehouse, gold, AsOf.LATEST).stamp();
        if (!runs.latest().map(ModelRun::goldStamp).filter(goldStamp::equals).isPresent()) {
            runs.recordComplete(warehouse, new ModelRun(number, run.modelRunId().orElseThrow(), startedAt, Instant.now(),
                    silver.stamp(), goldStamp,
                    asOf instanceof AsOf.Latest ? Optional.empty() : Optional.of(asOf.toString())));
        }
        // Counted from the numRecords statistics of the Delta log: no Spark job for a report line.
        return new ModelReport(areaTablesWereUpToDate,
                warehouse.rowCount(WarehouseTable.GOLD_COUNTY_QUARTER),
                warehouse.rowCount(WarehouseTable.GOLD_PROVINCE_QUARTER),
                warehouse.currentVersion(WarehouseTable.GOLD_COUNTY_QUARTER),
                runs.latest());
    }

    private static boolean areaTablesUpToDate(Warehouse run) {
        // A warehouse modelled before the nation level existed gets its nation table on the next run.
        return run.recordedInputVersions(MODEL_MARKER).filter(run.versionsOf(INPUTS)::equals).isPresent()
                && run.exists(WarehouseTable.GOLD_NATION_QUARTER);
    }

    /** The BF-1 area tables, then the tables beyond them, from the same BF-1 facts. */
    private static void writeAreaAndIndicatorTables(Warehouse run) {
        UnitAssistanceFacts facts = new UnitAssistanceFacts(run);
        if (!areaTablesUpToDate(run)) {
            String inputs = run.versionsOf(INPUTS);
            // The four levels in one aggregation, computed once; each table is its level's rows. The
            // plan refers to the county register eight times: the run's view keeps it (Warehouse#read).
            Dataset<Row> areas = MaterialisedFrames.materialised(
                    AssistanceAggregates.areaQuarterFigures(facts.get(), SilverFrames.countyRegister(run)));
            run.replace(WarehouseTable.GOLD_COUNTY_QUARTER, AssistanceAggregates.ofLevel(areas, AreaLevel.COUNTY), inputs);
            run.replace(WarehouseTable.GOLD_PREFECTURE_QUARTER,
                    AssistanceAggregates.ofLevel(areas, AreaLevel.PREFECTURE), inputs);
            run.replace(WarehouseTable.GOLD_NATION_QUARTER, AssistanceAggregates.ofLevel(areas, AreaLevel.NATION), inputs);
            run.replace(MODEL_MARKER, AssistanceAggregates.ofLevel(areas, AreaLevel.PROVINCE), inputs);
            MaterialisedFrames.release(areas);
        }
        new IndicatorTablesJob(run, AreaProgressAggregates.DEFAULT_MINIMUM_TEAM_MEMBERS, facts).run();
        facts.release();
    }

    private static void writeScorecards(Warehouse run) {
        new org.bangfu.scorecard.ScorecardJob(run, org.bangfu.scorecard.ProfileCatalogue.fromConfiguration()).run();
    }

    private static final List<WarehouseTable> COMPLETENESS_INPUTS = List.of(WarehouseTable.SILVER_COUNTY_REGISTER,
            WarehouseTable.SILVER_VILLAGE_REGISTER, WarehouseTable.SILVER_UNIT_REGISTER, WarehouseTable.SILVER_PAIRINGS,
            WarehouseTable.SUBMISSIONS, WarehouseTable.SILVER_UNIT_ASSISTANCE, WarehouseTable.SILVER_WORK_TEAMS,
            WarehouseTable.SILVER_COUNTY_PROGRESS);

    /** gold.completeness; forms whose tables do not exist yet are expected but nothing is received. */
    private static void writeCompleteness(Warehouse warehouse) {
        String inputs = warehouse.versionsOf(COMPLETENESS_INPUTS);
        if (warehouse.recordedInputVersions(WarehouseTable.GOLD_COMPLETENESS).filter(inputs::equals).isPresent()) {
            return;
        }
        Completeness.Inputs sources = new Completeness.Inputs(
                SilverFrames.countyRegister(warehouse),
                // A register never issued reads as empty: its forms are expected of no one.
                SilverFrames.readOrEmpty(warehouse, WarehouseTable.SILVER_VILLAGE_REGISTER,
                        org.bangfu.forms.FormCatalogue.VILLAGE_REGISTER),
                SilverFrames.readOrEmpty(warehouse, WarehouseTable.SILVER_UNIT_REGISTER,
                        org.bangfu.forms.FormCatalogue.UNIT_REGISTER),
                warehouse.read(WarehouseTable.SILVER_PAIRINGS),
                readOrNone(warehouse, WarehouseTable.SUBMISSIONS, Completeness.SUBMISSION_COLUMNS),
                warehouse.read(WarehouseTable.SILVER_UNIT_ASSISTANCE),
                readOrNone(warehouse, WarehouseTable.SILVER_WORK_TEAMS, Completeness.WORK_TEAM_COLUMNS),
                readOrNone(warehouse, WarehouseTable.SILVER_COUNTY_PROGRESS, Completeness.COUNTY_PROGRESS_COLUMNS));
        warehouse.replace(WarehouseTable.GOLD_COMPLETENESS, Completeness.completeness(sources), inputs);
    }

    private static final List<WarehouseTable> DATA_QUALITY_INPUTS = List.of(WarehouseTable.QUARANTINE,
            WarehouseTable.WARNINGS, WarehouseTable.RECONCILIATION, WarehouseTable.SILVER_COUNTY_REGISTER,
            WarehouseTable.SILVER_UNIT_REGISTER, WarehouseTable.SUBMISSIONS);

    /** gold.data_quality and gold.reconciliation_differences, from the same pinned silver as the rest. */
    private static void writeDataQuality(Warehouse warehouse) {
        String inputs = warehouse.versionsOf(DATA_QUALITY_INPUTS);
        if (warehouse.recordedInputVersions(WarehouseTable.GOLD_RECONCILIATION_DIFFERENCES).filter(inputs::equals)
                .isPresent()) {
            return;
        }
        Dataset<Row> counties = warehouse.read(WarehouseTable.SILVER_COUNTY_REGISTER);
        Dataset<Row> units = SilverFrames.readOrEmpty(warehouse, WarehouseTable.SILVER_UNIT_REGISTER,
                org.bangfu.forms.FormCatalogue.UNIT_REGISTER);
        warehouse.replace(WarehouseTable.GOLD_DATA_QUALITY, DataQuality.dataQuality(
                readOrNone(warehouse, WarehouseTable.QUARANTINE, DataQuality.ISSUE_COLUMNS),
                readOrNone(warehouse, WarehouseTable.WARNINGS, DataQuality.ISSUE_COLUMNS), counties, units,
                readOrNone(warehouse, WarehouseTable.SUBMISSIONS, DataQuality.SUBMISSION_COLUMNS)), inputs);
        // Written second: its recorded inputs mark both tables as built.
        warehouse.replace(WarehouseTable.GOLD_RECONCILIATION_DIFFERENCES, DataQuality.reconciliationDifferences(
                readOrNone(warehouse, WarehouseTable.RECONCILIATION, DataQuality.RECONCILIATION_COLUMNS),
                counties, units), inputs);
    }

    private static Dataset<Row> readOrNone(Warehouse warehouse, WarehouseTable table, org.apache.spark.sql.types.StructType columns) {
        return warehouse.exists(table) ? warehouse.read(table) : Completeness.none(warehouse.spark(), columns);
    }

    /** A model run number stands for the silver that run read. */
    private AsOf inputsOf(AsOf asOf) {
        if (asOf instanceof AsOf.ModelVersion modelRun) {
            return AsOf.stamped(new ModelRunLog(warehouse).number(modelRun.version())
                    .orElseThrow(() -> ModelRunLog.noSuchRun(warehouse, modelRun.version()))
                    .silverInputs());
        }
        return asOf;
    }
}
