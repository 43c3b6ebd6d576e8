package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.Accumulation;
import org.bangfu.indicators.Dimension;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.IndicatorCatalogue;
import org.bangfu.indicators.OfficialNumberFormat;
import org.bangfu.indicators.Span;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.publish.TemplateModel.CountyLink;
import org.bangfu.publish.TemplateModel.CountyPage;
import org.bangfu.publish.TemplateModel.Download;
import org.bangfu.publish.TemplateModel.Fact;
import org.bangfu.publish.TemplateModel.Figure;
import org.bangfu.publish.TemplateModel.Frame;
import org.bangfu.publish.TemplateModel.Headline;
import org.bangfu.publish.TemplateModel.IndexPage;
import org.bangfu.publish.TemplateModel.IndicatorNote;
import org.bangfu.publish.TemplateModel.PrefectureEntry;
import org.bangfu.publish.TemplateModel.Table;

/** Where every site file goes, and the models of the pages, from one snapshot view. */
final class SitePages {

    static final String INDEX_PATH = "index.html";
    static final String PROVINCE_CHART_PATH = "charts/province-funds-by-quarter.png";

    /** Codes become file names, so only plain characters are allowed in them. */
    private static final Pattern SAFE_CODE = Pattern.compile("[0-9A-Za-z_-]+");

    private final SnapshotView view;
    private final PublishOptions options;

    SitePages(SnapshotView view, PublishOptions options) {
        this.view = view;
        this.options = options;
    }

    static String countyPagePath(String countyCode) {
        return "counties/" + safe(countyCode) + ".html";
    }

    static String countyChartPath(String countyCode) {
        return "charts/county-" + safe(countyCode) + ".png";
    }

    String prefectureChartPath() {
        return "charts/prefecture-funds-" + safe(view.latestQuarter().toString()) + ".png";
    }

    String briefingPath() {
        return "briefings/briefing-" + safe(view.latestQuarter().toString()) + ".docx";
    }

    IndexPage index(BarChartSpec provinceChart, BarChartSpec prefectureChart, Table prefectureTable,
            List<TemplateModel.Card> cards) {
        AreaQuarterFigures province = view.latestProvince();
        Quarter quarter = view.latestQuarter();
        Frame frame = frame("", province.areaName() + quarter.chineseName() + "定点帮扶统计",
                province.areaName() + ", " + quarter.englishName());
        List<Figure> figures = List.of(
                figure(PROVINCE_CHART_PATH, "", provinceChart, FigureTables.acrossQuarters(
                        province.areaName() + "分季度主要指标", "Province: key figures by quarter", view.provinceByQuarter())),
                figure(prefectureChartPath(), "", prefectureChart, prefectureTable));
        return new IndexPage(
                frame,
                province.areaName(),
                quarter.chineseName(),
                quarter.englishName(),
                ProgressSummary.chinese(province),
                ProgressSummary.english(province),
                headlines(province),
                figures,
                prefectureEntries(),
                downloads(quarter),
                indicatorNotes(),
                cards,
                CatalogueSite.areaPath(province.areaCode()));
    }

    /** The stub at the county's old address, sending the reader on to its area page. */
    CountyPage county(String countyCode) {
        AreaQuarterFigures latest = view.latestOfCounty(countyCode);
        Frame frame = frame("../", latest.areaName(), latest.areaName() + " (" + latest.areaCode() + ")");
        return new CountyPage(frame, latest.areaName(), latest.areaCode(), List.of(), null, "",
                "../" + CatalogueSite.areaPath(countyCode));
    }

    Frame frame(String root, String chineseTitle, String englishTitle) {
        return new Frame(
                root,
                chineseTitle,
                englishTitle,
                view.stamp(),
                IndicatorCatalogue.DATA_VERSION,
                IndicatorCatalogue.PUBLISHED_ON,
                OfficialNumberFormat.dateInChinese(options.publishDate()),
                OfficialNumberFormat.dateInEnglish(options.publishDate()),
                options.publishDate().toString(),
                ReleaseLabel.of(view.snapshot()));
    }

    private static Figure figure(String chartPath, String root, BarChartSpec chart, Table table) {
        return new Figure(root + chartPath, ChartRenderer.WIDTH, ChartRenderer.HEIGHT, SiteCharts.altText(chart),
                chart.chineseTitle(), chart.englishTitle(), table);
    }

    /** Flows year to date, stocks as counted in the quarter. */
    private static List<Headline> headlines(AreaQuarterFigures province) {
        List<Headline> headlines = new ArrayList<>();
        for (Indicator indicator : IndicatorCatalogue.published()) {
            Span span = indicator.accumulation() == Accumulation.FLOW ? Span.YEAR_TO_DATE : Span.QUARTER;
            BigDecimal value = indicator.valueOrNull(province, span);
            headlines.add(new Headline(indicator.chineseName(), indicator.englishName(),
                    indicator.formatChineseText(value), indicator.formatEnglishText(value),
                    span.chineseName(), span.englishName()));
        }
        return headlines;
    }

    private List<PrefectureEntry> prefectureEntries() {
        return view.prefectures().stream()
                .map(prefecture -> new PrefectureEntry(prefecture.name(), prefecture.code(),
                        CatalogueSite.areaPath(prefecture.code()),
                        prefecture.counties().stream()
                                .map(county -> new CountyLink(county.areaName(), county.areaCode(), county.povertyType(),
                                        CatalogueSite.areaPath(county.areaCode())))
                                .toList()))
                .toList();
    }

    private List<Download> downloads(Quarter quarter) {
        return List.of(
                new Download(CountyQuarterCsv.RELATIVE_PATH,
                        "各县分季度数据（CSV）",
                        "County × quarter figures (CSV)",
                        "UTF-8编码（带BOM），可直接用Excel打开；每行一个县一个季度；空白表示未报送；最后一列为"
                                + IndicatorCatalogue.DATA_VERSION.chineseName() + "。",
                        "UTF-8 with BOM, opens in Excel; one row per county and quarter; blank means not reported;"
                                + " the last column is the " + IndicatorCatalogue.DATA_VERSION.englishName().toLowerCase(Locale.ROOT)
                                + "."),
                new Download(briefingPath(),
                        quarter.chineseName() + "定点帮扶工作简报（Word）",
                        "Briefing, " + quarter.englishName() + " (Word, in Chinese)",
                        "供宣传和报送使用的工作简报。",
                        "The work bulletin for circulation, in Chinese."));
    }

    private static List<IndicatorNote> indicatorNotes() {
        return IndicatorCatalogue.published().stream()
                .map(indicator -> new IndicatorNote(indicator.code(), indicator.chineseName(), indicator.englishName(),
                        indicator.unit().chineseName(), indicator.unit().englishName(), indicator.chineseDefinition(),
                        indicator.englishDefinition(), indicator.precision()))
                .toList();
    }

    private static String orNotReported(String text) {
        return text.isEmpty() ? OfficialNumberFormat.NOT_REPORTED : text;
    }

    static String safe(String code) {
        if (code == null || !SAFE_CODE.matcher(code).matches()) {
            throw PublishException.snapshotNotPublishable(
                    "代码“" + code + "”含有不能用于文件名的字符",
                    "the code '" + code + "' holds characters that cannot be used in a file name");
        }
        return code;
    }
}
