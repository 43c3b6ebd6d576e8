package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.bangfu.ingest.IngestReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** --lang prints each report line once; --json sums a run up for a scheduler. */
class OutputTest {

    private static final String REPORT = """
            汇总：县×季度 48 行，省×季度 8 行，版本 gold.county_quarter@v4
            model: 48 county × quarter rows, 8 province × quarter rows, gold.county_quarter@v4
              网站 / site:      /srv/site/index.html
              12 → 14
            """;

    @AfterEach
    void backToTheLocale() {
        Output.resetLanguage();
    }

    @Test
    void theChineseLineOrTheEnglishLineAndAlwaysTheBilingualAndDataLines() {
        Output.language(Language.ZH);
        assertThat(filtered()).isEqualTo("""
                汇总：县×季度 48 行，省×季度 8 行，版本 gold.county_quarter@v4
                  网站 / site:      /srv/site/index.html
                  12 → 14
                """);
        Output.language(Language.EN);
        assertThat(filtered()).isEqualTo("""
                model: 48 county × quarter rows, 8 province × quarter rows, gold.county_quarter@v4
                  网站 / site:      /srv/site/index.html
                  12 → 14
                """);
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

    private static String filtered() {
        StringWriter printed = new StringWriter();
        PrintWriter out = Output.oneLanguage(new PrintWriter(printed));
        out.print(REPORT);
        out.flush();
        return printed.toString();
    }
}
