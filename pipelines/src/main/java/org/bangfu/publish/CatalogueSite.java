package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.Accumulation;
import org.bangfu.indicators.AggregationLevel;
import org.bangfu.indicators.FieldLabel;
import org.bangfu.indicators.HouseholdCatalogue;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.OfficialNumberFormat;
import org.bangfu.indicators.SourceField;
import org.bangfu.parallel.InOrder;
import org.bangfu.publish.GoldData.GoldTable;
import org.bangfu.publish.GoldData.Observation;
import org.bangfu.publish.TemplateModel.Card;
import org.bangfu.publish.TemplateModel.Cut;
import org.bangfu.publish.TemplateModel.Download;
import org.bangfu.publish.TemplateModel.Fact;
import org.bangfu.publish.TemplateModel.Figure;
import org.bangfu.publish.TemplateModel.HeaderCell;
import org.bangfu.publish.TemplateModel.Link;
import org.bangfu.publish.TemplateModel.Page;
import org.bangfu.publish.TemplateModel.Section;
import org.bangfu.publish.TemplateModel.Table;
import org.bangfu.scorecard.NotRatedReason;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The pages made from the indicator catalogue and the gold tables (DESIGN.md, "Publishing from the
 * catalogue"): topics, one page per indicator, areas, assisting units, data quality, rankings,
 * downloads and the release. Each page kind is a loop over its dimension; nothing here knows a
 * particular indicator. Pages are added to {@link SiteContents} as models for {@code page.ftl};
 * charts are returned as specs for the one renderer, downloads written by {@link DownloadWriter}.
 */
final class CatalogueSite {

    /** One page to render with the generic template. */
    record PageOutput(String path, Page page) {
    }

    private final GoldData gold;
    private final SitePages pages;
    private final DownloadWriter downloads;
    private final List<PageOutput> outputs = new ArrayList<>();
    private final Map<String, BarChartSpec> charts = new LinkedHashMap<>();
    /** Where downloads and unit pages go as they are made, and how a page is rendered. */
    private SiteContents contents;
    private java.util.function.Function<Page, byte[]> pageRenderer;
    private final Map<String, List<Observation>> observationsByIndicator = new LinkedHashMap<>();
    /** The same, by indicator and then area code, each series in period order; filled for the area pages. */
    private final Map<String, Map<String, List<Observation>>> observationsByArea = new LinkedHashMap<>();
    private final Map<String, String> countyNames = new TreeMap<>();
    private final List<String> goldTablesPublished = new ArrayList<>();
    private final java.util.Set<SiteTopic> topicsPublished = java.util.EnumSet.noneOf(SiteTopic.class);
    /** The top of the site: the nation when gold holds more than one province, else the province. */
    private AggregationLevel topLevel = AggregationLevel.PROVINCE;
    /** BF-1 area × quarter rows by area code and period, for the carried-forward notes. */
    private final Map<String, org.bangfu.model.AreaQuarterFigures> assistanceRows = new LinkedHashMap<>();
    private SnapshotView view;
    private Map<String, BarChartSpec> countyFundsCharts = Map.of();
    private Optional<PreviousRelease> previousRelease = Optional.empty();

    CatalogueSite(GoldData gold, SitePages pages, String releaseLabel, java.time.LocalDate publishDate) {
        this.gold = gold;
        this.pages = pages;
        this.downloads = new DownloadWriter(releaseLabel, gold.snapshot().stamp(), publishDate);
        gold.snapshot().counties().forEach(row -> countyNames.put(row.areaCode(), row.areaName()));
        java.util.stream.Stream.of(gold.snapshot().provinces(), gold.snapshot().prefectures(), gold.snapshot().counties())
                .flatMap(List::stream).forEach(row -> assistanceRows.put(row.areaCode() + "|" + row.period(), row));
    }

    /**
     * Whether the release holds the official documents, listed at {@code briefings/index.html}; asked
     * only when the downloads page is put together, after its files are written, so the documents
     * may still be rendering until then.
     */
    void officialDocuments(java.util.function.BooleanSupplier published) {
        this.officialDocuments = published;
    }

    private java.util.function.BooleanSupplier officialDocuments = () -> false;

    /** The release before this one, for the 修订说明 page; empty for a first release. */
    void previousRelease(Optional<PreviousRelease> previous) {
        this.previousRelease = previous;
    }

    /** The county funds charts (by chart path) drawn on county area pages; a county without one gets a sentence. */
    void countyFunds(SnapshotView snapshotView, Map<String, BarChartSpec> chartsByPath) {
        this.view = snapshotView;
        this.countyFundsCharts = chartsByPath;
    }

    List<PageOutput> pages() {
        return outputs;
    }

    Map<String, BarChartSpec> charts() {
        return charts;
    }

    /**
     * Where the downloads and the unit pages are written as they are made (the bulk of a release:
     * held until the end, they would not fit the heap at national size), and how a page is rendered.
     * The other pages are returned by {@link #pages()}, for pages made later may still link to them.
     */
    void writeInto(SiteContents siteContents, java.util.function.Function<Page, byte[]> renderer) {
        this.contents = siteContents;
        this.pageRenderer = renderer;
    }

    static String indicatorPath(Indicator indicator) {
        return "indicators/" + SitePages.safe(indicator.code()) + ".html";
    }

    static String areaPath(String code) {
        return "areas/" + SitePages.safe(code) + ".html";
    }

    static String unitPath(String code) {
        return "units/" + SitePages.safe(code) + ".html";
    }

    /** Builds every page kind, in an order that lets later pages link to earlier ones. */
    void build() {
        for (SiteTopic topic : SiteTopic.values()) {
            for (Indicator indicator : topic.indicators()) {
                List<Observation> observations = gold.observations(indicator);
                // An indicator nobody has reported on gets no page, rather than a page of dashes.
                if (observations.stream().anyMatch(observation -> observation.value() != null)) {
                    observationsByIndicator.put(indicator.code(), observations);
                }
            }
        }
        topLevel = provinceCodes().size() > 1 ? AggregationLevel.NATION : AggregationLevel.PROVINCE;
        if (topLevel == AggregationLevel.PROVINCE) {
            // One province: its nation row says nothing more, and the site stays a province's site.
            observationsByIndicator.replaceAll((code, observations) -> observations.stream()
                    .filter(o -> o.level() != AggregationLevel.NATION).toList());
        }
        for (SiteTopic topic : SiteTopic.values()) {
            topic.indicators().stream().filter(this::published).forEach(this::indicatorPage);
        }
        rankingsPage();
        for (SiteTopic topic : SiteTopic.values()) {
            topicPage(topic);
        }
        areaPages();
        unitPages();
        unitDirectoryPages();
        downloadsPage();
        revisionsPage();
        aboutPage();
    }

    static final String REVISIONS_PATH = "pages/revisions.html";
    static final String DICTIONARY_PATH = "pages/dictionary.html";

    boolean published(Indicator indicator) {
        return observationsByIndicator.containsKey(indicator.code());
    }

    /** Whether any area has a value of the indicator: the form it comes from has been reported. */
    boolean hasValues(Indicator indicator) {
        return observationsByIndicator.getOrDefault(indicator.code(), List.of()).stream().anyMatch(o -> o.value() != null);
    }

    /** The nation when the published figures cover more than one province, else the province. */
    AggregationLevel topLevel() {
        return topLevel;
    }

    /** The level compared below the top: provinces under the nation, prefectures under a province. */
    AggregationLevel childLevel() {
        return topLevel == AggregationLevel.NATION ? AggregationLevel.PROVINCE : AggregationLevel.PREFECTURE;
    }

    /** The provinces any published figure is for, code → name, in code order. */
    Map<String, String> provinceCodes() {
        Map<String, String> provinces = new TreeMap<>();
        observationsByIndicator.values().forEach(observations -> observations.stream()
                .filter(o -> o.level() == AggregationLevel.PROVINCE)
                .forEach(o -> provinces.putIfAbsent(o.areaCode(), o.areaName())));
        gold.snapshot().provinces().forEach(row -> provinces.putIfAbsent(row.areaCode(), row.areaName()));
        return provinces;
    }

    /** The top-level chart of an indicator, as its indicator page made it, with its path. */
    Optional<Map.Entry<String, BarChartSpec>> topChart(Indicator indicator) {
        String chartPath = topChartPath(indicator);
        return Optional.ofNullable(charts.get(chartPath)).map(chart -> Map.entry(chartPath, chart));
    }

    private String topChartPath(Indicator indicator) {
        return "charts/indicator-" + SitePages.safe(indicator.code()) + "-"
                + (topLevel == AggregationLevel.NATION ? "nation" : "province") + ".png";
    }

    /** The home page cards: one per topic, its key figure for the province now and a year before. */
    List<Card> cards() {
        List<Card> cards = new ArrayList<>();
        for (SiteTopic topic : SiteTopic.values()) {
            Indicator headline = topic.headline();
            if (headline != null && published(headline)) {
                // A register's planned years run ahead of the reports: the card shows the latest year reported on.
                int reportedUpTo = latestQuarterlyYear();
                List<Observation> province = series(headline, topLevel, null).stream()
                        .filter(observation -> observation.value() != null && yearOfPeriod(observation.period()) <= reportedUpTo)
                        .toList();
                if (province.isEmpty()) {
                    continue;
                }
                Observation latest = province.get(province.size() - 1);
                Optional<Observation> yearBefore = province.stream()
                        .filter(observation -> observation.period().equals(samePeriodLastYear(latest.period()))).findFirst();
                String[] change = change(headline, latest.value(), yearBefore.map(Observation::value).orElse(null));
                cards.add(new Card(topic.chineseName(), topic.englishName(), headline.chineseName(), headline.englishName(),
                        headline.formatChineseText(latest.value()) + "（" + periodChinese(latest.period()) + "）",
                        headline.formatEnglishText(latest.value()) + " (" + periodEnglish(latest.period()) + ")",
                        change[0], change[1], topic.path()));
            } else if (topic == SiteTopic.UNITS) {
                GoldTable ratings = verdictsByYearAndRating();
                if (!ratings.isEmpty()) {
                    int year = latestYear(ratings);
                    long units = sum(ratings.rows().stream().filter(row -> yearOf(row) == year).toList(), "units");
                    long unitsYearBefore = sum(ratings.rows().stream().filter(row -> yearOf(row) == year - 1).toList(), "units");
                    long excellent = sum(ratings.rows().stream()
                            .filter(row -> yearOf(row) == year && "优秀".equals(GoldTable.text(row, "rating"))).toList(), "units");
                    String[] change = countChange(units, unitsYearBefore, "个", "units");
                    cards.add(new Card(topic.chineseName(), topic.englishName(), "参加评价的帮扶单位", "Units rated",
                            units + "个（" + year + "年），其中优秀" + excellent + "个",
                            units + " (" + year + "), " + excellent + " rated excellent",
                            change[0], change[1], topic.path()));
                }
            } else if (topic == SiteTopic.HOUSEHOLDS) {
                GoldTable households = gold.table(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS);
                if (!households.isEmpty()) {
                    int year = latestYear(households);
                    BigDecimal registered = households.rows().stream()
                            .filter(row -> yearOf(row) == year && topLevel.name().equals(GoldTable.text(row, "area_level"))
                                    && "households_registered".equals(GoldTable.text(row, "indicator_code")))
                            .map(row -> GoldTable.decimal(row, "value")).filter(Objects::nonNull).findFirst().orElse(null);
                    String value = registered == null ? OfficialNumberFormat.NOT_REPORTED
                            : OfficialNumberFormat.integerInText(registered, java.math.RoundingMode.HALF_UP);
                    cards.add(new Card(topic.chineseName(), topic.englishName(), "建档立卡贫困户", "Registered poor households",
                            value + "户（" + year + "年）", value + " households (" + year + ")", "按户统计致贫原因、帮扶措施",
                            "causes and measures by household", topic.path()));
                }
            } else if (topic == SiteTopic.QUALITY) {
                GoldTable submissions = gold.query(WarehouseTable.GOLD_COMPLETENESS,
                        frame -> frame.groupBy("period", "status").agg(functions.count("*").as("submissions")));
                if (!submissions.isEmpty()) {
                    String period = latestPeriod(submissions);
                    Map<String, Long> byStatus = statusCounts(submissions, period);
                    Map<String, Long> yearBefore = statusCounts(submissions, samePeriodLastYear(period));
                    long quarantined = gold.table(WarehouseTable.GOLD_DATA_QUALITY).rows().stream()
                            .filter(row -> "quarantined".equals(GoldTable.text(row, "outcome")))
                            .mapToLong(row -> GoldTable.integer(row, "rows").orElse(0)).sum();
                    long differences = sum(gold.query(WarehouseTable.GOLD_RECONCILIATION_DIFFERENCES,
                            frame -> frame.filter(ReconciliationDifference.differs())
                                    .agg(functions.count("*").as("differences"))).rows(), "differences");
                    BigDecimal onTime = onTimePercent(byStatus);
                    BigDecimal onTimeBefore = onTimePercent(yearBefore);
                    String changeChinese;
                    String changeEnglish;
                    if (onTime == null || onTimeBefore == null) {
                        changeChinese = "按时报送率" + (onTime == null ? OfficialNumberFormat.NOT_REPORTED : percent(onTime) + "%")
                                + "，上年同期无数据";
                        changeEnglish = "on time " + (onTime == null ? "–" : percent(onTime) + "%") + "; no figure a year before";
                    } else {
                        BigDecimal points = onTime.setScale(1, java.math.RoundingMode.HALF_UP)
                                .subtract(onTimeBefore.setScale(1, java.math.RoundingMode.HALF_UP));
                        changeChinese = "按时报送率" + percent(onTime) + "%，" + (points.signum() == 0 ? "与上年同期持平"
                                : "比上年同期" + (points.signum() > 0 ? "提高" : "下降") + points.abs().toPlainString() + "个百分点");
                        changeEnglish = "on time " + percent(onTime) + "%, " + (points.signum() == 0 ? "unchanged"
                                : (points.signum() > 0 ? "up " : "down ") + points.abs().toPlainString() + " points")
                                + " on the same period last year";
                    }
                    cards.add(new Card(topic.chineseName(), topic.englishName(), "应报表格报送情况（" + periodChinese(period) + "）",
                            "Expected submissions, " + periodEnglish(period),
                            "按时" + byStatus.getOrDefault("on_time", 0L) + "　逾期" + byStatus.getOrDefault("late", 0L)
                                    + "　未报送" + byStatus.getOrDefault("missing", 0L),
                            byStatus.getOrDefault("on_time", 0L) + " on time, " + byStatus.getOrDefault("late", 0L) + " late, "
                                    + byStatus.getOrDefault("missing", 0L) + " missing",
                            changeChinese + "；隔离" + grouped(quarantined) + "行，跨来源差异" + grouped(differences) + "处",
                            changeEnglish + "; " + quarantined + " rows quarantined, " + differences + " reconciliation differences",
                            topic.path()));
                }
            }
        }
        return cards;
    }

    /** The latest year of any quarterly figure published; no limit when only yearly figures (registers) are. */
    private int latestQuarterlyYear() {
        return observationsByIndicator.values().stream().flatMap(List::stream)
                .map(observation -> Quarter.parse(observation.period())).flatMap(Optional::stream)
                .mapToInt(Quarter::year).max().orElse(Integer.MAX_VALUE);
    }

    private static int yearOfPeriod(String period) {
        return period.length() >= 4 && period.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(period.substring(0, 4)) : Integer.MIN_VALUE;
    }

    /** Expected submissions by status in a period, from their counts by period and status. */
    private static Map<String, Long> statusCounts(GoldTable submissionsByPeriodAndStatus, String period) {
        return submissionsByPeriodAndStatus.rows().stream()
                .filter(row -> period.equals(GoldTable.text(row, "period")))
                .collect(Collectors.toMap(row -> GoldTable.text(row, "status"), row -> (long) GoldTable.integer(row, "submissions").orElse(0),
                        Long::sum, TreeMap::new));
    }

    /** Submissions on time as a percentage of those expected; null when none were expected. */
    private static BigDecimal onTimePercent(Map<String, Long> byStatus) {
        long expected = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return expected == 0 ? null : BigDecimal.valueOf(byStatus.getOrDefault("on_time", 0L) * 100)
                .divide(BigDecimal.valueOf(expected), 4, java.math.RoundingMode.HALF_UP);
    }

    /** "比上年增加3个" for a count against the year before; "上年无数据" when there was none. */
    private static String[] countChange(long now, long before, String chineseUnit, String englishUnit) {
        if (before == 0) {
            return new String[] {"上年无数据", "no figure for the year before"};
        }
        long difference = now - before;
        if (difference == 0) {
            return new String[] {"与上年持平", "unchanged on the year before"};
        }
        return new String[] {"比上年" + (difference > 0 ? "增加" : "减少") + Math.abs(difference) + chineseUnit,
                (difference > 0 ? "up " : "down ") + Math.abs(difference) + " " + englishUnit + " on the year before"};
    }

    // ---- indicator pages -------------------------------------------------------------------

    private void indicatorPage(Indicator indicator) {
        List<Observation> observations = observationsByIndicator.get(indicator.code());
        String path = indicatorPath(indicator);
        List<Section> sections = new ArrayList<>();
        String latest = latestPeriodOf(observations);

        List<Fact> facts = new ArrayList<>();
        facts.add(fact("指标代码", "Code", indicator.code()));
        facts.add(fact("单位", "Unit", indicator.unit().chineseName() + " " + indicator.unit().englishName()));
        facts.add(fact("定义", "Definition", indicator.chineseDefinition() + " " + indicator.englishDefinition()));
        facts.add(fact("计算方法", "Formula", indicator.formula()));
        facts.add(fact("来源表和字段", "Source forms and fields",
                indicator.sourceFields().stream().map(SourceField::toString).collect(Collectors.joining("、"))));
        facts.add(fact("口径", "Basis", indicator.accumulation() == Accumulation.FLOW
                ? "本年累计（季报为1月至报告期末） Year to date" : "期末数 At period end"));
        facts.add(fact("小数位数", "Decimals", indicator.precision() + "（四舍五入 rounded half up）"));
        facts.add(fact("数据表", "Gold tables", indicator.goldTables().values().stream().distinct()
                .map(WarehouseTable::qualifiedName).collect(Collectors.joining(", "))));
        sections.add(section("about", "指标说明", "About the indicator", List.of(), facts, List.of(), List.of(), List.of(), List.of()));

        List<Figure> figures = new ArrayList<>();
        boolean national = topLevel == AggregationLevel.NATION;
        List<String> figureNotes = new ArrayList<>();
        List<Observation> province = series(indicator, topLevel, null);
        if (!province.isEmpty()) {
            String chartPath = topChartPath(indicator);
            BarChartSpec chart = seriesChart(indicator, province.get(0).areaName(), province);
            if (SiteCharts.hasAnyValue(chart)) {
                charts.put(chartPath, chart);
                figures.add(figure("../", chartPath, chart, seriesTable(indicator, province)));
                figureNotes.addAll(carriedNotes(topicOf(indicator), province.get(province.size() - 1).areaCode()));
            } else {
                figureNotes.add(noFiguresNote(province.get(0).areaName(), indicator));
            }
        }
        List<Observation> prefectures = latestAt(observations, childLevel(), latest);
        if (!prefectures.isEmpty()) {
            String chartPath = "charts/indicator-" + SitePages.safe(indicator.code()) + (national ? "-provinces.png" : "-prefectures.png");
            BarChartSpec chart = comparisonChart(indicator, national ? "各省" : "各市州", national ? "Provinces" : "Prefectures",
                    latest, prefectures);
            if (SiteCharts.hasAnyValue(chart)) {
                charts.put(chartPath, chart);
                figures.add(figure("../", chartPath, chart, comparisonTable(indicator, national ? "省" : "市州",
                        national ? "Province" : "Prefecture", latest, prefectures, true)));
            } else {
                figureNotes.add(noFiguresNote((national ? "各省" : "各市州") + periodChinese(latest), indicator));
            }
        }
        sections.add(section("figures", national ? "全国和各省" : "全省和各市州",
                national ? "Nation and provinces" : "Province and prefectures", figureNotes, List.of(), figures,
                List.of(), List.of(), List.of()));

        List<Observation> counties = observations.stream().filter(o -> o.level() == AggregationLevel.COUNTY).toList();
        List<String> notes = new ArrayList<>();
        if (!counties.isEmpty()) {
            long countyCount = counties.stream().map(Observation::areaCode).distinct().count();
            long notReported = countyCount - counties.stream()
                    .filter(o -> o.period().equals(latest) && o.value() != null).map(Observation::areaCode).distinct().count();
            if (notReported > 0) {
                notes.add(countyCount + "个县中有" + notReported + "个县" + periodChinese(latest) + "未报送或无此项数据，表中以“"
                        + OfficialNumberFormat.NOT_REPORTED + "”表示。 " + notReported + " of " + countyCount
                        + " counties had not reported for " + periodEnglish(latest) + " (shown as "
                        + OfficialNumberFormat.NOT_REPORTED + ").");
            } else {
                notes.add(countyCount + "个县" + periodChinese(latest) + "均已报送。 All " + countyCount
                        + " counties reported for " + periodEnglish(latest) + ".");
            }
        }
        Table countyTable = areaByPeriodTable(indicator, counties);
        DataTable slice = slice(indicator, observations);
        String stem = "downloads/indicators/" + SitePages.safe(indicator.code());
        contents.write(stem + ".csv", output -> downloads.writeCsv(slice, output));
        contents.write(stem + ".xlsx", output -> downloads.writeXlsx(slice, output));
        List<Download> sliceDownloads = List.of(
                new Download("../" + stem + ".csv", "本页数据（CSV）", "The data on this page (CSV)",
                        "UTF-8（带BOM），每行一个地区一个报告期。", "UTF-8 with BOM, one row per area and period."),
                new Download("../" + stem + ".xlsx", "本页数据（Excel）", "The data on this page (XLSX)",
                        "含“说明”工作表：字段含义、单位、数据版本。", "With a 说明 sheet: column meanings, unit, data version."));
        sections.add(section("counties", "各县", "Counties", notes, List.of(), List.of(),
                counties.isEmpty() ? List.of() : List.of(countyTable), List.of(), sliceDownloads));

        outputs.add(new PageOutput(path, page(path, "indicator", indicator.chineseName(), indicator.englishName(),
                List.of(topicLink(topicOf(indicator))), sections)));
    }

    private BarChartSpec seriesChart(Indicator indicator, String areaName, List<Observation> series) {
        return new BarChartSpec(
                areaName + indicator.chineseName() + "（" + spanChinese(indicator) + "）",
                indicator.englishName() + (periodsAreExitYears(indicator) ? ", " : " by period, ") + spanEnglish(indicator),
                indicator.unit().chineseName() + " " + indicator.unit().englishName(),
                series.stream().map(o -> periodChinese(o.period())).toList(),
                List.of(new BarChartSpec.Series(indicator.chineseName() + " " + indicator.englishName(),
                        series.stream().map(o -> indicator.rounded(o.value())).toList())),
                false);
    }

    private BarChartSpec comparisonChart(Indicator indicator, String chineseAreas, String englishAreas, String period,
            List<Observation> areas) {
        return new BarChartSpec(
                periodChinese(period) + chineseAreas + indicator.chineseName(),
                englishAreas + ", " + periodEnglish(period) + ": " + indicator.englishName(),
                indicator.unit().chineseName() + " " + indicator.unit().englishName(),
                areas.stream().map(Observation::areaName).toList(),
                List.of(new BarChartSpec.Series(indicator.chineseName() + " " + indicator.englishName(),
                        areas.stream().map(o -> indicator.rounded(o.value())).toList())),
                true);
    }

    Table seriesTable(Indicator indicator, List<Observation> series) {
        List<HeaderCell> header = List.of(new HeaderCell("报告期", "Period", 1, 1),
                new HeaderCell(indicator.chineseLabelWithUnit(), indicator.englishLabelWithUnit(), 1, 1));
        List<TemplateModel.Row> rows = series.stream()
                .map(o -> new TemplateModel.Row(periodChinese(o.period()), periodEnglish(o.period()), null,
                        List.of(indicator.formatTableCell(o.value()))))
                .toList();
        return new Table(series.get(0).areaName() + indicator.chineseName() + "（" + spanChinese(indicator) + "）",
                indicator.englishName() + ", " + spanEnglish(indicator), List.of(header), rows);
    }

    private Table comparisonTable(Indicator indicator, String chineseArea, String englishArea, String period,
            List<Observation> areas, boolean linkAreas) {
        List<HeaderCell> header = List.of(new HeaderCell(chineseArea, englishArea, 1, 1),
                new HeaderCell(indicator.chineseLabelWithUnit(), indicator.englishLabelWithUnit(), 1, 1));
        List<TemplateModel.Row> rows = areas.stream()
                .map(o -> new TemplateModel.Row(o.areaName(), "", linkAreas ? "../" + areaPath(o.areaCode()) : null,
                        List.of(indicator.formatTableCell(o.value()))))
                .toList();
        return new Table(periodChinese(period) + chineseArea + indicator.chineseName(),
                englishArea + ", " + periodEnglish(period), List.of(header), rows);
    }

    /** Counties down, periods across: every value the page shows for every county. */
    private Table areaByPeriodTable(Indicator indicator, List<Observation> areas) {
        List<String> periods = areas.stream().map(Observation::period).distinct().sorted().toList();
        List<HeaderCell> header = new ArrayList<>();
        header.add(new HeaderCell("县", "County", 1, 1));
        periods.forEach(period -> header.add(new HeaderCell(periodChinese(period), periodEnglish(period), 1, 1)));
        Map<String, Map<String, BigDecimal>> byArea = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (Observation observation : areas) {
            byArea.computeIfAbsent(observation.areaCode(), code -> new TreeMap<>()).put(observation.period(), observation.value());
            names.put(observation.areaCode(), observation.areaName());
        }
        List<TemplateModel.Row> rows = new ArrayList<>();
        byArea.forEach((code, values) -> rows.add(new TemplateModel.Row(names.get(code), code, "../" + areaPath(code),
                periods.stream().map(period -> indicator.formatTableCell(values.get(period))).toList())));
        return new Table("各县" + indicator.chineseLabelWithUnit() + "，" + spanChinese(indicator),
                "Counties: " + indicator.englishLabelWithUnit() + ", " + spanEnglish(indicator), List.of(header), rows);
    }

    /** Exactly what the page shows, one row per area and period, values at the published precision. */
    private static DataTable slice(Indicator indicator, List<Observation> observations) {
        List<DataTable.DataColumn> columns = List.of(
                new DataTable.DataColumn("area_level", "地区层级 / area level", false),
                new DataTable.DataColumn("area_code", "区划代码 / area code", false),
                new DataTable.DataColumn("area_name", "区划名称 / area name", false),
                new DataTable.DataColumn("period", "报告期 / period", false),
                new DataTable.DataColumn(indicator.code(), indicator.chineseLabelWithUnit() + "，" + spanChinese(indicator)
                        + " / " + indicator.englishLabelWithUnit() + ", " + spanEnglish(indicator), true));
        List<List<Object>> rows = new ArrayList<>();
        // Nation to county, then area and period: the same figures give the same file in every release.
        List<Observation> inAreaOrder = observations.stream()
                .sorted(Comparator.comparingInt((Observation observation) -> GoldData.AREA_LEVELS.indexOf(observation.level()))
                        .thenComparing(Observation::areaCode, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Observation::period, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Observation::povertyType, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        for (Observation observation : inAreaOrder) {
            List<Object> row = new ArrayList<>();
            row.add(observation.level().name());
            row.add(observation.areaCode());
            row.add(observation.areaName());
            row.add(observation.period());
            row.add(indicator.rounded(observation.value()));
            rows.add(row);
        }
        return new DataTable(indicator.code(), indicator.chineseName(), indicator.englishName(), columns, rows);
    }

    // ---- topic pages -----------------------------------------------------------------------

    private void topicPage(SiteTopic topic) {
        List<Section> sections = new ArrayList<>();
        for (Indicator indicator : topic.indicators()) {
            if (!published(indicator)) {
                continue;
            }
            List<Observation> province = series(indicator, topLevel, null);
            List<Figure> figures = new ArrayList<>();
            List<String> paragraphs = new ArrayList<>(List.of(indicator.chineseDefinition()));
            String chartPath = topChartPath(indicator);
            if (!province.isEmpty() && charts.containsKey(chartPath)) {
                figures.add(figure("../", chartPath, charts.get(chartPath), seriesTable(indicator, province)));
            } else if (!province.isEmpty()) {
                paragraphs.add(noFiguresNote(province.get(0).areaName(), indicator));
            }
            sections.add(section(indicator.code(), indicator.chineseName(), indicator.englishName(),
                    paragraphs, List.of(), figures, List.of(),
                    List.of(new Link("../" + indicatorPath(indicator), "指标页：说明、各地区数据和下载",
                            "Indicator page: method, every area, downloads")), List.of()));
        }
        switch (topic) {
            case UNITS -> sections.addAll(unitsTopic());
            case HOUSEHOLDS -> sections.addAll(householdsTopic());
            case QUALITY -> sections.addAll(qualityTopic());
            default -> {
            }
        }
        if (topic == SiteTopic.PROGRESS && rankingsPublished) {
            sections.add(section("rankings", "县排名", "County rankings", List.of(
                    "国定、省定贫困县分别排名。 国定 and 省定 counties are ranked separately."), List.of(), List.of(), List.of(),
                    List.of(new Link("../" + RANKINGS_PATH, "各县排名", "County rankings")), List.of()));
        }
        if (sections.isEmpty()) {
            // Nothing reported on the topic yet: no page; the home page says what has not come in.
            return;
        }
        topicsPublished.add(topic);
        outputs.add(new PageOutput(topic.path(), page(topic.path(), "topic", topic.chineseName(), topic.englishName(),
                List.of(), sections)));
    }

    /** Units rated, by year, rating and the reason a unit was not rated (as {@code units}). */
    private GoldTable verdictsByYearAndRating() {
        return gold.query(WarehouseTable.GOLD_UNIT_VERDICT,
                frame -> frame.withColumn(NotRatedReason.COLUMN, NotRatedReason.column(frame.schema()))
                        .groupBy("year", "rating", NotRatedReason.COLUMN).agg(functions.count("*").as("units")));
    }

    /**
     * A verdict as the site counts it: the rating, or for a unit not rated, the reason (the
     * {@link NotRatedReason} constant's name), so that 无法评定 is never one count of two causes.
     */
    private static String verdictKey(Row row) {
        String reason = GoldTable.text(row, NotRatedReason.COLUMN);
        return reason.isEmpty() ? GoldTable.text(row, "rating") : reason;
    }

    /** Verdicts in the order results are read out (优秀 first, the reasons of 无法评定 last), others after. */
    private static List<String> inVerdictOrder(java.util.Collection<String> verdictKeys) {
        List<String> order = new ArrayList<>();
        java.util.Arrays.stream(org.bangfu.scorecard.Rating.values())
                .filter(rating -> rating != org.bangfu.scorecard.Rating.NOT_RATED)
                .forEach(rating -> order.add(rating.chinese()));
        java.util.Arrays.stream(NotRatedReason.values()).forEach(reason -> order.add(reason.name()));
        List<String> ordered = new ArrayList<>(order.stream().filter(verdictKeys::contains).toList());
        verdictKeys.stream().filter(key -> !order.contains(key)).sorted().forEach(ordered::add);
        return ordered;
    }

    /** 优秀 excellent; 无法评定：报送数据不全 not rated: reported data incomplete. */
    private static String[] verdictLabel(String verdictKey) {
        Optional<NotRatedReason> reason = NotRatedReason.of(verdictKey);
        if (reason.isPresent()) {
            return new String[] {org.bangfu.scorecard.Rating.NOT_RATED.chinese() + "：" + reason.get().chinese(),
                "Not rated: " + reason.get().english()};
        }
        return java.util.Arrays.stream(org.bangfu.scorecard.Rating.values())
                .filter(rating -> rating.chinese().equals(verdictKey)).findFirst()
                .map(rating -> new String[] {rating.chinese(),
                    rating.english().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + rating.english().substring(1)})
                .orElse(new String[] {verdictKey.isEmpty() ? OfficialNumberFormat.NOT_REPORTED : verdictKey, ""});
    }

    /** The short heading of a verdict's column: 优秀, 无法评定（报送数据不全）. */
    private static HeaderCell verdictColumn(String verdictKey) {
        Optional<NotRatedReason> reason = NotRatedReason.of(verdictKey);
        if (reason.isPresent()) {
            return new HeaderCell(org.bangfu.scorecard.Rating.NOT_RATED.chinese() + "（" + reason.get().shortChinese() + "）",
                    "Not rated (" + reason.get().shortEnglish() + ")", 1, 1);
        }
        String[] label = verdictLabel(verdictKey);
        return new HeaderCell(label[0], label[1], 1, 1);
    }

    static String unitDirectoryPath(String prefectureCode) {
        return "units/prefectures/" + SitePages.safe(prefectureCode) + ".html";
    }

    /** The directory of the units with a verdict but no county paired in the year. */
    static final String UNPAIRED_UNITS_PATH = "units/prefectures/unpaired.html";

    /**
     * One page of the unit directory as the units topic counts it: a prefecture's units, or (an empty
     * code) the units paired with no county; the units by verdict key ({@link #verdictKey}).
     */
    private record UnitDirectory(String prefectureCode, String prefectureName, Map<String, Long> unitsByVerdict) {

        long units() {
            return unitsByVerdict.values().stream().mapToLong(Long::longValue).sum();
        }

        String path() {
            return prefectureCode.isEmpty() ? UNPAIRED_UNITS_PATH : unitDirectoryPath(prefectureCode);
        }
    }

    /** The year the unit directories list, and their pages by prefecture code ("" for the unpaired); null until read. */
    private Map<String, UnitDirectory> unitDirectories;
    private int unitDirectoryYear;

    /**
     * Whether gold says who is paired with whom (gold.completeness has rows): without it every unit is
     * listed on one page, not called unpaired.
     */
    private boolean pairingsKnown() {
        return gold.count(WarehouseTable.GOLD_COMPLETENESS) > 0;
    }

    /**
     * The year's verdict rows (with {@link NotRatedReason#COLUMN}), each with the prefecture of a
     * county the unit reported BF-1 for, or was expected to, in that year (gold.completeness): a unit
     * paired in several prefectures has a row in each, a unit paired in none one row with empty
     * prefecture_code and prefecture_name.
     */
    private Dataset<Row> verdictsByPrefecture(Dataset<Row> verdicts, int year) {
        Dataset<Row> ofYear = verdicts.filter(functions.col("year").equalTo(year))
                .withColumn(NotRatedReason.COLUMN, NotRatedReason.column(verdicts.schema()));
        Optional<Dataset<Row>> completeness = gold.pinned(WarehouseTable.GOLD_COMPLETENESS);
        if (completeness.isEmpty() || !pairingsKnown()) {
            return ofYear.withColumn("prefecture_code", functions.lit("")).withColumn("prefecture_name", functions.lit(""));
        }
        Dataset<Row> prefectures = completeness.get()
                .filter(functions.col("form_code").equalTo("BF-1")
                        .and(functions.substring(functions.col("period"), 1, 4).equalTo(String.valueOf(year)))
                        .and(functions.coalesce(functions.col("prefecture_code"), functions.lit("")).notEqual("")))
                .groupBy(functions.col("submitter_code").as("unit_code"), functions.col("prefecture_code"))
                .agg(functions.max("prefecture_name").as("prefecture_name"));
        return ofYear.join(prefectures, new String[] {"unit_code"}, "left")
                .withColumn("prefecture_code", functions.coalesce(functions.col("prefecture_code"), functions.lit("")))
                .withColumn("prefecture_name", functions.coalesce(functions.col("prefecture_name"), functions.lit("")));
    }

    /** The latest year's unit directories, counted in Spark (prefectures × verdicts rows), read once. */
    private Map<String, UnitDirectory> unitDirectories() {
        if (unitDirectories != null) {
            return unitDirectories;
        }
        unitDirectories = new TreeMap<>();
        GoldTable ratings = verdictsByYearAndRating();
        if (ratings.isEmpty()) {
            return unitDirectories;
        }
        unitDirectoryYear = latestYear(ratings);
        GoldTable counts = gold.query(WarehouseTable.GOLD_UNIT_VERDICT,
                frame -> verdictsByPrefecture(frame, unitDirectoryYear)
                        .groupBy("prefecture_code", "rating", NotRatedReason.COLUMN)
                        .agg(functions.max("prefecture_name").as("prefecture_name"), functions.count("*").as("units")));
        for (Row row : counts.rows()) {
            String code = GoldTable.text(row, "prefecture_code");
            UnitDirectory directory = unitDirectories.computeIfAbsent(code,
                    key -> new UnitDirectory(key, GoldTable.text(row, "prefecture_name"), new TreeMap<>()));
            directory.unitsByVerdict().merge(verdictKey(row), (long) GoldTable.integer(row, "units").orElse(0), Long::sum);
        }
        return unitDirectories;
    }

    private List<Section> unitsTopic() {
        GoldTable ratings = verdictsByYearAndRating();
        if (ratings.isEmpty()) {
            return List.of();
        }
        int year = latestYear(ratings);
        Map<String, Long> byVerdict = new TreeMap<>();
        ratings.rows().stream().filter(row -> yearOf(row) == year)
                .forEach(row -> byVerdict.merge(verdictKey(row), (long) GoldTable.integer(row, "units").orElse(0), Long::sum));
        List<TemplateModel.Row> rows = new ArrayList<>();
        inVerdictOrder(byVerdict.keySet()).forEach(key -> rows.add(new TemplateModel.Row(verdictLabel(key)[0], verdictLabel(key)[1],
                null, List.of(grouped(byVerdict.get(key))))));
        Table table = new Table(year + "年帮扶单位三捆绑评定", "Assisting units by bundled verdict, " + year,
                List.of(List.of(new HeaderCell("评定", "Verdict", 1, 1), new HeaderCell("单位数（个）", "Units", 1, 1))), rows);
        List<Section> sections = new ArrayList<>();
        sections.add(section("verdicts", "帮扶单位评定", "Verdicts", List.of(
                "无法评定的单位按原因分列，与考核结果通报的口径相同：当年没有适用的计入“三捆绑”评定的考核规则，或适用的规则全部因报送数据不全无法评价。"
                        + " Units not rated are counted by reason, as in the assessment notice: no rule counted in the bundled"
                        + " verdict applied to them that year, or every rule that applied lacked reported figures."),
                List.of(), List.of(), List.of(table), List.of(), List.of()));
        sections.add(unitDirectoriesSection());
        return sections;
    }

    /**
     * The units topic's way to every unit: a table of the prefectures (a table per province on a
     * national site) linking each one's directory, with its units by verdict, and the unpaired units.
     */
    private Section unitDirectoriesSection() {
        Map<String, UnitDirectory> directories = unitDirectories();
        int year = unitDirectoryYear;
        List<String> verdicts = inVerdictOrder(directories.values().stream()
                .flatMap(directory -> directory.unitsByVerdict().keySet().stream()).collect(Collectors.toSet()));
        List<HeaderCell> header = new ArrayList<>();
        header.add(new HeaderCell("市州", "Prefecture", 1, 1));
        header.add(new HeaderCell("单位数（个）", "Units", 1, 1));
        verdicts.forEach(verdict -> header.add(verdictColumn(verdict)));
        Map<String, List<TemplateModel.Row>> rowsByProvince = new TreeMap<>();
        directories.values().stream().filter(directory -> !directory.prefectureCode().isEmpty()).forEach(directory -> {
            List<String> cells = new ArrayList<>();
            cells.add(grouped(directory.units()));
            verdicts.forEach(verdict -> cells.add(grouped(directory.unitsByVerdict().getOrDefault(verdict, 0L))));
            String code = directory.prefectureCode();
            rowsByProvince.computeIfAbsent(code.length() >= 2 ? code.substring(0, 2) + "0000" : "", key -> new ArrayList<>())
                    .add(new TemplateModel.Row(orDash(directory.prefectureName()), code, "../" + directory.path(), cells));
        });
        List<Table> tables = new ArrayList<>();
        boolean national = topLevel == AggregationLevel.NATION;
        Map<String, String> provinces = provinceCodes();
        if (national) {
            rowsByProvince.forEach((province, rows) -> {
                String name = provinces.getOrDefault(province, province);
                tables.add(new Table(name + year + "年各市州帮扶单位", "Assisting units by prefecture, " + name + ", " + year,
                        List.of(header), rows));
            });
        } else if (!rowsByProvince.isEmpty()) {
            tables.add(new Table(year + "年各市州帮扶单位", "Assisting units by prefecture, " + year, List.of(header),
                    rowsByProvince.values().stream().flatMap(List::stream).toList()));
        }
        List<Link> links = new ArrayList<>();
        UnitDirectory unpaired = directories.get("");
        if (unpaired != null) {
            links.add(pairingsKnown()
                    ? new Link("../" + UNPAIRED_UNITS_PATH, "未结对县的单位（" + grouped(unpaired.units()) + "个）",
                            "Units not paired with a county (" + unpaired.units() + ")")
                    : new Link("../" + UNPAIRED_UNITS_PATH, "全部帮扶单位（" + grouped(unpaired.units()) + "个）",
                            "Every assisting unit (" + unpaired.units() + ")"));
        }
        return section("directories", "各市州帮扶单位名录", "Units by prefecture", List.of(
                "每个市州一页，列出" + year + "年与该市州所辖县结对（应报送BF-1）的帮扶单位及其评定；与几个市州的县结对的单位在每个市州都列出，因此各市州单位数之和可大于单位总数。"
                        + " A page per prefecture lists the units paired with (expected to report BF-1 for) its counties in " + year
                        + " and their verdicts; a unit paired in several prefectures is listed under each, so the prefectures'"
                        + " units add up to more than the total."),
                List.of(), List.of(), tables, links, List.of());
    }

    /**
     * A page per prefecture listing its units of the latest year, and one of the units paired with
     * no county. The rows are streamed sorted by prefecture, then unit code: one prefecture's units
     * are in memory at a time (the nation has some 160,000), each page written as it is made.
     */
    private void unitDirectoryPages() {
        if (unitDirectories().isEmpty()) {
            return;
        }
        int year = unitDirectoryYear;
        SortedGroups byPrefecture = new SortedGroups(gold.scanSorted(WarehouseTable.GOLD_UNIT_VERDICT,
                frame -> verdictsByPrefecture(frame, year), functions.col("prefecture_code"), functions.col("unit_code")),
                "prefecture_code");
        for (String code = byPrefecture.nextKey(); code != null; code = byPrefecture.nextKey()) {
            List<Row> units = byPrefecture.take(code);
            PageOutput page = unitDirectoryPage(code, units, year);
            contents.add(page.path(), pageRenderer.apply(page.page()));
        }
    }

    private PageOutput unitDirectoryPage(String prefectureCode, List<Row> units, int year) {
        boolean unpaired = prefectureCode.isEmpty();
        String path = unpaired ? UNPAIRED_UNITS_PATH : unitDirectoryPath(prefectureCode);
        String name = unpaired ? "" : orDash(GoldTable.text(units.get(0), "prefecture_name"));
        List<TemplateModel.Row> rows = units.stream()
                .map(row -> {
                    String rating = GoldTable.text(row, "rating");
                    String verdict = NotRatedReason.of(GoldTable.text(row, NotRatedReason.COLUMN))
                            .map(reason -> (rating.isEmpty() ? org.bangfu.scorecard.Rating.NOT_RATED.chinese() : rating)
                                    + "（" + reason.shortChinese() + "）")
                            .orElse(orDash(rating));
                    return new TemplateModel.Row(GoldTable.text(row, "unit_name"), GoldTable.text(row, "unit_code"),
                            "../../" + unitPath(GoldTable.text(row, "unit_code")),
                            List.of(GoldTable.text(row, "unit_level"), GoldTable.text(row, "unit_category"), verdict,
                                    percent(GoldTable.decimal(row, "share_met_percent"))));
                })
                .toList();
        String chineseTitle;
        String englishTitle;
        String paragraph;
        if (!unpaired) {
            chineseTitle = name + "帮扶单位";
            englishTitle = "Assisting units, prefecture " + prefectureCode;
            paragraph = year + "年与" + name + "所辖县结对（应报送BF-1）的帮扶单位" + grouped(rows.size()) + "个，按单位代码排列。 "
                    + rows.size() + " units were paired with (expected to report BF-1 for) a county of the prefecture in " + year
                    + ", in order of unit code.";
        } else if (pairingsKnown()) {
            chineseTitle = "未结对县的单位";
            englishTitle = "Units not paired with a county";
            paragraph = year + "年有评定、但没有与任何县结对（不应报送BF-1）的帮扶单位" + grouped(rows.size()) + "个。 " + rows.size()
                    + " units have a verdict for " + year + " but were paired with no county (no BF-1 expected).";
        } else {
            chineseTitle = "全部帮扶单位";
            englishTitle = "Every assisting unit";
            paragraph = "本次发布没有报送完整性数据（gold.completeness），不知道单位与哪些县结对，因此不按市州分列。 This release has no"
                    + " completeness table (gold.completeness), so it cannot tell which counties a unit is paired with:"
                    + " the units are not split by prefecture.";
        }
        Table table = new Table(year + "年" + (unpaired ? chineseTitle : name + "各帮扶单位") + "评定",
                "Verdicts, " + year + ": " + englishTitle.toLowerCase(java.util.Locale.ROOT),
                List.of(List.of(new HeaderCell("单位", "Unit", 1, 1), new HeaderCell("层级", "Level", 1, 1),
                        new HeaderCell("类别", "Category", 1, 1), new HeaderCell("评定", "Verdict", 1, 1),
                        new HeaderCell("达标规则占比（%）", "Rules met (%)", 1, 1))), rows);
        List<Link> crumbs = new ArrayList<>();
        crumbs.add(new Link("../../" + SiteTopic.UNITS.path() + "#directories", SiteTopic.UNITS.chineseName(),
                SiteTopic.UNITS.englishName()));
        List<Link> links = new ArrayList<>();
        if (!unpaired && areaPagesPublished.contains(prefectureCode)) {
            links.add(new Link("../../" + areaPath(prefectureCode), name + "的地区页：主要指标、下辖县", "The prefecture's area page"));
        }
        links.add(new Link("../../" + SiteTopic.UNITS.path() + "#directories", "各市州帮扶单位名录", "Units by prefecture"));
        return new PageOutput(path, page(path, "units-directory", chineseTitle, englishTitle, crumbs, List.of(
                section("units", "帮扶单位", "Assisting units", List.of(paragraph), List.of(), List.of(), List.of(table), links,
                        List.of()))));
    }

    private List<Section> householdsTopic() {
        GoldTable households = gold.table(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS);
        if (households.isEmpty()) {
            return List.of();
        }
        int year = latestYear(households);
        Map<String, List<Row>> byIndicator = households.rows().stream()
                .filter(row -> yearOf(row) == year && topLevel.name().equals(GoldTable.text(row, "area_level")))
                .collect(Collectors.groupingBy(row -> GoldTable.text(row, "indicator_code"), LinkedHashMap::new, Collectors.toList()));
        List<Table> tables = new ArrayList<>();
        byIndicator.forEach((code, rows) -> {
            var definition = org.bangfu.indicators.HouseholdIndicators.find(code);
            String chinese = definition.map(d -> d.chineseLabelWithUnit()).orElse(code);
            String english = definition.map(d -> d.englishName() + " (" + d.englishUnit() + ")").orElse(code);
            int precision = definition.map(d -> d.precision()).orElse(0);
            List<TemplateModel.Row> tableRows = rows.stream()
                    .sorted(Comparator.comparing(row -> GoldTable.text(row, "category")))
                    .map(row -> new TemplateModel.Row(GoldTable.text(row, "category").isEmpty() ? "合计" : GoldTable.text(row, "category"),
                            "", null, List.of(OfficialNumberFormat.grouped(GoldTable.decimal(row, "value"), precision,
                                    java.math.RoundingMode.HALF_UP))))
                    .toList();
            tables.add(new Table(year + "年" + (topLevel == AggregationLevel.NATION ? "全国" : "全省") + chinese,
                    english + ", " + topLevel.englishName().toLowerCase(java.util.Locale.ROOT) + ", " + year,
                    List.of(List.of(new HeaderCell("类别", "Category", 1, 1), new HeaderCell(chinese, english, 1, 1))), tableRows));
        });
        return List.of(section("households", "贫困户情况（BF-4）", "Registered poor households (BF-4)",
                List.of("按户统计，空白项不计入。 Counted by household; blank fields are left out."), List.of(), List.of(), tables,
                List.of(), List.of()));
    }

    /**
     * The most rows a list on the data-quality page shows. At national size a quarter's late and
     * missing submissions, and the rows quarantined, run to thousands: listed whole they made the page
     * some 76,000 px tall, read by no one to the end. The first hundred show what kind of list it is;
     * the sentence under the table counts the rest and links the gold table's download holding them all.
     */
    static final int LISTED_ROWS = 100;

    /**
     * {@code table} with at most its first {@link #LISTED_ROWS} rows; when cut, with a sentence saying
     * how many of how many, and which rows of {@code download} (linked, CSV and Excel) are the whole
     * list: {@code chineseRows} and {@code englishRows} name the filter, the same as the page's.
     */
    private static Table listed(Table table, WarehouseTable download, String chineseRows, String englishRows) {
        int total = table.rows().size();
        if (total <= LISTED_ROWS) {
            return table;
        }
        String stem = goldDownloadStem(download);
        String file = stem.substring(stem.lastIndexOf('/') + 1);
        Cut cut = new Cut("表中列出前" + grouped(LISTED_ROWS) + "行，共" + grouped(total) + "行；全部见" + download.qualifiedName()
                        + "的下载，其中" + chineseRows + "的行：",
                "The first " + LISTED_ROWS + " of " + String.format(java.util.Locale.ROOT, "%,d", total) + " are listed;"
                        + " all are in the " + download.qualifiedName() + " download, " + englishRows + ".",
                List.of(new Link("../" + stem + ".csv", file + ".csv", "CSV"), new Link("../" + stem + ".xlsx", file + ".xlsx", "Excel")));
        return new Table(table.chineseCaption(), table.englishCaption(), table.headerRows(),
                List.copyOf(table.rows().subList(0, LISTED_ROWS)), cut);
    }

    private List<Section> qualityTopic() {
        GoldTable periods = gold.query(WarehouseTable.GOLD_COMPLETENESS, frame -> frame.select("period").distinct());
        if (periods.isEmpty()) {
            return List.of();
        }
        String period = latestPeriod(periods);
        GoldTable byPrefectureAndStatus = gold.query(WarehouseTable.GOLD_COMPLETENESS,
                frame -> frame.filter(functions.col("period").equalTo(period))
                        .groupBy("prefecture_name", "status").agg(functions.count("*").as("submissions")));
        Map<String, Map<String, Long>> byPrefecture = byPrefectureAndStatus.rows().stream().collect(Collectors.groupingBy(
                row -> GoldTable.text(row, "prefecture_name"), TreeMap::new,
                Collectors.toMap(row -> GoldTable.text(row, "status"), row -> (long) GoldTable.integer(row, "submissions").orElse(0), Long::sum)));
        // Only the submissions not on time are named: at national size the quarter expects some 180,000.
        List<Row> latest = gold.query(WarehouseTable.GOLD_COMPLETENESS,
                frame -> frame.filter(functions.col("period").equalTo(period)
                        .and(functions.not(functions.col("status").eqNullSafe("on_time")))))
                .rows();
        List<TemplateModel.Row> rows = new ArrayList<>();
        byPrefecture.forEach((prefecture, counts) -> {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            rows.add(new TemplateModel.Row(prefecture.isEmpty() ? "（未分市州）" : prefecture, "", null, List.of(
                    grouped(total), grouped(counts.getOrDefault("on_time", 0L)), grouped(counts.getOrDefault("late", 0L)),
                    grouped(counts.getOrDefault("missing", 0L)),
                    percent(total == 0 ? null : BigDecimal.valueOf(100.0 * (total - counts.getOrDefault("missing", 0L)) / total)))));
        });
        Table byPrefectureTable = new Table(periodChinese(period) + "各市州报送完整性", "Completeness by prefecture, " + periodEnglish(period),
                List.of(List.of(new HeaderCell("市州", "Prefecture", 1, 1), new HeaderCell("应报", "Expected", 1, 1),
                        new HeaderCell("按时", "On time", 1, 1), new HeaderCell("逾期", "Late", 1, 1),
                        new HeaderCell("未报送", "Missing", 1, 1), new HeaderCell("报送率（%）", "Received (%)", 1, 1))), rows);
        List<TemplateModel.Row> named = latest.stream()
                .filter(row -> !"on_time".equals(GoldTable.text(row, "status")))
                .sorted(Comparator.comparing((Row row) -> GoldTable.text(row, "status"))
                        .thenComparing(row -> GoldTable.text(row, "form_code"))
                        .thenComparing(row -> GoldTable.text(row, "submitter_code"))
                        .thenComparing(row -> GoldTable.text(row, "subject_code")))
                .map(row -> new TemplateModel.Row(GoldTable.text(row, "submitter_name"), GoldTable.text(row, "submitter_code"), null,
                        List.of(GoldTable.text(row, "form_code"), GoldTable.text(row, "subject_name"),
                                GoldTable.text(row, "county_name"), GoldTable.text(row, "status_zh"),
                                GoldTable.text(row, "days_late"))))
                .toList();
        Table namedTable = new Table(periodChinese(period) + "逾期和未报送的报送单位", "Late and missing submitters, " + periodEnglish(period),
                List.of(List.of(new HeaderCell("报送单位", "Submitter", 1, 1), new HeaderCell("表号", "Form", 1, 1),
                        new HeaderCell("应报对象", "Expected for", 1, 1), new HeaderCell("所在县", "County", 1, 1),
                        new HeaderCell("状态", "Status", 1, 1), new HeaderCell("逾期天数", "Days late", 1, 1))), named);
        namedTable = listed(namedTable, WarehouseTable.GOLD_COMPLETENESS, "报告期（period）为" + period + "、状态（status）不是on_time",
                "the rows with period " + period + " and status other than on_time");
        List<Section> sections = new ArrayList<>();
        sections.add(section("completeness", "报送完整性", "Completeness",
                List.of("应报数来自名录和结对关系；逾期和未报送的逐一列出，多于" + LISTED_ROWS + "个时在下载中。 Expected submissions come"
                        + " from the registers and pairings; every late or missing one is named, past the first " + LISTED_ROWS
                        + " in the download."),
                List.of(), List.of(), List.of(byPrefectureTable, namedTable), List.of(), List.of()));
        sections.addAll(checkSections());
        return sections;
    }

    /** Rows quarantined and warned by rule (gold.data_quality), and the cross-source comparisons. */
    private List<Section> checkSections() {
        List<Section> sections = new ArrayList<>();
        GoldTable quality = gold.table(WarehouseTable.GOLD_DATA_QUALITY);
        if (quality.has("rule_code")) {
            Map<String, List<Row>> byRule = quality.rows().stream().collect(Collectors.groupingBy(
                    row -> GoldTable.text(row, "outcome") + "|" + GoldTable.text(row, "rule_code"), TreeMap::new, Collectors.toList()));
            List<TemplateModel.Row> ruleRows = new ArrayList<>();
            byRule.forEach((key, rows) -> {
                Row any = rows.get(0);
                ruleRows.add(new TemplateModel.Row(GoldTable.text(any, "rule_code") + " " + GoldTable.text(any, "rule_zh"),
                        GoldTable.text(any, "rule_en"), null, List.of(GoldTable.text(any, "outcome_zh"),
                                rows.stream().map(row -> GoldTable.text(row, "form_code")).distinct().sorted()
                                        .collect(Collectors.joining("、")),
                                grouped(sum(rows, "rows")), grouped(sum(rows, "submitters")))));
            });
            long quarantined = quality.rows().stream().filter(row -> "quarantined".equals(GoldTable.text(row, "outcome")))
                    .mapToLong(row -> GoldTable.integer(row, "rows").orElse(0)).sum();
            long warned = quality.rows().stream().filter(row -> "warned".equals(GoldTable.text(row, "outcome")))
                    .mapToLong(row -> GoldTable.integer(row, "rows").orElse(0)).sum();
            Table byRuleTable = new Table("按规则统计的隔离行和警告行（各报告期合计）", "Rows quarantined and warned, by rule (all periods)",
                    List.of(List.of(new HeaderCell("规则", "Rule", 1, 1), new HeaderCell("处理", "Outcome", 1, 1),
                            new HeaderCell("表号", "Forms", 1, 1), new HeaderCell("行数", "Rows", 1, 1),
                            new HeaderCell("报送者数", "Submitters", 1, 1))), ruleRows);
            List<TemplateModel.Row> submitterRows = quality.rows().stream()
                    .filter(row -> "quarantined".equals(GoldTable.text(row, "outcome")))
                    .sorted(Comparator.comparing((Row row) -> GoldTable.text(row, "period")).reversed()
                            .thenComparing(row -> GoldTable.text(row, "form_code"))
                            .thenComparing(row -> GoldTable.text(row, "submitter_code"))
                            .thenComparing(row -> GoldTable.text(row, "rule_code")))
                    .map(row -> new TemplateModel.Row(orDash(GoldTable.text(row, "submitter_name")),
                            GoldTable.text(row, "submitter_code"), null, List.of(GoldTable.text(row, "form_code"),
                                    orDash(periodChinese(GoldTable.text(row, "period"))),
                                    GoldTable.text(row, "rule_code") + " " + GoldTable.text(row, "rule_zh"),
                                    grouped(GoldTable.integer(row, "rows").orElse(0)))))
                    .toList();
            Table bySubmitter = new Table("各报送者被隔离的行", "Rows quarantined, by submitter",
                    List.of(List.of(new HeaderCell("报送者", "Submitter", 1, 1), new HeaderCell("表号", "Form", 1, 1),
                            new HeaderCell("报告期", "Period", 1, 1), new HeaderCell("规则", "Rule", 1, 1),
                            new HeaderCell("行数", "Rows", 1, 1))), submitterRows);
            bySubmitter = listed(bySubmitter, WarehouseTable.GOLD_DATA_QUALITY, "处理结果（outcome）为quarantined（各报告期）",
                    "the rows with outcome quarantined (all periods)");
            sections.add(section("quarantine", "隔离行（按规则）", "Quarantined rows by rule", List.of(
                    "检查共隔离" + grouped(quarantined) + "行（未入库，已在数据质量反馈单中告知报送者），警告" + grouped(warned)
                            + "行（已入库，请报送者核实）。 " + quarantined + " rows were quarantined (not loaded; each submitter"
                            + " is told in its feedback workbook) and " + warned + " rows were loaded with a warning."),
                    List.of(), List.of(), submitterRows.isEmpty() ? List.of(byRuleTable) : List.of(byRuleTable, bySubmitter),
                    List.of(), List.of()));
        }
        if (List.of(gold.schema(WarehouseTable.GOLD_RECONCILIATION_DIFFERENCES).fieldNames()).contains("rule_code")) {
            long compared = gold.count(WarehouseTable.GOLD_RECONCILIATION_DIFFERENCES);
            List<Row> differing = gold.query(WarehouseTable.GOLD_RECONCILIATION_DIFFERENCES,
                            frame -> frame.filter(ReconciliationDifference.differs()))
                    .rows().stream()
                    .sorted(Comparator.comparing((Row row) -> GoldTable.text(row, "rule_code"))
                            .thenComparing(row -> GoldTable.text(row, "period"))
                            .thenComparing(row -> GoldTable.text(row, "subject_code")))
                    .toList();
            List<TemplateModel.Row> rows = differing.stream()
                    .map(row -> new TemplateModel.Row(GoldTable.text(row, "subject_name"), GoldTable.text(row, "subject_code"),
                            "county".equals(GoldTable.text(row, "subject_kind")) ? "../" + areaPath(GoldTable.text(row, "subject_code"))
                                    : null,
                            List.of(GoldTable.text(row, "rule_code") + " " + GoldTable.text(row, "rule_zh"),
                                    periodChinese(GoldTable.text(row, "period")),
                                    grouped(GoldTable.integer(row, "value_a").orElse(0)),
                                    grouped(GoldTable.integer(row, "value_b").orElse(0)),
                                    grouped(GoldTable.integer(row, "difference").orElse(0)))))
                    .toList();
            String summary = "跨来源核对" + grouped(compared) + "对数，其中" + grouped(differing.size())
                    + "对不一致；数据照报送发布，不自动修正。 " + compared + " pairs of figures were compared"
                    + " across forms and " + differing.size() + " differ; figures are published as reported, never silently fixed.";
            Table table = new Table("不一致的跨来源核对", "Cross-source comparisons that differ",
                    List.of(List.of(new HeaderCell("核对对象", "Unit or county", 1, 1), new HeaderCell("核对内容", "Comparison", 1, 1),
                            new HeaderCell("报告期", "Period", 1, 1), new HeaderCell("数A", "Figure A", 1, 1),
                            new HeaderCell("数B", "Figure B", 1, 1), new HeaderCell("差额（A－B）", "Difference", 1, 1))), rows);
            table = listed(table, WarehouseTable.GOLD_RECONCILIATION_DIFFERENCES, ReconciliationDifference.CHINESE_FILTER,
                    ReconciliationDifference.ENGLISH_FILTER);
            sections.add(section("reconciliation", "跨来源核对差异", "Reconciliation differences", List.of(summary,
                    "X001：单位报送（BF-1）的在岗驻村队员数（数A）与花名册（BF-2）队员合计（数B）；X002：县报送（BF-3）的本年脱贫人口（数A）与贫困户名单（BF-4）当年脱贫户人口合计（数B）。"
                            + " X001: team members a unit reports (BF-1, A) against its roster (BF-2, B); X002: people exited a county"
                            + " reports (BF-3, A) against the household list (BF-4, B)."),
                    List.of(), List.of(), rows.isEmpty() ? List.of() : List.of(table), List.of(), List.of()));
        }
        return sections;
    }

    /**
     * Whether an area page lists the indicator among its key figures: all but the household
     * categories, of which only the five 五个一批 groups are key (the rest are on the indicator pages).
     */
    private static boolean keyFigure(Indicator indicator) {
        return org.bangfu.indicators.HouseholdCatalogue.rowKey(indicator.code())
                .map(key -> key.category().isEmpty()
                        || key.indicatorCode().equals(org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_MEASURE_GROUP))
                .orElse(true);
    }

    /** In place of a chart with nothing to draw. */
    private static String noFiguresNote(String where, Indicator indicator) {
        return where + "尚无" + indicator.chineseName() + "数据（未报送），因此不画图。 No figures of " + indicator.englishName()
                + " have been reported here yet, so there is no chart.";
    }

    private static long sum(List<Row> rows, String column) {
        return rows.stream().mapToLong(row -> GoldTable.integer(row, column).orElse(0)).sum();
    }

    static final String RANKINGS_PATH = "pages/rankings.html";

    /**
     * 排名: the latest quarter's counties ranked on each headline indicator, 国定 and 省定 in tables
     * of their own, within the top of the site (the nation when gold holds several provinces, else
     * the province). No page without gold.county_rankings rows at that scope.
     */
    private void rankingsPage() {
        String scope = topLevel.name();
        List<Section> sections = rankingSections(scope, null, "../");
        if (sections.isEmpty()) {
            return;
        }
        List<Section> all = new ArrayList<>();
        String where = topLevel == AggregationLevel.NATION ? "全国" : "全省";
        all.add(section("method", "排名方法", "Method", List.of(
                "最新报告期各县在" + where + "范围内排名，国定贫困县和省定贫困县分别排名；并列同名次，其后名次顺延（1、2、2、4）；未报送的县不参加排名。"
                        + "脱贫人口、帮扶资金越多越靠前，贫困发生率越低越靠前。",
                "Counties ranked " + (topLevel == AggregationLevel.NATION ? "nationally" : "within the province")
                        + " in the latest quarter, 国定 and 省定 counties separately; ties share a rank and the next is skipped"
                        + " (1, 2, 2, 4); a county that did not report is not ranked. More people exited and more funds rank"
                        + " higher; a lower poverty incidence ranks higher."),
                List.of(), List.of(), List.of(), topLevel == AggregationLevel.NATION ? provinceRankingLinks() : List.of(),
                List.of()));
        all.addAll(sections);
        rankingsPublished = true;
        outputs.add(new PageOutput(RANKINGS_PATH, page(RANKINGS_PATH, "rankings", "县排名", "County rankings",
                List.of(topicLink(SiteTopic.PROGRESS)), all)));
    }

    /**
     * An area's own rankings in one table: its counties down, the rank on each headline indicator
     * across, 国定 and 省定 counties ranked apart (the type is a column, and each rank is within it).
     */
    private Optional<Section> areaRankings(Observation area) {
        List<Row> inScope = gold.table(WarehouseTable.GOLD_COUNTY_RANKINGS).rows().stream()
                .filter(row -> area.level().name().equals(GoldTable.text(row, "scope"))
                        && area.areaCode().equals(GoldTable.text(row, "scope_code")))
                .toList();
        String period = inScope.stream().map(row -> GoldTable.text(row, "period")).max(Comparator.naturalOrder()).orElse("");
        List<Row> latest = inScope.stream().filter(row -> period.equals(GoldTable.text(row, "period"))).toList();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = org.bangfu.model.CountyRankings.HEADLINES.stream()
                .map(org.bangfu.model.CountyRankings.RankedIndicator::indicatorCode)
                .filter(code -> latest.stream().anyMatch(row -> code.equals(GoldTable.text(row, "indicator_code"))))
                .toList();
        Map<String, Map<String, Row>> byCounty = new TreeMap<>();
        latest.forEach(row -> byCounty.computeIfAbsent(GoldTable.text(row, "poverty_type") + "|" + GoldTable.text(row, "county_code"),
                key -> new LinkedHashMap<>()).put(GoldTable.text(row, "indicator_code"), row));
        List<HeaderCell> header = new ArrayList<>();
        header.add(new HeaderCell("县", "County", 1, 1));
        header.add(new HeaderCell("类型", "Type", 1, 1));
        codes.forEach(code -> {
            Indicator indicator = org.bangfu.indicators.IndicatorCatalogue.byCode(code);
            header.add(new HeaderCell(indicator.chineseName() + "名次", "Rank: " + indicator.englishName(), 1, 1));
        });
        List<TemplateModel.Row> rows = new ArrayList<>();
        byCounty.forEach((key, byIndicator) -> {
            Row any = byIndicator.values().iterator().next();
            List<String> cells = new ArrayList<>();
            cells.add(GoldTable.text(any, "poverty_type"));
            codes.forEach(code -> cells.add(Optional.ofNullable(byIndicator.get(code))
                    .map(row -> GoldTable.text(row, "rank") + "/" + GoldTable.text(row, "group_size"))
                    .orElse(OfficialNumberFormat.NOT_REPORTED)));
            rows.add(new TemplateModel.Row(GoldTable.text(any, "county_name"), GoldTable.text(any, "county_code"),
                    "../" + areaPath(GoldTable.text(any, "county_code")), cells));
        });
        String within = area.level() == AggregationLevel.PROVINCE ? "省内" : "市州内";
        return Optional.of(section("rankings", "县排名（" + within + "）", "County rankings within the " + area.level().englishName()
                        .toLowerCase(java.util.Locale.ROOT),
                List.of("国定、省定贫困县分别排名，“2/5”表示5个同类县中排第2；未报送的县不排名。 国定 and 省定 counties are ranked"
                        + " separately; 2/5 means second of five counties of its type; a county that did not report is not ranked."),
                List.of(), List.of(), List.of(new Table(periodChinese(period) + area.areaName() + within + "排名",
                        "Rankings within " + area.areaName() + ", " + periodEnglish(period), List.of(header), rows)),
                rankingsPublished ? List.of(new Link("../" + RANKINGS_PATH, "全部排名", "All rankings")) : List.of(), List.of()));
    }

    /** On a national site, each province's own rankings are on its area page. */
    private List<Link> provinceRankingLinks() {
        return provinceCodes().entrySet().stream()
                .map(province -> new Link("../" + areaPath(province.getKey()) + "#rankings",
                        province.getValue() + "省内排名", province.getValue() + ": rankings within the province"))
                .toList();
    }

    /** Whether the rankings page was made, for the links to it. */
    private boolean rankingsPublished;

    /**
     * One section per ranked indicator, a table per county type, at the scope (NATION, PROVINCE)
     * and, for a province of a national site, its code; empty when gold ranks nothing there.
     */
    private List<Section> rankingSections(String scope, String scopeCode, String root) {
        GoldTable rankings = gold.table(WarehouseTable.GOLD_COUNTY_RANKINGS);
        List<Row> inScope = rankings.rows().stream()
                .filter(row -> scope.equals(GoldTable.text(row, "scope"))
                        && (scopeCode == null || scopeCode.equals(GoldTable.text(row, "scope_code"))))
                .toList();
        if (inScope.isEmpty()) {
            return List.of();
        }
        String period = inScope.stream().map(row -> GoldTable.text(row, "period")).max(Comparator.naturalOrder()).orElse("");
        Map<String, Map<String, List<Row>>> byIndicator = new LinkedHashMap<>();
        org.bangfu.model.CountyRankings.HEADLINES.forEach(ranked -> byIndicator.put(ranked.indicatorCode(), new TreeMap<>()));
        inScope.stream().filter(row -> period.equals(GoldTable.text(row, "period")))
                .forEach(row -> byIndicator.computeIfAbsent(GoldTable.text(row, "indicator_code"), code -> new TreeMap<>())
                        .computeIfAbsent(GoldTable.text(row, "poverty_type"), type -> new ArrayList<>()).add(row));
        List<Section> sections = new ArrayList<>();
        byIndicator.forEach((code, byType) -> {
            if (byType.isEmpty()) {
                return;
            }
            Optional<Indicator> indicator = org.bangfu.indicators.IndicatorCatalogue.stream()
                    .filter(candidate -> candidate.code().equals(code)).findFirst();
            String chinese = indicator.map(Indicator::chineseLabelWithUnit).orElse(code);
            String english = indicator.map(Indicator::englishLabelWithUnit).orElse(code);
            List<Table> tables = new ArrayList<>();
            byType.forEach((type, rows) -> {
                List<TemplateModel.Row> tableRows = rows.stream()
                        .sorted(Comparator.comparing((Row row) -> GoldTable.integer(row, "rank").orElse(Integer.MAX_VALUE))
                                .thenComparing(row -> GoldTable.text(row, "county_code")))
                        .map(row -> new TemplateModel.Row(GoldTable.text(row, "county_name"), GoldTable.text(row, "county_code"),
                                root + areaPath(GoldTable.text(row, "county_code")),
                                List.of(GoldTable.text(row, "rank"), indicator.map(i -> i.formatTableCell(GoldTable.decimal(row, "value")))
                                        .orElse(String.valueOf(GoldTable.decimal(row, "value"))))))
                        .toList();
                tables.add(new Table(periodChinese(period) + type + "贫困县（" + tableRows.size() + "个）",
                        type + " counties, " + periodEnglish(period) + " (" + tableRows.size() + ")",
                        List.of(List.of(new HeaderCell("县", "County", 1, 1), new HeaderCell("名次", "Rank", 1, 1),
                                new HeaderCell(chinese, english, 1, 1))), tableRows));
            });
            sections.add(section("rankings-" + code, indicator.map(Indicator::chineseName).orElse(code) + "排名",
                    "Ranked on " + indicator.map(Indicator::englishName).orElse(code), List.of(), List.of(), List.of(), tables,
                    indicator.map(i -> List.of(new Link(root + indicatorPath(i), "指标页", "Indicator page"))).orElse(List.of()),
                    List.of()));
        });
        return sections;
    }

    // ---- area pages ------------------------------------------------------------------------

    private void areaPages() {
        Map<String, Observation> areas = new LinkedHashMap<>();
        for (List<Observation> observations : observationsByIndicator.values()) {
            for (Observation observation : observations) {
                areas.putIfAbsent(observation.areaCode(), observation);
            }
        }
        // Indexed once, so that each area page reads its own series rather than every area's.
        observationsByIndicator.forEach((code, observations) -> observationsByArea.put(code, observations.stream()
                .sorted(Comparator.comparing(Observation::period))
                .collect(Collectors.groupingBy(Observation::areaCode))));
        boolean expectations = gold.count(WarehouseTable.GOLD_COMPLETENESS) > 0;
        // A county page lists its units' BF-1 of the county's latest period: only those rows are read.
        Map<String, List<Row>> unitsByCounty = gold.query(WarehouseTable.GOLD_COMPLETENESS, frame -> {
            Dataset<Row> unitReports = frame.filter(functions.col("form_code").equalTo("BF-1"));
            Dataset<Row> latestByCounty = unitReports.groupBy("county_code").agg(functions.max("period").as("latest_period"));
            return unitReports.join(latestByCounty, "county_code")
                    .filter(functions.col("period").equalTo(functions.col("latest_period")))
                    .select("county_code", "period", "submitter_code", "submitter_name", "status_zh");
        }).rows().stream().collect(Collectors.groupingBy(row -> GoldTable.text(row, "county_code")));
        for (Observation area : areas.values()) {
            areaPage(area, expectations ? unitsByCounty.getOrDefault(area.areaCode(), List.of()) : null, areas.values());
        }
    }

    /** The areas one level below: provinces of the nation, prefectures of a province, counties of a prefecture. */
    static List<Observation> childrenOf(Observation area, java.util.Collection<Observation> areas) {
        return areas.stream().filter(candidate -> switch (area.level()) {
            case NATION -> candidate.level() == AggregationLevel.PROVINCE;
            case PROVINCE -> candidate.level() == AggregationLevel.PREFECTURE && candidate.provinceCode().equals(area.areaCode());
            case PREFECTURE -> candidate.level() == AggregationLevel.COUNTY && candidate.prefectureCode().equals(area.areaCode());
            default -> false;
        }).sorted(Comparator.comparing(Observation::areaCode)).toList();
    }

    private void areaPage(Observation area, List<Row> unitRows, java.util.Collection<Observation> areas) {
        String path = areaPath(area.areaCode());
        List<Section> sections = new ArrayList<>();
        List<Observation> children = childrenOf(area, areas);
        if (!children.isEmpty()) {
            AggregationLevel childLevel = children.get(0).level();
            sections.add(section("areas", "下辖" + childLevel.chineseName(), childLevel.englishName() + " within", List.of(),
                    List.of(), List.of(), List.of(), children.stream()
                            .map(child -> new Link("../" + areaPath(child.areaCode()), child.areaName() + " " + child.areaCode(),
                                    child.level().englishName() + " " + child.areaCode()))
                            .toList(), List.of()));
        }
        if (area.level() == AggregationLevel.COUNTY) {
            sections.add(countySection(area));
        }
        for (SiteTopic topic : SiteTopic.values()) {
            List<TemplateModel.Row> rows = new ArrayList<>();
            for (Indicator indicator : topic.indicators()) {
                if (!published(indicator) || !keyFigure(indicator)) {
                    continue;
                }
                List<Observation> series = observationsByArea.get(indicator.code()).getOrDefault(area.areaCode(), List.of());
                if (series.isEmpty()) {
                    continue;
                }
                Observation latest = series.get(series.size() - 1);
                BigDecimal yearBefore = series.stream().filter(o -> o.period().equals(samePeriodLastYear(latest.period())))
                        .findFirst().map(Observation::value).orElse(null);
                // A row of dashes says nothing: the area's page lists the figures it has.
                if (latest.value() == null && yearBefore == null) {
                    continue;
                }
                rows.add(new TemplateModel.Row(indicator.chineseLabelWithUnit(), indicator.englishLabelWithUnit(),
                        "../" + indicatorPath(indicator), List.of(periodChinese(latest.period()),
                                indicator.formatTableCell(latest.value()), indicator.formatTableCell(yearBefore))));
            }
            if (rows.isEmpty()) {
                continue;
            }
            Table table = new Table(area.areaName() + topic.chineseName() + "主要指标", area.areaName() + ": " + topic.englishName(),
                    List.of(List.of(new HeaderCell("指标", "Indicator", 1, 1), new HeaderCell("报告期", "Period", 1, 1),
                            new HeaderCell("数值", "Value", 1, 1), new HeaderCell("上年同期", "Same period last year", 1, 1))), rows);
            List<String> periods = rows.stream().map(row -> row.cells().get(0)).distinct().toList();
            if (periods.size() == 1) {
                // One period for every figure: it heads the column, and the table fits a phone.
                String period = periods.get(0);
                table = new Table(area.areaName() + topic.chineseName() + "主要指标（" + period + "）",
                        area.areaName() + ": " + topic.englishName(),
                        List.of(List.of(new HeaderCell("指标", "Indicator", 1, 1), new HeaderCell(period, "Value", 1, 1),
                                new HeaderCell("上年同期", "A year before", 1, 1))),
                        rows.stream().map(row -> new TemplateModel.Row(row.chineseHeading(), row.englishHeading(), row.href(),
                                row.cells().subList(1, row.cells().size()))).toList());
            }
            sections.add(section(topic.slug(), topic.chineseName(), topic.englishName(), carriedNotes(topic, area.areaCode()),
                    List.of(), List.of(), List.of(table), List.of(), List.of()));
        }
        // Below the top of the site, an area's own rankings: a province's on a national site, a prefecture's.
        if (area.level() == AggregationLevel.PREFECTURE
                || (area.level() == AggregationLevel.PROVINCE && topLevel == AggregationLevel.NATION)) {
            areaRankings(area).ifPresent(sections::add);
        }
        // Without the completeness table the site cannot tell who helps a county, so it says nothing.
        if (area.level() == AggregationLevel.COUNTY && unitRows != null) {
            sections.add(countyUnitsSection(area, unitRows));
        }
        UnitDirectory directory = area.level() == AggregationLevel.PREFECTURE && pairingsKnown()
                ? unitDirectories().get(area.areaCode()) : null;
        if (directory != null) {
            sections.add(section("units", "帮扶单位", "Assisting units", List.of(), List.of(), List.of(), List.of(),
                    List.of(new Link("../" + directory.path(), area.areaName() + "帮扶单位名录（" + unitDirectoryYear + "年，"
                            + grouped(directory.units()) + "个）", "Assisting units of the prefecture, " + unitDirectoryYear
                            + " (" + directory.units() + ")")), List.of()));
        }
        areaPagesPublished.add(area.areaCode());
        outputs.add(new PageOutput(path, page(path, "area", area.areaName(), area.level().englishName() + " " + area.areaCode(),
                List.of(), sections)));
    }

    /** The areas with a page, for links to them from pages made later. */
    private final java.util.Set<String> areaPagesPublished = new java.util.HashSet<>();

    /**
     * The county's facts, its paired units as gold counts them (gold.county_quarter paired_units in
     * its latest quarter), and its funds by quarter: a chart with its table, or, where no unit
     * reports, a sentence saying why rather than an empty chart.
     */
    private Section countySection(Observation county) {
        String code = county.areaCode();
        List<org.bangfu.model.AreaQuarterFigures> quarters = view == null ? List.of() : view.countyByQuarter(code);
        List<Fact> facts = new ArrayList<>();
        facts.add(fact("县代码", "County code", code));
        facts.add(fact("贫困县类型", "Poverty county type", orDash(county.povertyType())));
        List<String> paragraphs = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        if (!quarters.isEmpty()) {
            org.bangfu.model.AreaQuarterFigures latest = quarters.get(quarters.size() - 1);
            facts.add(fact("所属市州", "Prefecture", orDash(latest.prefectureName())));
            facts.add(fact("结对帮扶单位", "Paired assisting units",
                    latest.pairedUnits() + "个（" + periodChinese(latest.period()) + "）"));
            BarChartSpec chart = countyFundsCharts.get(SitePages.countyChartPath(code));
            if (latest.pairedUnits() == 0 && quarters.stream().allMatch(row -> row.pairedUnits() == 0)) {
                paragraphs.add(county.areaName() + "没有结对帮扶单位，因此没有帮扶单位报送的帮扶资金等数据。 " + county.areaName()
                        + " has no paired assisting units, so no unit reports funds or other inputs for it.");
            } else if (chart == null) {
                paragraphs.add(county.areaName() + "有结对帮扶单位，但各季度均未报送帮扶资金，因此没有图表。 " + county.areaName()
                        + " has paired units, but none reported funds in any quarter, so there is no chart.");
            } else {
                figures.add(figure("../", SitePages.countyChartPath(code), chart, FigureTables.acrossQuarters(
                        county.areaName() + "分季度主要指标", county.areaName() + ": key figures by quarter", quarters)));
                paragraphs.addAll(carriedNotes(SiteTopic.FUNDS, code));
            }
        }
        return section("county", "县情和帮扶资金", "County and its assistance funds", paragraphs, facts, figures, List.of(),
                List.of(), List.of());
    }

    /**
     * "N个单位本季度未报送，沿用上季度累计数": where the latest figures of a topic carry a unit's (or a
     * county's) last year-to-date figure forward, the count says so beside the table.
     */
    private List<String> carriedNotes(SiteTopic topic, String areaCode) {
        List<String> notes = new ArrayList<>();
        if (topic == SiteTopic.FUNDS) {
            assistanceRows.values().stream().filter(row -> row.areaCode().equals(areaCode))
                    .max(Comparator.comparing(org.bangfu.model.AreaQuarterFigures::period))
                    .ifPresent(latest -> carriedNote(latest.figure("carried_units"), "个单位", "units", latest.period())
                            .ifPresent(notes::add));
        } else if (topic == SiteTopic.TEAMS || topic == SiteTopic.PROGRESS) {
            GoldTable progress = gold.table(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER);
            if (progress.has("carried_counties")) {
                progress.rows().stream().filter(row -> areaCode.equals(GoldTable.text(row, "area_code")))
                        .max(Comparator.comparing((Row row) -> GoldTable.text(row, "period")))
                        .flatMap(latest -> carriedNote(GoldTable.decimal(latest, "carried_counties"), "个县", "counties",
                                GoldTable.text(latest, "period")))
                        .ifPresent(notes::add);
            }
        }
        return notes;
    }

    private static Optional<String> carriedNote(BigDecimal carried, String chineseWhat, String englishWhat, String period) {
        if (carried == null || carried.signum() == 0) {
            return Optional.empty();
        }
        long count = carried.longValue();
        return Optional.of(count + chineseWhat + periodChinese(period) + "未报送，沿用上季度累计数。 " + count + " " + englishWhat
                + " did not report for " + periodEnglish(period) + "; their previous quarter's year-to-date figures are carried forward.");
    }

    /** The units that help a county, from what they were expected to report; a county without any says so. */
    private Section countyUnitsSection(Observation county, List<Row> unitRows) {
        if (unitRows.isEmpty()) {
            String type = county.povertyType();
            return section("units", "帮扶单位", "Assisting units", List.of(
                    county.areaName() + (type.isEmpty() ? "" : "为" + type + "县，") + "没有结对帮扶单位，因此没有帮扶单位报送的数据。 "
                            + county.areaName() + " has no paired assisting units, so no unit reports on it."),
                    List.of(), List.of(), List.of(), List.of(), List.of());
        }
        String period = unitRows.stream().map(row -> GoldTable.text(row, "period")).max(Comparator.naturalOrder()).orElse("");
        List<TemplateModel.Row> rows = unitRows.stream().filter(row -> period.equals(GoldTable.text(row, "period")))
                .sorted(Comparator.comparing(row -> GoldTable.text(row, "submitter_code")))
                .map(row -> new TemplateModel.Row(GoldTable.text(row, "submitter_name"), GoldTable.text(row, "submitter_code"),
                        "../" + unitPath(GoldTable.text(row, "submitter_code")), List.of(GoldTable.text(row, "status_zh"))))
                .toList();
        return section("units", "帮扶单位", "Assisting units", List.of(), List.of(), List.of(), List.of(new Table(
                periodChinese(period) + county.areaName() + "的结对帮扶单位及报送情况", "Paired units and their BF-1 for "
                        + periodEnglish(period),
                List.of(List.of(new HeaderCell("帮扶单位", "Assisting unit", 1, 1), new HeaderCell("BF-1报送", "BF-1 status", 1, 1))),
                rows)), List.of(), List.of());
    }

    // ---- unit pages: tables only, so 17,000 of them stay fast ------------------------------

    /** Units whose pages are rendered together, on every core, while the next ones are read. */
    private static final int UNITS_PER_BATCH = 2_000;

    /** One unit's rows of each unit table, all a unit page is made from. */
    private record UnitRows(String code, List<Row> quarters, List<Row> counties, List<Row> scorecards, List<Row> verdicts) {
    }

    /**
     * A page per unit with quarterly figures. The unit tables are read side by side, sorted by unit
     * code, a batch of units at a time: some 170,000 units at national size, their rows would not
     * fit the driver's memory at once.
     */
    private void unitPages() {
        org.apache.spark.sql.types.StructType quarterColumns = gold.schema(WarehouseTable.GOLD_UNIT_QUARTER);
        List<String> columnNames = List.of(quarterColumns.fieldNames());
        List<Indicator> shown = SiteTopic.FUNDS.indicators().stream()
                .filter(indicator -> indicator.goldTables().containsKey(AggregationLevel.UNIT)
                        && columnNames.contains(indicator.goldColumn(GoldData.shownSpan(indicator))))
                .toList();
        SortedGroups quarters = new SortedGroups(gold.scanSorted(WarehouseTable.GOLD_UNIT_QUARTER,
                UnaryOperator.identity(), functions.col("unit_code"), functions.col("period")), "unit_code");
        SortedGroups scorecards = new SortedGroups(gold.scanSorted(WarehouseTable.GOLD_UNIT_SCORECARD,
                UnaryOperator.identity(), functions.col("unit_code"), functions.col("year"), functions.col("rule_code")),
                "unit_code");
        // The latest year first on a unit's page, whatever order the table was written in.
        SortedGroups verdicts = new SortedGroups(gold.scanSorted(WarehouseTable.GOLD_UNIT_VERDICT,
                UnaryOperator.identity(), functions.col("unit_code"), functions.col("year").desc()), "unit_code");
        SortedGroups counties = new SortedGroups(gold.scanSorted(WarehouseTable.GOLD_COMPLETENESS,
                frame -> frame.filter(functions.col("form_code").equalTo("BF-1"))
                        .select("submitter_code", "county_code", "county_name").distinct(),
                functions.col("submitter_code"), functions.col("county_code")), "submitter_code");
        List<UnitRows> batch = new ArrayList<>();
        for (String code = quarters.nextKey(); code != null; code = quarters.nextKey()) {
            batch.add(new UnitRows(code, quarters.take(code), counties.take(code), scorecards.take(code), verdicts.take(code)));
            if (batch.size() == UNITS_PER_BATCH) {
                writeUnitPages(batch, shown);
                batch = new ArrayList<>();
            }
        }
        writeUnitPages(batch, shown);
    }

    private void writeUnitPages(List<UnitRows> units, List<Indicator> shown) {
        InOrder.map("unit pages", units, unit -> {
            PageOutput page = unitPage(unit, shown);
            contents.add(page.path(), pageRenderer.apply(page.page()));
            return page.path();
        });
    }

    private PageOutput unitPage(UnitRows unit, List<Indicator> shown) {
        String code = unit.code();
        List<Row> rows = unit.quarters();
        Row any = rows.get(0);
        String path = unitPath(code);
        List<Section> sections = new ArrayList<>();
        sections.add(section("unit", "单位情况", "The unit", List.of(), List.of(
                fact("单位代码", "Unit code", code), fact("层级", "Level", GoldTable.text(any, "unit_level")),
                fact("类别", "Category", GoldTable.text(any, "unit_category"))), List.of(), List.of(), List.of(), List.of()));
        List<TemplateModel.Row> pairedRows = unit.counties().stream()
                .collect(Collectors.toMap(row -> GoldTable.text(row, "county_code"), row -> GoldTable.text(row, "county_name"),
                        (first, second) -> first, TreeMap::new))
                .entrySet().stream()
                .map(entry -> new TemplateModel.Row(entry.getValue(), entry.getKey(), "../" + areaPath(entry.getKey()), List.of()))
                .toList();
        if (!pairedRows.isEmpty()) {
            sections.add(section("counties", "结对帮扶县", "Paired counties", List.of(), List.of(), List.of(), List.of(new Table(
                    "结对帮扶县", "Paired counties", List.of(List.of(new HeaderCell("县", "County", 1, 1))), pairedRows)),
                    List.of(), List.of()));
        }
        List<HeaderCell> header = new ArrayList<>();
        // Indicators down, quarters across: eight quarters fit a screen, nineteen indicators do not.
        List<Row> inPeriodOrder = rows.stream().sorted(Comparator.comparing(row -> GoldTable.text(row, "period"))).toList();
        header.add(new HeaderCell("指标", "Indicator", 1, 1));
        inPeriodOrder.forEach(row -> header.add(new HeaderCell(periodChinese(GoldTable.text(row, "period")),
                periodEnglish(GoldTable.text(row, "period")), 1, 1)));
        List<TemplateModel.Row> inputRows = shown.stream()
                .filter(indicator -> inPeriodOrder.stream()
                        .anyMatch(row -> GoldTable.decimal(row, indicator.goldColumn(GoldData.shownSpan(indicator))) != null))
                .map(indicator -> new TemplateModel.Row(indicator.chineseLabelWithUnit(), indicator.englishLabelWithUnit(),
                        null, inPeriodOrder.stream()
                                .map(row -> indicator.formatTableCell(GoldTable.decimal(row, indicator.goldColumn(GoldData.shownSpan(indicator)))))
                                .toList()))
                .toList();
        sections.add(section("inputs", "分季度帮扶投入（本年累计）", "Inputs by quarter (year to date)", List.of(), List.of(),
                List.of(), List.of(new Table("分季度帮扶投入", "Inputs by quarter", List.of(header), inputRows)), List.of(), List.of()));
        for (Row verdict : unit.verdicts()) {
            int year = yearOf(verdict);
            List<TemplateModel.Row> ruleRows = unit.scorecards().stream()
                    .filter(row -> yearOf(row) == year)
                    .sorted(Comparator.comparing(row -> GoldTable.text(row, "rule_code")))
                    .map(row -> new TemplateModel.Row(GoldTable.text(row, "rule_name_zh"), GoldTable.text(row, "rule_name_en"), null,
                            List.of(GoldTable.text(row, "requirement_zh"), GoldTable.text(row, "evidence_zh"),
                                    GoldTable.text(row, "result"))))
                    .toList();
            List<String> paragraphs = new ArrayList<>();
            List<Table> ruleTable = List.of();
            // No bundled rule for the year (five in six units of the national demo register): a sentence
            // says so, in the assessment notice's words, where a share of "—%" said nothing. The same
            // column decides it in the notice (documents.AssessmentResults), so both count the same units.
            if (GoldTable.integer(verdict, "bundled_rules").orElse(0) == 0) {
                paragraphs.add(year + "年没有适用的计入“三捆绑”评定的考核规则，" + GoldTable.text(verdict, "rating")
                        + "。 No rule counted in the bundled verdict applied to this unit in " + year + ": "
                        + GoldTable.text(verdict, "rating_en") + ".");
            } else {
                paragraphs.add(year + "年评定：" + GoldTable.text(verdict, "rating") + "（达标规则占比"
                        + percent(GoldTable.decimal(verdict, "share_met_percent")) + "%）。 Verdict " + year + ": "
                        + GoldTable.text(verdict, "rating_en") + ".");
            }
            if (!ruleRows.isEmpty()) {
                ruleTable = List.of(new Table(year + "年逐条规则", "Rule by rule, " + year,
                        List.of(List.of(new HeaderCell("规则", "Rule", 1, 1), new HeaderCell("要求", "Requirement", 1, 1),
                                new HeaderCell("依据", "Evidence", 1, 1), new HeaderCell("结果", "Result", 1, 1))), ruleRows));
            }
            if (!GoldTable.text(verdict, "cap_reasons_zh").isEmpty()) {
                paragraphs.add("不得评优的原因：" + GoldTable.text(verdict, "cap_reasons_zh"));
            }
            sections.add(section("scorecard-" + year, year + "年工作规则评价", "Scorecard " + year, paragraphs, List.of(), List.of(),
                    ruleTable, List.of(), List.of()));
        }
        return new PageOutput(path, page(path, "unit", GoldTable.text(any, "unit_name"), "Assisting unit " + code,
                List.of(new Link("../" + SiteTopic.UNITS.path(), SiteTopic.UNITS.chineseName(), SiteTopic.UNITS.englishName())),
                sections));
    }

    // ---- downloads and the release ---------------------------------------------------------

    private static String goldDownloadStem(WarehouseTable table) {
        return "downloads/gold/" + table.relativePath().replace("gold/", "");
    }

    private void downloadsPage() {
        List<Download> goldDownloads = new ArrayList<>();
        List<Table> dictionary = new ArrayList<>();
        List<WarehouseTable> dictionaryTables = new ArrayList<>();
        List<WarehouseTable> tablesOffered = new ArrayList<>();
        Map<WarehouseTable, Long> rowCounts = new java.util.EnumMap<>(WarehouseTable.class);
        for (WarehouseTable table : WarehouseTable.inLayer("gold")) {
            long rows = gold.count(table);
            if (gold.schema(table).fields().length > 0 && rows > 0) {
                tablesOffered.add(table);
                rowCounts.put(table, rows);
            }
        }
        // The largest tables first: started last, one of them would keep a core busy long after the other is done.
        List<WarehouseTable> largestFirst = tablesOffered.stream()
                .sorted(Comparator.comparingLong(rowCounts::get).reversed())
                .toList();
        // Each table is streamed from a sorted query once, into its CSV and its workbook together.
        InOrder.map("downloads", largestFirst, table -> {
            DataTable data = DataTable.ofGold(table.qualifiedName().replace("gold.", ""), table.qualifiedName(),
                    table.qualifiedName(), gold.schema(table), () -> gold.inColumnOrder(table));
            String stem = goldDownloadStem(table);
            contents.write(stem + ".csv", csv -> contents.write(stem + ".xlsx",
                    xlsx -> downloads.writeCsvAndXlsx(data, csv, xlsx)));
            return stem;
        });
        for (WarehouseTable table : tablesOffered) {
            String stem = goldDownloadStem(table);
            goldTablesPublished.add(table.qualifiedName());
            goldDownloads.add(new Download("../" + stem + ".csv", table.qualifiedName() + "（CSV）", rowCounts.get(table) + " rows, CSV",
                    "UTF-8（带BOM）", "UTF-8 with BOM"));
            goldDownloads.add(new Download("../" + stem + ".xlsx", table.qualifiedName() + "（Excel）", "XLSX with a 说明 sheet",
                    "含“说明”工作表", "column meanings, units, data version"));
            dictionaryTables.add(table);
            dictionary.add(new Table(table.qualifiedName() + " 字段及含义", table.qualifiedName() + " columns and meanings",
                    List.of(List.of(new HeaderCell("字段", "Column", 1, 1), new HeaderCell("含义", "Meaning", 1, 1))),
                    java.util.Arrays.stream(gold.schema(table).fields())
                            .map(field -> new TemplateModel.Row(field.name(), "", null,
                                    List.of(org.bangfu.warehouse.ColumnMeaning.of(field))))
                            .toList()));
        }
        List<Download> all = new ArrayList<>();
        all.add(new Download("../downloads/release.zip", "本次发布的全部文件（ZIP）", "The whole release (ZIP)",
                "网站、图表、下载和简报。", "Pages, charts, downloads and the briefing."));
        if (!countyNames.isEmpty()) {
            all.add(new Download("../" + CountyQuarterCsv.RELATIVE_PATH, "各县分季度数据（CSV）", "County × quarter figures (CSV)",
                    "UTF-8（带BOM）", "UTF-8 with BOM"));
        }
        all.addAll(goldDownloads);
        List<Section> sections = new ArrayList<>();
        sections.add(section("files", "下载", "Downloads", List.of(
                "每个文件每行都带发布版本和数据版本；空白表示未报送，不是0。 Every row carries the release and data version; blank means not reported, never zero."),
                List.of(), List.of(), List.of(), officialDocuments.getAsBoolean() ? List.of(new Link("../" + org.bangfu.documents.DocumentManifest.PATH,
                        "正式文件：工作简报、统计报表、通报和考核结果（Word、Excel，附sha256）",
                        "Official documents: briefing, statistical tables, notice and assessment")) : List.of(), all));
        sections.add(section("dictionary", "数据字典", "Data dictionary", List.of(
                "每个数据表的字段及含义另列一页。 Every table's columns and their meanings are on a page of their own."),
                List.of(), List.of(), List.of(), List.of(new Link("../" + DICTIONARY_PATH, "数据字典", "Data dictionary")),
                List.of()));
        outputs.add(new PageOutput("pages/downloads.html", page("pages/downloads.html", "downloads", "下载",
                "Downloads", List.of(), sections)));
        // One section per table, so the page's contents list is the list of tables.
        List<Section> dictionarySections = new ArrayList<>();
        for (int index = 0; index < dictionary.size(); index++) {
            String tableName = dictionaryTables.get(index).qualifiedName();
            dictionarySections.add(section(tableName.replace("gold.", "gold-"), tableName, "", List.of(
                    org.bangfu.model.WarehouseReadme.meaning(dictionaryTables.get(index)).replace(" / ", " ")),
                    List.of(), List.of(), List.of(dictionary.get(index)), List.of(), List.of()));
        }
        outputs.add(new PageOutput(DICTIONARY_PATH, page(DICTIONARY_PATH, "dictionary", "数据字典", "Data dictionary",
                List.of(new Link("pages/downloads.html", "下载", "Downloads")), dictionarySections)));
    }

    /**
     * 修订说明: every published figure (indicator × area × period) this release shows differently
     * from the previous publication, at the published precision. Periods the previous release did not
     * have are new, not revised. Read from both releases' pinned gold versions, so a rebuild of either
     * gives the same page.
     */
    private void revisionsPage() {
        List<Section> sections = new ArrayList<>();
        if (previousRelease.isEmpty()) {
            sections.add(section("revisions", "修订说明", "What changed", List.of(
                    "这是首次发布，没有可比较的上一次发布，因此没有修订。 This is the first publication: there is no earlier"
                            + " one to compare with, so nothing was revised."),
                    List.of(), List.of(), List.of(), List.of(), List.of()));
        } else {
            PreviousRelease previous = previousRelease.get();
            GoldData before = new GoldData(previous.snapshot());
            List<TemplateModel.Row> rows = new ArrayList<>();
            List<List<Object>> data = new ArrayList<>();
            Map<String, Long> byIndicator = new LinkedHashMap<>();
            for (SiteTopic topic : SiteTopic.values()) {
                for (Indicator indicator : topic.indicators()) {
                    if (!published(indicator)) {
                        continue;
                    }
                    Map<String, Observation> earlier = new LinkedHashMap<>();
                    before.observations(indicator).forEach(o -> earlier.put(o.level() + "|" + o.areaCode() + "|" + o.period(), o));
                    List<Observation> now = observationsByIndicator.get(indicator.code()).stream()
                            .sorted(Comparator.comparing((Observation o) -> o.level().ordinal()).thenComparing(Observation::areaCode)
                                    .thenComparing(Observation::period))
                            .toList();
                    for (Observation current : now) {
                        Observation old = earlier.get(current.level() + "|" + current.areaCode() + "|" + current.period());
                        if (old == null || Objects.equals(rounded(indicator, old.value()), rounded(indicator, current.value()))) {
                            continue;
                        }
                        byIndicator.merge(indicator.code(), 1L, Long::sum);
                        rows.add(new TemplateModel.Row(current.areaName(), current.areaCode(), "../" + areaPath(current.areaCode()),
                                List.of(indicator.chineseLabelWithUnit(), periodChinese(current.period()),
                                        indicator.formatTableCell(old.value()), indicator.formatTableCell(current.value()))));
                        data.add(List.of(indicator.code(), current.level().name(), current.areaCode(), current.areaName(),
                                current.period(), Optional.ofNullable(rounded(indicator, old.value())).map(Object::toString).orElse(""),
                                Optional.ofNullable(rounded(indicator, current.value())).map(Object::toString).orElse("")));
                    }
                }
            }
            String since = "上一次发布为" + previous.snapshot().releaseLabel() + "（" + OfficialNumberFormat.dateInChinese(previous.publishedOn())
                    + "）。 The previous publication was " + previous.snapshot().releaseLabel() + " ("
                    + OfficialNumberFormat.dateInEnglish(previous.publishedOn()) + ").";
            List<String> paragraphs = new ArrayList<>(List.of(since));
            if (rows.isEmpty()) {
                paragraphs.add("与上一次发布相比，已发布的数据没有修订；本次只增加了新的报告期。 No figure published before was revised;"
                        + " this release only adds new periods, if any.");
            } else {
                paragraphs.add("与上一次发布相比，共修订" + rows.size() + "个数据（下表列出每个地区、指标和报告期的原数和现数），多为报送单位更正后重新报送。 "
                        + rows.size() + " figures published before now read differently, listed below by area, indicator and period;"
                        + " most follow a corrected resubmission.");
            }
            List<Table> tables = new ArrayList<>();
            if (!rows.isEmpty()) {
                List<TemplateModel.Row> summary = new ArrayList<>();
                byIndicator.forEach((code, count) -> {
                    Indicator indicator = java.util.Arrays.stream(SiteTopic.values()).flatMap(topic -> topic.indicators().stream())
                            .filter(candidate -> candidate.code().equals(code)).findFirst().orElseThrow();
                    summary.add(new TemplateModel.Row(indicator.chineseName(), indicator.englishName(), "../" + indicatorPath(indicator),
                            List.of(grouped(count))));
                });
                tables.add(new Table("各指标修订的数据个数", "Figures revised, by indicator",
                        List.of(List.of(new HeaderCell("指标", "Indicator", 1, 1), new HeaderCell("修订个数", "Figures revised", 1, 1))),
                        summary));
                tables.add(new Table("修订的数据（原数与现数）", "Revised figures: as published before and now",
                        List.of(List.of(new HeaderCell("地区", "Area", 1, 1), new HeaderCell("指标", "Indicator", 1, 1),
                                new HeaderCell("报告期", "Period", 1, 1), new HeaderCell("上次发布", "Published before", 1, 1),
                                new HeaderCell("本次发布", "Now", 1, 1))), rows));
            }
            List<Download> revisionDownloads = new ArrayList<>();
            if (!rows.isEmpty()) {
                List<DataTable.DataColumn> columns = List.of(
                        new DataTable.DataColumn("indicator_code", "指标代码 / indicator code", false),
                        new DataTable.DataColumn("area_level", "地区层级 / area level", false),
                        new DataTable.DataColumn("area_code", "区划代码 / area code", false),
                        new DataTable.DataColumn("area_name", "区划名称 / area name", false),
                        new DataTable.DataColumn("period", "报告期 / period", false),
                        new DataTable.DataColumn("published_before", "上次发布的数（按发布精度） / as published before", false),
                        new DataTable.DataColumn("published_now", "本次发布的数 / as published now", false));
                DataTable table = new DataTable("revisions", "修订说明", "What changed", columns, data);
                contents.write("downloads/revisions.csv", output -> downloads.writeCsv(table, output));
                contents.write("downloads/revisions.xlsx", output -> downloads.writeXlsx(table, output));
                revisionDownloads.add(new Download("../downloads/revisions.csv", "修订的数据（CSV）", "Revised figures (CSV)",
                        "UTF-8（带BOM）", "UTF-8 with BOM"));
                revisionDownloads.add(new Download("../downloads/revisions.xlsx", "修订的数据（Excel）", "Revised figures (XLSX)",
                        "含“说明”工作表", "with a 说明 sheet"));
            }
            sections.add(section("revisions", "修订说明", "What changed", paragraphs, List.of(), List.of(), tables, List.of(),
                    revisionDownloads));
        }
        outputs.add(new PageOutput(REVISIONS_PATH, page(REVISIONS_PATH, "revisions", "修订说明", "What changed since the last release",
                List.of(new Link("pages/release.html", "关于本次发布", "About this release")), sections)));
    }

    private static BigDecimal rounded(Indicator indicator, BigDecimal value) {
        return value == null ? null : indicator.rounded(value);
    }

    private void aboutPage() {
        List<Fact> facts = new ArrayList<>();
        gold.snapshot().versions().forEach(version -> facts.add(fact(version.table(), "version",
                "v" + version.version() + "（" + version.committedAt() + "）")));
        outputs.add(new PageOutput("pages/release.html", page("pages/release.html", "about", "关于本次发布", "About this release",
                List.of(), List.of(section("tables", "所用数据表及版本", "Tables and versions",
                        List.of("本次发布的所有页面、图表、下载和简报都由以下数据表版本生成，可据此重建。 Every page, chart, download and"
                                + " briefing of this release was built from these table versions and can be rebuilt from them."),
                        facts, List.of(), List.of(), List.of(new Link("../" + REVISIONS_PATH, "修订说明：与上一次发布相比修订的数据",
                                "What changed: figures revised since the previous publication")), List.of())))));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Page page(String path, String kind, String chineseTitle, String englishTitle, List<Link> crumbs, List<Section> sections) {
        String root = "../".repeat((int) path.chars().filter(character -> character == '/').count());
        return new Page(pages.frame(root, chineseTitle, englishTitle), kind, chineseTitle, englishTitle,
                crumbs.stream().map(link -> new Link(link.href().startsWith("../") ? link.href() : root + link.href(),
                        link.chinese(), link.english())).toList(),
                sections);
    }

    private static Section section(String id, String chinese, String english, List<String> paragraphs, List<Fact> facts,
            List<Figure> figures, List<Table> tables, List<Link> links, List<Download> downloads) {
        return new Section(id.replaceAll("[^0-9A-Za-z_-]", "-"), chinese, english, paragraphs, facts, figures, tables, links, downloads);
    }

    static Figure figure(String root, String chartPath, BarChartSpec chart, Table table) {
        return new Figure(root + chartPath, ChartRenderer.WIDTH, ChartRenderer.HEIGHT, SiteCharts.altText(chart),
                chart.chineseTitle(), chart.englishTitle(), table);
    }

    private static Fact fact(String chinese, String english, String value) {
        return new Fact(new FieldLabel(chinese, english, ""), value);
    }

    private Link topicLink(SiteTopic topic) {
        return new Link(topic.path(), topic.chineseName(), topic.englishName());
    }

    private static SiteTopic topicOf(Indicator indicator) {
        for (SiteTopic topic : SiteTopic.values()) {
            if (topic.indicators().contains(indicator)) {
                return topic;
            }
        }
        return SiteTopic.FUNDS;
    }

    List<Observation> series(Indicator indicator, AggregationLevel level, String areaCode) {
        return observationsByIndicator.getOrDefault(indicator.code(), List.of()).stream()
                .filter(o -> o.level() == level && (areaCode == null || o.areaCode().equals(areaCode)))
                .sorted(Comparator.comparing(Observation::period))
                .toList();
    }

    private static List<Observation> latestAt(List<Observation> observations, AggregationLevel level, String period) {
        return observations.stream().filter(o -> o.level() == level && o.period().equals(period))
                .sorted(Comparator.comparing(Observation::areaCode)).toList();
    }

    private static String latestPeriodOf(List<Observation> observations) {
        return observations.stream().map(Observation::period).max(Comparator.naturalOrder()).orElse("");
    }

    private static String latestPeriod(GoldTable table) {
        return table.rows().stream().map(row -> GoldTable.text(row, "period")).max(Comparator.naturalOrder()).orElse("");
    }

    private static int latestYear(GoldTable table) {
        return table.rows().stream().mapToInt(CatalogueSite::yearOf).max().orElse(0);
    }

    private static int yearOf(Row row) {
        return GoldTable.integer(row, "year").orElse(0);
    }

    static String samePeriodLastYear(String period) {
        Optional<Quarter> quarter = Quarter.parse(period);
        if (quarter.isPresent()) {
            return Quarter.of(quarter.get().year() - 1, quarter.get().quarter()).toString();
        }
        return period.matches("\\d{4}") ? String.valueOf(Integer.parseInt(period) - 1) : "";
    }

    static String periodChinese(String period) {
        return Quarter.parse(period).map(Quarter::chineseName).orElse(period.matches("\\d{4}") ? period + "年" : period);
    }

    static String periodEnglish(String period) {
        return Quarter.parse(period).map(Quarter::englishName).orElse(period);
    }

    // An indicator whose periods are its BF-4 category (exit years) is read off the latest household list.
    private static boolean periodsAreExitYears(Indicator indicator) {
        return HouseholdCatalogue.rowKey(indicator.code()).map(HouseholdCatalogue.RowKey::periodFromCategory)
                .orElse(false);
    }

    private static String spanChinese(Indicator indicator) {
        if (periodsAreExitYears(indicator)) {
            return "按最新年度贫困户名单";
        }
        return indicator.accumulation() == Accumulation.FLOW ? "本年累计" : "期末";
    }

    private static String spanEnglish(Indicator indicator) {
        if (periodsAreExitYears(indicator)) {
            return "as the latest household list records them";
        }
        return indicator.accumulation() == Accumulation.FLOW ? "year to date" : "at period end";
    }

    /** "比上年同期增加12.3%" style, from the published (rounded) values so the change matches the figures shown. */
    private static String[] change(Indicator indicator, BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return new String[] {"上年同期无数据", "no figure for the same period last year"};
        }
        BigDecimal difference = indicator.rounded(now).subtract(indicator.rounded(before));
        String direction = difference.signum() > 0 ? "增加" : difference.signum() < 0 ? "减少" : "持平";
        String englishDirection = difference.signum() > 0 ? "up" : difference.signum() < 0 ? "down" : "unchanged";
        if (difference.signum() == 0) {
            return new String[] {"与上年同期持平", "unchanged on the same period last year"};
        }
        String amount = indicator.formatChineseText(difference.abs());
        String englishAmount = indicator.formatEnglishText(difference.abs());
        if (indicator.unit() == org.bangfu.indicators.IndicatorUnit.PERCENT) {
            amount = difference.abs().toPlainString() + "个百分点";
            englishAmount = difference.abs().toPlainString() + " percentage points";
        }
        return new String[] {"比上年同期" + direction + amount,
                englishDirection + " " + englishAmount + " on the same period last year"};
    }

    private static String grouped(long count) {
        return OfficialNumberFormat.grouped(BigDecimal.valueOf(count), 0, java.math.RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal value) {
        return OfficialNumberFormat.grouped(value, 1, java.math.RoundingMode.HALF_UP);
    }

    private static String orDash(String text) {
        return text == null || text.isEmpty() ? OfficialNumberFormat.NOT_REPORTED : text;
    }

    /** The topics that have a page: those with anything to show. */
    java.util.Set<SiteTopic> topicsPublished() {
        return topicsPublished;
    }

    /** The gold tables offered as downloads, for the about page. */
    List<String> goldTablesPublished() {
        return goldTablesPublished;
    }

    /** Counties by code, for the board and tests. */
    Map<String, String> countyNames() {
        return countyNames;
    }

}
