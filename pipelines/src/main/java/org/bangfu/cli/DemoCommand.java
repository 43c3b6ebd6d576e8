package org.bangfu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bangfu.demo.DemoGenerator;
import org.bangfu.demo.DemoManifest;
import org.bangfu.demo.DemoSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"生成一套演示数据（一个省，全部名录和报表 BF-1～BF-5，2018Q1–2019Q4），放入收件箱并运行全部流程。",
            "Generate a demo data set (one province, every register and form BF-1 to BF-5, 2018Q1–2019Q4) into the inbox"
                + " and run the whole pipeline."})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    PipelineOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", defaultValue = "2019",
            description = "随机种子，相同种子生成相同文件 / seed: the same seed gives byte-identical files (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--scale", defaultValue = "1.0",
            description = "规模倍数：1 为 8 个市州、40 个县、2000 个村、300 个帮扶单位 /"
                    + " size factor: 1 is 8 prefectures, 40 counties, 2,000 villages, 300 units (default: ${DEFAULT-VALUE})")
    double scale;

    @Override
    public Integer call() {
        if (!(scale > 0)) {
            throw new BangfuException(BangfuCommand.EXIT_USAGE, "--scale 必须大于 0 / --scale must be greater than 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path inbox = Path.of(options.inbox);
        DemoSize size = scale == 1.0 ? DemoSize.standard() : DemoSize.scaled(scale);
        DemoManifest manifest;
        try {
            Files.createDirectories(inbox);
            manifest = new DemoGenerator(seed, size).writeTo(inbox);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        out.printf("演示数据：%d 个文件写入 %s（种子 %d）/ demo data: %d files written to %s (seed %d)%n",
                manifest.files().size(), inbox.toAbsolutePath(), seed, manifest.files().size(), inbox.toAbsolutePath(),
                seed);
        out.println("  各表数据行数 / data rows by form: " + manifest.dataRowsByForm());
        out.flush();
        try (PipelineSteps steps = new PipelineSteps(options, Output.oneLanguage(out))) {
            steps.showProgress(ProgressDisplay.choose(false, Output.oneLanguage(out)));
            steps.all();
        }
        return BangfuCommand.EXIT_OK;
    }
}
