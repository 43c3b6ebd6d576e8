package org.bangfu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.io.FileUtils;
import org.apache.spark.sql.SparkSession;
import org.bangfu.model.TableVersion;
import org.bangfu.warehouse.AsOf;
import org.bangfu.warehouse.PinnedTables;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Every table of the warehouse under its own name ({@code gold.county_quarter}, {@code silver.quarantine},
 * {@code bronze.files}…) in the session's catalog, each a view of one pinned Delta version, so a
 * query sees one consistent state and can say which.
 *
 * <p>The layers are catalog databases located in a scratch folder: Spark's in-memory catalog
 * creates a folder per database, which must not land beside the user's data. Nothing in the
 * warehouse is written.
 */
final class WarehouseViews {

    private static final List<String> LAYERS = List.of("bronze", "silver", "gold");

    private WarehouseViews() {
    }

    /**
     * Registers the tables that existed as of {@code asOf}:
     * <ul>
     *   <li>latest: each table's current version;</li>
     *   <li>a time: each table's version current then;</li>
     *   <li>a stamp: the tables it names at those versions, every other table as it was when the
     *       newest of them was committed;</li>
     *   <li>a number N: model run N — its gold tables and the silver it read, every other table as it
     *       was when the run completed.</li>
     * </ul>
     *
     * @return the versions registered, by table
     */
    static Map<WarehouseTable, TableVersion> register(Warehouse warehouse, AsOf asOf) {
        SparkSession spark = warehouse.spark();
        Path scratch = scratchFolder();
        for (String layer : LAYERS) {
            spark.sql("CREATE DATABASE IF NOT EXISTS " + layer + " LOCATION '" + scratch.resolve(layer + ".db").toUri() + "'");
        }
        Map<WarehouseTable, TableVersion> versions = new LinkedHashMap<>(pin(warehouse, asOf));
        for (WarehouseTable table : WarehouseTable.values()) {
            TableVersion version = versions.get(table);
            if (version == null) {
                spark.sql("DROP VIEW IF EXISTS " + table.qualifiedName());
                continue;
            }
            spark.sql("CREATE OR REPLACE VIEW " + table.qualifiedName() + " AS SELECT * FROM delta.`"
                    + qualified(spark, warehouse.pathOf(table)).replace("`", "``") + "` VERSION AS OF " + version.version());
        }
        return versions;
    }

    private static Map<WarehouseTable, TableVersion> pin(Warehouse warehouse, AsOf asOf) {
        List<WarehouseTable> tables = List.of(WarehouseTable.values());
        if (asOf instanceof AsOf.ModelVersion modelVersion) {
            org.bangfu.model.ModelRun run = new org.bangfu.warehouse.ModelRunLog(warehouse).number(modelVersion.version())
                    .orElseThrow(() -> org.bangfu.warehouse.ModelRunLog.noSuchRun(warehouse, modelVersion.version()));
            Map<WarehouseTable, TableVersion> versions = new LinkedHashMap<>(
                    PinnedTables.pin(warehouse, tables, new AsOf.At(run.completedAt())).versions());
            versions.putAll(PinnedTables.pin(warehouse, tables, AsOf.stamped(run.goldStamp())).versions());
            versions.putAll(PinnedTables.pin(warehouse, tables, AsOf.stamped(run.silverInputs())).versions());
            return versions;
        }
        if (asOf instanceof AsOf.Stamped stamped) {
            Map<WarehouseTable, TableVersion> named = PinnedTables.pin(warehouse, tables, stamped).versions();
            Instant newest = named.values().stream().map(TableVersion::committedAt).max(Instant::compareTo)
                    .orElseThrow(() -> new IllegalArgumentException("版本戳未指明本仓库的任何表 / the stamp names no table"
                            + " of this warehouse: " + stamped));
            Map<WarehouseTable, TableVersion> versions = new LinkedHashMap<>(
                    PinnedTables.pin(warehouse, tables, new AsOf.At(newest)).versions());
            versions.putAll(named);
            return versions;
        }
        return PinnedTables.pin(warehouse, tables, asOf).versions();
    }

    /** The registered versions as one stamp, e.g. {@code bronze.files@v3, …}. */
    static String stamp(Map<WarehouseTable, TableVersion> versions) {
        return versions.values().stream().map(TableVersion::stamp).collect(Collectors.joining(", "));
    }

    /** Delta reads a path in SQL only when it is absolute, so warehouse/ becomes file:/…/warehouse. */
    private static String qualified(SparkSession spark, String path) {
        org.apache.hadoop.fs.Path hadoopPath = new org.apache.hadoop.fs.Path(path);
        try {
            return hadoopPath.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(hadoopPath).toString();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static Path scratchFolder() {
        try {
            Path folder = Files.createTempDirectory("bangfu-sql-catalog");
            // deleteOnExit cannot remove a folder that is not empty, and Spark fills it with database folders.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileUtils.deleteQuietly(folder.toFile())));
            return folder;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
