package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;

/** The command line's contract: every subcommand has help, and failures have meaningful exit codes. */
class BangfuCommandTest {

    private static final List<String> SUBCOMMANDS = List.of("demo", "ingest", "check", "model", "publish", "run",
            "sql", "status", "config");

    @Test
    void everySubcommandExplainsItselfInChineseAndEnglish() {
        for (String subcommand : SUBCOMMANDS) {
            Captured help = run(subcommand, "--help");
            assertThat(help.exitCode()).as("%s --help", subcommand).isZero();
            assertThat(help.output()).as("%s --help", subcommand)
                    .contains("--inbox", "--warehouse", "--site", "--master")
                    .containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Captured result = run("check", "--no-such-option");
        assertThat(result.exitCode()).isEqualTo(BangfuCommand.EXIT_USAGE);
        assertThat(result.errors()).contains("--no-such-option");
    }

    @Test
    void aNonPositiveDemoScaleIsRefusedBeforeAnythingIsWritten() {
        Captured result = run("demo", "--scale", "0", "--inbox", "/nonexistent/never-created");
        assertThat(result.exitCode()).isEqualTo(BangfuCommand.EXIT_USAGE);
        assertThat(result.errors()).startsWith("bangfu: ").contains("--scale");
    }

    @Test
    void aStepWithJsonPrintsOnlyTheSummaryEvenWhenItFails(@TempDir Path warehouse) {
        Captured result = run("ingest", "--json", "--inbox", "/nonexistent/inbox", "--warehouse", warehouse.toString());
        assertThat(result.exitCode()).isEqualTo(BangfuCommand.EXIT_BAD_INPUT);
        assertThat(result.output().strip()).startsWith("{\"command\":\"ingest\",\"exit_code\":3,")
                .contains("\"error\":").endsWith("}");
    }

    @Test
    void exceptionsMapToTheDocumentedExitCodes() {
        assertThat(BangfuCommand.exitCodeOf(new IllegalArgumentException("inbox not found")))
                .isEqualTo(BangfuCommand.EXIT_BAD_INPUT);
        assertThat(BangfuCommand.exitCodeOf(new IllegalStateException("run check first")))
                .isEqualTo(BangfuCommand.EXIT_NOT_READY);
        assertThat(BangfuCommand.exitCodeOf(new RuntimeException("boom"))).isEqualTo(BangfuCommand.EXIT_FAILURE);
    }

    private record Captured(int exitCode, String output, String errors) {
    }

    private static Captured run(String... arguments) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = BangfuCommand.execute(arguments);
            return new Captured(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
