package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bangfu.ingest.IngestReport;
import org.bangfu.testing.SharedSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --lang prints each report line once; --json sums a run up for a scheduler. */
class OutputTest {

    @TempDir
    Path folder;

    @AfterEach
    void backToTheLocale() {
        Output.resetLanguage();
    }

    @Test
    void aStepPrintsEachReportLineOnceInTheChosenLanguage() throws Exception {
        PipelineOptions options = new PipelineOptions();
        Path inbox = Files.createDirectories(folder.resolve("收件箱"));
        options.inbox = inbox.toString();
        options.warehouse = folder.resolve("warehouse").toString();
        options.maxFileMegabytes = 512;
        options.maxUnpackedMegabytes = 4096;
        // The inbox's Chinese name is data, not a Chinese line: the English line is still printed, once.
        assertThat(ingestPrinting(options, Language.EN)).singleElement().asString()
                .startsWith("ingest: 0 files in " + inbox + ",");
        assertThat(ingestPrinting(options, Language.ZH)).singleElement().asString()
                .startsWith("接收：收件箱 " + inbox + " 共 0 个文件");
    }

    /** The lines ingest prints, on the suite's shared session (a command line run would stop it). */
    private static java.util.List<String> ingestPrinting(PipelineOptions options, Language language) {
        Output.language(language);
        StringWriter printed = new StringWriter();
        try (PipelineSteps steps = new PipelineSteps(options, new PrintWriter(printed), SharedSpark.session())) {
            steps.ingest();
        }
        return printed.toString().lines().toList();
    }

    @Test
    void theLocaleDecidesAndChineseWhenUnsure() {
        assertThat(Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of("LANG", "en_US.UTF-8", "LC_ALL", "zh_CN.UTF-8"))).isEqualTo(Language.ZH);
        assertThat(Language.fromEnvironment(Map.of("LANG", "C.UTF-8"))).isEqualTo(Language.ZH);
        assertThat(Language.fromEnvironment(Map.of())).isEqualTo(Language.ZH);
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CommandRun run = CommandRun.of("config", "--lang", "fr");
        assertThat(run.exitCode()).isEqualTo(BangfuCommand.EXIT_USAGE);
        assertThat(run.errors()).contains("--lang");
    }

    @Test
    void theJsonSummaryHoldsEachStepsFigures() {
        RunSummary summary = new RunSummary("ingest");
        summary.add(new IngestReport("b1", 3, 2, 1, 1, 40, java.util.List.of("a.xlsx: F001")));
        assertThat(summary.toJson(0, null)).startsWith("{\"command\":\"ingest\",\"exit_code\":0,\"seconds\":")
                .contains("\"steps\":{\"ingest\":{\"batchId\":\"b1\",\"filesSeen\":3,\"filesIngested\":2,"
                        + "\"filesAlreadyIngested\":1,\"filesRejected\":1,\"rowsRead\":40,\"rejections\":[\"a.xlsx: F001\"]}}");
        assertThat(summary.toJson(3, "inbox not found")).contains("\"exit_code\":3", "\"error\":\"inbox not found\"");
    }
}
