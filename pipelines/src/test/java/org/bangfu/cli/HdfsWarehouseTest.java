package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.bangfu.demo.DemoGenerator;
import org.bangfu.demo.DemoManifest;
import org.bangfu.demo.DemoSize;
import org.bangfu.feedback.FeedbackResult;
import org.bangfu.ingest.IngestReport;
import org.bangfu.model.ModelReport;
import org.bangfu.quality.CheckReport;
import org.bangfu.testing.SharedSpark;
import org.bangfu.testing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warehouse and the inbox on HDFS, as on a cluster: an in-process HDFS (one name node, one data
 * node) holds both, and ingest, check, feedback, model and publish run against {@code hdfs://} paths.
 * The site, the briefings and the feedback workbooks are written to local folders of the driver, as
 * publish and feedback always do.
 */
@Scenario
class HdfsWarehouseTest {

    @TempDir
    Path workspace;

    @Test
    void ingestToPublishRunsOnAnHdfsWarehouseAndInbox() throws Exception {
        Path localInbox = workspace.resolve("inbox");
        DemoManifest manifest = new DemoGenerator(2019, DemoSize.scaled(0.01)).writeTo(localInbox);
        Configuration configuration = new Configuration();
        configuration.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, workspace.resolve("hdfs").toString());
        MiniDFSCluster hdfs = new MiniDFSCluster.Builder(configuration).numDataNodes(1).build();
        try {
            hdfs.waitActive();
            String root = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();
            FileSystem fileSystem = hdfs.getFileSystem();
            fileSystem.copyFromLocalFile(new org.apache.hadoop.fs.Path(localInbox.toUri()),
                    new org.apache.hadoop.fs.Path(root + "/bangfu/inbox"));

            PipelineOptions options = new PipelineOptions();
            options.inbox = root + "/bangfu/inbox";
            options.warehouse = root + "/bangfu/warehouse";
            options.site = workspace.resolve("site");
            options.templates = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                    .resolve("..").resolve("templates").toAbsolutePath().normalize();
            options.today = LocalDate.of(2020, 3, 1);
            options.maxFileMegabytes = 512;
            options.maxUnpackedMegabytes = 4096;
            options.deadlineDays = DemoManifest.DEADLINE_DAYS;
            StringWriter printed = new StringWriter();
            try (PipelineSteps steps = new PipelineSteps(options, new PrintWriter(printed), SharedSpark.session())) {
                IngestReport ingested = steps.ingest();
                CheckReport checked = steps.check();
                FeedbackResult feedback = steps.feedback(workspace.resolve("feedback"));
                ModelReport modelled = steps.model();
                steps.publish();

                long dataRows = manifest.dataRowsByForm().values().stream().mapToLong(Long::longValue).sum();
                assertThat(ingested.filesSeen()).as(printed.toString()).isEqualTo(manifest.files().size());
                assertThat(ingested.rowsRead()).isPositive().isLessThanOrEqualTo(dataRows);
                assertThat(checked.rowsAccepted() + checked.rowsQuarantined()).isEqualTo(checked.rowsRead());
                assertThat(checked.rowsAccepted()).isPositive();
                assertThat(feedback.workbooks()).isPositive();
                assertThat(modelled.countyQuarterRows()).isPositive();
            }
            for (String table : new String[] {"bronze/rows", "silver/unit_assistance", "gold/county_quarter"}) {
                assertThat(fileSystem.exists(new org.apache.hadoop.fs.Path(root + "/bangfu/warehouse/" + table + "/_delta_log")))
                        .as("%s is a Delta table on HDFS", table).isTrue();
            }
            assertThat(fileSystem.listStatus(new org.apache.hadoop.fs.Path(root + "/bangfu/warehouse/landing")))
                    .as("the raw copies are landed on HDFS").isNotEmpty();
            assertThat(workspace.resolve("site").resolve("index.html")).isNotEmptyFile();
            assertThat(workspace.resolve("site").resolve("downloads").resolve("gold").resolve("county_quarter.csv"))
                    .isNotEmptyFile();
            assertThat(Files.exists(Path.of("hdfs:"))).as("no local folder named after the URI").isFalse();
        } finally {
            hdfs.shutdown();
        }
    }
}
