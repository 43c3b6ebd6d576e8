package org.bangfu.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The one pinned view of gold that a publish run renders (DESIGN.md principle 3): every gold table
 * that existed, each at one version, read through {@link #read} at exactly that version, plus the
 * area × quarter figures already read from them. Every page, chart, document and download is built
 * from this and stamped with {@link #stamp()}; with Delta time travel the stamp is enough to
 * rebuild the publication.
 *
 * <p>A snapshot assembled in memory from figures (as tests and previews do) has versions but no
 * tables behind them: {@link #read} then fails.
 */
public final class PublicationSnapshot {

    /** Reads a gold table at a pinned version; supplied by the warehouse layer. */
    public interface PinnedReader {
        Dataset<Row> read(WarehouseTable table, TableVersion version);

        /** The table's rows at the version; a reader that knows no faster way counts with Spark. */
        default long rowCount(WarehouseTable table, TableVersion version) {
            return read(table, version).count();
        }
    }

    private final List<TableVersion> versions;
    private final Map<WarehouseTable, TableVersion> tables;
    private final Instant pinnedAt;
    private final PinnedReader reader;
    private final List<AreaQuarterFigures> counties;
    private final List<AreaQuarterFigures> prefectures;
    private final List<AreaQuarterFigures> provinces;
    private final Optional<ModelRun> modelRun;

    /**
     * A snapshot assembled in memory: figures with the versions they claim to come from.
     *
     * @param versions the gold table versions read
     * @param pinnedAt when the versions were pinned
     * @param counties county × quarter figures, all quarters
     * @param prefectures prefecture × quarter figures, all quarters
     * @param provinces province × quarter figures, all quarters
     */
    public PublicationSnapshot(List<TableVersion> versions, Instant pinnedAt, List<AreaQuarterFigures> counties,
            List<AreaQuarterFigures> prefectures, List<AreaQuarterFigures> provinces) {
        this(versions, pinnedAt, null, counties, prefectures, provinces, Optional.empty());
    }

    private PublicationSnapshot(List<TableVersion> versions, Instant pinnedAt, PinnedReader reader,
            List<AreaQuarterFigures> counties, List<AreaQuarterFigures> prefectures, List<AreaQuarterFigures> provinces,
            Optional<ModelRun> modelRun) {
        this.modelRun = Objects.requireNonNull(modelRun, "modelRun");
        this.versions = List.copyOf(versions);
        this.pinnedAt = Objects.requireNonNull(pinnedAt, "pinnedAt");
        this.reader = reader;
        this.counties = List.copyOf(counties);
        this.prefectures = List.copyOf(prefectures);
        this.provinces = List.copyOf(provinces);
        Map<WarehouseTable, TableVersion> byTable = new EnumMap<>(WarehouseTable.class);
        for (TableVersion version : this.versions) {
            WarehouseTable.byQualifiedName(version.table()).ifPresent(table -> byTable.put(table, version));
        }
        this.tables = Collections.unmodifiableMap(byTable);
    }

    /**
     * Gold pinned in the warehouse.
     *
     * @param tables every gold table that existed, at its pinned version, in stamp order
     * @param reader reads a table at its pinned version
     */
    public static PublicationSnapshot pinned(Map<WarehouseTable, TableVersion> tables, Instant pinnedAt,
            PinnedReader reader, List<AreaQuarterFigures> counties, List<AreaQuarterFigures> prefectures,
            List<AreaQuarterFigures> provinces) {
        return pinned(tables, pinnedAt, reader, counties, prefectures, provinces, Optional.empty());
    }

    /**
     * Gold pinned in the warehouse as one model run left it.
     *
     * @param modelRun the complete model run whose gold tables these are; empty for gold written
     *     before model runs were recorded
     */
    public static PublicationSnapshot pinned(Map<WarehouseTable, TableVersion> tables, Instant pinnedAt,
            PinnedReader reader, List<AreaQuarterFigures> counties, List<AreaQuarterFigures> prefectures,
            List<AreaQuarterFigures> provinces, Optional<ModelRun> modelRun) {
        return new PublicationSnapshot(List.copyOf(tables.values()), pinnedAt, Objects.requireNonNull(reader, "reader"),
                counties, prefectures, provinces, modelRun);
    }

    /** The same snapshot, said to be the gold tables of a model run. */
    public PublicationSnapshot withModelRun(ModelRun run) {
        return new PublicationSnapshot(versions, pinnedAt, reader, counties, prefectures, provinces, Optional.of(run));
    }

    /**
     * The complete model run whose gold tables this snapshot holds: the release. Empty for a
     * snapshot assembled in memory or gold written before model runs were recorded.
     */
    public Optional<ModelRun> modelRun() {
        return modelRun;
    }

    /**
     * A short name of the release for pages to show, Chinese first, e.g. {@code 第3版 · 2019Q4 / release 3};
     * without a recorded model run, {@code 2019Q4 数据 / 2019Q4 data}. The full {@link #stamp()}
     * belongs on an "about this release" page.
     */
    public String releaseLabel() {
        String period = provinces.stream().map(AreaQuarterFigures::period).max(Comparator.naturalOrder()).orElse("");
        String periodPart = period.isEmpty() ? "" : " · " + period;
        return modelRun.map(run -> "第" + run.number() + "版" + periodPart + " / release " + run.number())
                .orElse(period.isEmpty() ? "未编号版本 / unnumbered release" : period + " 数据 / " + period + " data");
    }

    /** The pinned versions, in stamp order. */
    public List<TableVersion> versions() {
        return versions;
    }

    /** Every pinned gold table and its version. */
    public Map<WarehouseTable, TableVersion> tables() {
        return tables;
    }

    /** The pinned version of a table, empty when the table did not exist when pinned. */
    public Optional<TableVersion> version(WarehouseTable table) {
        return Optional.ofNullable(tables.get(table));
    }

    /**
     * The table exactly as pinned.
     *
     * @throws IllegalStateException when the table was not pinned, or the snapshot was assembled in memory
     */
    public Dataset<Row> read(WarehouseTable table) {
        return reader.read(table, readableVersion(table));
    }

    private TableVersion readableVersion(WarehouseTable table) {
        TableVersion version = version(table).orElseThrow(() -> new IllegalStateException(
                "快照中没有 " + table.qualifiedName() + " / the snapshot holds no " + table.qualifiedName() + ": " + stamp()));
        if (reader == null) {
            throw new IllegalStateException("这个快照在内存中组装，没有可读的表 / this snapshot was assembled in memory"
                    + " and has no tables to read");
        }
        return version;
    }

    /**
     * How many rows the table holds as pinned, without a Spark job where the table's log can say.
     *
     * @throws IllegalStateException when the table was not pinned, or the snapshot was assembled in memory
     */
    public long rowCount(WarehouseTable table) {
        return reader.rowCount(table, readableVersion(table));
    }

    /** When the versions were pinned. */
    public Instant pinnedAt() {
        return pinnedAt;
    }

    /** County × quarter figures, all quarters. */
    public List<AreaQuarterFigures> counties() {
        return counties;
    }

    /** Prefecture × quarter figures, all quarters. */
    public List<AreaQuarterFigures> prefectures() {
        return prefectures;
    }

    /** Province × quarter figures, all quarters. */
    public List<AreaQuarterFigures> provinces() {
        return provinces;
    }

    /** The versions as one line, e.g. {@code gold.county_quarter@v3, gold.province_quarter@v3}. */
    public String stamp() {
        return versions.stream().map(TableVersion::stamp).collect(Collectors.joining(", "));
    }

    /** The latest quarter with province figures, e.g. {@code 2019Q4}. */
    public String latestPeriod() {
        return provinces.stream()
                .map(AreaQuarterFigures::period)
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("the snapshot holds no province figures"));
    }

    /** Same versions, pin time and figures; how tables are read does not matter. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PublicationSnapshot snapshot && versions.equals(snapshot.versions)
                && pinnedAt.equals(snapshot.pinnedAt) && counties.equals(snapshot.counties)
                && prefectures.equals(snapshot.prefectures) && provinces.equals(snapshot.provinces)
                && modelRun.equals(snapshot.modelRun);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versions, pinnedAt, counties, prefectures, provinces, modelRun);
    }

    @Override
    public String toString() {
        return "PublicationSnapshot[" + releaseLabel() + ", " + stamp() + ", pinned at " + pinnedAt + "]";
    }
}
