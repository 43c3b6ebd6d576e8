package org.bangfu.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bangfu purge-landing --before DATE}: removes raw copies whose rows are all in bronze. */
@Command(name = "purge-landing", mixinStandardHelpOptions = true,
        description = {"删除落地区中某日（北京时间）之前接收、且全部数据行已在 bronze 中的原始文件（原件含个人信息），"
            + "每次删除记入 bronze/landing_purges；整个被拒收的文件保留原件。",
            "Remove raw landing copies (they hold personal data) of files ingested before DATE (Beijing time) whose"
                + " rows are all in bronze; each removal is recorded in bronze/landing_purges. Files rejected as a"
                + " whole keep their copy."})
final class PurgeLandingCommand extends StepCommands.StepCommand {

    @Option(names = "--before", required = true, paramLabel = "DATE",
            description = "只删除此日期（yyyy-MM-dd）之前接收的文件 / only files ingested before this date (yyyy-MM-dd)")
    LocalDate before;

    @Override
    void run(PipelineSteps steps) {
        steps.purgeLanding(before);
    }
}
