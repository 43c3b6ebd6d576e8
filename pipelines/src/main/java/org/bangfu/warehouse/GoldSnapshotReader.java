package org.bangfu.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.ModelRun;
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

    /**
     * The gold tables of the latest complete model run; in a warehouse whose gold was written before
     * model runs were recorded, every gold table at its current version.
     */
    public PublicationSnapshot pinCurrent() {
        String stamp = currentStamp(new ModelRunLog(warehouse));
        return pin(stamp.isEmpty() ? AsOf.LATEST : AsOf.stamped(stamp), Instant.now());
    }

    private String currentStamp(ModelRunLog runs) {
        return runs.latest().map(ModelRun::goldStamp)
                .orElseGet(() -> PinnedTables.pin(warehouse, WarehouseTable.inLayer("gold"), AsOf.LATEST).stamp());
    }

    /**
     * What to publish for {@code asOf}, dated from the publication log when the stamp was published.
     * A release is the gold tables of one complete model run ({@link ModelRunLog}), never a mix:
     * <ul>
     *   <li>latest: the latest complete model run; dated {@code today} unless its stamp was
     *       published before (a run killed halfway is not complete, so the one before it is published);</li>
     *   <li>a time: the release that was the latest published then, exactly as recorded (stamp, date);
     *       when nothing had been published by then, the latest model run complete by then, dated that day;</li>
     *   <li>a stamp: exactly those versions; dated as recorded, else {@code today};</li>
     *   <li>a number N: every gold table of model run N (release N); dated as recorded when its stamp
     *       was published, else the day the run completed.</li>
     * </ul>
     * A warehouse whose gold was written before model runs were recorded is read as gold was then.
     */
    public Release release(AsOf asOf, PublicationLog log, LocalDate today) {
        ModelRunLog runs = new ModelRunLog(warehouse);
        if (asOf instanceof AsOf.At at) {
            Optional<PublicationLog.Publication> published = log.latestAtOrBefore(at.instant());
            if (published.isPresent()) {
                return new Release(pin(AsOf.stamped(published.get().stamp()), published.get().pinnedAt()),
                        published.get().publishedOn(), true);
            }
            LocalDate thatDay = at.instant().atZone(AsOf.BEIJING).toLocalDate();
            Optional<ModelRun> complete = runs.completedAtOrBefore(at.instant());
            if (complete.isPresent()) {
                return dated(pin(AsOf.stamped(complete.get().goldStamp()), complete.get().completedAt()), log, thatDay);
            }
            if (!runs.all().isEmpty()) {
                throw new WarehouseException(WarehouseError.NO_VERSION_AT_THAT_TIME,
                        "在 " + at + " 之前没有已完成的模型运行，无可发布的数据",
                        "no model run had completed by " + at + ": there is nothing to publish as of then");
            }
            return dated(pin(asOf, at.instant()), log, thatDay);
        }
        if (asOf instanceof AsOf.ModelVersion modelRun) {
            ModelRun run = runs.number(modelRun.version())
                    .orElseThrow(() -> ModelRunLog.noSuchRun(warehouse, modelRun.version()));
            return released(run.goldStamp(), log, run.completedAt(), run.completedAt().atZone(AsOf.BEIJING).toLocalDate());
        }
        if (asOf instanceof AsOf.Stamped) {
            return released(PinnedTables.pin(warehouse, WarehouseTable.inLayer("gold"), asOf).stamp(), log,
                    Instant.now(), today);
        }
        return released(currentStamp(runs), log, Instant.now(), today);
    }

    /**
     * The publication before the one of {@code snapshot}, pinned as it was published: the last one
     * recorded before this stamp was first published (or, for a stamp not yet published, the last one
     * recorded), with a different stamp. It depends only on the publication log, so a rebuild of a
     * release ({@code publish --as-of}) finds the same previous release as its first publication did.
     */
    public Optional<Release> previousRelease(PublicationSnapshot snapshot, PublicationLog log) {
        List<PublicationLog.Publication> all = log.all();
        Optional<Instant> firstPublished = all.stream().filter(publication -> publication.stamp().equals(snapshot.stamp()))
                .map(PublicationLog.Publication::recordedAt).min(java.util.Comparator.naturalOrder());
        return all.stream()
                .filter(publication -> !publication.stamp().equals(snapshot.stamp()))
                .filter(publication -> firstPublished.map(first -> publication.recordedAt().isBefore(first)).orElse(true))
                .max(java.util.Comparator.comparing(PublicationLog.Publication::recordedAt))
                .map(publication -> new Release(pin(AsOf.stamped(publication.stamp()), publication.pinnedAt()),
                        publication.publishedOn(), true));
    }

    /**
     * The gold versions of a stamp as they were published: pinned at the recorded pin time and dated
     * with the recorded date, so the rebuild is byte for byte the release; never published, pinned
     * and dated as given.
     */
    private Release released(String stamp, PublicationLog log, Instant otherwisePinnedAt, LocalDate otherwiseDate) {
        if (stamp.isEmpty()) {
            return new Release(pin(AsOf.LATEST, otherwisePinnedAt), otherwiseDate, false);
        }
        Optional<PublicationLog.Publication> published = log.firstWithStamp(stamp);
        if (published.isPresent()) {
            return new Release(pin(AsOf.stamped(stamp), published.get().pinnedAt()), published.get().publishedOn(), true);
        }
        return new Release(pin(AsOf.stamped(stamp), otherwisePinnedAt), otherwiseDate, false);
    }

    private static Release dated(PublicationSnapshot snapshot, PublicationLog log, LocalDate otherwise) {
        Optional<PublicationLog.Publication> published = log.firstWithStamp(snapshot.stamp());
        return new Release(snapshot, published.map(PublicationLog.Publication::publishedOn).orElse(otherwise),
                published.isPresent());
    }

    /**
     * Every gold table that existed at {@code asOf}, pinned, and the model run whose gold tables
     * they are, when one is; fails when a required table did not exist.
     */
    public PublicationSnapshot pin(AsOf asOf, Instant pinnedAt) {
        PinnedTables gold = PinnedTables.pin(warehouse, WarehouseTable.inLayer("gold"), asOf);
        List<WarehouseTable> missing = gold.missing(REQUIRED);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("尚无汇总数据，请先运行 model / no gold data yet"
                    + (asOf instanceof AsOf.Latest ? "" : " at " + asOf) + ": "
                    + missing.stream().map(WarehouseTable::qualifiedName).toList() + " missing; run `bangfu model` first");
        }
        return PublicationSnapshot.pinned(gold.versions(), pinnedAt,
                new PublicationSnapshot.PinnedReader() {
                    @Override
                    public Dataset<Row> read(WarehouseTable table, TableVersion version) {
                        return warehouse.read(version, table);
                    }

                    @Override
                    public long rowCount(WarehouseTable table, TableVersion version) {
                        return warehouse.rowCount(version, table);
                    }
                },
                figures(gold, WarehouseTable.GOLD_COUNTY_QUARTER),
                figures(gold, WarehouseTable.GOLD_PREFECTURE_QUARTER),
                figures(gold, WarehouseTable.GOLD_PROVINCE_QUARTER),
                new ModelRunLog(warehouse).withGoldStamp(gold.stamp()));
    }

    private static List<AreaQuarterFigures> figures(PinnedTables gold, WarehouseTable table) {
        // An area table has a row per area and quarter and is collected whole: sorting it in one
        // task spares the range sort's sample of the keys and its shuffle.
        return gold.read(table)
                .coalesce(1).sortWithinPartitions("prefecture_code", "area_code", "period")
                .collectAsList().stream()
                .map(AreaQuarterFigures::fromGoldRow)
                .toList();
    }
}
