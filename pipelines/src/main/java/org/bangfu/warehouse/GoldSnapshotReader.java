package org.bangfu.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.ModelJob;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.model.TableVersion;

/**
 * Pins the versions of every gold table and reads them at exactly those versions, so that
 * everything one publish run renders comes from the same data even if a model run commits
 * meanwhile; and finds, for {@code publish --as-of}, the release that was current then.
 */
public final class GoldSnapshotReader {

    /** The tables a publication cannot do without. */
    private static final List<WarehouseTable> REQUIRED = List.of(WarehouseTable.GOLD_COUNTY_QUARTER,
            WarehouseTable.GOLD_PREFECTURE_QUARTER, WarehouseTable.GOLD_PROVINCE_QUARTER);

    /**
     * What to render and the date to print on it.
     *
     * @param alreadyPublished whether this stamp is in the publication log (its date is the recorded one)
     */
    public record Release(PublicationSnapshot snapshot, LocalDate publishedOn, boolean alreadyPublished) {
    }

    private final Warehouse warehouse;

    public GoldSnapshotReader(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Every gold table at its current version. */
    public PublicationSnapshot pinCurrent() {
        return pin(AsOf.LATEST, Instant.now());
    }

    /**
     * What to publish for {@code asOf}, dated from the publication log when the stamp was published:
     * <ul>
     *   <li>latest: gold as it is now; dated {@code today} unless this stamp was published before;</li>
     *   <li>a time: the release that was the latest then, exactly as recorded (stamp, date); when
     *       nothing had been published by then, gold as it was then, dated that day;</li>
     *   <li>a stamp: exactly those versions; dated as recorded, else {@code today};</li>
     *   <li>a number N: gold as it was when {@code gold.province_quarter@vN} was committed (the
     *       end of that model build); dated as recorded, else the day of that commit.</li>
     * </ul>
     */
    public Release release(AsOf asOf, PublicationLog log, LocalDate today) {
        if (asOf instanceof AsOf.At at) {
            Optional<PublicationLog.Publication> published = log.latestAtOrBefore(at.instant());
            if (published.isPresent()) {
                return new Release(pin(AsOf.stamped(published.get().stamp()), published.get().pinnedAt()),
                        published.get().publishedOn(), true);
            }
            return dated(pin(asOf, at.instant()), log, at.instant().atZone(AsOf.BEIJING).toLocalDate());
        }
        if (asOf instanceof AsOf.ModelVersion modelVersion) {
            TableVersion marker = PinnedTables.requireVersion(warehouse, ModelJob.MODEL_MARKER, modelVersion.version());
            return dated(pin(new AsOf.At(marker.committedAt()), marker.committedAt()), log,
                    marker.committedAt().atZone(AsOf.BEIJING).toLocalDate());
        }
        return dated(pin(asOf, Instant.now()), log, today);
    }

    private static Release dated(PublicationSnapshot snapshot, PublicationLog log, LocalDate otherwise) {
        Optional<PublicationLog.Publication> published = log.firstWithStamp(snapshot.stamp());
        return new Release(snapshot, published.map(PublicationLog.Publication::publishedOn).orElse(otherwise),
                published.isPresent());
    }

    /** Every gold table that existed at {@code asOf}, pinned; fails when a required one did not. */
    public PublicationSnapshot pin(AsOf asOf, Instant pinnedAt) {
        PinnedTables gold = PinnedTables.pin(warehouse, WarehouseTable.inLayer("gold"), asOf);
        List<WarehouseTable> missing = gold.missing(REQUIRED);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("尚无汇总数据，请先运行 model / no gold data yet"
                    + (asOf instanceof AsOf.Latest ? "" : " at " + asOf) + ": "
                    + missing.stream().map(WarehouseTable::qualifiedName).toList() + " missing; run `bangfu model` first");
        }
        return PublicationSnapshot.pinned(gold.versions(), pinnedAt,
                (table, version) -> warehouse.read(version, table),
                figures(gold, WarehouseTable.GOLD_COUNTY_QUARTER),
                figures(gold, WarehouseTable.GOLD_PREFECTURE_QUARTER),
                figures(gold, WarehouseTable.GOLD_PROVINCE_QUARTER));
    }

    private static List<AreaQuarterFigures> figures(PinnedTables gold, WarehouseTable table) {
        return gold.read(table)
                .orderBy("prefecture_code", "area_code", "period")
                .collectAsList().stream()
                .map(AreaQuarterFigures::fromGoldRow)
                .toList();
    }
}
