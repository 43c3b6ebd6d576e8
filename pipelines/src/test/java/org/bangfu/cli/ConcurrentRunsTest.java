package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs on one warehouse: the warehouse lock lets one in and refuses the other with a coded
 * error naming the holder (exit code 5), and a lock left by a run that died is taken over.
 */
class ConcurrentRunsTest {

    @TempDir
    Path workspace;

    @Test
    void twoIngestsStartedTogetherGiveOneSuccessAndOneCodedRefusal() throws Exception {
        PipelineOptions options = options();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService runs = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            outcomes.add(runs.submit(() -> {
                together.await();
                try (PipelineSteps steps = new PipelineSteps(options, new PrintWriter(new StringWriter()),
                        SharedSpark.session())) {
                    steps.ingest();
                    return "ok";
                } catch (RuntimeException refused) {
                    return BangfuCommand.exitCodeOf(refused) + " " + refused.getMessage();
                }
            }));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(10, TimeUnit.MINUTES));
        }
        runs.shutdown();
        assertThat(results).as("one run ingests, the other is refused").containsOnlyOnce("ok");
        String refusal = results.stream().filter(result -> !result.equals("ok")).findFirst().orElseThrow();
        assertThat(refusal).as("exit code 5, neither 3 (bad input) nor 4 (step out of order)").startsWith("5 LOCK-001")
                .contains("进程 " + ProcessHandle.current().pid(), "_lock", "process " + ProcessHandle.current().pid());
        Warehouse warehouse = new Warehouse(SharedSpark.session(), options.warehouse);
        assertThat(warehouse.read(WarehouseTable.BRONZE_FILES).count()).as("the file ingested once").isEqualTo(1);
        assertThat(Files.exists(Path.of(options.warehouse, "_lock"))).as("released when the run ends").isFalse();
    }

    @Test
    void aLockLeftByARunThatDiedIsTakenOver() throws Exception {
        PipelineOptions options = options();
        Files.createDirectories(Path.of(options.warehouse));
        // A process id no live process has on this host, as after kill -9.
        long deadPid = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1000) + 100_000;
        Files.writeString(Path.of(options.warehouse, "_lock"), "pid=" + deadPid + "\nhost="
                + java.net.InetAddress.getLocalHost().getHostName() + "\nstarted_at=" + Instant.now()
                + "\ncommand=bangfu run\ntoken=dead-run\n", StandardCharsets.UTF_8);
        try (PipelineSteps steps = new PipelineSteps(options, new PrintWriter(new StringWriter()),
                SharedSpark.session())) {
            steps.ingest();
            assertThat(Files.readString(Path.of(options.warehouse, "_lock")))
                    .as("the lock now names this run").contains("pid=" + ProcessHandle.current().pid());
        }
        assertThat(new Warehouse(SharedSpark.session(), options.warehouse).read(WarehouseTable.BRONZE_FILES).count())
                .isEqualTo(1);
    }

    @Test
    void aLockOfALiveRunOnAnotherHostIsRespectedUntilItIsVeryOld() throws Exception {
        PipelineOptions options = options();
        Files.createDirectories(Path.of(options.warehouse));
        Path lock = Path.of(options.warehouse, "_lock");
        Files.writeString(lock, "pid=1\nhost=some-other-host\nstarted_at=" + Instant.now()
                + "\ncommand=bangfu run\ntoken=other\n", StandardCharsets.UTF_8);
        StringWriter printed = new StringWriter();
        try (PipelineSteps steps = new PipelineSteps(options, new PrintWriter(printed), SharedSpark.session())) {
            throw new AssertionError("a live lock on another host must refuse the run");
        } catch (RuntimeException refused) {
            assertThat(BangfuCommand.exitCodeOf(refused)).isEqualTo(5);
            assertThat(refused.getMessage()).contains("some-other-host", "bangfu run");
        }
        Files.writeString(lock, "pid=1\nhost=some-other-host\nstarted_at=" + Instant.now().minusSeconds(13 * 3600)
                + "\ncommand=bangfu run\ntoken=other\n", StandardCharsets.UTF_8);
        try (PipelineSteps steps = new PipelineSteps(options, new PrintWriter(printed), SharedSpark.session())) {
            assertThat(Files.readString(lock)).contains("pid=" + ProcessHandle.current().pid());
        }
    }

    private PipelineOptions options() throws Exception {
        Path root = Files.createTempDirectory(workspace, "run");
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Files.writeString(inbox.resolve("县名录.csv"), "县代码,县名称,市州代码,市州名称,省代码,省名称,贫困县类型,深度贫困县,乡村人口（人）\n"
                + "530621,鲁甸县,530600,昭通市,530000,云南省,国定,是,350000\n", StandardCharsets.UTF_8);
        PipelineOptions options = new PipelineOptions();
        options.inbox = inbox.toString();
        options.warehouse = root.resolve("warehouse").toString();
        options.maxFileMegabytes = 512;
        options.maxUnpackedMegabytes = 4096;
        return options;
    }
}
