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
    /** Rows (and whole files) rejected by a check: one row per issue, with its rule and messages. */
    QUARANTINE("silver", "quarantine"),
    /** Warnings about accepted rows, one row per issue. */
    WARNINGS("silver", "warnings"),
    /** Per file: rows read = rows accepted + rows quarantined. */
    FILE_LEDGER("silver", "file_ledger"),
    GOLD_COUNTY_QUARTER("gold", "county_quarter"),
    GOLD_PREFECTURE_QUARTER("gold", "prefecture_quarter"),
    GOLD_PROVINCE_QUARTER("gold", "province_quarter");

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
