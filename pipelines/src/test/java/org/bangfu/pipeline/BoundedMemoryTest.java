package org.bangfu.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bangfu.demo.DemoGenerator;
import org.bangfu.demo.DemoSize;
import org.bangfu.testing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by the design of the jobs, not by the heap they are given: ingest, check,
 * model and publish each run in a child JVM of one gigabyte, the size of a modest executor, and finish. A step
 * that collected a table to the driver in proportion to its rows would fail here first as the data
 * grows; this set is small so the test stays quick.
 */
@Scenario
class BoundedMemoryTest {

    private static final String HEAP = "-Xmx1g";

    @Test
    void everyStepFinishesInOneGigabyteOfHeap(@TempDir Path directory) throws Exception {
        Path inbox = directory.resolve("inbox");
        new DemoGenerator(2019, DemoSize.scaled(0.1)).writeTo(inbox);
        Path warehouse = directory.resolve("warehouse");

        for (String step : List.of("ingest", "check", "model")) {
            Path log = directory.resolve(step + ".log");
            int exitCode = runInChildJvm(log, step, "--inbox", inbox.toString(), "--warehouse", warehouse.toString(),
                    "--today", "2020-03-01", "--master", "local[2]");
            assertThat(exitCode).as("%s in %s; its output:%n%s", step, HEAP, tail(log)).isZero();
        }
        assertThat(warehouse.resolve("gold").resolve("county_quarter")).isDirectory();
        Path site = directory.resolve("site");
        Path log = directory.resolve("publish.log");
        int exitCode = runInChildJvm(log, "publish", "--warehouse", warehouse.toString(), "--site", site.toString(),
                "--templates", Path.of("..", "templates").toAbsolutePath().normalize().toString(), "--master", "local[2]");
        assertThat(exitCode).as("publish in %s; its output:%n%s", HEAP, tail(log)).isZero();
        assertThat(site.resolve("downloads/gold/unit_quarter.xlsx")).as("the largest table is published whole").isRegularFile();
    }

    private static int runInChildJvm(Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The options Spark needs on Java 17, as this JVM was started with them; never this JVM's own heap.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("--add-opens") || option.startsWith("-Djdk.reflect"))
                .forEach(command::add);
        command.addAll(List.of(HEAP, "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.bangfu.cli.BangfuCommand"));
        command.addAll(List.of(arguments));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(10, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("did not finish in 10 minutes: " + String.join(" ", arguments));
        }
        return child.exitValue();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
