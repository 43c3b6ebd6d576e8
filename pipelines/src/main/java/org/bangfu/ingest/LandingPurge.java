package org.bangfu.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Removes raw landing copies that are no longer needed: those of files ingested before a date
 * (Beijing time) whose every row is in bronze.rows (the count bronze.files recorded). The raw copy
 * is the one place personal data (names, phone and ID numbers) is kept in clear, so it should not
 * outlive its use. Files rejected as a whole keep their copy: bronze holds nothing of them, and the
 * copy is what a statistician looks at to see what went wrong. Each removal is recorded in the small
 * Delta table {@value #PURGES_TABLE} under the warehouse (file hash, name, landing path, batch,
 * rows in bronze, when removed), so an audit can tell a purged copy from a lost one.
 */
public final class LandingPurge {

    /** Where removals are recorded, under the warehouse root. */
    public static final String PURGES_TABLE = "bronze/landing_purges";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public static final StructType PURGES_SCHEMA = new StructType()
            .add("file_hash", DataTypes.StringType, false, "文件内容的SHA-256哈希 / SHA-256 of the file's bytes")
            .add("file_name", DataTypes.StringType, false, "报送时的文件名 / file name as submitted")
            .add("landed_path", DataTypes.StringType, false, "已删除的原件路径 / landing path removed")
            .add("batch_id", DataTypes.StringType, false, "接收批次 / ingestion batch")
            .add("rows_in_bronze", DataTypes.LongType, false, "bronze.rows 中该文件的行数 / rows of the file in bronze.rows")
            .add("purged_at", DataTypes.TimestampType, false, "删除时间 / when the copy was removed");

    private final Warehouse warehouse;

    public LandingPurge(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The removals, one per raw copy removed now. */
    public List<Row> purgeBefore(LocalDate before) {
        if (!warehouse.exists(WarehouseTable.BRONZE_FILES) || !warehouse.exists(WarehouseTable.BRONZE_ROWS)) {
            return List.of();
        }
        Timestamp cutoff = Timestamp.from(before.atStartOfDay(BEIJING).toInstant());
        Dataset<Row> rowsInBronze = warehouse.read(WarehouseTable.BRONZE_ROWS)
                .groupBy("file_hash", "batch_id").agg(count(lit(1)).as("rows_in_bronze"));
        // Every entry of a landing path must qualify (a file ingested twice lands once).
        List<Row> candidates = warehouse.read(WarehouseTable.BRONZE_FILES)
                .join(rowsInBronze, new String[] {"file_hash", "batch_id"}, "left")
                .groupBy("landed_path")
                .agg(min("file_hash").as("file_hash"), min("file_name").as("file_name"), min("batch_id").as("batch_id"),
                        max("ingested_at").as("last_ingested"),
                        min(col("readable").cast("int")).as("all_readable"),
                        min(col("rows_read").cast("long").equalTo(col("rows_in_bronze")).cast("int")).as("all_in_bronze"),
                        max("rows_in_bronze").as("rows_in_bronze"))
                .filter(col("last_ingested").lt(lit(cutoff)).and(col("all_readable").equalTo(1))
                        .and(col("all_in_bronze").equalTo(1)))
                .orderBy("landed_path")
                .collectAsList();
        List<Row> removed = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try {
            for (Row candidate : candidates) {
                Path path = new Path(candidate.<String>getAs("landed_path"));
                FileSystem fileSystem = path.getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration());
                if (fileSystem.delete(path, false)) {
                    removed.add(new GenericRowWithSchema(new Object[] {candidate.getAs("file_hash"),
                        candidate.getAs("file_name"), path.toString(), candidate.getAs("batch_id"),
                        candidate.<Long>getAs("rows_in_bronze"), now}, PURGES_SCHEMA));
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot remove a landing copy", failure);
        } finally {
            // Recorded even when a later removal fails: what is gone is written down.
            if (!removed.isEmpty()) {
                warehouse.spark().createDataFrame(removed, PURGES_SCHEMA).write().format("delta")
                        .mode(SaveMode.Append).option("userMetadata", "purge-landing before " + before)
                        .save(warehouse.root() + "/" + PURGES_TABLE);
            }
        }
        return removed;
    }

    /** Every removal recorded so far. */
    public Dataset<Row> recorded() {
        return warehouse.spark().read().format("delta").load(warehouse.root() + "/" + PURGES_TABLE);
    }
}
