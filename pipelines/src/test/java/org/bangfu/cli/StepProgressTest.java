package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.bangfu.testing.SharedSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress when the output is not a terminal (a log file, a scheduler): a plain line every so often
 * with the share done, the inbox files, the Spark tasks of the step's jobs and the rows written,
 * counted by one Spark listener; nothing at all with --quiet or --json.
 */
class StepProgressTest {

    @TempDir
    Path folder;

    @AfterEach
    void resetLanguage() {
        Output.resetLanguage();
    }

    @Test
    void withoutATerminalAStepPrintsPlainLinesCountingFilesTasksAndRowsInTheChosenLanguage() {
        SparkSession spark = SharedSpark.session();
        StringWriter printed = new StringWriter();
        Output.language(Language.EN);
        ProgressSnapshot last;
        try (StepProgress progress = new StepProgress(spark.sparkContext(),
                new ProgressDisplay.PlainLines(new PrintWriter(printed), Duration.ofMillis(100)))) {
            try (StepProgress.Step step = progress.begin("检查", "check")) {
                progress.inboxFiles(3);
                for (int file = 0; file < 3; file++) {
                    progress.nextInboxFile();
                }
                // 6 tasks of a quarter second each writing 600 rows: long enough for several lines.
                spark.range(0, 600, 1, 6).map((MapFunction<Long, Long>) value -> {
                    if (value % 100 == 0) {
                        Thread.sleep(250);
                    }
                    return value;
                }, Encoders.LONG()).write().format("delta").save(folder.resolve("table").toString());
                waitForTheListener(progress, 6);
                last = progress.snapshot();
            }
        }
        List<String> lines = printed.toString().lines().toList();
        assertThat(lines).as("at least one periodic line, each in English only").isNotEmpty()
                .allMatch(line -> line.startsWith("  … check: 3/3 inbox files, ")
                        && line.contains(" Spark tasks done, ") && line.contains(" elapsed"))
                .as("no share or time left once in the Spark jobs, whose number is not known in advance")
                .noneMatch(line -> line.contains("%") || line.contains(" left"))
                .noneMatch(line -> line.contains("检查"));
        assertThat(last.filesDone()).isEqualTo(3);
        assertThat(last.tasksDone()).as("every task of the write counted").isGreaterThanOrEqualTo(6);
        assertThat(last.rowsWritten()).as("rows written by the step's tasks").isEqualTo(600);
        assertThat(last.percent()).isEmpty();
        assertThat(ProgressDisplay.PlainLines.line(last, Language.ZH))
                .startsWith("  … 检查：收件箱文件 3/3，Spark 任务已完成 ")
                .contains("已写 600 行");
    }

    @Test
    void whileFilesLandTheShareAndTheTimeLeftAreOfTheFiles() {
        ProgressSnapshot landing = new ProgressSnapshot("接收", "ingest", 2, 8, 0, 0, 0, Duration.ofSeconds(10));
        assertThat(landing.percent()).hasValue(25);
        assertThat(landing.remaining()).hasValue(Duration.ofSeconds(30));
        assertThat(ProgressDisplay.PlainLines.line(landing, Language.ZH))
                .isEqualTo("  … 接收：已完成 25%（收件箱文件 2/8），已用 0:00:10，预计还需 0:00:30");
        assertThat(ProgressDisplay.PlainLines.line(landing, Language.EN))
                .isEqualTo("  … ingest: 25% (2/8 inbox files), 0:00:10 elapsed, about 0:00:30 left");
        ProgressSnapshot model = new ProgressSnapshot("汇总", "model", 0, 0, 1234, 1300, 5678, Duration.ofSeconds(75));
        assertThat(ProgressDisplay.PlainLines.line(model, Language.ZH))
                .isEqualTo("  … 汇总：Spark 任务已完成 1,234 个，已写 5,678 行，已用 0:01:15");
    }

    @Test
    void aJobOutsideAnyStepIsNotCounted() {
        SparkSession spark = SharedSpark.session();
        try (StepProgress progress = new StepProgress(spark.sparkContext(),
                new ProgressDisplay.PlainLines(new PrintWriter(new StringWriter()), Duration.ofMillis(100)))) {
            spark.range(0, 10, 1, 2).count();
            assertThat(progress.snapshot()).as("no step running").isNull();
            try (StepProgress.Step step = progress.begin("汇总", "model")) {
                assertThat(progress.snapshot().tasksTotal()).as("a new step starts from nothing").isZero();
            }
        }
    }

    @Test
    void quietAndJsonShowNoProgressAndAFileGetsPlainLines() {
        StringWriter printed = new StringWriter();
        assertThat(ProgressDisplay.choose(true, new PrintWriter(printed))).isSameAs(ProgressDisplay.NONE);
        // Tests run without a console, as a scheduler would run bangfu.
        assertThat(ProgressDisplay.choose(false, new PrintWriter(printed))).isInstanceOf(ProgressDisplay.PlainLines.class);
    }

    /** The listener bus is asynchronous: the last task's end may arrive just after the job returns. */
    private static void waitForTheListener(StepProgress progress, int tasks) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (progress.snapshot().tasksDone() < tasks && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        try {
            Thread.sleep(300);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
