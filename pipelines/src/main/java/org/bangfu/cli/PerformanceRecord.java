package org.bangfu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bangfu.cli.BenchmarkCommand.Measurement;

/**
 * The benchmark runs recorded in {@code docs/performance.md}: a Markdown table between two marker
 * comments, one row per step of a run. A new run is compared with the latest recorded run of its
 * size, step by step, so a regression shows as a ratio above one.
 */
final class PerformanceRecord {

    static final String BEGIN = "<!-- benchmark runs: bangfu benchmark --append adds its rows here -->";
    static final String END = "<!-- end of benchmark runs -->";
    static final String HEADER = "| size | date (UTC) | commit | step | rows | seconds | rows/s | heap peak MiB | RSS peak MiB | -Xmx MiB |";
    /** A step slower than this ratio is called a regression. */
    static final double REGRESSION = 1.2;
    private static final long MEBIBYTE = 1024L * 1024;

    /** One recorded step. */
    record RecordedStep(String size, String date, String commit, String step, long rows, double seconds) {
    }

    private final Path file;
    private final List<RecordedStep> steps;

    private PerformanceRecord(Path file, List<RecordedStep> steps) {
        this.file = file;
        this.steps = List.copyOf(steps);
    }

    /** The checkout holding this program: bin/bangfu names its templates folder; else the working folder. */
    static Path checkout() {
        String templates = System.getProperty("bangfu.templates");
        Path parent = templates != null ? Path.of(templates).toAbsolutePath().getParent() : null;
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

    static Path defaultFile() {
        return checkout().resolve("docs").resolve("performance.md");
    }

    /** The recorded runs; none when the file or its table does not exist yet. */
    static PerformanceRecord read(Path file) throws IOException {
        List<RecordedStep> steps = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            boolean inTable = false;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.trim().equals(BEGIN)) {
                    inTable = true;
                } else if (line.trim().equals(END)) {
                    inTable = false;
                } else if (inTable) {
                    parse(line).ifPresent(steps::add);
                }
            }
        }
        return new PerformanceRecord(file, steps);
    }

    private static Optional<RecordedStep> parse(String line) {
        String[] cells = line.trim().split("\\|");
        // A leading '|' gives an empty first cell: size is cells[1].
        if (cells.length < 7) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecordedStep(cells[1].trim(), cells[2].trim(), cells[3].trim(), cells[4].trim(),
                    Long.parseLong(cells[5].trim().replace(",", "")), Double.parseDouble(cells[6].trim().replace(",", ""))));
        } catch (NumberFormatException headerOrRule) {
            return Optional.empty();
        }
    }

    List<RecordedStep> steps() {
        return steps;
    }

    /** The latest recorded run of this size: its steps by name; empty when there is none. */
    Map<String, RecordedStep> previousRun(String size) {
        Map<String, RecordedStep> previous = new LinkedHashMap<>();
        for (int index = steps.size() - 1; index >= 0; index--) {
            RecordedStep step = steps.get(index);
            if (!step.size().equals(size)) {
                continue;
            }
            RecordedStep first = previous.values().stream().findFirst().orElse(step);
            if (!step.date().equals(first.date()) || !step.commit().equals(first.commit()) || previous.containsKey(step.step())) {
                break;
            }
            previous.put(step.step(), step);
        }
        return previous;
    }

    void printComparison(PrintWriter out, BenchmarkResults results) {
        Map<String, RecordedStep> previous = previousRun(results.size());
        if (previous.isEmpty()) {
            out.println("历次结果表中没有 " + results.size() + " 规模的记录 / no earlier " + results.size() + " run recorded in " + file);
            return;
        }
        RecordedStep any = previous.values().iterator().next();
        out.printf(Locale.ROOT, "与上次记录（%s，%s）相比 / compared with the run recorded on %s at %s:%n", any.date(), any.commit(),
                any.date(), any.commit());
        for (Measurement measurement : results.measurements()) {
            RecordedStep before = previous.get(measurement.step());
            if (before == null || before.seconds() <= 0) {
                continue;
            }
            double ratio = measurement.seconds() / before.seconds();
            out.printf(Locale.ROOT, "  %-22s %8.1f s / %8.1f s = %5.2f×%s%n", measurement.step(), measurement.seconds(),
                    before.seconds(), ratio, ratio > REGRESSION ? "  ← 变慢 slower" : "");
        }
    }

    /** Adds the run's rows at the end of the table, creating the file and table when missing. */
    void append(BenchmarkResults results) throws IOException {
        List<String> lines = Files.isRegularFile(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new ArrayList<>(List.of("# Performance", ""));
        int end = lines.indexOf(END);
        if (end < 0) {
            lines.addAll(List.of("", BEGIN, HEADER, "|---|---|---|---|---|---|---|---|---|---|", END));
            end = lines.size() - 1;
        }
        String date = results.finishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        List<String> rows = new ArrayList<>();
        for (Measurement measurement : results.measurements()) {
            rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %.1f | %.0f | %d | %d | %d |", results.size(), date,
                    results.commit(), measurement.step(), measurement.rows(), measurement.seconds(), measurement.rowsPerSecond(),
                    measurement.heapPeakBytes() / MEBIBYTE, measurement.residentPeakBytes() / MEBIBYTE,
                    results.maxHeapBytes() / MEBIBYTE));
        }
        lines.addAll(end, rows);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
