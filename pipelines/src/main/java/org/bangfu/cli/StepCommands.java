package org.bangfu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import org.bangfu.warehouse.AsOf;
import org.bangfu.warehouse.WarehouseException;
import org.bangfu.warehouse.WarehouseLockedException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The subcommands that run one step, or all of them, on existing inbox and warehouse. */
final class StepCommands {

    private StepCommands() {
    }

    abstract static class StepCommand implements Callable<Integer> {

        @Mixin
        PipelineOptions options;

        @Spec
        CommandSpec spec;

        abstract void run(PipelineSteps steps);

        @Mixin
        RunSummary.Options summaryOptions;

        @Override
        public Integer call() {
            PrintWriter terminal = spec.commandLine().getOut();
            RunSummary summary = new RunSummary(spec.name());
            try (PipelineSteps steps = new PipelineSteps(options, summaryOptions.lines(terminal))) {
                steps.onReport(summary::add);
                steps.showProgress(ProgressDisplay.choose(summaryOptions.quiet || summaryOptions.json,
                        terminal));
                run(steps);
            } catch (RuntimeException failure) {
                BangfuException reported = classified(failure);
                if (summaryOptions.json) {
                    int exitCode = reported != null ? reported.exitCode() : BangfuCommand.exitCodeOf(failure);
                    terminal.println(summary.toJson(exitCode, ReadOnlyQuery.firstLine(String.valueOf(failure.getMessage()))));
                    terminal.flush();
                }
                throw reported != null ? reported : failure;
            }
            if (summaryOptions.json) {
                terminal.println(summary.toJson(BangfuCommand.EXIT_OK, null));
                terminal.flush();
            }
            return BangfuCommand.EXIT_OK;
        }

        /** A failure the user can act on, with its exit code; null for an unexpected one. */
        private static BangfuException classified(RuntimeException failure) {
            if (failure instanceof WarehouseLockedException busy) {
                return new BangfuException(BangfuCommand.EXIT_WAREHOUSE_BUSY, busy.getMessage());
            }
            if (WarehouseLockedException.isConcurrentWrite(failure)) {
                return new BangfuException(BangfuCommand.EXIT_WAREHOUSE_BUSY,
                        WarehouseLockedException.concurrentWrite(failure).getMessage());
            }
            if (failure instanceof WarehouseException) {
                // A constraint broken, a bad --as-of: data or input to fix, not a crash.
                return new BangfuException(BangfuCommand.EXIT_BAD_INPUT, failure.getMessage().strip().lines()
                        .findFirst().orElse(failure.getMessage()));
            }
            return null;
        }
    }

    /** The {@code --as-of} option of model and publish. */
    static final class AsOfOption {

        @Option(names = "--as-of", paramLabel = "N|TIME|STAMP",
                description = {"按过去某一时刻重建：时间（2020-01-15 10:30，北京时间；或 2020-01-15 指当天结束时）、"
                    + "版本号（第N版，即模型运行N，如 12），或输出上印的版本戳（如 gold.county_quarter@v7, …）",
                    "rebuild as of a past moment: a time (2020-01-15 10:30 Beijing time; 2020-01-15 means the end of"
                        + " that day), a release number N, i.e. model run N (12), or a stamp as printed on outputs"
                        + " (gold.county_quarter@v7, …)"})
        String asOf;

        AsOf parsed() {
            return asOf == null ? AsOf.LATEST : AsOf.parse(asOf);
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"接收收件箱中的新文件：保存原件，按报表读入 bronze 层。",
                "Land new inbox files by content hash and read their rows into bronze."})
    static final class Ingest extends StepCommand {
        @Option(names = "--replace-scope",
                description = {"全量替换：本次接收的每个文件替换其报送者该期此前报送的全部数据（未列出的行视为撤回）",
                    "全量替换: every file of this ingest replaces all rows its submitters sent earlier for its"
                        + " periods (rows it leaves out are withdrawn)"})
        boolean replaceScope;

        @Override
        void run(PipelineSteps steps) {
            steps.ingest(replaceScope);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"检查 bronze 层全部数据：通过的进入 silver 层，错误行进入隔离表。",
                "Check everything in bronze: accepted rows to silver, rejected rows to quarantine."})
    static final class Check extends StepCommand {
        @Override
        void run(PipelineSteps steps) {
            steps.check();
        }
    }

    @Command(name = "model", mixinStandardHelpOptions = true,
            description = {"由 silver 层计算 gold 层汇总（县、市州、全省×季度）。--as-of 按当时的 silver 重新计算并写入 gold 新版本。",
                "Compute the gold aggregates (county, prefecture and province × quarter) from silver;"
                    + " with --as-of, from silver as it was then, committed as a new gold version."})
    static final class Model extends StepCommand {
        @Mixin
        AsOfOption asOf;

        @Override
        void run(PipelineSteps steps) {
            steps.model(asOf.parsed());
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = {"由固定版本的 gold 数据生成网站、下载文件和工作简报。--as-of 重建当时发布的版本（版本戳和发布日期据发布记录）。",
                "Render the site, downloads and the Word briefing from pinned gold table versions;"
                    + " with --as-of, rebuild the release current then (its stamp and date as recorded)."})
    static final class Publish extends StepCommand {
        @Mixin
        AsOfOption asOf;

        @picocli.CommandLine.Option(names = "--area", paramLabel = "CODE", split = ",",
                description = {"另为该市州或县写一份工作简报（可重复）。", "Also write the 工作简报 of this prefecture or county (repeatable)."})
        java.util.List<String> areas = java.util.List.of();

        @Override
        void run(PipelineSteps steps) {
            steps.publish(asOf.parsed(), areas);
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"依次运行 ingest、check、feedback、model、publish。",
                "Run ingest, check, feedback, model and publish in turn."})
    static final class Run extends StepCommand {
        @picocli.CommandLine.Option(names = "--feedback",
                description = "反馈单输出目录，默认为数据仓库旁的 feedback/ / feedback folder, by default feedback/ beside the warehouse")
        java.nio.file.Path feedback;

        @Override
        void run(PipelineSteps steps) {
            steps.all(feedback);
        }
    }
}
