package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bangfu feedback} and {@code bangfu run} take the feedback folder and explain it in both languages. */
class FeedbackCommandTest {

    private static String help(String... arguments) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new BangfuCommand());
        commandLine.setOut(new PrintWriter(out));
        assertThat(commandLine.execute(arguments)).as("%s exits 0", String.join(" ", arguments)).isZero();
        return out.toString();
    }

    @Test
    void feedbackIsASubcommandWithTheSharedOptionsAndItsFolder() {
        assertThat(help("feedback", "--help")).contains("--feedback", "--warehouse", "反馈单", "feedback workbook");
    }

    @Test
    void runTakesTheFeedbackFolderAndNamesTheStep() {
        assertThat(help("run", "--help")).contains("--feedback", "feedback");
    }
}
