package org.bangfu.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;

/**
 * A Delta table's row count from its log alone: every data file's {@code add} action carries
 * {@code numRecords} in its statistics, so replaying the live files of a checkpoint and the
 * commits after it gives the count, now or at a past version, without a Spark job (each query on a
 * Delta table costs a job to list its files, and another to count). Empty when some live file has
 * no statistics (written with statistics collection off) or a commit needed is no longer in the
 * log; the caller then counts with Spark.
 */
final class DeltaRowCount {

    private static final Pattern COMMIT_FILE = Pattern.compile("(\\d{20})\\.json");
    /** A checkpoint in one file; multi-part and V2 checkpoints are passed over for the commits before them. */
    private static final Pattern CHECKPOINT_FILE = Pattern.compile("(\\d{20})\\.checkpoint\\.parquet");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Configuration hadoopConfiguration;

    DeltaRowCount(Configuration hadoopConfiguration) {
        this.hadoopConfiguration = hadoopConfiguration;
    }

    /** The table's rows now. */
    OptionalLong of(String tablePath) {
        return of(tablePath, Long.MAX_VALUE);
    }

    /**
     * The table's rows at {@code version} (time travel): the latest single-file checkpoint at or
     * before it, then every commit after it up to the version. Empty when the version or a commit
     * on the way is not in the log.
     */
    OptionalLong of(String tablePath, long version) {
        Path log = new Path(tablePath, "_delta_log");
        try {
            FileSystem fileSystem = log.getFileSystem(hadoopConfiguration);
            if (!fileSystem.exists(log)) {
                return OptionalLong.empty();
            }
            TreeMap<Long, Path> commits = new TreeMap<>();
            TreeMap<Long, Path> checkpoints = new TreeMap<>();
            for (FileStatus file : fileSystem.listStatus(log)) {
                String name = file.getPath().getName();
                Matcher commit = COMMIT_FILE.matcher(name);
                Matcher checkpoint = CHECKPOINT_FILE.matcher(name);
                if (commit.matches()) {
                    commits.put(Long.parseLong(commit.group(1)), file.getPath());
                } else if (checkpoint.matches()) {
                    checkpoints.put(Long.parseLong(checkpoint.group(1)), file.getPath());
                }
            }
            if (commits.isEmpty()) {
                return OptionalLong.empty();
            }
            long target = version == Long.MAX_VALUE ? commits.lastKey() : version;
            if (!commits.containsKey(target) && !checkpoints.containsKey(target)) {
                return OptionalLong.empty();
            }
            // Records per live file path; -1 for a file without statistics.
            Map<String, Long> liveFiles = new HashMap<>();
            Map.Entry<Long, Path> checkpoint = checkpoints.floorEntry(target);
            long replayedUpTo = -1;
            if (checkpoint != null) {
                if (!readCheckpoint(checkpoint.getValue(), liveFiles)) {
                    return OptionalLong.empty();
                }
                replayedUpTo = checkpoint.getKey();
            }
            for (long next = replayedUpTo + 1; next <= target; next++) {
                Path commit = commits.get(next);
                if (commit == null) {
                    // Cleaned up or never written: the log alone cannot say what was live.
                    return OptionalLong.empty();
                }
                replay(fileSystem, commit, liveFiles);
            }
            long rows = 0;
            for (long records : liveFiles.values()) {
                if (records < 0) {
                    return OptionalLong.empty();
                }
                rows += records;
            }
            return OptionalLong.of(rows);
        } catch (IOException | RuntimeException unreadable) {
            // A log this reader does not follow is no error: Spark counts instead.
            return OptionalLong.empty();
        }
    }

    /**
     * Reads the checkpoint's live files; false when it is a V2 checkpoint under the classic name,
     * whose {@code add} actions live in sidecar files this reader does not follow.
     */
    private boolean readCheckpoint(Path checkpointFile, Map<String, Long> liveFiles) throws IOException {
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), checkpointFile)
                .withConf(hadoopConfiguration).build()) {
            for (Group action = reader.read(); action != null; action = reader.read()) {
                if (action.getType().containsField("sidecar") && action.getFieldRepetitionCount("sidecar") > 0) {
                    return false;
                }
                if (action.getFieldRepetitionCount("add") == 0) {
                    continue;
                }
                Group add = action.getGroup("add", 0);
                String stats = add.getFieldRepetitionCount("stats") == 0 ? null : add.getString("stats", 0);
                boolean hasDeletedRows = add.getType().containsField("deletionVector")
                        && add.getFieldRepetitionCount("deletionVector") > 0;
                liveFiles.put(add.getString("path", 0), hasDeletedRows ? -1 : recordsOf(stats));
            }
        }
        return true;
    }

    private static void replay(FileSystem fileSystem, Path commit, Map<String, Long> liveFiles) throws IOException {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(fileSystem.open(commit), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode action = JSON.readTree(line);
                if (action.has("add")) {
                    JsonNode add = action.get("add");
                    JsonNode stats = add.get("stats");
                    long records = recordsOf(stats == null || stats.isNull() ? null : stats.asText());
                    JsonNode deleted = add.path("deletionVector").path("cardinality");
                    liveFiles.put(add.get("path").asText(),
                            records < 0 || !deleted.isNumber() ? records : records - deleted.asLong());
                } else if (action.has("remove")) {
                    liveFiles.remove(action.get("remove").get("path").asText());
                }
            }
        }
    }

    private static long recordsOf(String stats) throws IOException {
        if (stats == null) {
            return -1;
        }
        JsonNode records = JSON.readTree(stats).get("numRecords");
        return records == null ? -1 : records.asLong();
    }
}
