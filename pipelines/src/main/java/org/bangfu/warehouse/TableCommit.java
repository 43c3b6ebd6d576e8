package org.bangfu.warehouse;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One version in a table's history: what was done, to how many rows, and from which inputs.
 *
 * @param operation Delta's name for it: {@code WRITE}, {@code MERGE}, {@code ADD CONSTRAINT} …
 * @param rowsInserted rows added, when the operation reports it
 * @param rowsUpdated rows changed in place, when the operation reports it
 * @param rowsDeleted rows removed, when the operation reports it (an overwrite does not)
 * @param inputVersions the input table versions the write recorded, e.g.
 *     {@code silver.unit_assistance@v3, silver.county_register@v1}
 * @param modelRun the number of the model run that made the commit, when a model run made it
 */
public record TableCommit(String table, long version, Instant committedAt, String operation,
        OptionalLong rowsInserted, OptionalLong rowsUpdated, OptionalLong rowsDeleted, Optional<String> inputVersions,
        OptionalLong modelRun) {

    /** A commit made outside any model run. */
    public TableCommit(String table, long version, Instant committedAt, String operation, OptionalLong rowsInserted,
            OptionalLong rowsUpdated, OptionalLong rowsDeleted, Optional<String> inputVersions) {
        this(table, version, committedAt, operation, rowsInserted, rowsUpdated, rowsDeleted, inputVersions,
                OptionalLong.empty());
    }

    static TableCommit of(WarehouseTable table, DeltaLogReader.Commit commit) {
        Map<String, String> metrics = commit.operationMetrics();
        return new TableCommit(table.qualifiedName(), commit.version(), commit.committedAt(), commit.operation(),
                first(metrics, "numTargetRowsInserted", "numOutputRows"),
                first(metrics, "numTargetRowsUpdated", "numUpdatedRows"),
                first(metrics, "numTargetRowsDeleted", "numDeletedRows"),
                commit.userMetadata().map(ModelRunTag::inputVersionsOf),
                ModelRunTag.numberOf(commit.userMetadata()));
    }

    private static OptionalLong first(Map<String, String> metrics, String... names) {
        for (String name : names) {
            String value = metrics.get(name);
            if (value != null && value.matches("\\d+")) {
                return OptionalLong.of(Long.parseLong(value));
            }
        }
        return OptionalLong.empty();
    }
}
