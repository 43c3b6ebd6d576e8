package org.bangfu.documents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The gold tables documents read, each collected once from the publication snapshot at its pinned
 * version. A table the snapshot does not hold (not built yet, or a snapshot assembled in memory)
 * reads as absent, so a document leaves out what depends on it and says so in a warning.
 */
public final class GoldRecords {

    /** Reads one table; a test may supply rows directly. */
    @FunctionalInterface
    public interface TableSource {
        Optional<List<GoldRecord>> rows(WarehouseTable table);
    }

    private final TableSource source;
    private final Map<WarehouseTable, Optional<List<GoldRecord>>> cache = new EnumMap<>(WarehouseTable.class);

    public GoldRecords(TableSource source) {
        this.source = source;
    }

    /** Reads through {@link PublicationSnapshot#read}, sorted by every column so output order never depends on Spark. */
    public static GoldRecords of(PublicationSnapshot snapshot) {
        return new GoldRecords(table -> {
            if (snapshot.version(table).isEmpty()) {
                return Optional.empty();
            }
            try {
                // The sort key is made once per row: made inside the comparator, it was made twice
                // per comparison, and that string building was most of the documents' time at province size.
                List<SortedRecord> keyed = new ArrayList<>();
                for (Row row : snapshot.read(table).collectAsList()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    StructField[] fields = row.schema().fields();
                    for (int index = 0; index < fields.length; index++) {
                        values.put(fields[index].name(), row.isNullAt(index) ? null : row.get(index));
                    }
                    GoldRecord record = new GoldRecord(values);
                    keyed.add(new SortedRecord(record.values().toString(), record));
                }
                keyed.sort(Comparator.comparing(SortedRecord::key));
                return Optional.of(keyed.stream().map(SortedRecord::record).toList());
            } catch (IllegalStateException inMemorySnapshot) {
                return Optional.empty();
            }
        });
    }

    /** A row with its sort key, every column's value in order as text. */
    private record SortedRecord(String key, GoldRecord record) {
    }

    /** The table's rows, empty when the snapshot does not hold it. */
    public synchronized Optional<List<GoldRecord>> table(WarehouseTable table) {
        return cache.computeIfAbsent(table, source::rows);
    }
}
