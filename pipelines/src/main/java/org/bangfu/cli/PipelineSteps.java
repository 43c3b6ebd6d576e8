package org.bangfu.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
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
import org.bangfu.warehouse.GoldSnapshotReader;
import org.bangfu.warehouse.SparkSessions;
import org.bangfu.warehouse.Warehouse;

/** Runs pipeline steps on one SparkSession and reports each in Chinese, then English. */
final class PipelineSteps implements AutoCloseable {

    private final PipelineOptions options;
    private final PrintWriter out;
    private final SparkSession spark;
    private final Warehouse warehouse;

    PipelineSteps(PipelineOptions options, PrintWriter out) {
        this.options = options;
        this.out = out;
        this.spark = SparkSessions.create("bangfu", options.master);
        this.warehouse = new Warehouse(spark, options.warehouse);
    }

    IngestReport ingest() {
        IngestReport report = new IngestJob(warehouse).run(options.inbox);
        out.printf("接收：收件箱 %s 共 %d 个文件，新接收 %d 个（其中 %d 个无法识别），已接收过 %d 个；读入数据 %d 行%n",
                options.inbox, report.filesSeen(), report.filesIngested(), report.filesRejected(),
                report.filesAlreadyIngested(), report.rowsRead());
        out.printf("ingest: %d files in %s, %d new (%d rejected), %d already ingested; %d data rows read%n",
                report.filesSeen(), options.inbox, report.filesIngested(), report.filesRejected(),
                report.filesAlreadyIngested(), report.rowsRead());
        report.rejections().forEach(rejection -> out.println("  ✗ " + rejection));
        out.flush();
        return report;
    }

    CheckReport check() {
        CheckReport report = new CheckJob(warehouse, options.checkDate(), options.deadlineDays).run();
        out.printf("检查：%d 个文件，读入 %d 行 = 通过 %d 行 + 隔离 %d 行；整个文件被拒 %d 个；警告 %d 条%s%n",
                report.files(), report.rowsRead(), report.rowsAccepted(), report.rowsQuarantined(),
                report.filesRejected(), report.warnings(), report.upToDate() ? "（无新数据，未重算）" : "");
        out.printf("check: %d files, %d rows read = %d accepted + %d quarantined; %d files rejected; %d warnings%s%n",
                report.files(), report.rowsRead(), report.rowsAccepted(), report.rowsQuarantined(),
                report.filesRejected(), report.warnings(), report.upToDate() ? " (nothing new, not recomputed)" : "");
        Map<String, Long> byRule = new TreeMap<>(report.issuesByRule());
        if (!byRule.isEmpty()) {
            out.println("  规则 / rules: " + byRule);
        }
        out.flush();
        return report;
    }

    ModelReport model() {
        ModelReport report = new ModelJob(warehouse).run();
        out.printf("汇总：县×季度 %d 行，省×季度 %d 行，版本 %s%s%n", report.countyQuarterRows(),
                report.provinceQuarterRows(), report.countyQuarterVersion().stamp(),
                report.upToDate() ? "（无新数据，未重算）" : "");
        out.printf("model: %d county × quarter rows, %d province × quarter rows, %s%s%n", report.countyQuarterRows(),
                report.provinceQuarterRows(), report.countyQuarterVersion().stamp(),
                report.upToDate() ? " (nothing new, not recomputed)" : "");
        out.flush();
        return report;
    }

    PublishedOutputs publish() {
        PublicationSnapshot snapshot = new GoldSnapshotReader(warehouse).pinCurrent();
        PublishedOutputs outputs = new Publisher(options.templates, PublishOptions.publishedToday())
                .publish(snapshot, options.site);
        out.printf("发布：数据版本 %s，写出 %d 个文件%n", snapshot.stamp(), outputs.filesWritten());
        out.printf("publish: from %s, %d files written%n", snapshot.stamp(), outputs.filesWritten());
        out.println("  网站 / site:      " + outputs.indexPage().toAbsolutePath());
        out.println("  简报 / briefing:  " + outputs.briefing().toAbsolutePath());
        out.println("  下载 / download:  " + outputs.countyQuarterCsv().toAbsolutePath());
        out.flush();
        return outputs;
    }

    void all() {
        ingest();
        check();
        model();
        publish();
    }

    @Override
    public void close() {
        spark.stop();
    }
}
