package org.bangfu.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
 * {@code numRecords} in its statistics, so replaying the live files of the latest checkpoint and
 * the commits after it gives the count without a Spark job. Empty when some live file has no
 * statistics (written with statistics collection off) or the log uses a checkpoint kind this does
 * not read (multi-part or V2); the caller then counts with Spark.
 */
final class DeltaRowCount {

    private static final Pattern COMMIT_FILE = Pattern.compile("(\\d{20})\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Configuration hadoopConfiguration;

    DeltaRowCount(Configuration hadoopConfiguration) {
        this.hadoopConfiguration = hadoopConfiguration;
    }

    OptionalLong of(String tablePath) {
        Path log = new Path(tablePath, "_delta_log");
        try {
            FileSystem fileSystem = log.getFileSystem(hadoopConfiguration);
            if (!fileSystem.exists(log)) {
                return OptionalLong.empty();
            }
            // Records per live file path; -1 for a file without statistics.
            Map<String, Long> liveFiles = new HashMap<>();
            long checkpoint = -1;
            Path lastCheckpoint = new Path(log, "_last_checkpoint");
            if (fileSystem.exists(lastCheckpoint)) {
                JsonNode pointer = JSON.readTree(readAll(fileSystem, lastCheckpoint));
                if (pointer.has("parts") || pointer.has("v2Checkpoint")) {
                    return OptionalLong.empty();
                }
                checkpoint = pointer.get("version").asLong();
                Path checkpointFile = new Path(log, String.format("%020d.checkpoint.parquet", checkpoint));
                if (!fileSystem.exists(checkpointFile)) {
                    return OptionalLong.empty();
                }
                readCheckpoint(checkpointFile, liveFiles);
            }
            TreeMap<Long, Path> commits = new TreeMap<>();
            for (FileStatus file : fileSystem.listStatus(log)) {
                Matcher commit = COMMIT_FILE.matcher(file.getPath().getName());
                if (commit.matches() && Long.parseLong(commit.group(1)) > checkpoint) {
                    commits.put(Long.parseLong(commit.group(1)), file.getPath());
                }
            }
            for (Path commit : commits.values()) {
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

    private void readCheckpoint(Path checkpointFile, Map<String, Long> liveFiles) throws IOException {
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), checkpointFile)
                .withConf(hadoopConfiguration).build()) {
            for (Group action = reader.read(); action != null; action = reader.read()) {
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

    private static String readAll(FileSystem fileSystem, Path file) throws IOException {
        try (var input = fileSystem.open(file)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
