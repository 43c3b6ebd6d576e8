package org.bangfu.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * What has been published, as a small Delta table {@code _publications} under the warehouse root:
 * one row per release with its stamp, the publication date printed on it, and when its gold
 * versions were pinned. A rebuild ({@code publish --as-of}) reuses the recorded date so that the
 * rebuilt pages are those published then, and publishing an already published stamp again keeps
 * its first date, so re-running the pipeline rewrites the same bytes.
 */
public final class PublicationLog {

    /** The table's folder below the warehouse root. */
    public static final String RELATIVE_PATH = "_publications";

    /**
     * One release.
     *
     * @param stamp the gold versions it was rendered from, as printed on it
     * @param publishedOn the publication date printed on it
     * @param pinnedAt when its gold versions were pinned
     * @param recordedAt when the release was recorded, after it was written
     */
    public record Publication(String stamp, LocalDate publishedOn, Instant pinnedAt, Instant recordedAt) {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Warehouse warehouse;
    private final String path;

    public PublicationLog(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.path = warehouse.root() + "/" + RELATIVE_PATH;
    }

    /** Every release, oldest first. */
    public List<Publication> all() {
        if (new DeltaLogReader(warehouse.spark().sparkContext().hadoopConfiguration()).latestCommit(path).isEmpty()) {
            return List.of();
        }
        return warehouse.spark().read().format("delta").load(path)
                .selectExpr("stamp", "CAST(published_on AS STRING)", "unix_millis(pinned_at)", "unix_millis(recorded_at)")
                .collectAsList().stream()
                .map(PublicationLog::toPublication)
                .sorted(Comparator.comparing(Publication::recordedAt))
                .toList();
    }

    /** The first release of a stamp. */
    public Optional<Publication> firstWithStamp(String stamp) {
        return all().stream().filter(publication -> publication.stamp().equals(stamp)).findFirst();
    }

    /** The release that was the latest at an instant. */
    public Optional<Publication> latestAtOrBefore(Instant instant) {
        return all().stream().filter(publication -> !publication.recordedAt().isAfter(instant))
                .reduce((earlier, later) -> later);
    }

    /** Records a release unless its stamp was published before; returns the release that stands. */
    public Publication recordIfNew(Publication publication) {
        Optional<Publication> earlier = firstWithStamp(publication.stamp());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        warehouse.spark().sql("""
                SELECT CAST(:stamp AS STRING) AS stamp, CAST(:published_on AS DATE) AS published_on,
                       timestamp_millis(:pinned_at) AS pinned_at, timestamp_millis(:recorded_at) AS recorded_at
                """, Map.<String, Object>of("stamp", publication.stamp(),
                        "published_on", publication.publishedOn().toString(),
                        "pinned_at", publication.pinnedAt().toEpochMilli(),
                        "recorded_at", publication.recordedAt().toEpochMilli()))
                .write().format("delta").mode(SaveMode.Append)
                .option("userMetadata", JSON.createObjectNode().put("stamp", publication.stamp())
                        .put("published_on", publication.publishedOn().toString())
                        .put("pinned_at", publication.pinnedAt().toString())
                        .put("recorded_at", publication.recordedAt().toString()).toString())
                .save(path);
        return publication;
    }

    /**
     * The releases recorded under a warehouse root, oldest first, read from the Delta log alone
     * (each append carries its release in its commit's userMetadata), so without Spark. Releases
     * recorded before the log carried them are not listed.
     */
    public static List<Publication> readWithoutSpark(String root, org.apache.hadoop.conf.Configuration configuration) {
        String path = (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + "/" + RELATIVE_PATH;
        return new DeltaLogReader(configuration).newestFirst(path, Integer.MAX_VALUE).stream()
                .map(DeltaLogReader.Commit::userMetadata).flatMap(Optional::stream)
                .map(PublicationLog::fromJson).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Publication::recordedAt))
                .toList();
    }

    private static Optional<Publication> fromJson(String text) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = JSON.readTree(text);
            if (node == null || !node.has("stamp") || !node.has("published_on")) {
                return Optional.empty();
            }
            return Optional.of(new Publication(node.get("stamp").asText(), LocalDate.parse(node.get("published_on").asText()),
                    Instant.parse(node.get("pinned_at").asText()), Instant.parse(node.get("recorded_at").asText())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Publication toPublication(Row row) {
        return new Publication(row.getString(0), LocalDate.parse(row.getString(1)),
                Instant.ofEpochMilli(row.getLong(2)), Instant.ofEpochMilli(row.getLong(3)));
    }
}
