package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.bangfu.indicators.Accumulation;
import org.bangfu.indicators.AggregationLevel;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.Span;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The pinned gold tables as the site reads them: each table collected once, at its pinned
 * version, and every catalogue indicator's values as observations (area × period). A table the
 * snapshot did not pin, or a snapshot assembled in memory, reads as no rows: its pages are then
 * not made, rather than made empty.
 */
final class GoldData {

    /** The area levels an indicator page compares. */
    static final List<AggregationLevel> AREA_LEVELS = List.of(AggregationLevel.NATION, AggregationLevel.PROVINCE,
            AggregationLevel.PREFECTURE, AggregationLevel.COUNTY);

    private final PublicationSnapshot snapshot;
    private final Map<WarehouseTable, GoldTable> tables = new EnumMap<>(WarehouseTable.class);

    GoldData(PublicationSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    PublicationSnapshot snapshot() {
        return snapshot;
    }

    /** A pinned table's rows and schema, read once; empty when it cannot be read. */
    synchronized GoldTable table(WarehouseTable table) {
        return tables.computeIfAbsent(table, this::read);
    }

    private GoldTable read(WarehouseTable table) {
        if (snapshot.version(table).isEmpty()) {
            return GoldTable.EMPTY;
        }
        try {
            var frame = snapshot.read(table);
            return new GoldTable(frame.schema(), frame.collectAsList());
        } catch (IllegalStateException assembledInMemory) {
            return GoldTable.EMPTY;
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
