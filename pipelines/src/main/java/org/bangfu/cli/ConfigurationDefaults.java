package org.bangfu.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The configuration file as picocli's default values: an option not given on the command line takes
 * the file's value, and only when the file has none its own default. One mechanism gives every
 * command that shares an option the same setting.
 */
final class ConfigurationDefaults implements CommandLine.IDefaultValueProvider {

    private final ConfigurationFile file;

    ConfigurationDefaults(ConfigurationFile file) {
        this.file = file;
    }

    /** The configuration for these arguments, read from --config or the current folder. */
    static ConfigurationFile configurationFor(List<String> arguments) {
        return ConfigurationFile.find(arguments, Path.of("").toAbsolutePath(), knownKeys());
    }

    /** The settings a file may hold: the shared options' long names without dashes, and the feedback folder. */
    static Set<String> knownKeys() {
        Set<String> keys = new TreeSet<>();
        for (OptionSpec option : CommandSpec.forAnnotatedObject(new PipelineOptions()).options()) {
            keys.add(key(option));
        }
        keys.remove("config");
        keys.add("feedback");
        return keys;
    }

    static String key(OptionSpec option) {
        return option.longestName().replaceFirst("^--", "");
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (argument instanceof OptionSpec option) {
            return file.settings().get(key(option));
        }
        return null;
    }

    /** Spark settings become system properties, which a new SparkConf reads; a -D given to the JVM wins. */
    static void applySparkSettings(ConfigurationFile file) {
        file.sparkSettings().forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }
}
