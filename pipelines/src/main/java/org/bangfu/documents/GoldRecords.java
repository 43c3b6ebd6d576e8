package org.bangfu.documents;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The gold tables documents read, from the publication snapshot at their pinned versions. A small
 * table is read whole, once. A table that grows with units, villages or submissions (gold.completeness,
 * gold.unit_verdict, gold.unit_scorecard) is read only for a {@link RowCondition}, the quarter or year
 * a document speaks of, and Spark applies it before anything reaches the driver: memory is bounded by
 * what a document uses, not by the size of the warehouse. A table the snapshot does not hold (not
 * built yet, or a snapshot assembled in memory) reads as absent, so a document leaves out what
 * depends on it and says so in a warning.
 */
public final class GoldRecords {

    /**
     * Reads one table. A test supplies every row of a table directly (a lambda), and the restricted
     * reads then filter those rows in memory; the warehouse's source has Spark do them instead.
     */
    @FunctionalInterface
    public interface TableSource {

        /** Every row of the table, empty when the table is absent. */
        Optional<List<GoldRecord>> rows(WarehouseTable table);

        /** The rows that meet the condition, in the order {@link #rows(WarehouseTable)} gives them. */
        default Optional<List<GoldRecord>> rows(WarehouseTable table, RowCondition condition) {
            return rows(table).map(rows -> rows.stream().filter(condition::matches).toList());
        }

        /** The greatest figure of a column, empty when the table is absent or the column holds none. */
        default Optional<BigDecimal> greatestFigure(WarehouseTable table, String column) {
            return rows(table).flatMap(rows -> rows.stream().map(row -> row.figure(column)).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()));
        }
    }

    private final TableSource source;
    private final Map<WarehouseTable, Optional<List<GoldRecord>>> wholeTables = new EnumMap<>(WarehouseTable.class);
    private final Map<RestrictedRead, Optional<List<GoldRecord>>> restrictedReads = new HashMap<>();

    public GoldRecords(TableSource source) {
        this.source = source;
    }

    /**
     * Reads through {@link PublicationSnapshot#read}, sorted by every column so that output order
     * never depends on Spark's partitions.
     */
    public static GoldRecords of(PublicationSnapshot snapshot) {
        return new GoldRecords(new SnapshotSource(snapshot));
    }

    /** The table's rows, empty when the snapshot does not hold it. Only for tables whose every row a document may need. */
    public synchronized Optional<List<GoldRecord>> table(WarehouseTable table) {
        return wholeTables.computeIfAbsent(table, source::rows);
    }

    /**
     * The table's rows that meet the condition, in the same order as {@link #table(WarehouseTable)}
     * would give them; empty when the snapshot does not hold the table. Kept for the next document
     * that asks the same (the 简报 and the 通报 read the same quarter).
     */
    public synchronized Optional<List<GoldRecord>> table(WarehouseTable table, RowCondition condition) {
        return restrictedReads.computeIfAbsent(new RestrictedRead(table, condition),
                read -> source.rows(read.table(), read.condition()));
    }

    /** The greatest figure of a column, e.g. the latest year of a table; found by Spark, not by reading the rows. */
    public Optional<BigDecimal> greatestFigure(WarehouseTable table, String column) {
        return source.greatestFigure(table, column);
    }

    private record RestrictedRead(WarehouseTable table, RowCondition condition) {
    }

    /** The snapshot's tables read by Spark: conditions and maxima are evaluated there, and only their results collected. */
    private static final class SnapshotSource implements TableSource {

        private final PublicationSnapshot snapshot;

        SnapshotSource(PublicationSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public Optional<List<GoldRecord>> rows(WarehouseTable table) {
            return whenReadable(table, SnapshotSource::collectSorted);
        }

        @Override
        public Optional<List<GoldRecord>> rows(WarehouseTable table, RowCondition condition) {
            return whenReadable(table, rows -> collectSorted(rows.where(condition.asSparkColumn())));
        }

        @Override
        public Optional<BigDecimal> greatestFigure(WarehouseTable table, String column) {
            return whenReadable(table, rows -> Optional.ofNullable(GoldRecord.figureOf(rows.agg(max(col(column))).first().get(0))))
                    .flatMap(Function.identity());
        }

        private <T> Optional<T> whenReadable(WarehouseTable table, Function<Dataset<Row>, T> use) {
            if (snapshot.version(table).isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(use.apply(snapshot.read(table)));
            } catch (IllegalStateException inMemorySnapshot) {
                return Optional.empty();
            }
        }

        /**
         * The rows sorted by every column's value as text, in column order. The sort key is made
         * once per row: made inside the comparator, it was made twice per comparison, and that
         * string building was most of the documents' time at province size.
         */
        private static List<GoldRecord> collectSorted(Dataset<Row> rows) {
            RowValues.Columns columns = new RowValues.Columns(List.of(rows.schema().fieldNames()));
            List<SortedRecord> keyed = new ArrayList<>();
            for (Row row : rows.collectAsList()) {
                Object[] values = new Object[columns.size()];
                for (int index = 0; index < values.length; index++) {
                    values[index] = row.isNullAt(index) ? null : row.get(index);
                }
                GoldRecord record = new GoldRecord(new RowValues(columns, values));
                keyed.add(new SortedRecord(record.values().toString(), record));
            }
            keyed.sort(Comparator.comparing(SortedRecord::key));
            return keyed.stream().map(SortedRecord::record).toList();
        }
    }

    /** A row with its sort key, every column's value in order as text. */
    private record SortedRecord(String key, GoldRecord record) {
    }
}
