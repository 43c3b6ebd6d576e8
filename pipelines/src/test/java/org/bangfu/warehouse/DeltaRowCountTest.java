package org.bangfu.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.tables.DeltaTable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.bangfu.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Row counts read from the Delta log's statistics (for a fast {@code bangfu status}) agree with
 * Spark's count through appends, a delete, an overwrite and past a checkpoint, now and at every
 * past version.
 */
class DeltaRowCountTest {

    @TempDir
    Path root;

    @Test
    void theLogsStatisticsGiveTheSameCountAsSparkThroughAppendsDeletesOverwritesAndACheckpoint() throws Exception {
        SparkSession spark = SharedSpark.session();
        String table = root.resolve("rows").toString();
        DeltaRowCount fromLog = new DeltaRowCount(spark.sparkContext().hadoopConfiguration());
        assertThat(fromLog.of(table)).as("no table yet").isEmpty();

        spark.range(0, 100, 1, 3).selectExpr("id", "id % 7 AS bucket").write().format("delta").save(table);
        assertThat(fromLog.of(table)).hasValue(100);

        DeltaTable.forPath(spark, table).delete("bucket = 0");
        long afterDelete = spark.read().format("delta").load(table).count();
        assertThat(afterDelete).isEqualTo(85);
        assertThat(fromLog.of(table)).as("removed files no longer counted").hasValue(afterDelete);

        spark.range(0, 40, 1, 2).selectExpr("id", "id % 7 AS bucket").write().format("delta").mode("overwrite")
                .save(table);
        assertThat(fromLog.of(table)).hasValue(40);

        // Delta writes a checkpoint every ten commits; the count must read through it.
        for (int append = 0; append < 10; append++) {
            spark.range(0, 5, 1, 1).selectExpr("id", "id % 7 AS bucket").write().format("delta").mode("append")
                    .save(table);
        }
        assertThat(Files.exists(root.resolve("rows/_delta_log/_last_checkpoint"))).as("a checkpoint was written")
                .isTrue();
        assertThat(fromLog.of(table)).hasValue(spark.read().format("delta").load(table).count()).hasValue(90);

        // Every past version, before and after the checkpoint, as Delta time travel reads it.
        long latest = DeltaTable.forPath(spark, table).history(1).first().getAs("version");
        for (long version = 0; version <= latest; version++) {
            long travelled = spark.read().format("delta").option("versionAsOf", version).load(table).count();
            assertThat(fromLog.of(table, version)).as("version %d", version).hasValue(travelled);
        }
        assertThat(fromLog.of(table, latest + 1)).as("a version not yet written").isEmpty();
    }

    @Test
    void aTableWithVersionTwoCheckpointsIsCountedRightOrLeftToSpark() throws Exception {
        SparkSession spark = SharedSpark.session();
        String table = root.resolve("v2").toString();
        DeltaRowCount fromLog = new DeltaRowCount(spark.sparkContext().hadoopConfiguration());
        spark.sql("CREATE TABLE delta.`" + table + "` (id BIGINT) USING delta"
                + " TBLPROPERTIES ('delta.checkpointPolicy' = 'v2', 'delta.checkpointInterval' = '2')");
        for (int append = 0; append < 5; append++) {
            spark.range(0, 10 + append, 1, 2).write().format("delta").mode("append").save(table);
        }
        // Delta 3.3 names V2 checkpoints by UUID with their files in sidecars; the count reads the
        // commits instead, or gives up, but never reads a checkpoint it does not follow.
        long latest = DeltaTable.forPath(spark, table).history(1).first().getAs("version");
        for (long version = 0; version <= latest; version++) {
            long travelled = spark.read().format("delta").option("versionAsOf", version).load(table).count();
            java.util.OptionalLong counted = fromLog.of(table, version);
            if (counted.isPresent()) {
                assertThat(counted.getAsLong()).as("version %d", version).isEqualTo(travelled);
            }
        }
        assertThat(fromLog.of(table)).as("every commit is still in the log").hasValue(10 + 11 + 12 + 13 + 14);
    }
}
