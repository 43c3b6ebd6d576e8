package org.bangfu.warehouse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bangfu.model.AssistanceAggregates;

/**
 * Every Delta table of the warehouse, by layer, with its {@link TableDefinition}: partitioning,
 * merge keys and CHECK constraints.
 *
 * <p>The quarterly gold tables are partitioned by {@code year}, not by quarter: a province has a
 * few thousand area × quarter rows a year, so quarter partitions would be files of a few dozen
 * rows; and a year is the unit a correction touches, since year-to-date figures make a corrected
 * quarter change the increments of the later quarters of the same year, never another year.
 */
public enum WarehouseTable {
    /** One row per landed file: its hash, names, form, rows read, or why it could not be read. */
    BRONZE_FILES("bronze", "files"),
    /** Every data row as read, as text by field name, with file hash, sheet, row number and batch. */
    BRONZE_ROWS("bronze", "rows"),
    SILVER_COUNTY_REGISTER("silver", "county_register"),
    SILVER_VILLAGE_REGISTER("silver", "village_register"),
    SILVER_UNIT_REGISTER("silver", "unit_register"),
    SILVER_PAIRINGS("silver", "pairings"),
    /** BF-1, the latest accepted revision per unit, county and quarter. */
    SILVER_UNIT_ASSISTANCE("silver", "unit_assistance"),
    /** BF-2, the latest accepted revision per village and quarter. */
    SILVER_WORK_TEAMS("silver", "work_teams"),
    /** BF-3, the latest accepted revision per county and quarter. */
    SILVER_COUNTY_PROGRESS("silver", "county_progress"),
    /** BF-4, one row per household and year, keyed by pseudonyms only. */
    SILVER_POOR_HOUSEHOLDS("silver", "poor_households"),
    /** BF-5, targets per area and year. */
    SILVER_ANNUAL_TARGETS("silver", "annual_targets"),
    /**
     * One row per (form, submitter, period) and file that submitted it: when it was received,
     * whether that was late, and whether it is the current revision.
     */
    SUBMISSIONS("silver", "submissions"),
    /** Cross-source differences (BF-1 vs BF-2 team members, BF-3 vs BF-4 exits), never silently fixed. */
    RECONCILIATION("silver", "reconciliation"),
    /** Rows (and whole files) rejected by a check: one row per issue, with its rule and messages. */
    QUARANTINE("silver", "quarantine"),
    /** Warnings about accepted rows, one row per issue. */
    WARNINGS("silver", "warnings"),
    /** Per file: rows read = rows accepted + rows quarantined. */
    FILE_LEDGER("silver", "file_ledger"),
    GOLD_COUNTY_QUARTER("gold", "county_quarter", Definitions.areaQuarter()),
    GOLD_PREFECTURE_QUARTER("gold", "prefecture_quarter", Definitions.areaQuarter()),
    GOLD_PROVINCE_QUARTER("gold", "province_quarter", Definitions.areaQuarter()),
    /** BF-1 per assisting unit × quarter, summed over its counties, with its counties expected and reporting. */
    GOLD_UNIT_QUARTER("gold", "unit_quarter"),
    /** BF-1 per unit category and per unit level (中央/省/市/县) × quarter, with units expected and reporting. */
    GOLD_UNIT_GROUP_QUARTER("gold", "unit_group_quarter"),
    /** BF-2 work teams and BF-3 progress per county, prefecture and province × quarter, with counties reporting. */
    GOLD_AREA_PROGRESS_QUARTER("gold", "area_progress_quarter"),
    /** BF-5 targets per area × year beside what was achieved, and the change on the year before. */
    GOLD_AREA_TARGETS("gold", "area_targets"),
    /**
     * ML-1 and ML-2 alone per area (county, prefecture, province, nation) × year: counties by type,
     * poor counties and villages planned to exit against those that did.
     */
    GOLD_AREA_EXIT_YEAR("gold", "area_exit_year"),
    /** ML-1 per area × year × group of counties (by poverty_type, 深度贫困, 片区), with the group's exits. */
    GOLD_AREA_COUNTY_GROUPS("gold", "area_county_groups"),
    /** Counties ranked within prefecture and province, 国定 and 省定 separately, on headline indicators. */
    GOLD_COUNTY_RANKINGS("gold", "county_rankings"),
    /** Expected vs received submissions per form, submitter and period: on time, late or missing. */
    GOLD_COMPLETENESS("gold", "completeness"),
    /** Each unit × year: every programme rule's result with its evidence, and the bundled verdict. */
    GOLD_UNIT_SCORECARD("gold", "unit_scorecard"),
    /** Each unit × year: the bundled verdict (三捆绑) from its rule results, and any condition that bars 优秀. */
    GOLD_UNIT_VERDICT("gold", "unit_verdict"),
    /** BF-4 households per area (county, prefecture, province) × year, one row per indicator and category. */
    GOLD_HOUSEHOLD_INDICATORS("gold", "household_indicators"),
    /** Rows quarantined and rows warned per form, period, rule and submitter, with the rule's name. */
    GOLD_DATA_QUALITY("gold", "data_quality"),
    /** Every cross-source comparison of silver.reconciliation, agreeing or not, with its unit or county. */
    GOLD_RECONCILIATION_DIFFERENCES("gold", "reconciliation_differences");

    private final String layer;
    private final String tableName;
    private final TableDefinition definition;

    WarehouseTable(String layer, String tableName) {
        this(layer, tableName, TableDefinition.PLAIN);
    }

    WarehouseTable(String layer, String tableName, TableDefinition definition) {
        this.layer = layer;
        this.tableName = tableName;
        this.definition = definition;
    }

    /** Partitioning, merge keys and constraints. */
    public TableDefinition definition() {
        return definition;
    }

    /** The table called e.g. {@code gold.county_quarter}, if there is one. */
    public static Optional<WarehouseTable> byQualifiedName(String qualifiedName) {
        return Arrays.stream(values()).filter(table -> table.qualifiedName().equals(qualifiedName)).findFirst();
    }

    /** Every table of a layer ({@code bronze}, {@code silver}, {@code gold}), in declaration order. */
    public static List<WarehouseTable> inLayer(String layer) {
        return Arrays.stream(values()).filter(table -> table.layer.equals(layer)).toList();
    }

    /** E.g. {@code gold.county_quarter}. */
    public String qualifiedName() {
        return layer + "." + tableName;
    }

    /** The path below the warehouse root, e.g. {@code gold/county_quarter}. */
    public String relativePath() {
        return layer + "/" + tableName;
    }

    /** Definitions shared by several tables; a nested class because enum constants cannot reach static fields. */
    private static final class Definitions {

        private Definitions() {
        }

        /** Area × quarter figures: one row per area and quarter; counts and year-to-date figures never negative. */
        static TableDefinition areaQuarter() {
            List<String> notNegative = new ArrayList<>(List.of("assisting_units", "paired_units"));
            // Quarter increments may be negative (a corrected year-to-date figure); year-to-date figures
            // and quarter-end counts may not.
            AssistanceAggregates.MEASURES.forEach(
                    measure -> notNegative.add(measure.flow() ? measure.name() + "_ytd" : measure.name()));
            return new TableDefinition(List.of("year"), List.of("area_code", "period"), List.of(
                    CheckConstraint.between("year_in_range", "year", 2000, 2100),
                    CheckConstraint.between("quarter_in_range", "quarter", 1, 4),
                    CheckConstraint.notNegative("figures_not_negative", notNegative)));
        }
    }
}
