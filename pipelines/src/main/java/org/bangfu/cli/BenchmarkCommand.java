package org.bangfu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.bangfu.demo.DemoGenerator;
import org.bangfu.demo.DemoManifest;
import org.bangfu.demo.DemoSize;
import org.bangfu.ingest.IngestJob;
import org.bangfu.ingest.IngestReport;
import org.bangfu.quality.CheckJob;
import org.bangfu.quality.CheckReport;
import org.bangfu.warehouse.SparkSessions;
import org.bangfu.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bangfu benchmark}: generates a demo province (or reuses one generated before), ingests and
 * checks it in this process on a fresh warehouse, and prints rows, seconds, rows per second and peak
 * memory per step. Heap peak is the sum of the heap pools' peak usage since the step began (an upper
 * bound: pools may peak at different moments); RSS peak is the kernel's VmHWM, reset per step where
 * the kernel allows it.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"生成省级规模演示数据（约 1.7 万个帮扶单位、160 万行贫困户），在新建的数据仓库上运行接收和检查，"
                + "输出每一步的行数、耗时、每秒行数和内存峰值。",
            "Generate a province-scale demo data set (about 17,000 units and 1.6 million BF-4 rows), ingest and check"
                + " it on a fresh warehouse, and print rows, seconds, rows per second and peak memory per step."})
final class BenchmarkCommand implements Callable<Integer> {

    private static final String DATA_DESCRIPTION = "demo-data.txt";
    private static final String WAREHOUSE_DIRECTORY = "benchmark-warehouse";
    private static final long MEBIBYTE = 1024L * 1024;

    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "province",
            description = "数据规模：province（省级，默认）或 standard（演示规模）/ data size: province (default) or standard")
    String size;

    @Option(names = "--directory",
            description = "数据目录：在其中生成 inbox/，已生成过相同数据时直接复用；默认使用临时目录 /"
                    + " folder to generate inbox/ into, reused when it already holds the same data; default a temporary folder")
    Path directory;

    @Option(names = "--keep",
            description = "保留生成的数据和数据仓库 / keep the generated data and the warehouse afterwards")
    boolean keep;

    @Option(names = "--seed", defaultValue = "2019",
            description = "随机种子 / seed of the demo data (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--master",
            description = "Spark master，例如 local[2]；默认沿用 spark-submit 的设置，否则为 local[*] /"
                    + " Spark master; default: what spark-submit set, else local[*]")
    String master;

    @Option(names = "--today",
            description = "检查“报告期不能晚于今天”时使用的日期 / the date periods are checked against (default: today)")
    LocalDate today;

    /** One measured step. */
    record Measurement(String step, long rows, double seconds, long heapPeakBytes, long residentPeakBytes) {

        double rowsPerSecond() {
            return seconds > 0 ? rows / seconds : 0;
        }
    }

    @Override
    public Integer call() throws IOException {
        DemoSize demoSize = switch (size.toLowerCase(Locale.ROOT)) {
            case "province" -> DemoSize.province();
            case "standard" -> DemoSize.standard();
            default -> throw new BangfuException(BangfuCommand.EXIT_USAGE,
                    "--size 只能是 province 或 standard / --size must be province or standard, not " + size);
        };
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = directory == null;
        Path root = temporary ? Files.createTempDirectory("bangfu-benchmark-") : directory;
        Path inbox = root.resolve("inbox");
        Path warehousePath = root.resolve(WAREHOUSE_DIRECTORY);
        List<Measurement> measurements = new ArrayList<>();
        try {
            String description = "seed=" + seed + " " + demoSize;
            if (reusable(root, description)) {
                out.println("复用已生成的数据 / reusing the data generated before: " + inbox.toAbsolutePath());
            } else {
                requireEmptyInbox(inbox);
                out.println("生成演示数据 / generating demo data: " + description + " → " + inbox.toAbsolutePath());
                out.flush();
                DemoManifest[] manifest = new DemoManifest[1];
                measurements.add(measure("generate", () -> {
                    manifest[0] = new DemoGenerator(seed, demoSize).writeTo(inbox);
                    return manifest[0].dataRowsByForm().values().stream().mapToLong(Long::longValue).sum();
                }));
                Files.writeString(root.resolve(DATA_DESCRIPTION), description + "\n" + manifest[0].dataRowsByForm() + "\n",
                        StandardCharsets.UTF_8);
                print(out, measurements.get(0));
            }
            deleteRecursively(warehousePath);
            long sessionStart = System.nanoTime();
            SparkSession spark = SparkSessions.create("bangfu-benchmark", master);
            out.printf(Locale.ROOT, "Spark 启动 / Spark started in %.1f s%n", (System.nanoTime() - sessionStart) / 1e9);
            try {
                Warehouse warehouse = new Warehouse(spark, warehousePath.toString());
                Measurement ingest = measure("ingest", () -> {
                    IngestReport report = new IngestJob(warehouse).run(inbox.toString());
                    return report.rowsRead();
                });
                measurements.add(ingest);
                print(out, ingest);
                LocalDate checkDate = today != null ? today : LocalDate.now(ZoneId.of("Asia/Shanghai"));
                Measurement check = measure("check", () -> {
                    CheckReport report = new CheckJob(warehouse, checkDate).run();
                    return report.rowsRead();
                });
                measurements.add(check);
                print(out, check);
            } finally {
                spark.stop();
            }
            printTotal(out, measurements);
        } finally {
            if (!keep) {
                deleteRecursively(temporary ? root : warehousePath);
            } else {
                out.println("数据与数据仓库保留在 / data and warehouse kept in " + root.toAbsolutePath());
            }
            out.flush();
        }
        return BangfuCommand.EXIT_OK;
    }

    private static boolean reusable(Path root, String description) throws IOException {
        Path described = root.resolve(DATA_DESCRIPTION);
        return Files.isRegularFile(described) && Files.isDirectory(root.resolve("inbox"))
                && Files.readString(described, StandardCharsets.UTF_8).lines().findFirst().orElse("").equals(description);
    }

    /** Never mixes benchmark data into files someone else put there. */
    private static void requireEmptyInbox(Path inbox) throws IOException {
        if (Files.isDirectory(inbox)) {
            try (Stream<Path> entries = Files.list(inbox)) {
                if (entries.findAny().isPresent()) {
                    throw new BangfuException(BangfuCommand.EXIT_BAD_INPUT, "目录 " + inbox + " 已有其他文件，请换一个空目录 /"
                            + " " + inbox + " holds other files; choose an empty --directory");
                }
            }
        }
    }

    /** Runs a step, measuring wall time and peak heap and resident memory from its start. */
    static Measurement measure(String step, Supplier<Long> work) {
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ResidentMemory.resetPeak();
        long start = System.nanoTime();
        long rows = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapPeak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Measurement(step, rows, seconds, heapPeak, ResidentMemory.peakBytes());
    }

    private static void print(PrintWriter out, Measurement measurement) {
        out.printf(Locale.ROOT, "%-9s %,12d 行 rows  %9.1f 秒 s  %,10.0f 行/秒 rows/s  堆峰值 heap peak %,7d MiB  RSS 峰值 peak %,7d MiB%n",
                measurement.step(), measurement.rows(), measurement.seconds(), measurement.rowsPerSecond(),
                measurement.heapPeakBytes() / MEBIBYTE, measurement.residentPeakBytes() / MEBIBYTE);
        out.flush();
    }

    private static void printTotal(PrintWriter out, List<Measurement> measurements) {
        List<Measurement> pipeline = measurements.stream().filter(measurement -> !measurement.step().equals("generate")).toList();
        double seconds = pipeline.stream().mapToDouble(Measurement::seconds).sum();
        long rows = pipeline.stream().filter(measurement -> measurement.step().equals("ingest"))
                .mapToLong(Measurement::rows).sum();
        long heapPeak = measurements.stream().mapToLong(Measurement::heapPeakBytes).max().orElse(0);
        long residentPeak = measurements.stream().mapToLong(Measurement::residentPeakBytes).max().orElse(0);
        out.println("—".repeat(40));
        out.printf(Locale.ROOT, "合计 total（接收+检查 ingest+check）%,d 行 rows  %.1f 秒 s  %,.0f 行/秒 rows/s"
                        + "  堆峰值 heap peak %,d MiB（上限 max %,d MiB）  RSS 峰值 peak %,d MiB%n",
                rows, seconds, seconds > 0 ? rows / seconds : 0, heapPeak / MEBIBYTE, Runtime.getRuntime().maxMemory() / MEBIBYTE,
                residentPeak / MEBIBYTE);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path entry : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The process's resident set as Linux reports it in /proc/self/status; zero elsewhere. */
    static final class ResidentMemory {

        private static final Path STATUS = Path.of("/proc/self/status");
        private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

        private ResidentMemory() {
        }

        /** Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+); ignored where not allowed. */
        static void resetPeak() {
            try {
                Files.writeString(CLEAR_REFS, "5");
            } catch (IOException | SecurityException notAllowed) {
                // The peak then covers the whole process so far, which the report still states truthfully as a peak.
            }
        }

        static long peakBytes() {
            try {
                for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException unavailable) {
                return 0;
            }
            return 0;
        }
    }
}
