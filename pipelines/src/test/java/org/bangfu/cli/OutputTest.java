package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bangfu.ingest.IngestReport;
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
        Path inbox = Files.createDirectories(folder.resolve("收件箱"));
        String warehouse = folder.resolve("warehouse").toString();
        CommandRun english = CommandRun.of("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse,
                "--lang", "en");
        assertThat(english.exitCode()).as(english.errors()).isZero();
        // The inbox's Chinese name is data, not a Chinese line: the English line is still printed, once.
        assertThat(english.output().lines().toList()).singleElement().asString()
                .startsWith("ingest: 0 files in " + inbox + ",");
        CommandRun chinese = CommandRun.of("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse,
                "--lang", "zh");
        assertThat(chinese.output().lines().toList()).singleElement().asString()
                .startsWith("接收：收件箱 " + inbox + " 共 0 个文件");
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
