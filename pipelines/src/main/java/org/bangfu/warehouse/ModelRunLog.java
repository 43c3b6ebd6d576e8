package org.bangfu.warehouse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SaveMode;
import org.bangfu.model.ModelRun;

/**
 * The complete model runs, as a small Delta table {@code _model_runs} under the warehouse root: one
 * row per run, appended after the run's last gold write, so a run killed before then has no row and
 * is never published. Each row's commit also carries the run as JSON in its {@code userMetadata},
 * so the runs can be listed from the Delta log alone, without Spark ({@code bangfu history releases}).
 */
public final class ModelRunLog {

    /** The table's folder below the warehouse root. */
    public static final String RELATIVE_PATH = "_model_runs";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String path;
    private final DeltaLogReader logReader;

    /** The log of a warehouse opened with Spark. */
    public ModelRunLog(Warehouse warehouse) {
        this(warehouse.root(), warehouse.spark().sparkContext().hadoopConfiguration());
    }

    /** The log under a warehouse root, read without Spark. */
    public ModelRunLog(String root, Configuration hadoopConfiguration) {
        this.path = (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + "/" + RELATIVE_PATH;
        this.logReader = new DeltaLogReader(hadoopConfiguration);
    }

    /** Every complete run, oldest first. */
    public List<ModelRun> all() {
        return logReader.newestFirst(path, Integer.MAX_VALUE).stream()
                .map(DeltaLogReader.Commit::userMetadata)
                .flatMap(Optional::stream)
                .map(ModelRunLog::fromJson)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(ModelRun::number))
                .toList();
    }

    /** The newest complete run: what {@code publish} publishes. */
    public Optional<ModelRun> latest() {
        List<ModelRun> runs = all();
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    public Optional<ModelRun> number(long number) {
        return all().stream().filter(run -> run.number() == number).findFirst();
    }

    /** The newest run completed at or before an instant: the one a publish then would have pinned. */
    public Optional<ModelRun> completedAtOrBefore(Instant instant) {
        return all().stream().filter(run -> !run.completedAt().isAfter(instant)).reduce((earlier, later) -> later);
    }

    /** The run whose gold tables carry this stamp, if one does. */
    public Optional<ModelRun> withGoldStamp(String goldStamp) {
        return all().stream().filter(run -> run.goldStamp().equals(goldStamp)).reduce((earlier, later) -> earlier);
    }

    /**
     * The number for a run starting now: one more than any run recorded or any run whose mark is on
     * the latest commit of a table (a killed run's number is never reused, so its commits stay told apart).
     */
    public long nextNumber(Warehouse warehouse, List<WarehouseTable> tables) {
        long highest = latest().map(ModelRun::number).orElse(0L);
        for (WarehouseTable table : tables) {
            OptionalLong marked = warehouse.latestModelRun(table);
            if (marked.isPresent()) {
                highest = Math.max(highest, marked.getAsLong());
            }
        }
        return highest + 1;
    }

    /** Records a run as complete: one appended row, its commit carrying the run as JSON. */
    public void recordComplete(Warehouse warehouse, ModelRun run) {
        warehouse.spark().sql("""
                SELECT CAST(:number AS BIGINT) AS number, CAST(:id AS STRING) AS id,
                       timestamp_millis(:started_at) AS started_at, timestamp_millis(:completed_at) AS completed_at,
                       CAST(:silver_inputs AS STRING) AS silver_inputs, CAST(:gold_stamp AS STRING) AS gold_stamp,
                       CAST(:as_of AS STRING) AS as_of
                """, Map.<String, Object>of("number", run.number(), "id", run.id(),
                        "started_at", run.startedAt().toEpochMilli(), "completed_at", run.completedAt().toEpochMilli(),
                        "silver_inputs", run.silverInputs(), "gold_stamp", run.goldStamp(),
                        "as_of", run.asOf().orElse("")))
                .write().format("delta").mode(SaveMode.Append)
                .option("userMetadata", toJson(run))
                .save(path);
    }

    /** The error for a model run number that has no complete run. */
    public static WarehouseException noSuchRun(Warehouse warehouse, long number) {
        String runs = new ModelRunLog(warehouse).all().stream().map(run -> Long.toString(run.number()))
                .reduce((first, second) -> first + ", " + second).orElse("—");
        return new WarehouseException(WarehouseError.NO_VERSION_AT_THAT_TIME,
                "没有已完成的第 " + number + " 次模型运行（第" + number + "版）；已完成的：" + runs
                        + "。用 bangfu history releases 查看各版",
                "there is no complete model run " + number + " (release " + number + "); complete runs: " + runs
                        + ". See bangfu history releases");
    }

    static String toJson(ModelRun run) {
        ObjectNode node = JSON.createObjectNode()
                .put("model_run", run.number()).put("id", run.id())
                .put("started_at", run.startedAt().toString()).put("completed_at", run.completedAt().toString())
                .put("silver_inputs", run.silverInputs()).put("gold_stamp", run.goldStamp());
        run.asOf().ifPresent(asOf -> node.put("as_of", asOf));
        return node.toString();
    }

    static Optional<ModelRun> fromJson(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.has("model_run")) {
                return Optional.empty();
            }
            return Optional.of(new ModelRun(node.get("model_run").asLong(), node.get("id").asText(),
                    Instant.parse(node.get("started_at").asText()), Instant.parse(node.get("completed_at").asText()),
                    node.get("silver_inputs").asText(), node.get("gold_stamp").asText(),
                    Optional.ofNullable(node.get("as_of")).map(JsonNode::asText)));
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }
}
