package org.bangfu.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The settings of {@code bangfu.yaml} (or {@code bangfu.properties}) beside the data, or of
 * {@code --config FILE}: keys named as the command line's long options without their dashes
 * ({@code warehouse}, {@code deadline-days}…), and Spark settings under {@code spark}
 * ({@code spark: {sql.shuffle.partitions: 8}} in YAML, {@code spark.sql.shuffle.partitions=8} in a
 * properties file). A key bangfu does not know is an error naming it, so a misspelt setting is
 * never silently ignored.
 *
 * @param source the file, or empty when there is none
 * @param settings option values by key, as text
 * @param sparkSettings Spark settings by their full name ({@code spark.sql.shuffle.partitions})
 */
record ConfigurationFile(Optional<Path> source, Map<String, String> settings, Map<String, String> sparkSettings) {

    /** The files looked for in the current folder, in this order. */
    static final List<String> FILE_NAMES = List.of("bangfu.yaml", "bangfu.yml", "bangfu.properties");

    static final ConfigurationFile NONE = new ConfigurationFile(Optional.empty(), Map.of(), Map.of());

    ConfigurationFile {
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        sparkSettings = Collections.unmodifiableMap(new TreeMap<>(sparkSettings));
    }

    /**
     * The file given by {@code --config} in the arguments, else the first of {@link #FILE_NAMES} in
     * {@code folder}, else none.
     *
     * @throws BangfuException CONFIG-002 when a file given does not exist or cannot be read, CONFIG-001
     *     for an unknown key
     */
    static ConfigurationFile find(List<String> arguments, Path folder, Set<String> knownKeys) {
        Optional<Path> given = givenPath(arguments);
        if (given.isPresent()) {
            if (!Files.isRegularFile(given.get())) {
                throw CommandError.CONFIG_UNREADABLE.failure("配置文件不存在：" + given.get(),
                        "no such configuration file: " + given.get());
            }
            return load(given.get(), knownKeys);
        }
        for (String name : FILE_NAMES) {
            Path candidate = folder.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return load(candidate, knownKeys);
            }
        }
        return NONE;
    }

    /** The value of {@code --config FILE} or {@code --config=FILE}, read before picocli parses the rest. */
    static Optional<Path> givenPath(List<String> arguments) {
        for (int index = 0; index < arguments.size(); index++) {
            String argument = arguments.get(index);
            if (argument.equals("--config") && index + 1 < arguments.size()) {
                return Optional.of(Path.of(arguments.get(index + 1)));
            }
            if (argument.startsWith("--config=")) {
                return Optional.of(Path.of(argument.substring("--config=".length())));
            }
        }
        return Optional.empty();
    }

    static ConfigurationFile load(Path file, Set<String> knownKeys) {
        Map<String, Object> raw = file.getFileName().toString().endsWith(".properties") ? properties(file) : yaml(file);
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, String> spark = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : raw.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("spark") && value instanceof Map<?, ?> nested) {
                nested.forEach((name, setting) -> spark.put(sparkName(String.valueOf(name)), text(file, key, setting)));
            } else if (key.startsWith("spark.")) {
                spark.put(key, text(file, key, value));
            } else if (knownKeys.contains(key)) {
                settings.put(key, text(file, key, value));
            } else {
                throw CommandError.CONFIG_UNKNOWN_KEY.failure(
                        "配置文件 " + file + " 中有未知的设置“" + key + "”；可用的设置：" + String.join("、", new TreeSet<>(knownKeys)) + "、spark",
                        "unknown setting \"" + key + "\" in " + file + "; known settings: "
                                + String.join(", ", new TreeSet<>(knownKeys)) + ", spark");
            }
        }
        return new ConfigurationFile(Optional.of(file), settings, spark);
    }

    private static String sparkName(String name) {
        return name.startsWith("spark.") ? name : "spark." + name;
    }

    private static String text(Path file, String key, Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
            throw CommandError.CONFIG_UNREADABLE.failure("配置文件 " + file + " 中“" + key + "”的值应为一个值",
                    "the setting \"" + key + "\" in " + file + " must be a single value");
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> yaml(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (document == null) {
                return Map.of();
            }
            if (!(document instanceof Map<?, ?> map)) {
                throw CommandError.CONFIG_UNREADABLE.failure("配置文件 " + file + " 应为“键: 值”的列表",
                        file + " must be a list of key: value settings");
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            map.forEach((key, value) -> settings.put(String.valueOf(key), value));
            return settings;
        } catch (IOException | YAMLException unreadable) {
            throw CommandError.CONFIG_UNREADABLE.failure("无法读取配置文件 " + file + "：" + ReadOnlyQuery.firstLine(
                    unreadable.getMessage()), "cannot read " + file + ": " + ReadOnlyQuery.firstLine(unreadable.getMessage()));
        }
    }

    private static Map<String, Object> properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw CommandError.CONFIG_UNREADABLE.failure("无法读取配置文件 " + file, "cannot read " + file);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
        return settings;
    }
}
