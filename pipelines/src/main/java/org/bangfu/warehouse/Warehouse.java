package org.bangfu.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.bangfu.model.MaterialisedFrames;
import org.bangfu.model.TableVersion;

/**
 * The warehouse under one root path: Delta tables by {@link WarehouseTable} and the landing area
 * that keeps every submitted file's original bytes under its content hash.
 *
 * <p>Every write records in its Delta commit the versions of the inputs it was computed from
 * ({@code userMetadata}); a job whose inputs have not moved since its last write does nothing,
 * which keeps re-runs idempotent without rewriting tables.
 */
public final class Warehouse {

    private final SparkSession spark;
    private final String root;
    private final DeltaLogReader logReader;
    /** Tables this view reads at fixed versions; a pinned table absent from {@link #pinnedVersions} reads as not existing. */
    private final List<WarehouseTable> pinnedTables;
    private final Map<WarehouseTable, TableVersion> pinnedVersions;
    private final Optional<ModelRunTag> modelRun;
    /** A model run's registers, each read once from its pinned version (see {@link #read(WarehouseTable)}). */
    private final Map<WarehouseTable, Dataset<Row>> keptRegisters = new EnumMap<>(WarehouseTable.class);

    /**
     * The registers: their rows grow with the villages, units and counties of the programme, not with
     * its quarters, and a model run's transforms join them many times (the county register about 20
     * times in a demo run, each a Delta scan with a file-listing job of its own).
     */
    private static final List<WarehouseTable> REGISTERS = List.of(WarehouseTable.SILVER_COUNTY_REGISTER,
            WarehouseTable.SILVER_VILLAGE_REGISTER, WarehouseTable.SILVER_UNIT_REGISTER, WarehouseTable.SILVER_PAIRINGS);

    public Warehouse(SparkSession spark, String root) {
        this(spark, root.endsWith("/") ? root.substring(0, root.length() - 1) : root,
                new DeltaLogReader(spark.sparkContext().hadoopConfiguration()), List.of(), Map.of(), Optional.empty());
    }

    private Warehouse(SparkSession spark, String root, DeltaLogReader logReader, List<WarehouseTable> pinnedTables,
            Map<WarehouseTable, TableVersion> pinnedVersions, Optional<ModelRunTag> modelRun) {
        this.spark = spark;
        this.root = root;
        this.logReader = logReader;
        this.pinnedTables = List.copyOf(pinnedTables);
        this.pinnedVersions = pinnedVersions.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(pinnedVersions));
        this.modelRun = modelRun;
    }

    /**
     * The warehouse as one model run sees it: the {@code inputs} read at their pinned versions
     * whatever commits meanwhile (a table pinned as absent reads as not existing), every other table
     * as it is, and every commit marked with the run's number and id (see {@link TableCommit#modelRun()}).
     * The jobs of a run all read through this view, so all its gold tables come from the same silver.
     */
    public Warehouse withinModelRun(long runNumber, String runId, PinnedTables inputs, List<WarehouseTable> pinned) {
        return new Warehouse(spark, root, logReader, pinned, inputs.versions(),
                Optional.of(new ModelRunTag(runNumber, runId)));
    }

    /** The id of the model run this view writes for, if it is one. */
    public Optional<String> modelRunId() {
        return modelRun.map(ModelRunTag::id);
    }

    /** The number of the model run whose commit is the table's latest, if a model run made it. */
    public OptionalLong latestModelRun(WarehouseTable table) {
        return ModelRunTag.numberOf(logReader.latestCommit(pathOf(table)).flatMap(DeltaLogReader.Commit::userMetadata));
    }

    private String tagged(String inputVersions) {
        return modelRun.map(tag -> tag.appendedTo(inputVersions)).orElse(inputVersions);
    }

    public SparkSession spark() {
        return spark;
    }

    public String root() {
        return root;
    }

    public String pathOf(WarehouseTable table) {
        return root + "/" + table.relativePath();
    }

    /**
     * The table's rows now, from the numRecords statistics in its Delta log when they are all there
     * (no Spark job: for {@code bangfu status}), else counted by Spark.
     */
    public long rowCount(WarehouseTable table) {
        if (!pinnedTables.contains(table)) {
            java.util.OptionalLong fromLog = countFromLog(table, Long.MAX_VALUE);
            if (fromLog.isPresent()) {
                return fromLog.getAsLong();
            }
        }
        return read(table).count();
    }

    private java.util.OptionalLong countFromLog(WarehouseTable table, long version) {
        return new DeltaRowCount(spark.sparkContext().hadoopConfiguration()).of(pathOf(table), version);
    }

    public boolean exists(WarehouseTable table) {
        if (pinnedTables.contains(table)) {
            return pinnedVersions.containsKey(table);
        }
        return logReader.latestCommit(pathOf(table)).isPresent();
    }

    /**
     * The table's latest version, or in a model run's view, an input at its pinned version. A model
     * run reads a pinned register once and keeps its rows in memory until {@link #releaseKeptRegisters}:
     * a pinned version cannot change during the run, and every later plan starts from the kept rows
     * instead of planning and listing the register's files again.
     */
    public Dataset<Row> read(WarehouseTable table) {
        TableVersion pinned = pinnedVersions.get(table);
        if (pinned != null && modelRun.isPresent() && REGISTERS.contains(table)) {
            synchronized (keptRegisters) {
                return keptRegisters.computeIfAbsent(table, register -> MaterialisedFrames.materialised(read(pinned, register)));
            }
        }
        if (pinned != null) {
            return read(pinned, table);
        }
        return spark.read().format("delta").load(pathOf(table));
    }

    /** Frees the registers a model run kept (the run's view reads them again if asked afterwards). */
    public void releaseKeptRegisters() {
        synchronized (keptRegisters) {
            keptRegisters.values().forEach(MaterialisedFrames::release);
            keptRegisters.clear();
        }
    }

    /** The table as it was at a version (Delta time travel). */
    public Dataset<Row> read(TableVersion version, WarehouseTable table) {
        return spark.read().format("delta").option("versionAsOf", version.version()).load(pathOf(table));
    }

    /**
     * The table's rows at a version, from the numRecords statistics in its Delta log when they are
     * all there (no Spark job), else counted by Spark.
     */
    public long rowCount(TableVersion version, WarehouseTable table) {
        java.util.OptionalLong fromLog = countFromLog(table, version.version());
        return fromLog.isPresent() ? fromLog.getAsLong() : read(version, table).count();
    }

    /**
     * Appends rows; columns added since the table was created (e.g. bronze.files' received_at) are
     * added to it, so a warehouse built by an earlier release keeps working.
     */
    public void append(WarehouseTable table, Dataset<Row> rows, String inputVersions) {
        try {
            rows.write().format("delta").mode(SaveMode.Append)
                    .option("mergeSchema", "true")
                    .option("userMetadata", tagged(inputVersions))
                    .save(pathOf(table));
            CrashPoint.reached(CrashPoint.committed(table));
        } catch (RuntimeException failure) {
            throw WarehouseLockedException.isConcurrentWrite(failure)
                    ? WarehouseLockedException.concurrentWrite(table.qualifiedName(), failure) : failure;
        }
    }

    /**
     * Makes the table's contents exactly {@code rows}, in the way its {@link TableDefinition} says.
     *
     * <p>A table with merge keys (the gold tables) is written with one Delta MERGE on those keys:
     * rows whose values changed are updated, new keys inserted, keys no longer produced deleted, and
     * unchanged rows left alone, so a correction rewrites only the files it touches and the table's
     * history shows how many rows each run changed. The table is created, partitioned and given its
     * CHECK constraints before the first rows go in; when the columns change (a new figure, a new
     * comment) the table is overwritten once with the new schema instead. A table without merge
     * keys is overwritten in one commit. Either way earlier versions stay readable by time travel,
     * and every commit of the write records {@code inputVersions} as its {@code userMetadata}.
     *
     * @throws WarehouseException when a row breaks a CHECK constraint or two rows share a merge
     *     key; nothing is written then
     * @throws WarehouseLockedException (LOCK-002) when another writer committed to the table while
     *     this write was running; this write is not committed
     */
    public void replace(WarehouseTable table, Dataset<Row> rows, String inputVersions) {
        new TableWriter(spark, pathOf(table), table).replace(rows, tagged(inputVersions));
        CrashPoint.reached(CrashPoint.committed(table));
    }

    /** Up to {@code limit} commits of the table, the newest first; empty when the table does not exist. */
    public List<TableCommit> history(WarehouseTable table, int limit) {
        return logReader.newestFirst(pathOf(table), limit).stream()
                .map(commit -> TableCommit.of(table, commit))
                .toList();
    }

    /** The version a reader saw at an instant: the newest committed at or before it. */
    public Optional<TableVersion> versionAt(WarehouseTable table, Instant instant) {
        return logReader.commitAtOrBefore(pathOf(table), instant)
                .map(commit -> new TableVersion(table.qualifiedName(), commit.version(), commit.committedAt()));
    }

    /** A given version of the table, if its commit is still in the log. */
    public Optional<TableVersion> version(WarehouseTable table, long version) {
        return logReader.commit(pathOf(table), version)
                .map(commit -> new TableVersion(table.qualifiedName(), commit.version(), commit.committedAt()));
    }

    /** The input versions recorded by a version's commit, if it recorded any. */
    public Optional<String> recordedInputVersions(TableVersion version, WarehouseTable table) {
        return logReader.commit(pathOf(table), version.version()).flatMap(DeltaLogReader.Commit::userMetadata)
                .map(ModelRunTag::inputVersionsOf);
    }

    public TableVersion currentVersion(WarehouseTable table) {
        if (pinnedTables.contains(table)) {
            TableVersion pinned = pinnedVersions.get(table);
            if (pinned == null) {
                throw new IllegalStateException("表当时不存在 / no such table at the pinned moment: " + table.qualifiedName());
            }
            return pinned;
        }
        DeltaLogReader.Commit latest = logReader.latestCommit(pathOf(table)).orElseThrow(
                () -> new IllegalStateException("表不存在 / no such table yet: " + table.qualifiedName()));
        return new TableVersion(table.qualifiedName(), latest.version(), latest.committedAt());
    }

    /** The input versions recorded by the table's latest commit, if it recorded any. */
    public Optional<String> recordedInputVersions(WarehouseTable table) {
        return logReader.latestCommit(pathOf(table)).flatMap(DeltaLogReader.Commit::userMetadata)
                .map(ModelRunTag::inputVersionsOf);
    }

    /** The versions of some tables as one line, the form recorded as input versions. */
    public String versionsOf(List<WarehouseTable> tables) {
        StringBuilder versions = new StringBuilder();
        for (WarehouseTable table : tables) {
            if (versions.length() > 0) {
                versions.append(", ");
            }
            versions.append(exists(table) ? currentVersion(table).stamp() : table.qualifiedName() + "@none");
        }
        return versions.toString();
    }

    // Landing: original bytes, named by content hash, never rewritten.

    public String landingPath(String contentHash, String extension) {
        return root + "/landing/" + contentHash.substring(0, 2) + "/" + contentHash + extension;
    }

    /** Copies the bytes to the landing area unless a file with that hash is already there. */
    public String land(String contentHash, String extension, InputStream bytes) {
        Path target = new Path(landingPath(contentHash, extension));
        try {
            FileSystem fileSystem = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fileSystem.exists(target)) {
                Path partial = new Path(target.getParent(), "." + target.getName() + ".partial");
                try (FSDataOutputStream output = fileSystem.create(partial, true)) {
                    bytes.transferTo(output);
                }
                fileSystem.rename(partial, target);
            }
            return target.toString();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot land " + target, failure);
        }
    }
}
