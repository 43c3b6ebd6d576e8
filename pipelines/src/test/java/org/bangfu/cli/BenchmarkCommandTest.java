package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code bangfu benchmark} measures and what it refuses before it starts Spark. */
class BenchmarkCommandTest {

    @Test
    void aStepIsMeasuredInRowsSecondsAndPeakMemory() {
        BenchmarkCommand.Measurement measurement = BenchmarkCommand.measure("allocate", () -> {
            byte[][] blocks = new byte[64][];
            for (int index = 0; index < blocks.length; index++) {
                blocks[index] = new byte[1024 * 1024];
            }
            return (long) blocks.length;
        });

        assertThat(measurement.rows()).isEqualTo(64);
        assertThat(measurement.seconds()).isPositive();
        assertThat(measurement.rowsPerSecond()).isEqualTo(64 / measurement.seconds());
        assertThat(measurement.heapPeakBytes()).as("64 MiB were allocated during the step")
                .isGreaterThanOrEqualTo(64L * 1024 * 1024);
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertThat(measurement.residentPeakBytes()).as("Linux reports VmHWM")
                    .isGreaterThanOrEqualTo(measurement.heapPeakBytes() / 2);
        }
    }

    @Test
    void aRecordedRunIsComparedStepByStepWithTheLatestOfItsSize(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("docs").resolve("performance.md");
        PerformanceRecord.read(file).append(results("province", "aaaa111", 100, 200));
        PerformanceRecord.read(file).append(results("standard", "bbbb222", 5, 9));
        PerformanceRecord.read(file).append(results("province", "cccc333", 50, 100));

        PerformanceRecord recorded = PerformanceRecord.read(file);
        assertThat(recorded.steps()).hasSize(6);
        assertThat(recorded.previousRun("province")).containsOnlyKeys("ingest", "check");
        assertThat(recorded.previousRun("province").get("check").commit()).isEqualTo("cccc333");
        assertThat(recorded.previousRun("national")).isEmpty();

        StringWriter printed = new StringWriter();
        recorded.printComparison(new PrintWriter(printed, true), results("province", "dddd444", 50, 150));
        assertThat(printed.toString()).contains("cccc333").containsPattern("check .*1\\.50×.*slower")
                .doesNotContainPattern("ingest .*slower");
    }

    private static BenchmarkResults results(String size, String commit, double ingestSeconds, double checkSeconds) {
        return new BenchmarkResults(size, "DemoSize[]", java.time.Instant.parse("2026-11-24T10:00:00Z"), commit, 6L << 30, 2,
                java.util.List.of(new BenchmarkCommand.Measurement("ingest", 1000, ingestSeconds, 1L << 30, 2L << 30),
                        new BenchmarkCommand.Measurement("check", 1000, checkSeconds, 1L << 30, 2L << 30)));
    }

    @Test
    void theNationalSizeIsTenProvincesOfTheProvinceSizeAndTheOthersOneProvince() {
        assertThat(BenchmarkCommand.national()).isEqualTo(org.bangfu.demo.DemoSize.province());
        assertThat(BenchmarkCommand.provincesOf("national")).isEqualTo(10);
        assertThat(BenchmarkCommand.provincesOf("province")).isEqualTo(1);
        assertThat(BenchmarkCommand.provincesOf("standard")).isEqualTo(1);
    }

    @Test
    void theInboxReceivesTheFilesInsideEachProvincesFolderExceptThoseHeldBack(@TempDir Path directory) throws IOException {
        Path generated = Files.createDirectories(directory.resolve("generated"));
        Files.writeString(generated.resolve("附件1：全国县名录.xlsx"), "registers");
        Path province = Files.createDirectories(generated.resolve("云岭省"));
        Files.writeString(province.resolve("2019Q3帮扶情况.csv"), "Q3");
        Files.writeString(province.resolve("2019Q4帮扶情况.csv"), "Q4");
        Path inbox = directory.resolve("inbox");

        BenchmarkCommand.linkInto(generated, inbox, name -> !name.equals("云岭省/2019Q4帮扶情况.csv"));

        assertThat(inbox.resolve("云岭省/2019Q3帮扶情况.csv")).as("a national run's province forms reach the inbox").hasContent("Q3");
        assertThat(inbox.resolve("附件1：全国县名录.xlsx")).hasContent("registers");
        assertThat(inbox.resolve("云岭省/2019Q4帮扶情况.csv")).as("the latest quarter, held back by its manifest name").doesNotExist();

        BenchmarkCommand.linkInto(generated, inbox, name -> true);
        assertThat(inbox.resolve("云岭省/2019Q4帮扶情况.csv")).as("added for the incremental run").hasContent("Q4");
    }

    @Test
    void anUnknownSizeIsAUsageError() {
        assertThat(execute("benchmark", "--size", "county").exitCode).isEqualTo(BangfuCommand.EXIT_USAGE);
    }

    @Test
    void aDirectoryWhoseInboxHoldsOtherFilesIsRefusedAndLeftAlone(@TempDir Path directory) throws IOException {
        Path someoneElses = Files.createDirectories(directory.resolve("inbox")).resolve("县报表.xlsx");
        Files.writeString(someoneElses, "not ours");

        Result result = execute("benchmark", "--size", "standard", "--directory", directory.toString());

        assertThat(result.exitCode).isEqualTo(BangfuCommand.EXIT_BAD_INPUT);
        assertThat(result.errors).contains("--directory");
        assertThat(Files.readString(someoneElses)).isEqualTo("not ours");
    }

    @Test
    void theHelpNamesTheSizesAndKeep() {
        Result help = execute("benchmark", "--help");
        assertThat(help.exitCode).isZero();
        assertThat(help.output).contains("--size", "--keep", "--directory", "province", "standard", "national").containsPattern("\\p{IsHan}");
    }

    private record Result(int exitCode, String output, String errors) {
    }

    private static Result execute(String... arguments) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        CommandLine commandLine = new CommandLine(new BangfuCommand());
        commandLine.setOut(new PrintWriter(output));
        commandLine.setErr(new PrintWriter(errors));
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("bangfu: " + exception.getMessage());
            failed.getErr().flush();
            return BangfuCommand.exitCodeOf(exception);
        });
        return new Result(commandLine.execute(arguments), output.toString(), errors.toString());
    }
}
