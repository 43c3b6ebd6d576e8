package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;
import org.bangfu.indicators.Accumulation;
import org.bangfu.indicators.AggregationLevel;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.Span;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The pinned gold tables as the site reads them, and every catalogue indicator's values as
 * observations (area × period). Tables that stay small (one row per area, rule or ranking) are
 * collected once at their pinned version; the {@link #GROWING_TABLES}, a row per unit or expected
 * submission, are filtered or aggregated in Spark, or streamed, so publish needs the same memory
 * for a nation as for a province. A table the snapshot did not pin, or a snapshot assembled in
 * memory, reads as no rows: its pages are then not made, rather than made empty.
 */
final class GoldData {

    /** The area levels an indicator page compares. */
    static final List<AggregationLevel> AREA_LEVELS = List.of(AggregationLevel.NATION, AggregationLevel.PROVINCE,
            AggregationLevel.PREFECTURE, AggregationLevel.COUNTY);

    /**
     * Tables with a row per unit, expected submission or comparison: they grow with the programme
     * (a national warehouse holds millions of rows), so they are never collected whole. Pages read
     * them through {@link #query} (filtered or aggregated in Spark) or {@link #scan} (streamed).
     */
    static final Set<WarehouseTable> GROWING_TABLES = Set.copyOf(EnumSet.of(WarehouseTable.GOLD_UNIT_QUARTER,
            WarehouseTable.GOLD_UNIT_SCORECARD, WarehouseTable.GOLD_UNIT_VERDICT, WarehouseTable.GOLD_COMPLETENESS,
            WarehouseTable.GOLD_RECONCILIATION_DIFFERENCES));

    /**
     * The most rows a sorted scan sorts in one task; the driver then holds them at once (a few
     * megabytes, compressed, for the widest gold table).
     */
    static final long SORTED_IN_ONE_TASK = 50_000;

    private final PublicationSnapshot snapshot;
    private final Map<WarehouseTable, GoldTable> tables = new EnumMap<>(WarehouseTable.class);
    private final Map<WarehouseTable, Long> counts = new EnumMap<>(WarehouseTable.class);

    private final long sortedInOneTask;

    GoldData(PublicationSnapshot snapshot) {
        this(snapshot, SORTED_IN_ONE_TASK);
    }

    /** With another bound on the rows sorted in one task: tests read both kinds of sort. */
    GoldData(PublicationSnapshot snapshot, long sortedInOneTask) {
        this.snapshot = snapshot;
        this.sortedInOneTask = sortedInOneTask;
    }

    PublicationSnapshot snapshot() {
        return snapshot;
    }

    /**
     * A pinned table's rows and schema, read once; empty when it cannot be read.
     *
     * @throws IllegalArgumentException for one of the {@link #GROWING_TABLES}
     */
    synchronized GoldTable table(WarehouseTable table) {
        if (GROWING_TABLES.contains(table)) {
            throw new IllegalArgumentException(table.qualifiedName()
                    + " grows with the units and submissions: read it with a query or a scan, never whole");
        }
        return tables.computeIfAbsent(table, pinned -> frame(pinned)
                .map(frame -> new GoldTable(frame.schema(), frame.collectAsList())).orElse(GoldTable.EMPTY));
    }

    /**
     * The rows {@code query} makes of a pinned table, collected: the query bounds them (one period's
     * rows, the rows that differ, counts by status). Empty when the table cannot be read.
     */
    GoldTable query(WarehouseTable table, UnaryOperator<Dataset<Row>> query) {
        return frame(table).map(query).map(frame -> new GoldTable(frame.schema(), frame.collectAsList()))
                .orElse(GoldTable.EMPTY);
    }

    /**
     * A pinned table as a frame, for a {@link #query} or {@link #scan} of another table that joins
     * it; empty when it cannot be read. The query must still bound what it collects.
     */
    Optional<Dataset<Row>> pinned(WarehouseTable table) {
        return frame(table);
    }

    /** A pinned table's columns, without reading its rows; none when it cannot be read. */
    StructType schema(WarehouseTable table) {
        return frame(table).map(Dataset::schema).orElse(new StructType());
    }

    /**
     * How many rows a pinned table holds, from its Delta log where it can say (no Spark job); 0
     * when it cannot be read.
     */
    synchronized long count(WarehouseTable table) {
        return counts.computeIfAbsent(table, pinned -> {
            if (snapshot.version(pinned).isEmpty()) {
                return 0L;
            }
            try {
                return snapshot.rowCount(pinned);
            } catch (IllegalStateException assembledInMemory) {
                return 0L;
            }
        });
    }

    /**
     * The rows {@code query} makes of a pinned table, streamed a partition at a time, so a table of
     * any size passes through the driver in bounded memory. Empty when the table cannot be read.
     */
    Iterator<Row> scan(WarehouseTable table, UnaryOperator<Dataset<Row>> query) {
        return frame(table).map(query).map(Dataset::toLocalIterator).orElse(Collections.emptyIterator());
    }

    /**
     * The rows {@code query} makes of a pinned table in {@code order}, streamed. A table of at most
     * {@link #SORTED_IN_ONE_TASK} rows (counted before the query) is sorted in one task: no sample of its keys and no shuffle,
     * which at demo size cost more than the rows. A larger one is range-partitioned, so the driver
     * holds one partition at a time. Both are the same Spark sort, so the order is the same.
     */
    Iterator<Row> scanSorted(WarehouseTable table, UnaryOperator<Dataset<Row>> query, Column... order) {
        boolean oneTask = count(table) <= sortedInOneTask;
        return scan(table, frame -> oneTask ? query.apply(frame).coalesce(1).sortWithinPartitions(order)
                : query.apply(frame).orderBy(order));
    }

    /**
     * A pinned table's rows ordered by their columns from the first (nulls first), streamed: gold
     * tables lead with their keys, so a download reads in key order, and two releases of the same
     * figures are the same bytes whatever order the last shuffle left the rows in.
     */
    Iterator<Row> inColumnOrder(WarehouseTable table) {
        return scanSorted(table, UnaryOperator.identity(), Arrays.stream(schema(table).fields())
                .filter(field -> !(field.dataType() instanceof MapType))
                .map(field -> functions.col(field.name()).asc_nulls_first()).toArray(Column[]::new));
    }

    private Optional<Dataset<Row>> frame(WarehouseTable table) {
        if (snapshot.version(table).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(snapshot.read(table));
        } catch (IllegalStateException assembledInMemory) {
            return Optional.empty();
        }
    }

    /** The span an indicator is shown in: year to date for a flow, the one value of a stock. */
    static Span shownSpan(Indicator indicator) {
        return indicator.accumulation() == Accumulation.FLOW ? Span.YEAR_TO_DATE : Span.QUARTER;
    }

    /** Every value of an indicator at the area levels, in gold order; empty when gold lacks its column. */
    List<Observation> observations(Indicator indicator) {
        List<Observation> observations = new ArrayList<>();
        String column = indicator.goldColumn(shownSpan(indicator));
        for (AggregationLevel level : AREA_LEVELS) {
            WarehouseTable table = indicator.goldTables().get(level);
            if (table == null) {
                continue;
            }
            List<AreaQuarterFigures> figures = areaQuarterFigures(table);
            if (figures != null) {
                for (AreaQuarterFigures row : figures) {
                    observations.add(new Observation(level, row.areaCode(), row.areaName(), row.prefectureCode(),
                            row.povertyType(), row.period(), row.figure(column)));
                }
                continue;
            }
            GoldTable gold = table(table);
            if (!gold.has(column)) {
                continue;
            }
            // A table held long (one row per indicator and category) says which rows are this indicator's.
            java.util.Optional<org.bangfu.indicators.HouseholdCatalogue.RowKey> key =
                    org.bangfu.indicators.HouseholdCatalogue.rowKey(indicator.code());
            String levelColumn = gold.has("level") ? "level" : gold.has("area_level") ? "area_level" : null;
            boolean periodFromCategory = key.isPresent() && key.get().periodFromCategory();
            // A series over categories (exit years) is read from the latest year's rows of the indicator.
            String latestYear = periodFromCategory ? gold.rows().stream()
                    .filter(row -> key.get().indicatorCode().equals(GoldTable.text(row, "indicator_code")))
                    .map(row -> GoldTable.text(row, "year")).max(java.util.Comparator.naturalOrder()).orElse("") : "";
            for (Row row : gold.rows()) {
                if (levelColumn != null && !level.name().equals(row.getAs(levelColumn))) {
                    continue;
                }
                if (key.isPresent() && !key.get().matches(GoldTable.text(row, "indicator_code"), GoldTable.text(row, "category"))) {
                    continue;
                }
                if (periodFromCategory && !latestYear.equals(GoldTable.text(row, "year"))) {
                    continue;
                }
                String period = periodFromCategory ? GoldTable.text(row, "category")
                        : gold.has("period") ? row.getAs("period") : String.valueOf(row.<Object>getAs("year"));
                observations.add(new Observation(level, row.getAs("area_code"), GoldTable.text(row, "area_name"),
                        GoldTable.text(row, "prefecture_code"), gold.has("poverty_type") ? GoldTable.text(row, "poverty_type") : "",
                        period, GoldTable.decimal(row, column)));
            }
        }
        return observations;
    }

    /** The BF-1 area tables are already in the snapshot as figures (also when assembled in memory). */
    private List<AreaQuarterFigures> areaQuarterFigures(WarehouseTable table) {
        return switch (table) {
            case GOLD_COUNTY_QUARTER -> snapshot.counties();
            case GOLD_PREFECTURE_QUARTER -> snapshot.prefectures();
            case GOLD_PROVINCE_QUARTER -> snapshot.provinces();
            default -> null;
        };
    }

    /** One value of an indicator: an area in a period; a null value was not reported. */
    record Observation(AggregationLevel level, String areaCode, String areaName, String prefectureCode,
            String povertyType, String period, BigDecimal value) {

        /** The province an area lies in, from its GB/T 2260 code (the first two digits); empty for the nation. */
        String provinceCode() {
            return level == AggregationLevel.NATION || areaCode.length() < 2 ? "" : areaCode.substring(0, 2) + "0000";
        }
    }

    /** A collected gold table. */
    record GoldTable(StructType schema, List<Row> rows) {

        static final GoldTable EMPTY = new GoldTable(new StructType(), List.of());

        boolean has(String column) {
            return Arrays.asList(schema.fieldNames()).contains(column);
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }

        static String text(Row row, String column) {
            int index = indexOf(row, column);
            if (index < 0 || row.isNullAt(index)) {
                return "";
            }
            return String.valueOf(row.get(index));
        }

        static BigDecimal decimal(Row row, String column) {
            int index = indexOf(row, column);
            if (index < 0 || row.isNullAt(index)) {
                return null;
            }
            Object value = row.get(index);
            if (value instanceof BigDecimal decimal) {
                return decimal.stripTrailingZeros();
            }
            if (value instanceof Number number) {
                return value instanceof Double || value instanceof Float
                        ? BigDecimal.valueOf(number.doubleValue()) : BigDecimal.valueOf(number.longValue());
            }
            return null;
        }

        static Optional<Integer> integer(Row row, String column) {
            BigDecimal value = decimal(row, column);
            return value == null ? Optional.empty() : Optional.of(value.intValue());
        }

        private static int indexOf(Row row, String column) {
            try {
                return row.fieldIndex(column);
            } catch (IllegalArgumentException noSuchColumn) {
                return -1;
            }
        }
    }
}
