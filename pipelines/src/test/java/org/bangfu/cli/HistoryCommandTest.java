package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.bangfu.warehouse.TableCommit;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bangfu history}: what it prints, and how it refuses a table it does not know. */
class HistoryCommandTest {

    @TempDir
    Path warehouse;

    @Test
    void eachVersionShowsBeijingTimeOperationRowCountsAndInputs() {
        String printed = HistoryCommand.render(WarehouseTable.GOLD_COUNTY_QUARTER, List.of(
                new TableCommit("gold.county_quarter", 5, Instant.parse("2020-01-14T16:30:00Z"), "MERGE",
                        OptionalLong.of(1), OptionalLong.of(2), OptionalLong.of(3),
                        Optional.of("silver.unit_assistance@v3, silver.county_register@v1")),
                new TableCommit("gold.county_quarter", 0, Instant.parse("2020-01-10T02:00:00Z"), "WRITE",
                        OptionalLong.of(0), OptionalLong.empty(), OptionalLong.empty(), Optional.empty())));

        assertThat(printed).contains("版本历史", "history of gold.county_quarter", "新增", "inserted", "input versions");
        assertThat(printed.lines().filter(line -> line.startsWith("v5")).findFirst().orElseThrow())
                .as("16:30 UTC is 00:30 the next day in Beijing")
                .contains("2020-01-15 00:30:00", "MERGE", "silver.unit_assistance@v3, silver.county_register@v1")
                .containsPattern("MERGE\\s+1\\s+2\\s+3");
        assertThat(printed.lines().filter(line -> line.startsWith("v0")).findFirst().orElseThrow())
                .as("counts an operation does not report are shown as unknown, not zero")
                .containsPattern("WRITE\\s+0\\s+—\\s+—\\s+—");
    }

    @Test
    void releasesListEachCompleteModelRunNewestFirstWithItsPublicationDateAndStamp() {
        org.bangfu.model.ModelRun first = new org.bangfu.model.ModelRun(1, "0f1e2d3c-aaaa-bbbb-cccc-000000000001",
                Instant.parse("2020-01-14T16:00:00Z"), Instant.parse("2020-01-14T16:30:00Z"), "silver.unit_assistance@v0",
                "gold.county_quarter@v3, gold.province_quarter@v3", Optional.empty());
        org.bangfu.model.ModelRun third = new org.bangfu.model.ModelRun(3, "9a8b7c6d-aaaa-bbbb-cccc-000000000003",
                Instant.parse("2020-04-14T02:00:00Z"), Instant.parse("2020-04-14T02:10:00Z"), "silver.unit_assistance@v2",
                "gold.county_quarter@v5, gold.province_quarter@v5", Optional.empty());
        String printed = HistoryCommand.renderReleases(List.of(first, third), List.of(new org.bangfu.warehouse.PublicationLog
                .Publication(first.goldStamp(), java.time.LocalDate.of(2020, 1, 15), first.completedAt(), first.completedAt())), 20);

        List<String> lines = printed.lines().toList();
        assertThat(lines.get(3)).as("newest first; never published")
                .startsWith("第3版").contains("3 (9a8b7c6d)", "2020-04-14 10:10:00", "—", "gold.county_quarter@v5");
        assertThat(lines.get(4)).as("the first release, with the date it was published")
                .startsWith("第1版").contains("1 (0f1e2d3c)", "2020-01-15 00:30:00", "2020-01-15",
                        "gold.county_quarter@v3, gold.province_quarter@v3");
    }

    @Test
    void anUnknownTableIsBadInputAndTheMessageListsTheTables() {
        Captured result = run("history", "gold.no_such_table", "--warehouse", warehouse.toString());
        assertThat(result.exitCode()).isEqualTo(BangfuCommand.EXIT_BAD_INPUT);
        assertThat(result.errors()).contains("gold.no_such_table", "gold.county_quarter", "silver.unit_assistance");
    }

    @Test
    void aTableNotWrittenYetSaysSoWithTheNotReadyCode() {
        Captured result = run("history", "gold.county_quarter", "--warehouse", warehouse.toString());
        assertThat(result.exitCode()).isEqualTo(BangfuCommand.EXIT_NOT_READY);
        assertThat(result.errors()).contains("尚未写入", "not been written");
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
