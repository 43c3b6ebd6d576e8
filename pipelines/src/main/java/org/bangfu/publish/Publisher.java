package org.bangfu.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.bangfu.documents.DocumentOptions;
import org.bangfu.documents.OfficialDocuments;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.Span;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.parallel.InOrder;
import org.bangfu.publish.TemplateModel.Table;

/**
 * Publishes one gold snapshot as a static site with its downloads and official documents.
 *
 * <p>The templates directory holds {@code site/*.ftl} (FreeMarker), {@code site/assets/} (copied as
 * is) and {@code documents/} (the poi-tl templates, wording and office settings of
 * {@link OfficialDocuments}). Templates are read on every run, so an edited template takes effect at
 * the next publish without recompiling.
 *
 * <p>The site receives the home page, a page per topic, indicator, area and assisting unit
 * ({@link CatalogueSite}), stubs at the old county addresses sending readers to the area pages, charts, downloads of every gold table, the
 * documents under {@code briefings/} and a zip of the whole release. Every file is written as it is
 * rendered into a staging folder beside the live site ({@link SiteWriter#stage()}): if a template, the
 * fonts or the snapshot are at fault, the run fails with a {@link PublishException}, the staged files
 * are removed and the live site is untouched; otherwise {@link SiteWriter} makes the staged files a
 * release and switches to it in one step. A Publisher holds no mutable state.
 */
public final class Publisher {

    private final Path templatesDirectory;
    private final PublishOptions options;

    /** Publishes with today's date (Beijing time) and the default office and issue number. */
    public Publisher(Path templatesDirectory) {
        this(templatesDirectory, PublishOptions.publishedToday());
    }

    public Publisher(Path templatesDirectory, PublishOptions options) {
        this.templatesDirectory = templatesDirectory;
        this.options = options;
    }

    /**
     * Renders the snapshot into the site directory, creating it if needed.
     *
     * @throws PublishException when fonts, templates, the snapshot or the directory do not allow
     *     publishing; the message says how to fix it, in Chinese and English
     */
    public PublishedOutputs publish(PublicationSnapshot snapshot, Path siteDirectory) {
        return publish(snapshot, java.util.Optional.empty(), siteDirectory);
    }

    /**
     * Renders the snapshot, with a 修订说明 page of the figures revised since {@code previous}.
     *
     * @throws PublishException as {@link #publish(PublicationSnapshot, Path)}
     */
    public PublishedOutputs publish(PublicationSnapshot snapshot, java.util.Optional<PreviousRelease> previous,
            Path siteDirectory) {
        SiteWriter writer = new SiteWriter(siteDirectory);
        SiteContents contents = writer.stage();
        try {
            PublishedOutputs outputs = render(snapshot, previous, contents, siteDirectory.toAbsolutePath().normalize());
            return outputs.withFilesWritten(writer.replaceWith(contents));
        } catch (RuntimeException | Error failure) {
            writer.discard(contents);
            throw failure;
        }
    }

    /** Renders every file of the publication into the staged contents, each as soon as it is made. */
    private PublishedOutputs render(PublicationSnapshot snapshot, java.util.Optional<PreviousRelease> previous,
            SiteContents contents, Path site) {
        SnapshotView view = SnapshotView.of(snapshot);
        HtmlRenderer html = new HtmlRenderer(templatesDirectory.resolve("site"));
        ChartRenderer charts = new ChartRenderer(ChineseFont.installedFamily());
        SitePages pages = new SitePages(view, options);

        GoldData gold = new GoldData(snapshot);
        Map<String, BarChartSpec> chartsByPath = new LinkedHashMap<>();
        for (String countyCode : view.countyCodes()) {
            BarChartSpec countyChart = SiteCharts.countyFundsByQuarter(view.countyByQuarter(countyCode));
            // A county nobody reports on gets a sentence on its area page, not a chart of empty bars.
            if (SiteCharts.hasAnyValue(countyChart)) {
                chartsByPath.put(SitePages.countyChartPath(countyCode), countyChart);
            }
        }
        CatalogueSite catalogue = new CatalogueSite(gold, pages, ReleaseLabel.of(snapshot), options.publishDate());
        catalogue.countyFunds(view, chartsByPath);
        catalogue.previousRelease(previous);
        // Downloads and the unit pages, the bulk of a release, are written as they are made.
        catalogue.writeInto(contents, page -> html.render(HtmlRenderer.PAGE_TEMPLATE, page));
        if (!view.hasAssistanceFigures() && !snapshot.counties().isEmpty()) {
            throw PublishException.snapshotNotPublishable("快照中有各县BF-1数据，却没有全省汇总数据",
                    "the snapshot holds county BF-1 figures but no province figures");
        }
        // The documents brief the province, or the nation when there are several; with registers only
        // there is nothing quarterly to brief, and the documents' warning says so. They need only the
        // snapshot, so they are rendered on a thread of their own while the site is built (one after
        // the other, a core was idle for the documents' time); the pages link exactly the documents
        // there are, asking only once the downloads are written.
        CompletableFuture<Map<String, byte[]>> rendering = CompletableFuture.supplyAsync(() -> new OfficialDocuments(
                templatesDirectory, DocumentOptions.of(options.publishDate(), options.briefingDate(), options.issuingOffice(),
                        PublishOptions.DEFAULT_ISSUING_OFFICE, options.issueNumber(), options.briefingAreas()),
                new DocumentCharts(charts)).render(snapshot), Publisher::documentsThread);
        catalogue.officialDocuments(() -> view.hasAssistanceFigures()
                && finished(rendering).containsKey(pages.briefingPath()));
        catalogue.build();
        if (!view.hasAssistanceFigures() && catalogue.topicsPublished().isEmpty()) {
            throw PublishException.snapshotNotPublishable("快照中没有全省汇总数据，也没有名录汇总数据",
                    "the snapshot holds neither province figures nor register figures");
        }
        // Several provinces, or only registers so far: the home page is the nation's (or the registers').
        if (NationalHome.applies(gold, catalogue)) {
            contents.add(SitePages.INDEX_PATH, html.render(HtmlRenderer.PAGE_TEMPLATE,
                    new NationalHome(gold, catalogue, pages).page()));
        } else {
            Quarter latest = view.latestQuarter();
            List<PrefectureFigures> prefectures = view.prefectureFigures(latest);
            BarChartSpec provinceChart = SiteCharts.provinceFundsByQuarter(view.provinceByQuarter());
            BarChartSpec prefectureChart = SiteCharts.prefectureFunds(latest, prefectures);
            chartsByPath.put(SitePages.PROVINCE_CHART_PATH, provinceChart);
            chartsByPath.put(pages.prefectureChartPath(), prefectureChart);
            Table prefectureTable = FigureTables.prefecturesInQuarter(
                    latest.chineseName() + "各市州定点帮扶情况（" + Span.YEAR_TO_DATE.chineseName() + "）",
                    "Prefectures, " + latest.englishName() + ", " + Span.YEAR_TO_DATE.englishName(),
                    prefectures, view.latestProvince(), ProgressSummary.REPORTED_FLOWS);
            contents.add(SitePages.INDEX_PATH, html.render(HtmlRenderer.INDEX_TEMPLATE,
                    pages.index(provinceChart, prefectureChart, prefectureTable, catalogue.cards())));
        }
        chartsByPath.putAll(catalogue.charts());

        InOrder.map("pages", catalogue.pages(), page -> {
            contents.add(page.path(), html.render(HtmlRenderer.PAGE_TEMPLATE, page.page()));
            return page.path();
        });
        // Always written, since every page links it; without the exit-year table it says so.
        contents.add(ExitBoard.PATH, html.render(HtmlRenderer.BOARD_TEMPLATE,
                new ExitBoard(gold).page(pages.frame("../", "挂图作战", "Battle map"))));
        for (String countyCode : view.countyCodes()) {
            contents.add(SitePages.countyPagePath(countyCode), html.render(HtmlRenderer.COUNTY_TEMPLATE,
                    pages.county(countyCode)));
        }
        Map<String, byte[]> documents = finished(rendering);
        boolean briefed = view.hasAssistanceFigures() && documents.containsKey(pages.briefingPath());
        documents.forEach(contents::add);
        if (view.hasAssistanceFigures()) {
            contents.add(CountyQuarterCsv.RELATIVE_PATH, CountyQuarterCsv.render(view));
        }
        // Charts last: the slowest step runs only once every edited template has rendered.
        List<String> chartPaths = List.copyOf(chartsByPath.keySet());
        // One chart per task; tasks share only the immutable renderer, never a chart.
        InOrder.map("charts", chartPaths, path -> {
            contents.add(path, charts.renderPng(chartsByPath.get(path)));
            return path;
        });
        addAssets(contents);
        ReleaseZip.addTo(contents, options.publishDate());
        return new PublishedOutputs(
                site.resolve(SitePages.INDEX_PATH),
                briefed ? site.resolve(pages.briefingPath()) : null,
                view.hasAssistanceFigures() ? site.resolve(CountyQuarterCsv.RELATIVE_PATH) : null,
                0);
    }

    private static void documentsThread(Runnable rendering) {
        Thread thread = new Thread(rendering, "bangfu-documents");
        thread.setDaemon(true);
        thread.start();
    }

    /** The documents once rendered, or their failure as they threw it. */
    private static Map<String, byte[]> finished(CompletableFuture<Map<String, byte[]>> rendering) {
        try {
            return rendering.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void addAssets(SiteContents contents) {
        Path assets = templatesDirectory.resolve("site").resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = assets.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                contents.add("assets/" + relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the site assets in " + assets, e);
        }
    }

    /** For messages and logs. */
    @Override
    public String toString() {
        return "Publisher[templates=" + templatesDirectory + ", options=" + options + "]";
    }
}
