package org.bangfu.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code bangfu config}: the effective settings and where each came from. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"显示生效的设置及其来源：命令行、配置文件（bangfu.yaml / bangfu.properties / --config）或默认值。",
            "Show the effective settings and where each came from: a flag, the configuration file"
                + " (bangfu.yaml, bangfu.properties or --config), or the default."})
final class ConfigCommand implements Callable<Integer> {

    @Mixin
    PipelineOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ParseResult parsed = spec.commandLine().getParseResult();
        ConfigurationFile file = ConfigurationDefaults.configurationFor(parsed.originalArgs());
        boolean english = Output.language() == Language.EN;
        String fileName = file.source().map(path -> path.toAbsolutePath().normalize().toString()).orElse(null);
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec option : spec.mixins().get("options").options()) {
            String key = ConfigurationDefaults.key(option);
            if (key.equals("config")) {
                continue;
            }
            Object value = key.equals("lang") ? Output.language().name().toLowerCase(java.util.Locale.ROOT) : option.getValue();
            String source;
            if (parsed.hasMatchedOption(option.longestName())) {
                source = english ? "flag" : "命令行";
            } else if (file.settings().containsKey(key)) {
                source = fileName;
            } else if (key.equals("lang")) {
                source = english ? "locale" : "系统语言";
            } else {
                source = english ? "default" : "默认";
            }
            rows.add(new String[] {key, value == null ? "—" : value.toString(), source});
        }
        if (file.settings().containsKey("feedback")) {
            rows.add(new String[] {"feedback", file.settings().get("feedback"), fileName});
        }
        for (Map.Entry<String, String> spark : file.sparkSettings().entrySet()) {
            String effective = System.getProperty(spark.getKey(), spark.getValue());
            rows.add(new String[] {spark.getKey(), effective, effective.equals(spark.getValue()) ? fileName
                    : (english ? "JVM -D" : "JVM -D 参数")});
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(english ? "configuration file: " + (fileName == null ? "none (defaults and flags only)" : fileName)
                : "配置文件：" + (fileName == null ? "无（只用默认值和命令行）" : fileName));
        String[] header = english ? new String[] {"setting", "value", "from"} : new String[] {"设置", "值", "来源"};
        rows.add(0, header);
        int keyWidth = rows.stream().mapToInt(row -> ResultWriter.displayWidth(row[0])).max().orElse(0);
        int valueWidth = rows.stream().mapToInt(row -> ResultWriter.displayWidth(row[1])).max().orElse(0);
        for (String[] row : rows) {
            out.println(pad(row[0], keyWidth) + "  " + pad(row[1], valueWidth) + "  " + row[2]);
        }
        out.flush();
        return BangfuCommand.EXIT_OK;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - ResultWriter.displayWidth(text)));
    }
}
