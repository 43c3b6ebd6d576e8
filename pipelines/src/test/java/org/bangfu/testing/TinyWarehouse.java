package org.bangfu.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Silver tables small enough to read at a glance, written straight into a warehouse so that the
 * model and publish steps can run on them: 示范省 (990000) with 东山市 (990100) and its two counties
 * 青松县 (990101, 国定) and 白云县 (990102, 省定); units U1 (paired with 青松县) and U2 (with 白云县).
 */
public final class TinyWarehouse {

    /** A warehouse holding {@link #writeSilver} and one model run's gold on it, built once per JVM. */
    private static java.nio.file.Path modelledOnce;

    private TinyWarehouse() {
    }

    /**
     * Fills the empty {@code warehouse} with {@link #writeSilver} and the gold of one complete model
     * run on it (model run 1), as if both had just been run there. The model runs once per test JVM;
     * each caller gets a copy of its folder (Delta logs name their files relative to the table), so a
     * test that starts from modelled gold does not pay for a model run of its own.
     */
    public static synchronized void writeModelled(Warehouse warehouse) {
        try {
            if (modelledOnce == null) {
                java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("bangfu-tiny-modelled");
                Warehouse modelled = new Warehouse(warehouse.spark(), folder.toString());
                writeSilver(modelled);
                new org.bangfu.model.ModelJob(modelled).run();
                modelledOnce = folder;
                // A folder per test JVM would otherwise pile up in the temporary directory.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> org.apache.commons.io.FileUtils.deleteQuietly(folder.toFile())));
            }
            // Kept modification times keep the commits' timestamps, which time travel by date reads.
            org.apache.commons.io.FileUtils.copyDirectory(modelledOnce.toFile(), new java.io.File(warehouse.root()), true);
        } catch (java.io.IOException unwritable) {
            throw new java.io.UncheckedIOException(unwritable);
        }
    }

    /** Registers, pairings and BF-1 for 2019Q1–Q2, each figure easy to follow into gold. */
    public static void writeSilver(Warehouse warehouse) {
        SparkSession spark = warehouse.spark();
        warehouse.replace(WarehouseTable.SILVER_COUNTY_REGISTER, spark.sql("""
                SELECT county_code, county_name, prefecture_code, prefecture_name, province_code, province_name,
                       poverty_type, deep_poverty, CAST(NULL AS STRING) AS contiguous_area,
                       CAST(planned_exit_year AS INT) AS planned_exit_year, CAST(NULL AS INT) AS exit_year,
                       CAST(rural_population AS BIGINT) AS rural_population
                FROM VALUES
                  ('990101', '青松县', '990100', '东山市', '国定', '990000', '示范省', '是', 2020, 200000),
                  ('990102', '白云县', '990100', '东山市', '省定', '990000', '示范省', '否', 2019, 150000)
                AS t(county_code, county_name, prefecture_code, prefecture_name, poverty_type, province_code, province_name,
                     deep_poverty, planned_exit_year, rural_population)
                """), "test");
        warehouse.replace(WarehouseTable.SILVER_PAIRINGS, spark.sql("""
                SELECT unit_code, county_code, CAST(NULL AS STRING) AS village_code,
                       CAST(start_date AS DATE) AS start_date, CAST(NULL AS DATE) AS end_date, '否' AS is_lead
                FROM VALUES ('U1', '990101', '2018-01-01'), ('U2', '990102', '2018-01-01')
                AS t(unit_code, county_code, start_date)
                """), "test");
        writeUnitAssistance(warehouse, "100.00");
    }

    /**
     * BF-1: U1 in 青松县 reports 2019Q1 and Q2 (funds_direct year to date 40, then {@code u1SecondQuarterFunds}),
     * U2 in 白云县 reports 2019Q1 only (funds_direct 10).
     */
    public static void writeUnitAssistance(Warehouse warehouse, String u1SecondQuarterFunds) {
        Dataset<Row> rows = warehouse.spark().sql("""
                SELECT unit_code, county_code, period, CAST(year AS INT) AS year, CAST(quarter AS INT) AS quarter,
                       CAST(funds_direct AS DECIMAL(18,4)) AS funds_direct,
                       CAST(NULL AS DECIMAL(18,4)) AS funds_coordinated,
                       CAST(projects AS BIGINT) AS projects,
                       CAST(1 AS BIGINT) AS trained_cadres, CAST(2 AS BIGINT) AS trained_technicians,
                       CAST(NULL AS BIGINT) AS jobs_transferred
                FROM VALUES
                  ('U1', '990101', '2019Q1', 2019, 1, '40.00', 1),
                  ('U1', '990101', '2019Q2', 2019, 2, '%s', 2),
                  ('U2', '990102', '2019Q1', 2019, 1, '10.00', 1)
                AS t(unit_code, county_code, period, year, quarter, funds_direct, projects)
                """.formatted(u1SecondQuarterFunds));
        rows = rows.withColumn("file_hash", org.apache.spark.sql.functions.lit("tiny-bf1"))
                .withColumn("batch_id", org.apache.spark.sql.functions.lit("tiny"))
                .withColumn("ingest_sequence", org.apache.spark.sql.functions.lit(1L))
                .withColumn("sheet", org.apache.spark.sql.functions.lit("BF-1"))
                .withColumn("row_number", org.apache.spark.sql.functions.lit(5))
                .withColumn("has_warnings", org.apache.spark.sql.functions.lit(false));
        // The other BF-1 fields, as a real silver table has them: not reported.
        for (org.apache.spark.sql.types.StructField field : org.bangfu.model.SilverFrames.schemaOf("BF-1").fields()) {
            if (!java.util.Arrays.asList(rows.columns()).contains(field.name())) {
                rows = rows.withColumn(field.name(), org.apache.spark.sql.functions.lit(null).cast(field.dataType()));
            }
        }
        warehouse.replace(WarehouseTable.SILVER_UNIT_ASSISTANCE, rows, "test");
    }
}
