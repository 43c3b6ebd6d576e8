package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration: flag over file over default, and a misspelt key is an error naming it. */
class ConfigCommandTest {

    @TempDir
    Path folder;

    @Test
    void flagsOverrideTheFileAndTheFileOverridesDefaults() throws Exception {
        Path file = folder.resolve("bangfu.yaml");
        Files.writeString(file, """
                warehouse: /data/bangfu/warehouse
                deadline-days: 15
                issuing-office: 示范省帮扶办
                spark:
                  sql.shuffle.partitions: 8
                """);
        CommandRun run = CommandRun.of("config", "--config", file.toString(), "--deadline-days", "20", "--lang", "en");
        assertThat(run.exitCode()).as(run.errors()).isZero();
        assertThat(line(run, "warehouse")).contains("/data/bangfu/warehouse", file.toString());
        assertThat(line(run, "deadline-days")).contains("20", "flag");
        assertThat(line(run, "issuing-office")).contains("示范省帮扶办", file.toString());
        assertThat(line(run, "inbox")).contains("inbox", "default");
        assertThat(line(run, "spark.sql.shuffle.partitions")).contains("8");
    }

    @Test
    void aPropertiesFileWorksTheSame() throws Exception {
        Path file = folder.resolve("bangfu.properties");
        Files.writeString(file, "site=/srv/site\nmax-file-megabytes=64\n");
        CommandRun run = CommandRun.of("config", "--config", file.toString(), "--lang", "zh");
        assertThat(run.exitCode()).isZero();
        assertThat(line(run, "site")).contains("/srv/site", file.toString());
        assertThat(line(run, "max-file-megabytes")).contains("64");
        assertThat(line(run, "lang")).contains("zh", "命令行");
    }

    @Test
    void anUnknownKeyIsACodedUsageErrorNamingIt() throws Exception {
        Path file = folder.resolve("bangfu.yaml");
        Files.writeString(file, "warehous: /data\n");
        CommandRun run = CommandRun.of("check", "--config", file.toString());
        assertThat(run.exitCode()).isEqualTo(BangfuCommand.EXIT_USAGE);
        assertThat(run.errors()).contains("CONFIG-001", "warehous", file.toString(), "warehouse");
    }

    @Test
    void aMissingOrMalformedFileIsACodedUsageError() throws Exception {
        CommandRun missing = CommandRun.of("config", "--config", folder.resolve("none.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(BangfuCommand.EXIT_USAGE);
        assertThat(missing.errors()).contains("CONFIG-002");
        Path list = folder.resolve("list.yaml");
        Files.writeString(list, "- a\n- b\n");
        assertThatThrownBy(() -> ConfigurationFile.load(list, ConfigurationDefaults.knownKeys()))
                .hasMessageContaining("CONFIG-002");
    }

    private static String line(CommandRun run, String key) {
        return run.output().lines().filter(line -> line.startsWith(key + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in\n" + run.output()));
    }
}
