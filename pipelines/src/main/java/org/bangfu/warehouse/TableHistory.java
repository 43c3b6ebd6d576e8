package org.bangfu.warehouse;

import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * A table's history read from its Delta log alone, without starting Spark: what {@code bangfu
 * history} prints in a fraction of a second.
 */
public final class TableHistory {

    private final String root;
    private final DeltaLogReader logReader;

    /** The warehouse under a root path, local or hdfs://, with Hadoop's default configuration. */
    public TableHistory(String root) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.logReader = new DeltaLogReader(new Configuration());
    }

    /** Up to {@code limit} commits, the newest first; empty when the table has never been written. */
    public List<TableCommit> newestFirst(WarehouseTable table, int limit) {
        return logReader.newestFirst(root + "/" + table.relativePath(), limit).stream()
                .map(commit -> TableCommit.of(table, commit))
                .toList();
    }
}
