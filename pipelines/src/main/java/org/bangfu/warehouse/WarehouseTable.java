package org.bangfu.warehouse;

/** Every Delta table of the warehouse, by layer. */
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
    GOLD_COUNTY_QUARTER("gold", "county_quarter"),
    GOLD_PREFECTURE_QUARTER("gold", "prefecture_quarter"),
    GOLD_PROVINCE_QUARTER("gold", "province_quarter"),
    /** BF-1 per assisting unit × quarter, summed over its counties, with its counties expected and reporting. */
    GOLD_UNIT_QUARTER("gold", "unit_quarter"),
    /** BF-1 per unit category and per unit level (中央/省/市/县) × quarter, with units expected and reporting. */
    GOLD_UNIT_GROUP_QUARTER("gold", "unit_group_quarter"),
    /** BF-2 work teams and BF-3 progress per county, prefecture and province × quarter, with counties reporting. */
    GOLD_AREA_PROGRESS_QUARTER("gold", "area_progress_quarter"),
    /** BF-5 targets per area × year beside what was achieved, and the change on the year before. */
    GOLD_AREA_TARGETS("gold", "area_targets"),
    /** Counties ranked within prefecture and province, 国定 and 省定 separately, on headline indicators. */
    GOLD_COUNTY_RANKINGS("gold", "county_rankings"),
    /** Expected vs received submissions per form, submitter and period: on time, late or missing. */
    GOLD_COMPLETENESS("gold", "completeness"),
    /** Each unit × year: every programme rule's result with its evidence, and the bundled verdict. */
    GOLD_UNIT_SCORECARD("gold", "unit_scorecard"),
    /** Each unit × year: the bundled verdict (三捆绑) from its rule results, and any condition that bars 优秀. */
    GOLD_UNIT_VERDICT("gold", "unit_verdict"),
    /** BF-4 households per area (county, prefecture, province) × year, one row per indicator and category. */
    GOLD_HOUSEHOLD_INDICATORS("gold", "household_indicators");

    private final String layer;
    private final String tableName;

    WarehouseTable(String layer, String tableName) {
        this.layer = layer;
        this.tableName = tableName;
    }

    /** E.g. {@code gold.county_quarter}. */
    public String qualifiedName() {
        return layer + "." + tableName;
    }

    /** The path below the warehouse root, e.g. {@code gold/county_quarter}. */
    public String relativePath() {
        return layer + "/" + tableName;
    }
}
