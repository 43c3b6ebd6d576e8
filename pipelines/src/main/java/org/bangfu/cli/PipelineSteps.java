package org.bangfu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import org.bangfu.feedback.FeedbackJob;
import org.bangfu.feedback.FeedbackResult;
import org.bangfu.ingest.IngestJob;
import org.bangfu.ingest.IngestReport;
import org.bangfu.model.ModelJob;
import org.bangfu.model.ModelReport;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.publish.PublishOptions;
import org.bangfu.publish.PublishedOutputs;
import org.bangfu.publish.Publisher;
import org.bangfu.quality.CheckJob;
import org.bangfu.quality.CheckReport;
import org.bangfu.warehouse.AsOf;
import org.bangfu.warehouse.GoldSnapshotReader;
import org.bangfu.warehouse.PublicationLog;
import org.bangfu.warehouse.SparkSessions;
import org.apache.hadoop.conf.Configuration;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseLock;
import org.bangfu.warehouse.WarehouseLockedException;

/** Runs pipeline steps on one SparkSession and reports each in Chinese, then English. */
final class PipelineSteps implements AutoCloseable {

    private final PipelineOptions options;
    private final PrintWriter out;
    private final SparkSession spark;
    private final Warehouse warehouse;
    private final boolean ownsSession;
    private final WarehouseLock lock;
    private Consumer<Record> reported = report -> { };
    private StepProgress progress;

    /**
     * Takes the warehouse's run lock before starting Spark, so a second run is refused at once.
     *
     * @throws WarehouseLockedException when another run holds the lock
     */
    PipelineSteps(PipelineOptions options, PrintWriter out) {
        this(options, out, WarehouseLock.acquire(options.warehouse, new Configuration(), commandLine()));
    }

    private PipelineSteps(PipelineOptions options, PrintWriter out, WarehouseLock lock) {
        this(options, out, startedOrReleased(options, lock), true, lock);
    }

    /** Steps on a session someone else owns and will stop (tests share one per JVM); takes the run lock. */
    PipelineSteps(PipelineOptions options, PrintWriter out, SparkSession spark) {
        this(options, out, spark, false, WarehouseLock.acquire(options.warehouse,
                spark.sparkContext().hadoopConfiguration(), commandLine()));
    }

    private PipelineSteps(PipelineOptions options, PrintWriter out, SparkSession spark, boolean ownsSession,
            WarehouseLock lock) {
        this.options = options;
        this.out = out;
        this.spark = spark;
        this.warehouse = new Warehouse(spark, options.warehouse);
        this.ownsSession = ownsSession;
        this.lock = lock;
    }

    private static SparkSession startedOrReleased(PipelineOptions options, WarehouseLock lock) {
        try {
            LogFile.besideWarehouse(options.warehouse);
            return SparkSessions.create("bangfu", options.master);
        } catch (RuntimeException failure) {
            lock.close();
            throw failure;
        }
    }

    private static String commandLine() {
        return "bangfu " + ProcessHandle.current().info().arguments().map(arguments -> String.join(" ", arguments))
                .orElse("");
    }

    /** Shows how far each long step is on {@code display} (a bar, plain lines or nothing). */
    void showProgress(ProgressDisplay display) {
        if (progress != null) {
            progress.close();
        }
        progress = new StepProgress(spark.sparkContext(), display);
    }

    /** The step that runs until the returned one is closed, for the progress display. */
    private StepProgress.Step step(String chinese, String english) {
        if (progress == null) {
            progress = new StepProgress(spark.sparkContext(), ProgressDisplay.NONE);
        }
        return progress.begin(chinese, english);
    }

    /** Each step's report, as it finishes: for the machine-readable summary of {@code --json}. */
    void onReport(Consumer<Record> listener) {
        this.reported = listener;
    }

    IngestReport ingest() {
        return ingest(false);
    }

    /** @param replaceScope every new file replaces its whole (form, submitter, period) scope (全量替换) */
    IngestReport ingest(boolean replaceScope) {
        IngestReport report;
        try (StepProgress.Step step = step("接收", "ingest")) {
            report = new IngestJob(warehouse, options.ingestSettings()).reportingTo(progress)
                    .run(options.inbox, replaceScope);
        }
        say(String.format("接收：收件箱 %s 共 %d 个文件，新接收 %d 个（其中 %d 个无法识别），已接收过 %d 个；读入数据 %d 行",
                options.inbox, report.filesSeen(), report.filesIngested(), report.filesRejected(),
                report.filesAlreadyIngested(), report.rowsRead()),
                String.format("ingest: %d files in %s, %d new (%d rejected), %d already ingested; %d data rows read",
                report.filesSeen(), options.inbox, report.filesIngested(), report.filesRejected(),
                report.filesAlreadyIngested(), report.rowsRead()));
        report.rejections().forEach(rejection -> out.println("  ✗ " + rejection));
        out.flush();
        reported.accept(report);
        return report;
    }

    CheckReport check() {
        CheckReport report;
        try (StepProgress.Step step = step("检查", "check")) {
            report = new CheckJob(warehouse, options.checkDate(), options.deadlineDays).run();
        }
        say(String.format("检查：%d 个文件，读入 %d 行 = 通过 %d 行 + 隔离 %d 行；整个文件被拒 %d 个；警告 %d 条%s",
                report.files(), report.rowsRead(), report.rowsAccepted(), report.rowsQuarantined(),
                report.filesRejected(), report.warnings(), report.upToDate() ? "（无新数据，未重算）" : ""),
                String.format("check: %d files, %d rows read = %d accepted + %d quarantined; %d files rejected; %d warnings%s",
                report.files(), report.rowsRead(), report.rowsAccepted(), report.rowsQuarantined(),
                report.filesRejected(), report.warnings(), report.upToDate() ? " (nothing new, not recomputed)" : ""));
        Map<String, Long> byRule = new TreeMap<>(report.issuesByRule());
        if (!byRule.isEmpty()) {
            say("  各规则问题数：" + byRule, "  problems by rule: " + byRule);
        }
        out.flush();
        reported.accept(report);
        return report;
    }

    ModelReport model() {
        return model(AsOf.LATEST);
    }

    ModelReport model(AsOf asOf) {
        ModelReport report;
        try (StepProgress.Step step = step("汇总", "model")) {
            report = new ModelJob(warehouse).run(asOf);
        }
        if (!(asOf instanceof AsOf.Latest)) {
            say(String.format("按 %s 时的 silver 重新计算，输入版本 %s", asOf, recordedInputs()),
                    String.format("model as of %s, from %s", asOf, recordedInputs()));
        }
        say(String.format("汇总：县×季度 %d 行，省×季度 %d 行，版本 %s%s", report.countyQuarterRows(),
                report.provinceQuarterRows(), report.countyQuarterVersion().stamp(),
                report.upToDate() ? "（无新数据，未重算）" : ""),
                String.format("model: %d county × quarter rows, %d province × quarter rows, %s%s", report.countyQuarterRows(),
                report.provinceQuarterRows(), report.countyQuarterVersion().stamp(),
                report.upToDate() ? " (nothing new, not recomputed)" : ""));
        report.latestRun().ifPresent(run -> say(String.format("最新完成的模型运行：第%d版（%s）", run.number(), run.id()),
                String.format("latest complete model run: %d (%s)", run.number(), run.id())));
        out.flush();
        reported.accept(report);
        return report;
    }

    PublishedOutputs publish() {
        return publish(AsOf.LATEST);
    }

    /**
     * Publishes gold pinned as of {@code asOf} (see {@link GoldSnapshotReader#release}). A publish of
     * the latest gold is recorded in the publication log; a rebuild of a past one is not.
     */
    PublishedOutputs publish(AsOf asOf) {
        return publish(asOf, List.of());
    }

    /** As {@link #publish(AsOf)}, with a 简报 of its own for each prefecture or county code given. */
    PublishedOutputs publish(AsOf asOf, List<String> briefingAreas) {
        PublicationLog log = new PublicationLog(warehouse);
        GoldSnapshotReader.Release release;
        PublicationSnapshot snapshot;
        PublishedOutputs outputs;
        try (StepProgress.Step step = step("发布", "publish")) {
            release = new GoldSnapshotReader(warehouse).release(asOf, log, LocalDate.now(PublishOptions.PUBLISHING_ZONE));
            snapshot = release.snapshot();
            java.util.Optional<org.bangfu.publish.PreviousRelease> previous = new GoldSnapshotReader(warehouse)
                    .previousRelease(snapshot, log)
                    .map(before -> new org.bangfu.publish.PreviousRelease(before.snapshot(), before.publishedOn()));
            outputs = new Publisher(options.templates,
                    PublishOptions.publishedOn(release.publishedOn()).withIssuingOffice(options.issuingOffice)
                            .withBriefingAreas(briefingAreas))
                    .publish(snapshot, previous, options.site);
        }
        if (asOf instanceof AsOf.Latest) {
            log.recordIfNew(new PublicationLog.Publication(snapshot.stamp(), release.publishedOn(),
                    snapshot.pinnedAt(), Instant.now()));
        } else {
            say(String.format("重建 %s 时的发布：发布日期 %s%s", asOf, release.publishedOn(),
                    release.alreadyPublished() ? "（据发布记录）" : "（无发布记录，按当时的 gold 数据）"),
                    String.format("rebuilt the publication as of %s: published on %s%s", asOf, release.publishedOn(),
                    release.alreadyPublished() ? " (as recorded)" : " (none recorded; gold as it was then)"));
        }
        say(String.format("发布：%s，数据版本 %s，写出 %d 个文件", snapshot.releaseLabel(), snapshot.stamp(),
                outputs.filesWritten()),
                String.format("publish: %s, from %s, %d files written", snapshot.releaseLabel(), snapshot.stamp(),
                outputs.filesWritten()));
        say("  网站：" + outputs.indexPage().toAbsolutePath(), "  site:     " + outputs.indexPage().toAbsolutePath());
        if (outputs.briefing() != null) {
            say("  简报：" + outputs.briefing().toAbsolutePath(), "  briefing: " + outputs.briefing().toAbsolutePath());
        }
        if (outputs.countyQuarterCsv() != null) {
            say("  下载：" + outputs.countyQuarterCsv().toAbsolutePath(),
                    "  download: " + outputs.countyQuarterCsv().toAbsolutePath());
        }
        out.flush();
        reported.accept(outputs);
        return outputs;
    }

    /** @param directory the feedback folder, or null for feedback/ beside the warehouse */
    FeedbackResult feedback(Path directory) {
        Path target = directory != null ? directory : FeedbackJob.defaultDirectory(options.warehouse);
        FeedbackResult result;
        try (StepProgress.Step step = step("反馈", "feedback")) {
            result = new FeedbackJob(warehouse).run(target);
        }
        say(String.format("反馈：数据质量反馈单 %d 份（新写或更新 %d 份，删除过时 %d 份），错误 %d 条，警告 %d 条，目录 %s",
                result.workbooks(), result.written(), result.removed(), result.errors(), result.warnings(),
                target.toAbsolutePath()),
                String.format("feedback: %d workbooks (%d new or changed, %d outdated removed), %d errors, %d warnings, in %s",
                result.workbooks(), result.written(), result.removed(), result.errors(), result.warnings(),
                target.toAbsolutePath()));
        out.flush();
        reported.accept(result);
        return result;
    }

    /** Removes raw landing copies of files ingested before {@code before} whose rows are all in bronze. */
    int purgeLanding(LocalDate before) {
        int removed = new org.bangfu.ingest.LandingPurge(warehouse).purgeBefore(before).size();
        say(String.format("清理落地区：删除 %s 之前接收且数据已全部入 bronze 的原件 %d 个，记录于 %s", before, removed,
                org.bangfu.ingest.LandingPurge.PURGES_TABLE),
                String.format("purge-landing: %d raw copies ingested before %s with all rows in bronze removed, recorded in %s",
                removed, before, org.bangfu.ingest.LandingPurge.PURGES_TABLE));
        out.flush();
        return removed;
    }

    /** A report line in the language of the output: each line is printed once, never in both. */
    private void say(String chinese, String english) {
        out.println(Output.pick(chinese, english));
    }

    private String recordedInputs() {
        return warehouse.recordedInputVersions(ModelJob.MODEL_MARKER).orElse("—");
    }

    void all() {
        all(null);
    }

    /** @param feedbackDirectory the feedback folder, or null for feedback/ beside the warehouse */
    void all(Path feedbackDirectory) {
        ingest();
        check();
        feedback(feedbackDirectory);
        model();
        publish();
    }

    @Override
    public void close() {
        try {
            if (progress != null) {
                progress.close();
            }
            if (ownsSession) {
                spark.stop();
            }
        } finally {
            lock.close();
        }
    }
}
