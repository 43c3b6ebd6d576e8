package org.bangfu.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.model.TableVersion;

/**
 * Some tables pinned at one version each, and read at exactly those versions: whatever commits
 * meanwhile, a job that reads through this sees one consistent state, and its stamp says which.
 * Tables that did not exist at the pinned moment are simply absent.
 */
public final class PinnedTables {

    private final Warehouse warehouse;
    private final Map<WarehouseTable, TableVersion> versions;

    private PinnedTables(Warehouse warehouse, Map<WarehouseTable, TableVersion> versions) {
        this.warehouse = warehouse;
        this.versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    }

    /**
     * Pins each of {@code tables}, in that order, at the version {@code asOf} designates. A
     * {@link AsOf.ModelVersion} must have been turned into a time or a stamp by the caller, which
     * knows what it means for its step.
     *
     * @throws WarehouseException (WAREHOUSE-003) when a stamp names a version whose commit is gone
     */
    public static PinnedTables pin(Warehouse warehouse, List<WarehouseTable> tables, AsOf asOf) {
        Map<WarehouseTable, TableVersion> versions = new LinkedHashMap<>();
        for (WarehouseTable table : tables) {
            versionOf(warehouse, table, asOf).ifPresent(version -> versions.put(table, version));
        }
        return new PinnedTables(warehouse, versions);
    }

    private static Optional<TableVersion> versionOf(Warehouse warehouse, WarehouseTable table, AsOf asOf) {
        if (asOf instanceof AsOf.Latest) {
            return warehouse.exists(table) ? Optional.of(warehouse.currentVersion(table)) : Optional.empty();
        }
        if (asOf instanceof AsOf.At at) {
            return warehouse.versionAt(table, at.instant());
        }
        if (asOf instanceof AsOf.Stamped stamped) {
            Long version = stamped.versions().get(table.qualifiedName());
            if (version == null) {
                return Optional.empty();
            }
            return Optional.of(warehouse.version(table, version).orElseThrow(() -> new WarehouseException(
                    WarehouseError.NO_VERSION_AT_THAT_TIME,
                    table.qualifiedName() + "@v" + version + " 不存在或其日志已被清理",
                    table.qualifiedName() + "@v" + version + " does not exist or its log entry has been cleaned up")));
        }
        throw new IllegalArgumentException("resolve " + asOf + " to a time or a stamp before pinning");
    }

    /** The version of the table {@code gold.province_quarter}-style version N designates, or a coded error. */
    public static TableVersion requireVersion(Warehouse warehouse, WarehouseTable table, long version) {
        return warehouse.version(table, version).orElseThrow(() -> new WarehouseException(
                WarehouseError.NO_VERSION_AT_THAT_TIME,
                table.qualifiedName() + " 没有版本 v" + version + "（当前为 v" + currentOrNone(warehouse, table) + "）",
                table.qualifiedName() + " has no version v" + version + " (the current one is v"
                        + currentOrNone(warehouse, table) + ")"));
    }

    private static String currentOrNone(Warehouse warehouse, WarehouseTable table) {
        return warehouse.exists(table) ? Long.toString(warehouse.currentVersion(table).version()) : "—";
    }

    /** The tables asked for that were not pinned: they did not exist then, or the stamp did not name them. */
    public List<WarehouseTable> missing(List<WarehouseTable> required) {
        List<WarehouseTable> missing = new ArrayList<>();
        for (WarehouseTable table : required) {
            if (!versions.containsKey(table)) {
                missing.add(table);
            }
        }
        return missing;
    }

    /** The pinned versions in the order pinned. */
    public Map<WarehouseTable, TableVersion> versions() {
        return versions;
    }

    public Optional<TableVersion> version(WarehouseTable table) {
        return Optional.ofNullable(versions.get(table));
    }

    /** The table at its pinned version. */
    public Dataset<Row> read(WarehouseTable table) {
        TableVersion version = version(table).orElseThrow(() -> new IllegalStateException(
                table.qualifiedName() + " 未被固定版本 / is not pinned here; pinned: " + stamp()));
        return warehouse.read(version, table);
    }

    /** E.g. {@code silver.unit_assistance@v3, silver.county_register@v1}: what a write records as its inputs. */
    public String stamp() {
        return versions.values().stream().map(TableVersion::stamp).collect(Collectors.joining(", "));
    }
}
