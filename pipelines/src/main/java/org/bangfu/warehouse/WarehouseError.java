package org.bangfu.warehouse;

/** The ways reading or writing the warehouse can fail, each with a stable code that appears in its message. */
public enum WarehouseError {
    /** A row broke a table's CHECK constraint; nothing was written. */
    CONSTRAINT_VIOLATED("WAREHOUSE-001"),
    /** Two rows produced for a merged table share the same key; nothing was written. */
    DUPLICATE_KEYS("WAREHOUSE-002"),
    /** No version of a table existed at the time asked for. */
    NO_VERSION_AT_THAT_TIME("WAREHOUSE-003"),
    /** An --as-of value that is neither a time, a version number nor a stamp. */
    UNREADABLE_AS_OF("WAREHOUSE-004"),
    /** A table name that names no table of the warehouse. */
    UNKNOWN_TABLE("WAREHOUSE-005");

    private final String code;

    WarehouseError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
