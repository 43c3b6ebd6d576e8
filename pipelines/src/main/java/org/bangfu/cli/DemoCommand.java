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

    @Option(names = "--provinces", defaultValue = "1",
            description = "省份数：1 为一个省（默认）；大于 1 生成全国演示数据：全国名录、各省各自报送（各有差错）、"
                    + "中央单位跨省结对 / provinces: 1 is one province (default); more write a national demo: national"
                    + " registers, each province reporting with its own mistakes, central units paired across provinces"
                    + " (1 to 4)")
    int provinces;

    @Override
    public Integer call() {
        if (!(scale > 0)) {
            throw new BangfuException(BangfuCommand.EXIT_USAGE, "--scale 必须大于 0 / --scale must be greater than 0");
        }
        if (provinces < 1 || provinces > DemoGenerator.MAXIMUM_PROVINCES) {
            throw new BangfuException(BangfuCommand.EXIT_USAGE, "--provinces 必须在 1 到 " + DemoGenerator.MAXIMUM_PROVINCES
                    + " 之间 / --provinces must be 1 to " + DemoGenerator.MAXIMUM_PROVINCES);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path inbox = Path.of(options.inbox);
        DemoSize size = scale == 1.0 ? DemoSize.standard() : DemoSize.scaled(scale);
        DemoManifest manifest;
        try {
            Files.createDirectories(inbox);
            manifest = new DemoGenerator(seed, size, provinces).writeTo(inbox);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        out.println(Output.pick(String.format("演示数据：%d 个文件写入 %s（种子 %d）", manifest.files().size(),
                        inbox.toAbsolutePath(), seed),
                String.format("demo data: %d files written to %s (seed %d)", manifest.files().size(),
                        inbox.toAbsolutePath(), seed)));
        out.println(Output.pick("  各表数据行数：" + manifest.dataRowsByForm(),
                "  data rows by form: " + manifest.dataRowsByForm()));
        out.flush();
        try (PipelineSteps steps = new PipelineSteps(options, out)) {
            steps.showProgress(ProgressDisplay.choose(false, out));
            steps.all();
        }
        return BangfuCommand.EXIT_OK;
    }
}
