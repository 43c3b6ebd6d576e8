package org.bangfu.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.SparkSession;
import org.bangfu.testing.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps run at once each in a Spark session of its own, so that each commit records its own inputs. */
class IndependentStepsTest {

    private static final String SETTING = "spark.bangfu.test.step";

    @TempDir
    Path root;

    @Test
    void aSettingOneStepMakesIsNotSeenByAnotherRunningBesideIt() throws Exception {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), root.toString());
        CountDownLatch firstHasSetIt = new CountDownLatch(1);
        AtomicReference<String> seenBySecond = new AtomicReference<>("not run");
        AtomicReference<Boolean> secondIsActive = new AtomicReference<>(false);
        IndependentSteps.run(warehouse, "test steps", List.of(
                new IndependentSteps.Step("first", own -> {
                    own.spark().conf().set(SETTING, "first");
                    firstHasSetIt.countDown();
                }),
                new IndependentSteps.Step("second", own -> {
                    try {
                        // On one core the first step has run already; on two, wait until it has set it.
                        firstHasSetIt.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    seenBySecond.set(own.spark().conf().getOption(SETTING).getOrElse(() -> "unset"));
                    secondIsActive.set(SparkSession.active() == own.spark());
                })));

        assertThat(seenBySecond.get()).as("Delta stamps each commit with a setting of its session").isEqualTo("unset");
        assertThat(secondIsActive.get()).as("Delta reads the settings of the thread's active session").isTrue();
        assertThat(warehouse.spark().conf().getOption(SETTING).isDefined()).as("nor does the caller's session")
                .isFalse();
    }

    @Test
    void stepsWritingAtOnceEachRecordTheInputsOfTheirOwnTables() {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), root.toString());
        List<WarehouseTable> tables = List.of(WarehouseTable.SILVER_WORK_TEAMS, WarehouseTable.SILVER_COUNTY_PROGRESS);
        IndependentSteps.run(warehouse, "test steps", tables.stream()
                .map(table -> new IndependentSteps.Step(table.qualifiedName(), own -> {
                    for (int write = 1; write <= 3; write++) {
                        own.replace(table, own.spark().range(write).toDF("n"), table.qualifiedName() + " write " + write);
                    }
                }))
                .toList());

        for (WarehouseTable table : tables) {
            assertThat(warehouse.history(table, 10).stream().filter(commit -> commit.operation().equals("WRITE"))
                    .map(commit -> commit.inputVersions().orElse("none")).toList())
                    .as("every commit of %s carries its own step's inputs", table.qualifiedName())
                    .containsExactly(table.qualifiedName() + " write 3", table.qualifiedName() + " write 2",
                            table.qualifiedName() + " write 1");
        }
    }
}
