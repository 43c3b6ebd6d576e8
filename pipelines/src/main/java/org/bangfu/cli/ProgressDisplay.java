package org.bangfu.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a step's {@link ProgressSnapshot}: a progress bar on a terminal, a plain line every so often
 * when the output goes to a file or a scheduler's log, nothing with {@code --quiet} or {@code --json}.
 */
interface ProgressDisplay extends AutoCloseable {

    /** Shows nothing. */
    ProgressDisplay NONE = new ProgressDisplay() {
        @Override
        public Duration interval() {
            return Duration.ofDays(1);
        }

        @Override
        public void show(ProgressSnapshot snapshot) {
        }
    };

    Duration PLAIN_LINE_INTERVAL = Duration.ofSeconds(15);

    /** How often {@link #show} is called while a step runs. */
    Duration interval();

    default void started(String chinese, String english) {
    }

    void show(ProgressSnapshot snapshot);

    default void finished(ProgressSnapshot snapshot) {
    }

    @Override
    default void close() {
    }

    /**
     * @param silent {@code --quiet} or {@code --json}
     * @param lines where report lines go when not on a terminal
     */
    static ProgressDisplay choose(boolean silent, PrintWriter lines) {
        if (silent) {
            return NONE;
        }
        if (System.console() != null) {
            return new TerminalBar(System.err);
        }
        return new PlainLines(lines, PLAIN_LINE_INTERVAL);
    }

    /** A line now and then, in the language of the output, for logs. */
    final class PlainLines implements ProgressDisplay {
        private final PrintWriter out;
        private final Duration interval;

        PlainLines(PrintWriter out, Duration interval) {
            this.out = out;
            this.interval = interval;
        }

        @Override
        public Duration interval() {
            return interval;
        }

        @Override
        public void show(ProgressSnapshot snapshot) {
            if (!snapshot.begun()) {
                return;   // the step has only just begun: nothing to say yet
            }
            out.println(line(snapshot, Output.language()));
            out.flush();
        }

        /**
         * "  … 接收：已完成 40%（收件箱文件 2/5），已用 0:00:10，预计还需 0:00:15" while files land, then
         * "  … 检查：收件箱文件 5/5，Spark 任务已完成 115 个，已写 1,914 行，已用 0:02:28".
         */
        static String line(ProgressSnapshot snapshot, Language language) {
            boolean english = language == Language.EN;
            String elapsed = ProgressSnapshot.clock(snapshot.elapsed());
            String files = snapshot.filesTotal() == 0 ? ""
                    : String.format(english ? "%d/%d inbox files" : "收件箱文件 %d/%d", snapshot.filesDone(),
                            snapshot.filesTotal());
            if (snapshot.landing()) {
                String left = snapshot.remaining().map(ProgressSnapshot::clock)
                        .map(time -> english ? ", about " + time + " left" : "，预计还需 " + time).orElse("");
                return english
                        ? String.format("  … %s: %d%% (%s), %s elapsed%s", snapshot.english(),
                                snapshot.percent().getAsInt(), files, elapsed, left)
                        : String.format("  … %s：已完成 %d%%（%s），已用 %s%s", snapshot.chinese(),
                                snapshot.percent().getAsInt(), files, elapsed, left);
            }
            return english
                    ? String.format("  … %s: %s%,d Spark tasks done, %,d rows written, %s elapsed", snapshot.english(),
                            files.isEmpty() ? "" : files + ", ", snapshot.tasksDone(), snapshot.rowsWritten(), elapsed)
                    : String.format("  … %s：%sSpark 任务已完成 %,d 个，已写 %,d 行，已用 %s", snapshot.chinese(),
                            files.isEmpty() ? "" : files + "，", snapshot.tasksDone(), snapshot.rowsWritten(), elapsed);
        }
    }

    /** me.tongfei:progressbar on standard error, redrawn in place; one bar per step. */
    final class TerminalBar implements ProgressDisplay {
        private final PrintStream stream;
        private ProgressBar bar;

        TerminalBar(PrintStream stream) {
            this.stream = stream;
        }

        @Override
        public Duration interval() {
            return Duration.ofMillis(250);
        }

        @Override
        public synchronized void started(String chinese, String english) {
            bar = new ProgressBarBuilder()
                    .setTaskName(Output.language() == Language.EN ? english : chinese + " " + english)
                    .setInitialMax(0)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(stream))
                    .setUpdateIntervalMillis(250)
                    .setMaxRenderedLength(150)
                    .build();
        }

        @Override
        public synchronized void show(ProgressSnapshot snapshot) {
            if (bar == null) {
                return;
            }
            if (snapshot.landing()) {
                bar.maxHint(snapshot.filesTotal());
                bar.stepTo(snapshot.filesDone());
            } else {
                bar.maxHint(-1);   // indefinite: the step's later Spark jobs are not known yet
                bar.stepTo(snapshot.tasksDone());
            }
            bar.setExtraMessage(extra(snapshot));
        }

        private static String extra(ProgressSnapshot snapshot) {
            String files = snapshot.filesTotal() > 0 ? String.format("%d/%d files ", snapshot.filesDone(),
                    snapshot.filesTotal()) : "";
            return snapshot.landing() ? files
                    : files + String.format("%,d tasks %,d rows", snapshot.tasksDone(), snapshot.rowsWritten());
        }

        @Override
        public synchronized void finished(ProgressSnapshot snapshot) {
            if (bar != null) {
                show(snapshot);
                long done = snapshot.landing() ? snapshot.filesDone() : snapshot.tasksDone();
                bar.maxHint(done);
                bar.stepTo(done);
                bar.close();
                bar = null;
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
