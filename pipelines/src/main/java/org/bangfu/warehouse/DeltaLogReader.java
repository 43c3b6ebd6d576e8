package org.bangfu.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads a Delta table's latest commit straight from its {@code _delta_log}: the version, when it
 * was committed and its {@code userMetadata}. Loading a snapshot through Spark to learn a version
 * number costs seconds of Spark jobs; the latest commit file always exists as JSON (checkpoints
 * and log clean-up only remove older ones), and a listing plus one small file answers the same.
 */
final class DeltaLogReader {

    private static final Pattern COMMIT_FILE = Pattern.compile("(\\d{20})\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    record LatestCommit(long version, Instant committedAt, Optional<String> userMetadata) {
    }

    private final Configuration hadoopConfiguration;

    DeltaLogReader(Configuration hadoopConfiguration) {
        this.hadoopConfiguration = hadoopConfiguration;
    }

    Optional<LatestCommit> latestCommit(String tablePath) {
        Path log = new Path(tablePath, "_delta_log");
        try {
            FileSystem fileSystem = log.getFileSystem(hadoopConfiguration);
            if (!fileSystem.exists(log)) {
                return Optional.empty();
            }
            FileStatus latest = null;
            long latestVersion = -1;
            for (FileStatus file : fileSystem.listStatus(log)) {
                Matcher commit = COMMIT_FILE.matcher(file.getPath().getName());
                if (commit.matches() && Long.parseLong(commit.group(1)) > latestVersion) {
                    latestVersion = Long.parseLong(commit.group(1));
                    latest = file;
                }
            }
            if (latest == null) {
                return Optional.empty();
            }
            return Optional.of(readCommit(fileSystem, latest, latestVersion));
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the Delta log of " + tablePath, failure);
        }
    }

    private static LatestCommit readCommit(FileSystem fileSystem, FileStatus file, long version) throws IOException {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(fileSystem.open(file.getPath()), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode commitInfo = JSON.readTree(line).get("commitInfo");
                if (commitInfo != null) {
                    JsonNode userMetadata = commitInfo.get("userMetadata");
                    JsonNode timestamp = commitInfo.get("timestamp");
                    return new LatestCommit(version,
                            Instant.ofEpochMilli(timestamp != null ? timestamp.asLong() : file.getModificationTime()),
                            Optional.ofNullable(userMetadata).map(JsonNode::asText));
                }
            }
        }
        return new LatestCommit(version, Instant.ofEpochMilli(file.getModificationTime()), Optional.empty());
    }
}
