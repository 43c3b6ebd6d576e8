package org.bangfu.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (PipelineSteps steps = new PipelineSteps(options, out)) {
                run(steps);
            }
            return BangfuCommand.EXIT_OK;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"接收收件箱中的新文件：保存原件，按报表读入 bronze 层。",
                "Land new inbox files by content hash and read their rows into bronze."})
    static final class Ingest extends StepCommand {
        @Override
        void run(PipelineSteps steps) {
            steps.ingest();
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
            description = {"由 silver 层计算 gold 层汇总（县、市州、全省×季度）。",
                "Compute the gold aggregates (county, prefecture and province × quarter) from silver."})
    static final class Model extends StepCommand {
        @Override
        void run(PipelineSteps steps) {
            steps.model();
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = {"由固定版本的 gold 数据生成网站、下载文件和工作简报。",
                "Render the site, downloads and the Word briefing from pinned gold table versions."})
    static final class Publish extends StepCommand {
        @Override
        void run(PipelineSteps steps) {
            steps.publish();
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
