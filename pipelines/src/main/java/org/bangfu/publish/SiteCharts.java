package org.bangfu.publish;

import static org.bangfu.indicators.IndicatorCatalogue.FUNDS_COORDINATED;
import static org.bangfu.indicators.IndicatorCatalogue.FUNDS_DIRECT;

import java.util.List;
import java.util.Locale;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.Span;
import org.bangfu.model.AreaQuarterFigures;

/** The charts the site shows, described from the snapshot with catalogue labels. */
final class SiteCharts {

    /** Funds are what the programme is judged on first, so the charts show the two fund sources side by side. */
    static final List<Indicator> CHARTED_FUNDS = List.of(FUNDS_DIRECT, FUNDS_COORDINATED);

    private SiteCharts() {
    }

    /** The province's two fund sources, year to date, one group of bars per quarter. */
    static BarChartSpec provinceFundsByQuarter(List<AreaQuarterFigures> provinceByQuarter) {
        AreaQuarterFigures any = provinceByQuarter.get(0);
        return byQuarter(any.areaName(), "Province", provinceByQuarter);
    }

    /** One county's two fund sources, year to date, one group of bars per quarter. */
    static BarChartSpec countyFundsByQuarter(List<AreaQuarterFigures> countyByQuarter) {
        AreaQuarterFigures any = countyByQuarter.get(0);
        return byQuarter(any.areaName(), any.areaName() + " (" + any.areaCode() + ")", countyByQuarter);
    }

    /** Each prefecture's two fund sources in one quarter, year to date; bars run across for long names. */
    static BarChartSpec prefectureFunds(Quarter quarter, List<PrefectureFigures> prefectures) {
        List<BarChartSpec.Series> series = CHARTED_FUNDS.stream()
                .map(indicator -> new BarChartSpec.Series(seriesName(indicator),
                        prefectures.stream().map(prefecture -> prefecture.total(indicator, Span.YEAR_TO_DATE)).toList()))
                .toList();
        return new BarChartSpec(
                quarter.chineseName() + "各市州" + fundNamesChinese() + "（" + Span.YEAR_TO_DATE.chineseName() + "）",
                "Prefectures, " + quarter.englishName() + ": " + fundNamesEnglish() + ", " + Span.YEAR_TO_DATE.englishName(),
                unitAxisLabel(),
                prefectures.stream().map(PrefectureFigures::name).toList(),
                series,
                true);
    }

    /** Whether any bar would be drawn. */
    static boolean hasAnyValue(BarChartSpec spec) {
        return spec.series().stream().anyMatch(series -> series.values().stream().anyMatch(java.util.Objects::nonNull));
    }

    /** A text alternative: what the chart shows, and where its figures are written out. */
    static String altText(BarChartSpec spec) {
        return "柱状图：" + spec.chineseTitle() + "，单位：" + spec.valueAxisLabel()
                + "，数值见图下表格。Bar chart: " + spec.englishTitle() + " (" + spec.valueAxisLabel()
                + "); the figures are in the table below it.";
    }

    private static BarChartSpec byQuarter(String chineseAreaName, String englishAreaName, List<AreaQuarterFigures> rows) {
        List<BarChartSpec.Series> series = CHARTED_FUNDS.stream()
                .map(indicator -> new BarChartSpec.Series(seriesName(indicator),
                        rows.stream().map(row -> indicator.valueOrNull(row, Span.YEAR_TO_DATE)).toList()))
                .toList();
        return new BarChartSpec(
                chineseAreaName + "各季度" + fundNamesChinese() + "（" + Span.YEAR_TO_DATE.chineseName() + "）",
                englishAreaName + ": " + fundNamesEnglish() + " by quarter, " + Span.YEAR_TO_DATE.englishName(),
                unitAxisLabel(),
                rows.stream().map(row -> row.reportingQuarter().chineseName()).toList(),
                series,
                false);
    }

    private static String seriesName(Indicator indicator) {
        return indicator.chineseName() + " " + indicator.englishName();
    }

    private static String fundNamesChinese() {
        return FUNDS_DIRECT.chineseName() + "和" + FUNDS_COORDINATED.chineseName();
    }

    private static String fundNamesEnglish() {
        return FUNDS_DIRECT.englishName().toLowerCase(Locale.ROOT) + " and "
                + FUNDS_COORDINATED.englishName().toLowerCase(Locale.ROOT);
    }

    private static String unitAxisLabel() {
        return FUNDS_DIRECT.unit().chineseName() + " " + FUNDS_DIRECT.unit().englishName();
    }
}
