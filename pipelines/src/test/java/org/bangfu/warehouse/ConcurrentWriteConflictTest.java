package org.bangfu.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LOCK-002: two writers that bypass the run lock (a hand-run job, an older release) commit to the
 * same Delta table at once. Delta's optimistic concurrency lets one commit and rejects the other;
 * the loser gets the coded message naming the table, not Delta's stack of internals, and the table
 * holds exactly the winner's rows.
 */
class ConcurrentWriteConflictTest {

    private static final WarehouseTable TABLE = WarehouseTable.SILVER_COUNTY_REGISTER;
    private static final int MOST_ROUNDS = 6;

    @TempDir
    Path root;

    @Test
    void aRealDeltaConflictBetweenTwoWritersBecomesLock002NamingTheTableAndLeavesTheWinnersRows() throws Exception {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), root.resolve("warehouse").toString());
        warehouse.replace(TABLE, register("first", 3), "test");
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Throwable> conflicts = new ArrayList<>();
        String winner = null;
        try {
            // Both overwrite the whole table from the same snapshot; each round they start together.
            // Delta rejects the later commit whenever the two overlap, which on a shared session is the
            // rule, not the exception; a round where one finished first is simply repeated.
            for (int round = 0; round < MOST_ROUNDS && conflicts.isEmpty(); round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Throwable>> outcomes = new ArrayList<>();
                for (String writer : List.of("a" + round, "b" + round)) {
                    outcomes.add(writers.submit(() -> {
                        together.await();
                        try {
                            warehouse.replace(TABLE, register(writer, 40), "test " + writer);
                            return null;
                        } catch (RuntimeException failure) {
                            return failure;
                        }
                    }));
                }
                List<String> succeeded = new ArrayList<>();
                for (int index = 0; index < 2; index++) {
                    Throwable failure = outcomes.get(index).get(5, TimeUnit.MINUTES);
                    if (failure == null) {
                        succeeded.add((index == 0 ? "a" : "b") + round);
                    } else {
                        conflicts.add(failure);
                    }
                }
                if (succeeded.size() == 1) {
                    winner = succeeded.get(0);
                }
            }
        } finally {
            writers.shutdown();
        }

        assertThat(conflicts).as("two overlapping overwrites of one table conflict in Delta within %d rounds",
                MOST_ROUNDS).hasSize(1);
        Throwable conflict = conflicts.get(0);
        assertThat(conflict).as("the loser's failure is the coded one, not Delta's own")
                .isInstanceOf(WarehouseLockedException.class);
        assertThat(((WarehouseLockedException) conflict).code()).isEqualTo(WarehouseLockedException.CONCURRENT_WRITE);
        assertThat(conflict.getMessage())
                .startsWith("LOCK-002 另一次运行同时写入了同一张表 silver.county_register，本次写入未提交。")
                .contains("Another run wrote to the same table, silver.county_register, at the same time;"
                        + " this write was not committed")
                .contains("Concurrent");
        assertThat(WarehouseLockedException.isConcurrentWrite(conflict)).isTrue();
        assertThat(conflict.getCause()).as("Delta's exception is kept as the cause, for BANGFU_DEBUG")
                .isNotNull();

        List<String> writersInTable = warehouse.read(TABLE).select("county_name").distinct().as(
                org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertThat(writersInTable).as("the table holds the winner's rows only, never a mix").containsExactly(winner);
        assertThat(warehouse.read(TABLE).count()).isEqualTo(40);
    }

    /** A county register of {@code counties} rows, every county named after its writer. */
    private static Dataset<Row> register(String writer, int counties) {
        return SharedSpark.session().sql("""
                SELECT CAST(990100 + id AS STRING) AS county_code, '%s' AS county_name, '990100' AS prefecture_code,
                       '东山市' AS prefecture_name, '990000' AS province_code, '示范省' AS province_name,
                       '国定' AS poverty_type, '否' AS deep_poverty, CAST(NULL AS STRING) AS contiguous_area,
                       2020 AS planned_exit_year, CAST(NULL AS INT) AS exit_year, CAST(1000 AS BIGINT) AS rural_population
                FROM range(1, %d)
                """.formatted(writer, counties + 1));
    }
}
