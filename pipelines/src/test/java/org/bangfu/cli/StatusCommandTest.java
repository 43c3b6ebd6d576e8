package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.bangfu.testing.SharedSpark;
import org.bangfu.testing.TinyWarehouse;
import org.bangfu.warehouse.PublicationLog;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bangfu status}: what it reports, and exit code 4 exactly when a step's inputs have moved on. */
class StatusCommandTest {

    @TempDir
    Path folder;

    @Test
    void anEmptyWarehouseIsNotReady() {
        CommandRun run = CommandRun.of("status", "--warehouse", folder.resolve("none").toString());
        assertThat(run.exitCode()).isEqualTo(BangfuCommand.EXIT_NOT_READY);
        assertThat(run.errors()).contains("bangfu ingest");
    }

    @Test
    void upToDateIsZeroAndNewSilverMakesGoldBehind() {
        SparkSession spark = SharedSpark.session();
        Warehouse warehouse = new Warehouse(spark, folder.resolve("warehouse").toString());
        warehouse.append(WarehouseTable.BRONZE_FILES, spark.sql("""
                SELECT * FROM VALUES ('h1', true, TIMESTAMP '2020-01-10 10:00:00'), ('h2', false, TIMESTAMP '2020-01-11 09:30:00')
                AS t(file_hash, readable, ingested_at)"""), "inbox inbox, batch 1");
        warehouse.append(WarehouseTable.BRONZE_ROWS, spark.sql("SELECT 'h1' AS file_hash, 1 AS row_number"), "batch 1");
        TinyWarehouse.writeSilver(warehouse);
        warehouse.append(WarehouseTable.FILE_LEDGER, spark.sql("SELECT 'h1' AS file_hash"),
                warehouse.versionsOf(java.util.List.of(WarehouseTable.BRONZE_FILES, WarehouseTable.BRONZE_ROWS)));
        warehouse.append(WarehouseTable.SUBMISSIONS, spark.sql("""
                SELECT * FROM VALUES ('BF-1', '2019Q1', true), ('BF-1', '2019Q2', true), ('BF-3', '2019Q1', true)
                AS t(form_code, period, is_current)"""), "test");
        warehouse.append(WarehouseTable.GOLD_COMPLETENESS, spark.sql("""
                SELECT * FROM VALUES ('BF-1', '2019Q2', 'U1', '甲单位', 'missing'), ('BF-1', '2019Q2', 'U2', '乙单位', 'on_time'),
                                     ('BF-1', '2019Q1', 'U3', '丙单位', 'missing')
                AS t(form_code, period, submitter_code, submitter_name, status)"""), "silver.unit_register@v0");
        warehouse.append(WarehouseTable.GOLD_PROVINCE_QUARTER, spark.sql("SELECT '990000' AS area_code"),
                warehouse.versionsOf(java.util.List.of(WarehouseTable.SILVER_UNIT_ASSISTANCE)));
        new PublicationLog(warehouse).recordIfNew(new PublicationLog.Publication(
                warehouse.versionsOf(WarehouseTable.inLayer("gold")), LocalDate.of(2020, 1, 15), Instant.now(), Instant.now()));

        StringWriter printed = new StringWriter();
        Output.language(Language.ZH);
        int exitCode = new StatusCommand().report(warehouse, new PrintWriter(printed));
        assertThat(exitCode).as(printed.toString()).isZero();
        assertThat(printed.toString()).contains("已接收 2 个，其中整体拒收 1 个", "BF-1 2019Q2，BF-3 2019Q1",
                "gold 与 silver 一致", "最近发布：2020-01-15", "BF-1 2019Q2 尚未报送 1 份：甲单位", "全部最新",
                        "bronze 层：2 个表，共 3 行")
                .doesNotContain("丙单位");

        TinyWarehouse.writeUnitAssistance(warehouse, "300.00");
        StringWriter later = new StringWriter();
        Output.language(Language.EN);
        exitCode = new StatusCommand().report(warehouse, new PrintWriter(later));
        assertThat(exitCode).isEqualTo(BangfuCommand.EXIT_NOT_READY);
        assertThat(later.toString()).contains("gold is behind silver: run bangfu model", "inputs moved on")
                .doesNotContain("一致");
        Output.resetLanguage();
    }
}
