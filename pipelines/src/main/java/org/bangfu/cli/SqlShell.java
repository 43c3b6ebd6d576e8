package org.bangfu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import java.nio.charset.StandardCharsets;

/**
 * The prompt of {@code bangfu sql}: statements end with {@code ;} and may span lines; history is
 * kept between sessions; a failing statement prints its coded error and the prompt goes on.
 * {@code exit}, {@code quit} or Ctrl-D leaves; Ctrl-C drops the statement being typed.
 */
final class SqlShell {

    private static final Set<String> EXIT_WORDS = Set.of("exit", "quit", "exit;", "quit;", "\\q");

    private final Consumer<String> runStatement;
    private final Path historyFile;

    SqlShell(Consumer<String> runStatement, Path historyFile) {
        this.runStatement = runStatement;
        this.historyFile = historyFile;
    }

    static Path defaultHistoryFile() {
        return Path.of(System.getProperty("user.home"), ".bangfu_sql_history");
    }

    /** On the process's terminal (or its piped input, read line by line). */
    void run() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).encoding("UTF-8").build()) {
            run(terminal);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** On given streams: tests type into it. */
    void run(InputStream input, OutputStream output) {
        try (Terminal terminal = new DumbTerminal("bangfu-sql", "dumb", input, output, StandardCharsets.UTF_8)) {
            run(terminal);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private void run(Terminal terminal) {
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("bangfu-sql")
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "    -> ")
                .build();
        PrintWriter out = terminal.writer();
        Output say = Output.to(out);
        say.say("输入 SQL 查询，以 ; 结束；exit 退出。表：SHOW TABLES IN gold（silver、bronze）",
                "Type SQL ending with ;  exit to leave. Tables: SHOW TABLES IN gold (silver, bronze)");
        StringBuilder statement = new StringBuilder();
        while (true) {
            String line;
            try {
                line = reader.readLine(statement.length() == 0 ? "bangfu> " : "     -> ");
            } catch (UserInterruptException interrupted) {
                statement.setLength(0);
                continue;
            } catch (EndOfFileException end) {
                break;
            }
            if (statement.length() == 0 && EXIT_WORDS.contains(line.strip().toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            statement.append(statement.length() == 0 ? "" : "\n").append(line);
            if (!line.strip().endsWith(";")) {
                continue;
            }
            String text = statement.toString().strip();
            statement.setLength(0);
            try {
                runStatement.accept(text.substring(0, text.length() - 1));
            } catch (BangfuException failure) {
                out.println("bangfu: " + failure.getMessage());
            } catch (RuntimeException failure) {
                out.println("bangfu: " + ReadOnlyQuery.firstLine(failure.getMessage()));
            }
            out.flush();
        }
        try {
            reader.getHistory().save();
        } catch (IOException failure) {
            out.println("bangfu: 无法保存历史 / cannot save the history: " + failure.getMessage());
        }
        out.flush();
    }
}
