package org.bangfu.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bangfu.warehouse.WarehouseTable;

/** Which gold table holds a topic's indicators at each level: written once, shared by the topic lists. */
final class GoldTables {

    /** BF-1: the area tables and the unit tables. */
    static final Map<AggregationLevel, WarehouseTable> ASSISTANCE = tables(
            AggregationLevel.COUNTY, WarehouseTable.GOLD_COUNTY_QUARTER,
            AggregationLevel.PREFECTURE, WarehouseTable.GOLD_PREFECTURE_QUARTER,
            AggregationLevel.PROVINCE, WarehouseTable.GOLD_PROVINCE_QUARTER,
            AggregationLevel.UNIT, WarehouseTable.GOLD_UNIT_QUARTER,
            AggregationLevel.UNIT_CATEGORY, WarehouseTable.GOLD_UNIT_GROUP_QUARTER,
            AggregationLevel.UNIT_LEVEL, WarehouseTable.GOLD_UNIT_GROUP_QUARTER);

    /** BF-1 counts of units, which exist for areas and groups of units but not for one unit. */
    static final Map<AggregationLevel, WarehouseTable> ASSISTANCE_GROUPS = tables(
            AggregationLevel.COUNTY, WarehouseTable.GOLD_COUNTY_QUARTER,
            AggregationLevel.PREFECTURE, WarehouseTable.GOLD_PREFECTURE_QUARTER,
            AggregationLevel.PROVINCE, WarehouseTable.GOLD_PROVINCE_QUARTER,
            AggregationLevel.UNIT_CATEGORY, WarehouseTable.GOLD_UNIT_GROUP_QUARTER,
            AggregationLevel.UNIT_LEVEL, WarehouseTable.GOLD_UNIT_GROUP_QUARTER);

    /** BF-2 and BF-3 per area × quarter. */
    static final Map<AggregationLevel, WarehouseTable> AREA_PROGRESS = tables(
            AggregationLevel.COUNTY, WarehouseTable.GOLD_AREA_PROGRESS_QUARTER,
            AggregationLevel.PREFECTURE, WarehouseTable.GOLD_AREA_PROGRESS_QUARTER,
            AggregationLevel.PROVINCE, WarehouseTable.GOLD_AREA_PROGRESS_QUARTER);

    /** BF-5 per area × year. */
    static final Map<AggregationLevel, WarehouseTable> AREA_TARGETS = tables(
            AggregationLevel.COUNTY, WarehouseTable.GOLD_AREA_TARGETS,
            AggregationLevel.PREFECTURE, WarehouseTable.GOLD_AREA_TARGETS,
            AggregationLevel.PROVINCE, WarehouseTable.GOLD_AREA_TARGETS);

    /** ML-1 and ML-2 per area × year, at every level from county to nation. */
    static final Map<AggregationLevel, WarehouseTable> AREA_EXIT_YEAR = tables(
            AggregationLevel.COUNTY, WarehouseTable.GOLD_AREA_EXIT_YEAR,
            AggregationLevel.PREFECTURE, WarehouseTable.GOLD_AREA_EXIT_YEAR,
            AggregationLevel.PROVINCE, WarehouseTable.GOLD_AREA_EXIT_YEAR,
            AggregationLevel.NATION, WarehouseTable.GOLD_AREA_EXIT_YEAR);

    private GoldTables() {
    }

    private static Map<AggregationLevel, WarehouseTable> tables(Object... levelThenTable) {
        Map<AggregationLevel, WarehouseTable> tables = new LinkedHashMap<>();
        for (int index = 0; index + 1 < levelThenTable.length; index += 2) {
            tables.put((AggregationLevel) levelThenTable[index], (WarehouseTable) levelThenTable[index + 1]);
        }
        return tables;
    }
}
