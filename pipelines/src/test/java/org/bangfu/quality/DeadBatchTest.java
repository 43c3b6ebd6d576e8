package org.bangfu.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.bangfu.ingest.IngestJob;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What runs that died or ran at once leave in bronze does not wedge the next run: a batch whose
 * rows were appended but whose bronze.files entry never was (kill -9 between the two appends), and
 * a file ingested twice by two runs at once (its rows twice, two bronze.files entries).
 */
class DeadBatchTest {

    @TempDir
    Path workspace;

    @Test
    void aBronzeHoldingADeadBatchAndADoubleIngestIsCheckedOnceAndCleanedByTheNextIngest() throws Exception {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), workspace.resolve("warehouse").toString());
        new BronzeFixture(0).file("县名录.xlsx", "ML-1", "20190101T000000Z", Instant.parse("2019-01-01T00:00:00Z"),
                List.of(county("530621"), county("530622"))).appendTo(warehouse);
        Row file = warehouse.read(WarehouseTable.BRONZE_FILES).first();
        // A killed run: its rows are in bronze.rows, its files entry never got written.
        warehouse.append(WarehouseTable.BRONZE_ROWS, warehouse.read(WarehouseTable.BRONZE_ROWS)
                .withColumn("batch_id", lit("20190102T000000Z")), "killed run");
        // Two runs at once: the same file a second time, rows and entry, in another batch.
        warehouse.append(WarehouseTable.BRONZE_ROWS, warehouse.read(WarehouseTable.BRONZE_ROWS)
                .filter(col("batch_id").equalTo("20190101T000000Z"))
                .withColumn("batch_id", lit("20190103T000000Z")), "second run");
        warehouse.append(WarehouseTable.BRONZE_FILES, warehouse.read(WarehouseTable.BRONZE_FILES)
                .withColumn("batch_id", lit("20190103T000000Z"))
                .withColumn("ingest_sequence", col("ingest_sequence").plus(1)), "second run");

        CheckReport report = new CheckJob(warehouse, LocalDate.of(2020, 3, 1)).run();

        assertThat(report.rowsRead()).as("the file counts once").isEqualTo(2);
        assertThat(report.rowsAccepted()).isEqualTo(2);
        List<Row> ledger = warehouse.read(WarehouseTable.FILE_LEDGER).collectAsList();
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).<String>getAs("batch_id")).as("the batch that ingested it first")
                .isEqualTo(file.<String>getAs("batch_id"));
        assertThat(warehouse.read(WarehouseTable.SILVER_COUNTY_REGISTER).count()).isEqualTo(2);
        assertThat(warehouse.read(WarehouseTable.QUARANTINE).count()).as("no row is a duplicate of itself").isZero();

        new IngestJob(warehouse).run(Files.createDirectories(workspace.resolve("inbox")).toString());

        assertThat(warehouse.read(WarehouseTable.BRONZE_ROWS).count()).as("the dead and the doubled rows removed")
                .isEqualTo(2);
        assertThat(warehouse.read(WarehouseTable.BRONZE_FILES).count()).isEqualTo(1);
        assertThat(new CheckJob(warehouse, LocalDate.of(2020, 3, 1)).run().rowsRead()).isEqualTo(2);
    }

    private static Map<String, String> county(String code) {
        return Map.of("county_code", code, "county_name", "县" + code, "prefecture_code", "530600",
                "prefecture_name", "昭通市", "province_code", "530000", "province_name", "云南省",
                "poverty_type", "国定", "deep_poverty", "是", "rural_population", "100000");
    }
}
