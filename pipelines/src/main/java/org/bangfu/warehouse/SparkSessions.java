package org.bangfu.warehouse;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession, the one place that does. The master is never hard-coded: under
 * spark-submit it comes from the submission; otherwise from {@code --master}; {@code local[*]}
 * only when neither gives one.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /** @param master the master asked for on the command line, or null */
    public static SparkSession create(String applicationName, String master) {
        SparkConf configuration = new SparkConf(true);
        if (master != null && !master.isBlank()) {
            configuration.setMaster(master);
        } else if (!configuration.contains("spark.master")) {
            configuration.setMaster("local[*]");
        }
        boolean local = configuration.get("spark.master").startsWith("local");
        configuration.setIfMissing("spark.app.name", applicationName);
        configuration.set("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
        configuration.set("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        configuration.setIfMissing("spark.sql.session.timeZone", "Asia/Shanghai");
        // Past publications must stay rebuildable by time travel for years, not Delta's default 30 / 7 days.
        configuration.setIfMissing("spark.databricks.delta.properties.defaults.logRetentionDuration", "interval 3650 days");
        configuration.setIfMissing("spark.databricks.delta.properties.defaults.deletedFileRetentionDuration", "interval 3650 days");
        // Delta 3.3 keeps a small table's file list in each commit's checksum file and, when the session
        // time zone is not UTC (ours is Asia/Shanghai), verifies it after every commit by rebuilding
        // the table's state: a Spark job per commit, a fifth of a demo run. Without the list the
        // checksum keeps its counts, sizes, protocol and metadata, and there is nothing to verify.
        configuration.setIfMissing("spark.databricks.delta.allFilesInCrc.enabled", "false");
        // A run issues hundreds of small queries and compiling their generated code took 29 % of the
        // executor threads' time in a profile of the demo; keep every compiled class for the steps of
        // a run and its repeats (Spark's default cache holds 100).
        configuration.setIfMissing("spark.sql.codegen.cache.maxEntries", "2000");
        // bangfu keeps no managed tables; Spark's default would leave an empty spark-warehouse/ folder in
        // whatever directory the user ran the command from.
        configuration.setIfMissing("spark.sql.warehouse.dir",
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "bangfu-spark-catalog").toUri().toString());
        // Registers and quarterly forms are small; a cluster's defaults suit province-scale BF-4 better.
        if (local) {
            configuration.setIfMissing("spark.sql.shuffle.partitions", "4");
            configuration.setIfMissing("spark.ui.enabled", "false");
            configuration.setIfMissing("spark.sql.adaptive.enabled", "true");
            configuration.setIfMissing("spark.databricks.delta.snapshotPartitions", "2");
        }
        return SparkSession.builder().config(configuration).getOrCreate();
    }
}
