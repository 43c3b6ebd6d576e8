package org.bangfu.warehouse;

import java.util.List;

/**
 * How a table is laid out and written, as data rather than in each job's code.
 *
 * @param partitionColumns Delta partition columns, fixed when the table is created
 * @param mergeKeys the columns that identify a row; when present, {@link Warehouse#replace} MERGEs
 *     on them (update changed rows, insert new ones, delete rows no longer produced) instead of
 *     overwriting the table, so a correction rewrites only what changed and history shows it
 * @param constraints CHECK constraints added to the table, the last line of defence against a
 *     transform that produces impossible figures
 */
public record TableDefinition(List<String> partitionColumns, List<String> mergeKeys, List<CheckConstraint> constraints) {

    /** Unpartitioned, overwritten as a whole, unconstrained: bronze and silver tables so far. */
    public static final TableDefinition PLAIN = new TableDefinition(List.of(), List.of(), List.of());

    public TableDefinition {
        partitionColumns = List.copyOf(partitionColumns);
        mergeKeys = List.copyOf(mergeKeys);
        constraints = List.copyOf(constraints);
    }

    public boolean merged() {
        return !mergeKeys.isEmpty();
    }
}
