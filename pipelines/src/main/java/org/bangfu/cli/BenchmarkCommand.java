package org.bangfu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bangfu.demo.DemoGenerator;
import org.bangfu.demo.DemoManifest;
import org.bangfu.demo.DemoSize;
import org.bangfu.feedback.FeedbackResult;
import org.bangfu.quality.CheckReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bangfu benchmark}: generates a demo data set (or reuses one generated before) and times
 * every step of a run (ingest, check, feedback, model, publish) in this process on a fresh warehouse,
 * then the same steps again after one more quarter of submissions arrives (the incremental run a
 * statistician waits for). Every file but those of the latest quarter goes into the full run.
 *
 * <p>Per step it prints rows, seconds, rows per second and peak memory, writes the same as JSON to
 * {@code target/benchmark/<size>.json}, and compares the seconds with the latest run of that size
 * recorded in {@code docs/performance.md}, so a regression shows. Heap peak is the sum of the heap
 * pools' peak usage since the step began (an upper bound: pools may peak at different moments);
 * RSS peak is the kernel's VmHWM, reset per step where the kernel allows it.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"生成演示数据（standard 演示规模、province 省级约 160 万行贫困户、national 全国：10 个省级规模的省，中央单位跨省结对），在新建的数据仓库上"
                + "计时运行接收、检查、反馈、汇总、发布各步骤，再加入最新一个季度的报送计时增量运行；输出每一步的行数、耗时、每秒行数和内存峰值，"
                + "并写入 target/benchmark/<规模>.json。",
            "Generate a demo data set (standard; province: about 1.6 million BF-4 rows; national: 10 provinces of the province size, central units across them), time"
                + " ingest, check, feedback, model and publish on a fresh warehouse, then an incremental run with the latest"
                + " quarter added; print rows, seconds, rows per second and peak memory per step and write them to"
                + " target/benchmark/<size>.json."})
final class BenchmarkCommand implements Callable<Integer> {

    private static final String DATA_DESCRIPTION = "demo-data.txt";
    private static final String GENERATED_DIRECTORY = "generated";
    private static final String LATEST_QUARTER_FILES = "latest-quarter-files.txt";
    private static final String WAREHOUSE_DIRECTORY = "benchmark-warehouse";
    private static final long MEBIBYTE = 1024L * 1024;
    private static final Pattern QUARTER = Pattern.compile("\\d{4}Q[1-4]");
    static final String INCREMENTAL_PREFIX = "incremental ";

    @Spec
    CommandSpec spec;

    @Option(names = "--size", defaultValue = "province",
            description = "数据规模：standard（演示规模）、province（省级，默认）或 national（10 个省级规模的省）/"
                    + " data size: standard, province (default) or national (10 provinces of the province size)")
    String size;

    @Option(names = "--directory",
            description = "数据目录：在其中生成数据，已生成过相同数据时直接复用；默认使用临时目录 /"
                    + " folder to generate the data into, reused when it already holds the same data; default a temporary folder")
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

    @Option(names = "--json", paramLabel = "FILE",
            description = "结果 JSON 文件；默认 target/benchmark/<规模>.json / where to write the results as JSON;"
                    + " default target/benchmark/<size>.json")
    Path json;

    @Option(names = "--record", paramLabel = "FILE",
            description = "历次结果表（docs/performance.md），与上次同规模结果比较 / the table of recorded runs to compare with;"
                    + " default docs/performance.md of the checkout")
    Path record;

    @Option(names = "--append",
            description = "把本次结果追加到历次结果表 / append this run to the table of recorded runs")
    boolean append;

    @Option(names = "--only-full",
            description = "只计时完整运行，不做增量运行 / time the full run only, without the incremental one")
    boolean onlyFull;

    /** One measured step. */
    record Measurement(String step, long rows, double seconds, long heapPeakBytes, long residentPeakBytes) {

        double rowsPerSecond() {
            return seconds > 0 ? rows / seconds : 0;
        }
    }

    @Override
    public Integer call() throws IOException {
        String sizeName = size.toLowerCase(Locale.ROOT);
        DemoSize demoSize = demoSize(sizeName);
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = directory == null;
        Path root = temporary ? Files.createTempDirectory("bangfu-benchmark-") : directory;
        Path generated = root.resolve(GENERATED_DIRECTORY);
        Path inbox = root.resolve("inbox");
        Path warehousePath = root.resolve(WAREHOUSE_DIRECTORY);
        Path site = root.resolve("site");
        List<Measurement> measurements = new ArrayList<>();
        try {
            int provinces = provincesOf(sizeName);
            String description = "seed=" + seed + " " + demoSize + (provinces > 1 ? " provinces=" + provinces : "");
            if (reusable(root, description)) {
                out.println("复用已生成的数据 / reusing the data generated before: " + generated.toAbsolutePath());
            } else {
                requireEmpty(generated);
                requireEmpty(inbox);
                out.println("生成演示数据 / generating demo data: " + description + " → " + generated.toAbsolutePath());
                out.flush();
                DemoManifest[] manifest = new DemoManifest[1];
                measurements.add(measure("generate", () -> {
                    manifest[0] = new DemoGenerator(seed, demoSize, provinces).writeTo(generated);
                    return manifest[0].dataRowsByForm().values().stream().mapToLong(Long::longValue).sum();
                }));
                Files.write(root.resolve(LATEST_QUARTER_FILES), latestQuarterFiles(manifest[0]), StandardCharsets.UTF_8);
                Files.writeString(root.resolve(DATA_DESCRIPTION), description + "\n" + manifest[0].dataRowsByForm() + "\n",
                        StandardCharsets.UTF_8);
                print(out, measurements.get(0));
            }
            Set<String> heldBack = Set.copyOf(Files.readAllLines(root.resolve(LATEST_QUARTER_FILES), StandardCharsets.UTF_8));
            deleteRecursively(warehousePath);
            deleteRecursively(inbox);
            deleteRecursively(site);
            deleteRecursively(root.resolve("site.releases"));
            linkInto(generated, inbox, name -> onlyFull || !heldBack.contains(name));
            PipelineOptions options = options(inbox, warehousePath, site);
            long sessionStart = System.nanoTime();
            try (PipelineSteps steps = new PipelineSteps(options, new PrintWriter(Writer.nullWriter()))) {
                // On a terminal the steps show the progress bars of `bangfu run`, which they are; in a log, nothing.
                steps.showProgress(ProgressDisplay.choose(false, new PrintWriter(Writer.nullWriter())));
                out.printf(Locale.ROOT, "Spark 启动 / Spark started in %.1f s%n", (System.nanoTime() - sessionStart) / 1e9);
                measurements.addAll(runSteps(steps, "", out));
                if (!onlyFull && !heldBack.isEmpty()) {
                    linkInto(generated, inbox, heldBack::contains);
                    out.println("加入最新一个季度的 " + heldBack.size() + " 个文件 / added the latest quarter's " + heldBack.size()
                            + " files");
                    measurements.addAll(runSteps(steps, INCREMENTAL_PREFIX, out));
                }
            }
            BenchmarkResults results = new BenchmarkResults(sizeName,
                    demoSize + (provinces > 1 ? " × " + provinces + " provinces" : ""), Instant.now(), commit(),
                    Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors(), measurements);
            printTotal(out, results);
            Path jsonFile = json != null ? json : Path.of("target", "benchmark", sizeName + ".json");
            results.writeJson(jsonFile);
            out.println("结果 / results: " + jsonFile.toAbsolutePath());
            Path recordFile = record != null ? record : PerformanceRecord.defaultFile();
            PerformanceRecord recorded = PerformanceRecord.read(recordFile);
            recorded.printComparison(out, results);
            if (append) {
                recorded.append(results);
                out.println("已追加到 / appended to " + recordFile.toAbsolutePath());
            }
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

    private static DemoSize demoSize(String sizeName) {
        return switch (sizeName) {
            case "standard" -> DemoSize.standard();
            case "province" -> DemoSize.province();
            case "national" -> national();
            default -> throw new BangfuException(BangfuCommand.EXIT_USAGE,
                    "--size 只能是 standard、province 或 national / --size must be standard, province or national, not " + sizeName);
        };
    }

    /** How many provinces the national size writes, each of the province size: ten times its rows. */
    static final int NATIONAL_PROVINCES = 10;

    /**
     * Each province of the national size: the province size. The national demo writes
     * {@link #NATIONAL_PROVINCES} of them with their own codes, national registers and central
     * units paired across them ({@link DemoGenerator}), so the rows are ten times a province's and
     * the model rolls them up through a real nation of provinces.
     */
    static DemoSize national() {
        return DemoSize.province();
    }

    /** The provinces a size writes: several for national, one for the others. */
    static int provincesOf(String sizeName) {
        return sizeName.equals("national") ? NATIONAL_PROVINCES : 1;
    }

    /** The files of the latest quarterly period: they arrive after the full run, as the next batch would. */
    static List<String> latestQuarterFiles(DemoManifest manifest) {
        String latest = manifest.files().stream().map(DemoManifest.WrittenFile::period)
                .filter(period -> QUARTER.matcher(period).matches()).max(Comparator.naturalOrder()).orElse("");
        return manifest.files().stream().filter(file -> !latest.isEmpty() && file.period().equals(latest))
                .map(DemoManifest.WrittenFile::fileName).toList();
    }

    private PipelineOptions options(Path inbox, Path warehousePath, Path site) {
        PipelineOptions options = new PipelineOptions();
        options.inbox = inbox.toString();
        options.warehouse = warehousePath.toString();
        options.site = site;
        options.templates = Path.of(System.getProperty("bangfu.templates", "templates"));
        options.master = master;
        options.today = today;
        options.maxFileMegabytes = 512;
        options.maxUnpackedMegabytes = 4096;
        options.deadlineDays = DemoManifest.DEADLINE_DAYS;
        return options;
    }

    /**
     * Every step of {@code bangfu run}. Rows are each step's own: rows read (ingest, check), issues
     * written to workbooks (feedback), silver rows accepted as the input of model and publish.
     */
    private static List<Measurement> runSteps(PipelineSteps steps, String prefix, PrintWriter out) {
        List<Measurement> measured = new ArrayList<>();
        long[] accepted = new long[1];
        measured.add(measure(prefix + "ingest", () -> steps.ingest().rowsRead()));
        print(out, measured.get(measured.size() - 1));
        measured.add(measure(prefix + "check", () -> {
            CheckReport report = steps.check();
            accepted[0] = report.rowsAccepted();
            return report.rowsRead();
        }));
        print(out, measured.get(measured.size() - 1));
        measured.add(measure(prefix + "feedback", () -> {
            FeedbackResult result = steps.feedback(null);
            return result.errors() + result.warnings();
        }));
        print(out, measured.get(measured.size() - 1));
        measured.add(measure(prefix + "model", () -> {
            steps.model();
            return accepted[0];
        }));
        print(out, measured.get(measured.size() - 1));
        measured.add(measure(prefix + "publish", () -> {
            steps.publish();
            return accepted[0];
        }));
        print(out, measured.get(measured.size() - 1));
        return measured;
    }

    /** Hard-links (or copies, where links are not possible) the chosen files, keeping their dates. */
    /**
     * Links every chosen file under {@code source} into {@code target} at the same relative path
     * ('/'-separated, as the manifest names them): the national size writes each province's forms
     * into a folder of its own, which must arrive in the inbox with their files, not empty.
     */
    static void linkInto(Path source, Path target, Predicate<String> chosen) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = source.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                Path linked = target.resolve(name);
                if (!chosen.test(name) || Files.exists(linked)) {
                    continue;
                }
                Files.createDirectories(linked.getParent());
                try {
                    Files.createLink(linked, file);
                } catch (UnsupportedOperationException | IOException notLinkable) {
                    Files.copy(file, linked, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true)
                    .directory(PerformanceRecord.checkout().toFile()).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? output : "unknown";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static boolean reusable(Path root, String description) throws IOException {
        Path described = root.resolve(DATA_DESCRIPTION);
        return Files.isRegularFile(described) && Files.isDirectory(root.resolve(GENERATED_DIRECTORY))
                && Files.isRegularFile(root.resolve(LATEST_QUARTER_FILES))
                && Files.readString(described, StandardCharsets.UTF_8).lines().findFirst().orElse("").equals(description);
    }

    /** Never mixes benchmark data into files someone else put there. */
    private static void requireEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new BangfuException(BangfuCommand.EXIT_BAD_INPUT, "目录 " + folder + " 已有其他文件，请换一个空目录 /"
                            + " " + folder + " holds other files; choose an empty --directory");
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
        out.printf(Locale.ROOT, "%-20s %,12d 行 rows  %9.1f 秒 s  %,10.0f 行/秒 rows/s  堆峰值 heap peak %,7d MiB  RSS 峰值 peak %,7d MiB%n",
                measurement.step(), measurement.rows(), measurement.seconds(), measurement.rowsPerSecond(),
                measurement.heapPeakBytes() / MEBIBYTE, measurement.residentPeakBytes() / MEBIBYTE);
        out.flush();
    }

    private static void printTotal(PrintWriter out, BenchmarkResults results) {
        out.println("—".repeat(40));
        out.printf(Locale.ROOT, "%-22s %12s %9s %12s %10s %10s%n", "步骤 step", "行 rows", "秒 s", "行/秒 rows/s",
                "堆 heap MiB", "RSS MiB");
        for (Measurement measurement : results.measurements()) {
            out.printf(Locale.ROOT, "%-22s %,12d %9.1f %,12.0f %,10d %,10d%n", measurement.step(), measurement.rows(),
                    measurement.seconds(), measurement.rowsPerSecond(), measurement.heapPeakBytes() / MEBIBYTE,
                    measurement.residentPeakBytes() / MEBIBYTE);
        }
        out.printf(Locale.ROOT, "完整运行 full run %.1f 秒 s；增量运行 incremental run %.1f 秒 s（%.0f%%）；堆上限 max heap %,d MiB；"
                        + "RSS 峰值 peak %,d MiB%n", results.fullSeconds(), results.incrementalSeconds(),
                results.fullSeconds() > 0 ? 100 * results.incrementalSeconds() / results.fullSeconds() : 0,
                results.maxHeapBytes() / MEBIBYTE, results.residentPeakBytes() / MEBIBYTE);
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
