package org.bangfu.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bangfu feedback}: one data-quality workbook per form, submitter and period with problems. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = {"为每个有问题的报送单位、报表和报告期生成数据质量反馈单（xlsx）：每个问题的单元格位置、规则编号和修改建议。",
            "Write a data-quality feedback workbook (xlsx) per form, submitter and period with problems:"
                    + " each problem's cell, rule and how to fix it."})
final class FeedbackCommand extends StepCommands.StepCommand {

    @Option(names = "--feedback",
            description = "反馈单输出目录，默认为数据仓库旁的 feedback/ / output folder, by default feedback/ beside the warehouse")
    Path feedback;

    @Override
    void run(PipelineSteps steps) {
        steps.feedback(feedback);
    }
}
