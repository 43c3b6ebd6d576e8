package org.bangfu.indicators;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every indicator bangfu defines, composed of per-topic lists, and the few other labels that
 * appear on every output. The only place these names, units and precisions are written.
 *
 * <p>A new topic (e.g. BF-4 households, the unit scorecard) keeps its indicators in a class of its
 * own with a public {@code ALL} list and adds that list to {@link #TOPICS}: one line here.
 */
public final class IndicatorCatalogue {

    /** Each topic's indicators, in publication order. */
    private static final List<List<Indicator>> TOPICS = List.of(
            AssistanceIndicators.ALL,
            WorkTeamIndicators.ALL,
            ProgressIndicators.ALL,
            TargetIndicators.ALL,
            RegisterIndicators.ALL);

    public static final Indicator FUNDS_DIRECT = AssistanceIndicators.FUNDS_DIRECT;
    public static final Indicator FUNDS_COORDINATED = AssistanceIndicators.FUNDS_COORDINATED;
    public static final Indicator ASSISTING_UNITS = AssistanceIndicators.ASSISTING_UNITS;
    public static final Indicator PAIRED_UNITS = AssistanceIndicators.PAIRED_UNITS;
    public static final Indicator PROJECTS = AssistanceIndicators.PROJECTS;
    public static final Indicator PEOPLE_TRAINED = AssistanceIndicators.PEOPLE_TRAINED;
    public static final Indicator JOBS_TRANSFERRED = AssistanceIndicators.JOBS_TRANSFERRED;

    /** Stamped on every output: the gold table versions it was built from. */
    public static final FieldLabel DATA_VERSION = new FieldLabel("数据版本", "Data version", "data_version");

    /** The day a publication was made. */
    public static final FieldLabel PUBLISHED_ON = new FieldLabel("发布日期", "Published", "published_on");

    private static final List<Indicator> ALL = TOPICS.stream().flatMap(List::stream).toList();

    /**
     * What the county and province pages, the county × quarter download and the briefing show today:
     * the BF-1 figures the publication snapshot carries.
     */
    private static final List<Indicator> PUBLISHED = List.of(
            FUNDS_DIRECT, FUNDS_COORDINATED, ASSISTING_UNITS, PAIRED_UNITS, PROJECTS, PEOPLE_TRAINED, JOBS_TRANSFERRED);

    private IndicatorCatalogue() {
    }

    /** Every indicator of every topic, in publication order. */
    public static List<Indicator> all() {
        return ALL;
    }

    /** The indicators the site, download and briefing show, in that order. */
    public static List<Indicator> published() {
        return PUBLISHED;
    }

    /** The indicator with a code; fails naming the codes that exist. */
    public static Indicator byCode(String code) {
        return ALL.stream()
                .filter(indicator -> indicator.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator has code '" + code + "'; known codes: "
                        + ALL.stream().map(Indicator::code).collect(Collectors.joining(", "))));
    }

    /** The indicators of a level read from one gold table, e.g. everything in gold.area_progress_quarter. */
    public static List<Indicator> readFrom(org.bangfu.warehouse.WarehouseTable table) {
        return ALL.stream().filter(indicator -> indicator.goldTables().containsValue(table)).toList();
    }

    /** Every published column: each published flow year to date and in the quarter, each stock once. */
    public static List<IndicatorColumn> columns() {
        return PUBLISHED.stream()
                .flatMap(indicator -> indicator.publishedSpans().stream().map(span -> new IndicatorColumn(indicator, span)))
                .toList();
    }

    /** All topics' indicators as a stream, for callers that filter. */
    public static Stream<Indicator> stream() {
        return ALL.stream();
    }
}
