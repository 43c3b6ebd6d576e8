package org.bangfu.model;

import java.time.Instant;

/**
 * The Delta version of a gold table that a publication was built from; with Delta time travel it
 * is enough to rebuild that publication.
 *
 * @param table the table's name, e.g. {@code gold.county_quarter}
 * @param version the Delta table version
 * @param committedAt when that version was committed
 */
public record TableVersion(String table, long version, Instant committedAt) {

    /** The stamp printed on every output, e.g. {@code gold.county_quarter@v3}. */
    public String stamp() {
        return table + "@v" + version;
    }
}
