package org.bangfu.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.model.TableVersion;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Writes the feedback workbooks from one pinned read of quarantine, warnings, submissions,
 * bronze.files and the registers (for names): every table is read at the version it had when the
 * job started, so a check running meanwhile cannot mix two states into one workbook. A workbook
 * whose bytes are already on disk is not rewritten.
 */
public final class FeedbackJob {

    private final Warehouse warehouse;

    public FeedbackJob(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** {@code feedback/} beside a local warehouse; {@code feedback/} in the working folder for a remote one. */
    public static Path defaultDirectory(String warehouseRoot) {
        String local = warehouseRoot.startsWith("file:") ? warehouseRoot.replaceFirst("^file:(//)?", "") : warehouseRoot;
        if (local.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !local.matches("^[a-zA-Z]:[\\\\/].*")) {
            return Path.of("feedback");
        }
        Path warehouse = Path.of(local).toAbsolutePath().normalize();
        return warehouse.getParent() == null ? Path.of("feedback") : warehouse.resolveSibling("feedback");
    }

    public FeedbackResult run(Path directory) {
        for (WarehouseTable required : List.of(WarehouseTable.BRONZE_FILES, WarehouseTable.QUARANTINE,
                WarehouseTable.WARNINGS)) {
            if (!warehouse.exists(required)) {
                throw new IllegalStateException("尚无检查结果，请先运行 check / nothing checked yet: "
                        + required.qualifiedName() + " is missing; run `bangfu check` first");
            }
        }
        List<String> stamps = new ArrayList<>();
        Dataset<Row> quarantine = pinned(WarehouseTable.QUARANTINE, stamps);
        Dataset<Row> warnings = pinned(WarehouseTable.WARNINGS, stamps);
        Dataset<Row> files = pinned(WarehouseTable.BRONZE_FILES, stamps);
        Dataset<Row> submissions = warehouse.exists(WarehouseTable.SUBMISSIONS)
                ? pinned(WarehouseTable.SUBMISSIONS, stamps)
                : warehouse.spark().createDataFrame(List.<Row>of(), FeedbackReports.SUBMISSION_COLUMNS);
        Dataset<Row> names = warehouse.exists(WarehouseTable.SILVER_UNIT_REGISTER)
                && warehouse.exists(WarehouseTable.SILVER_COUNTY_REGISTER)
                ? FeedbackReports.names(pinned(WarehouseTable.SILVER_UNIT_REGISTER, stamps),
                        pinned(WarehouseTable.SILVER_COUNTY_REGISTER, stamps))
                : warehouse.spark().sql("select cast(null as string) code, cast(null as string) name where false");

        int[] counts = new int[2];
        long[] issues = new long[2];
        java.util.Set<Path> current = new java.util.HashSet<>();
        FeedbackReports.forEachReport(new FeedbackReports.Sources(quarantine, warnings, submissions, files, names),
                report -> {
                    counts[0]++;
                    issues[0] += report.errors();
                    issues[1] += report.warnings();
                    Path target = directory.resolve(report.relativePath());
                    current.add(target.toAbsolutePath().normalize());
                    if (writeIfChanged(target, FeedbackWorkbook.write(report))) {
                        counts[1]++;
                    }
                });
        int removed = removeStale(directory, current);
        return new FeedbackResult(directory, counts[0], counts[1], removed, issues[0], issues[1],
                String.join(", ", stamps));
    }

    /**
     * Removes workbooks of an earlier run that this snapshot no longer calls for (their problems are
     * gone), so the folder shows the current state. Only {@code <period>/<form>/<name>.xlsx} files
     * are touched; anything else in the folder is left alone.
     */
    private static int removeStale(Path directory, java.util.Set<Path> current) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> paths = Files.find(directory, 3, (path, attributes) ->
                attributes.isRegularFile() && path.getFileName().toString().endsWith(".xlsx")
                        && directory.relativize(path).getNameCount() == 3)) {
            List<Path> stale = paths.map(path -> path.toAbsolutePath().normalize())
                    .filter(path -> !current.contains(path)).sorted().toList();
            for (Path path : stale) {
                Files.delete(path);
            }
            return stale.size();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot tidy the feedback folder " + directory, failure);
        }
    }

    private Dataset<Row> pinned(WarehouseTable table, List<String> stamps) {
        TableVersion version = warehouse.currentVersion(table);
        stamps.add(version.stamp());
        return warehouse.read(version, table);
    }

    /** Writes through a temporary file so a reader never sees half a workbook; unchanged bytes are left alone. */
    private static boolean writeIfChanged(Path target, byte[] bytes) {
        try {
            if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return false;
            }
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
            Files.write(partial, bytes);
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write feedback workbook " + target, failure);
        }
    }
}
