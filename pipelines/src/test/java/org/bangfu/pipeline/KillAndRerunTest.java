package org.bangfu.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampType;
import org.bangfu.cli.BangfuCommand;
import org.bangfu.demo.DemoGenerator;
import org.bangfu.demo.DemoSize;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.CrashPoint;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.bangfu.testing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: {@code bangfu run} killed at five points, then run again, gives the gold of a run that
 * was never killed, and the live site is one complete release.
 *
 * <p>The kills come in turn, each run resuming what the one before left, and the last rerun's gold is
 * compared with that of a clean run over the same inbox. Each run is a separate JVM started from this one's classpath, as a user would start it. It dies
 * by {@link CrashPoint}: {@code Runtime.halt}, like {@code kill -9}, skips shutdown hooks and leaves
 * the run lock, partial files and uncommitted Delta data behind. The points: a file landed but
 * nothing in bronze; bronze.rows committed but not bronze.files (a dead batch); the check half-way
 * (the silver forms and silver.submissions written, not the quarantine and ledger); the model
 * half-way (household indicators and gold.county_quarter written, not the rest); and the publish
 * half-way (the new release staged, the site not switched).
 */
@Scenario
class KillAndRerunTest {

    private static final List<String> KILL_POINTS = List.of(
            CrashPoint.LANDED,
            CrashPoint.committed(WarehouseTable.BRONZE_ROWS),
            CrashPoint.committed(WarehouseTable.SUBMISSIONS),
            CrashPoint.committed(WarehouseTable.GOLD_COUNTY_QUARTER),
            CrashPoint.SITE_STAGED);
    /** Differ from one run to another by design: when and by which run a row was written. */
    private static final Pattern RUN_SPECIFIC = Pattern.compile("(^|_)(run|batch)(_|$)|_at$|stamp|release");
    // Generous: a shared, loaded machine can take many minutes per run even on this small inbox.
    private static final long MINUTES_PER_RUN = 30;

    @TempDir
    Path workspace;

    private Path inbox;
    private Path cleanRoot;

    @Test
    void killedAtFivePointsInTurnAndRerunGivesTheGoldOfACleanRunAndACompleteSite() throws Exception {
        inbox = workspace.resolve("inbox");
        Files.createDirectories(inbox);
        new DemoGenerator(11, DemoSize.scaled(0.0001)).writeTo(inbox);
        cleanRoot = workspace.resolve("clean");
        // The clean run goes alongside: the comparison needs it only at the end.
        Process clean = start(cleanRoot, null);

        // Each run picks up what the kill before it left: a landed file, a dead bronze batch, half a
        // check, half a model run, a staged release, and every time the dead run's lock.
        Path root = workspace.resolve("killed");
        Map<String, String> leftBehind = new LinkedHashMap<>();
        for (String point : KILL_POINTS) {
            RunResult killed = finished(start(root, point), root, point);
            assertThat(killed.exitCode()).as("run died at \"%s\" (it reached the point):%n%s", point, killed.output())
                    .isEqualTo(CrashPoint.EXIT_CODE);
            assertThat(Files.exists(root.resolve("warehouse/_lock"))).as("a killed run leaves its lock behind").isTrue();
            assertThat(Files.exists(root.resolve("site"))).as("no site goes live before a publish completes").isFalse();
            leftBehind.put(point, stateOf(root));
        }
        RunResult rerun = finished(start(root, null), root, null);
        assertThat(rerun.exitCode()).as("the rerun succeeds, taking over the stale lock:%n%s", rerun.output()).isZero();
        RunResult cleanRun = finished(clean, cleanRoot, null);
        assertThat(cleanRun.exitCode()).as("a clean run succeeds:%n%s", cleanRun.output()).isZero();

        String figures = assertSameGold(root);
        assertCompleteRelease(root.resolve("site"));
        assertThat(Files.exists(root.resolve("warehouse/_lock"))).as("released after the rerun").isFalse();
        System.out.println("KillAndRerunTest: left behind by each kill: " + leftBehind);
        System.out.println("KillAndRerunTest: after the rerun, as in the clean run: " + figures);
    }

    /** What a killed run left: bronze files and rows, silver quarantine, gold tables written. */
    private static String stateOf(Path root) {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), root.resolve("warehouse").toString());
        long goldTables = WarehouseTable.inLayer("gold").stream().filter(warehouse::exists).count();
        return String.format("bronze.files %s, bronze.rows %s, silver.quarantine %s, gold tables %d",
                countOf(warehouse, WarehouseTable.BRONZE_FILES), countOf(warehouse, WarehouseTable.BRONZE_ROWS),
                countOf(warehouse, WarehouseTable.QUARANTINE), goldTables);
    }

    private static String countOf(Warehouse warehouse, WarehouseTable table) {
        return warehouse.exists(table) ? String.valueOf(warehouse.read(table).count()) : "—";
    }

    private String assertSameGold(Path root) {
        Warehouse clean = new Warehouse(SharedSpark.session(), cleanRoot.resolve("warehouse").toString());
        Warehouse recovered = new Warehouse(SharedSpark.session(), root.resolve("warehouse").toString());
        String point = "each of " + KILL_POINTS;
        Map<String, Long> rows = new LinkedHashMap<>();
        for (WarehouseTable table : WarehouseTable.inLayer("gold")) {
            assertThat(recovered.exists(table)).as("%s after a kill at \"%s\"", table.qualifiedName(), point)
                    .isEqualTo(clean.exists(table));
            if (!clean.exists(table)) {
                continue;
            }
            Dataset<Row> expected = comparable(clean.read(table));
            Dataset<Row> actual = comparable(recovered.read(table));
            assertThat(actual.columns()).as("%s columns", table.qualifiedName()).containsExactly(expected.columns());
            List<Row> missing = expected.exceptAll(actual).limit(5).collectAsList();
            List<Row> extra = actual.exceptAll(expected).limit(5).collectAsList();
            assertThat(missing).as("%s rows of the clean run missing after a kill at \"%s\" and a rerun",
                    table.qualifiedName(), point).isEmpty();
            assertThat(extra).as("%s rows not in the clean run after a kill at \"%s\" and a rerun",
                    table.qualifiedName(), point).isEmpty();
            assertThat(actual.count()).as("%s row count", table.qualifiedName()).isEqualTo(expected.count())
                    .isPositive();
            rows.put(table.qualifiedName(), actual.count());
        }
        // Silver too: nothing lost or counted twice on the way to gold.
        for (WarehouseTable table : List.of(WarehouseTable.BRONZE_FILES, WarehouseTable.SILVER_UNIT_ASSISTANCE,
                WarehouseTable.QUARANTINE)) {
            assertThat(recovered.read(table).count()).as("%s rows after a kill at \"%s\"", table.qualifiedName(), point)
                    .isEqualTo(clean.read(table).count());
            rows.put(table.qualifiedName(), recovered.read(table).count());
        }
        return rows.toString();
    }

    private static Dataset<Row> comparable(Dataset<Row> table) {
        List<Column> kept = new ArrayList<>();
        for (StructField field : table.schema().fields()) {
            if (!(field.dataType() instanceof TimestampType) && !RUN_SPECIFIC.matcher(field.name()).find()) {
                kept.add(table.col(field.name()));
            }
        }
        return table.select(kept.toArray(Column[]::new));
    }

    /** The site is a link to one release folder, holding every file its manifest lists and no staging leftovers. */
    private void assertCompleteRelease(Path site) throws IOException {
        assertThat(Files.isSymbolicLink(site)).as("the site is switched by a link").isTrue();
        Path release = site.toRealPath();
        List<String> listed = Files.readAllLines(release.resolve(".bangfu-published-files"), StandardCharsets.UTF_8);
        assertThat(listed).as("the release lists its files").isNotEmpty().contains("index.html");
        for (String file : listed) {
            assertThat(release.resolve(file)).as("listed in the release").isRegularFile();
        }
        Path cleanRelease = cleanRoot.resolve("site").toRealPath();
        assertThat(new TreeSet<>(listed)).as("the same pages and downloads as the clean run's")
                .isEqualTo(new TreeSet<>(Files.readAllLines(cleanRelease.resolve(".bangfu-published-files"),
                        StandardCharsets.UTF_8)));
        try (Stream<Path> releases = Files.list(release.getParent())) {
            assertThat(releases.map(path -> path.getFileName().toString()))
                    .as("no staging folder of the killed run is left").noneMatch(name -> name.startsWith("staging-"));
        }
    }

    private record RunResult(int exitCode, String output) {
    }

    /** Starts {@code bangfu run} in a JVM of its own; {@code crashAt} names the point it dies at, or null. */
    private Process start(Path root, String crashAt) throws IOException {
        Files.createDirectories(root);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        command.addAll(List.of("-Xmx1g", "-Dbangfu.templates=" + Path.of("..", "templates").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), BangfuCommand.class.getName(),
                "run", "--inbox", inbox.toString(), "--warehouse", root.resolve("warehouse").toString(),
                "--site", root.resolve("site").toString(), "--master", "local[2]", "--today", "2020-03-01",
                "--lang", "en"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(root, crashAt).toFile()));
        builder.environment().remove(CrashPoint.VARIABLE);
        if (crashAt != null) {
            builder.environment().put(CrashPoint.VARIABLE, crashAt);
        }
        return builder.start();
    }

    private static Path log(Path root, String crashAt) {
        return root.resolve(crashAt == null ? "run.log" : "killed-" + crashAt.replace(' ', '-') + ".log");
    }

    private static RunResult finished(Process process, Path root, String crashAt) throws IOException, InterruptedException {
        if (!process.waitFor(MINUTES_PER_RUN, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("bangfu run did not finish in " + MINUTES_PER_RUN + " minutes: " + log(root, crashAt));
        }
        String output = Files.readString(log(root, crashAt), StandardCharsets.UTF_8);
        return new RunResult(process.exitValue(),
                output.length() > 4000 ? output.substring(output.length() - 4000) : output);
    }

    /** This JVM's options Spark needs (--add-opens …), without its heap size or agents. */
    private static List<String> jvmOptions() {
        Set<String> skipped = Set.of("-Xmx", "-Xms", "-javaagent", "-agentlib", "-XX:+HeapDumpOnOutOfMemoryError");
        List<String> options = new ArrayList<>();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (Arrays.stream(skipped.toArray(String[]::new)).noneMatch(option::startsWith)) {
                options.add(option);
            }
        }
        return options;
    }
}
