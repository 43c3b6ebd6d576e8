package org.bangfu.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads a Delta table's commits straight from its {@code _delta_log}: version, when it was
 * committed, the operation and its metrics, and its {@code userMetadata}. Loading a snapshot
 * through Spark to learn a version number costs seconds of Spark jobs; commit files are JSON
 * whose first line is normally the {@code commitInfo}, so a listing plus a few small reads answer
 * the same. Checkpoints do not matter here; commits older than the log retention (which
 * {@link SparkSessions} sets to ten years for new tables) are no longer listed.
 */
final class DeltaLogReader {

    private static final Pattern COMMIT_FILE = Pattern.compile("(\\d{20})\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One commit of a table.
     *
     * @param operationMetrics Delta's metrics as written, e.g. {@code numTargetRowsInserted → 12}
     */
    record Commit(long version, Instant committedAt, String operation, Map<String, String> operationMetrics,
            Optional<String> userMetadata) {
    }

    private final Configuration hadoopConfiguration;

    DeltaLogReader(Configuration hadoopConfiguration) {
        this.hadoopConfiguration = hadoopConfiguration;
    }

    Optional<Commit> latestCommit(String tablePath) {
        return newestFirst(tablePath, 1).stream().findFirst();
    }

    /** Up to {@code limit} commits, the newest first. */
    List<Commit> newestFirst(String tablePath, int limit) {
        List<Commit> commits = new ArrayList<>();
        Iterator<Map.Entry<Long, FileStatus>> files = commitFiles(tablePath).descendingMap().entrySet().iterator();
        while (files.hasNext() && commits.size() < limit) {
            Map.Entry<Long, FileStatus> file = files.next();
            commits.add(readCommit(tablePath, file.getValue(), file.getKey()));
        }
        return commits;
    }

    /** The newest commit made at or before an instant: the version a reader saw then. */
    Optional<Commit> commitAtOrBefore(String tablePath, Instant instant) {
        for (Map.Entry<Long, FileStatus> file : commitFiles(tablePath).descendingMap().entrySet()) {
            Commit commit = readCommit(tablePath, file.getValue(), file.getKey());
            if (!commit.committedAt().isAfter(instant)) {
                return Optional.of(commit);
            }
        }
        return Optional.empty();
    }

    /** One version's commit, if its log entry is still there. */
    Optional<Commit> commit(String tablePath, long version) {
        FileStatus file = commitFiles(tablePath).get(version);
        return file == null ? Optional.empty() : Optional.of(readCommit(tablePath, file, version));
    }

    private TreeMap<Long, FileStatus> commitFiles(String tablePath) {
        Path log = new Path(tablePath, "_delta_log");
        TreeMap<Long, FileStatus> files = new TreeMap<>(Comparator.naturalOrder());
        try {
            FileSystem fileSystem = log.getFileSystem(hadoopConfiguration);
            if (!fileSystem.exists(log)) {
                return files;
            }
            for (FileStatus file : fileSystem.listStatus(log)) {
                Matcher commit = COMMIT_FILE.matcher(file.getPath().getName());
                if (commit.matches()) {
                    files.put(Long.parseLong(commit.group(1)), file);
                }
            }
            return files;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read the Delta log of " + tablePath, failure);
        }
    }

    private Commit readCommit(String tablePath, FileStatus file, long version) {
        try {
            FileSystem fileSystem = file.getPath().getFileSystem(hadoopConfiguration);
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(fileSystem.open(file.getPath()), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    JsonNode commitInfo = JSON.readTree(line).get("commitInfo");
                    if (commitInfo != null) {
                        return toCommit(commitInfo, file, version);
                    }
                }
            }
            return new Commit(version, Instant.ofEpochMilli(file.getModificationTime()), "", Map.of(), Optional.empty());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read commit " + version + " of " + tablePath, failure);
        }
    }

    private static Commit toCommit(JsonNode commitInfo, FileStatus file, long version) {
        JsonNode userMetadata = commitInfo.get("userMetadata");
        JsonNode timestamp = commitInfo.get("timestamp");
        JsonNode operation = commitInfo.get("operation");
        Map<String, String> metrics = new TreeMap<>();
        JsonNode operationMetrics = commitInfo.get("operationMetrics");
        if (operationMetrics != null) {
            operationMetrics.fields().forEachRemaining(metric -> metrics.put(metric.getKey(), metric.getValue().asText()));
        }
        return new Commit(version,
                Instant.ofEpochMilli(timestamp != null ? timestamp.asLong() : file.getModificationTime()),
                operation != null ? operation.asText() : "",
                Map.copyOf(metrics),
                Optional.ofNullable(userMetadata).filter(node -> !node.isNull()).map(JsonNode::asText));
    }
}
