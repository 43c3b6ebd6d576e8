package org.bangfu.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bangfu}: the statistics pipeline of the assistance programme.
 *
 * <p>Exit codes: 0 done; 1 an unexpected failure; 2 a usage error; 3 bad or missing input (an
 * inbox that does not exist, an unreadable path); 4 a step run before the one it needs; 5 the
 * warehouse is in use by another run.
 */
@Command(name = "bangfu", mixinStandardHelpOptions = true, version = "bangfu 0.1.0",
        description = {"帮扶统计数据仓库与发布流程。", "Statistics warehouse and publishing pipeline of the assistance programme."},
        subcommands = {DemoCommand.class, StepCommands.Ingest.class, StepCommands.Check.class,
            FeedbackCommand.class, StepCommands.Model.class, StepCommands.Publish.class, StepCommands.Run.class,
            HistoryCommand.class, BenchmarkCommand.class, SqlCommand.class, StatusCommand.class, ConfigCommand.class,
            PurgeLandingCommand.class},
        footer = {"", "退出码 / exit codes: 0 成功 ok; 1 意外错误 unexpected failure; 2 用法错误 usage;",
            "  3 输入有误或缺失 bad or missing input; 4 前序步骤未运行 an earlier step has not run;",
            "  5 数据仓库正被另一次运行使用 the warehouse is in use by another run (LOCK-001, LOCK-002)"})
public final class BangfuCommand implements Runnable {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_BAD_INPUT = 3;
    static final int EXIT_NOT_READY = 4;
    /** Another run holds the warehouse (LOCK-001) or wrote to a table at the same time (LOCK-002). */
    static final int EXIT_WAREHOUSE_BUSY = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] arguments) {
        System.exit(execute(arguments));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... arguments) {
        Output.resetLanguage();
        CommandLine commandLine = new CommandLine(new BangfuCommand());
        commandLine.setExecutionExceptionHandler((exception, failedCommand, parseResult) -> {
            PrintWriter err = failedCommand.getErr();
            err.println("bangfu: " + oneLine(exception));
            if (System.getenv("BANGFU_DEBUG") != null) {
                exception.printStackTrace(err);
            } else if (exitCodeOf(exception) == EXIT_FAILURE) {
                err.println("bangfu: 设置 BANGFU_DEBUG=1 可查看详细信息 / set BANGFU_DEBUG=1 for the full trace");
            }
            err.flush();
            return exitCodeOf(exception);
        });
        try {
            ConfigurationFile configuration = ConfigurationDefaults.configurationFor(List.of(arguments));
            commandLine.setDefaultValueProvider(new ConfigurationDefaults(configuration));
            ConfigurationDefaults.applySparkSettings(configuration);
        } catch (BangfuException badConfiguration) {
            commandLine.getErr().println("bangfu: " + badConfiguration.getMessage());
            commandLine.getErr().flush();
            return badConfiguration.exitCode();
        }
        return commandLine.execute(arguments);
    }

    static int exitCodeOf(Exception exception) {
        if (exception instanceof BangfuException bangfu) {
            return bangfu.exitCode();
        }
        if (exception instanceof org.bangfu.warehouse.WarehouseLockedException
                || org.bangfu.warehouse.WarehouseLockedException.isConcurrentWrite(exception)) {
            return EXIT_WAREHOUSE_BUSY;
        }
        if (exception instanceof IllegalArgumentException || exception instanceof UncheckedIOException) {
            return EXIT_BAD_INPUT;
        }
        if (exception instanceof IllegalStateException) {
            return EXIT_NOT_READY;
        }
        return EXIT_FAILURE;
    }

    /** Spark's messages can run to pages (a whole plan); the first line says what went wrong. */
    private static String oneLine(Throwable exception) {
        String message = exception.getMessage() == null ? exception.getClass().getName() : exception.getMessage();
        String firstLine = message.strip().lines().findFirst().orElse(message);
        return firstLine.length() <= 300 ? firstLine : firstLine.substring(0, 300) + "…";
    }
}
