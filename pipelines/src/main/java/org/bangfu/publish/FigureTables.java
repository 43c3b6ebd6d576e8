package org.bangfu.publish;

import java.util.ArrayList;
import java.util.List;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.Accumulation;
import org.bangfu.indicators.Dimension;
import org.bangfu.indicators.FieldLabel;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.IndicatorCatalogue;
import org.bangfu.indicators.IndicatorColumn;
import org.bangfu.indicators.Span;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.publish.TemplateModel.HeaderCell;
import org.bangfu.publish.TemplateModel.Row;
import org.bangfu.publish.TemplateModel.Table;

/** Builds the tables pages and the briefing show, headers from the catalogue, cells formatted. */
final class FigureTables {

    private FigureTables() {
    }

    /**
     * One area across quarters: a row per quarter, every catalogue column. Flows get a two-level
     * header (the indicator over 本年累计 | 本季度); stocks span both header rows.
     */
    static Table acrossQuarters(String chineseCaption, String englishCaption, List<AreaQuarterFigures> rowsByQuarter) {
        FieldLabel period = Dimension.PERIOD.label();
        List<HeaderCell> top = new ArrayList<>();
        List<HeaderCell> bottom = new ArrayList<>();
        top.add(new HeaderCell(period.chineseName(), period.englishName(), 1, 2));
        for (Indicator indicator : IndicatorCatalogue.published()) {
            if (indicator.accumulation() == Accumulation.FLOW) {
                top.add(new HeaderCell(indicator.chineseLabelWithUnit(), indicator.englishLabelWithUnit(),
                        indicator.publishedSpans().size(), 1));
                for (Span span : indicator.publishedSpans()) {
                    bottom.add(new HeaderCell(span.chineseName(), span.englishName(), 1, 1));
                }
            } else {
                top.add(new HeaderCell(indicator.chineseLabelWithUnit(), indicator.englishLabelWithUnit(), 1, 2));
            }
        }
        List<Row> rows = rowsByQuarter.stream()
                .map(figures -> {
                    Quarter quarter = figures.reportingQuarter();
                    List<String> cells = IndicatorCatalogue.columns().stream()
                            .map(column -> formatCell(column, figures))
                            .toList();
                    return new Row(quarter.chineseName(), quarter.englishName(), null, cells);
                })
                .toList();
        return new Table(chineseCaption, englishCaption, List.of(top, bottom), rows);
    }

    /**
     * Prefectures in one quarter, year to date, for the given flows, closed by the province's own
     * figures (which are not necessarily the sum of the rows above: a unit helping several areas counts once).
     */
    static Table prefecturesInQuarter(String chineseCaption, String englishCaption, List<PrefectureFigures> prefectures,
            AreaQuarterFigures province, List<Indicator> flows) {
        FieldLabel prefectureLabel = Dimension.PREFECTURE_NAME.label();
        List<HeaderCell> header = new ArrayList<>();
        header.add(new HeaderCell(prefectureLabel.chineseName(), prefectureLabel.englishName(), 1, 1));
        for (Indicator indicator : flows) {
            header.add(new HeaderCell(indicator.chineseLabelWithUnit(), indicator.englishLabelWithUnit(), 1, 1));
        }
        List<Row> rows = new ArrayList<>();
        for (PrefectureFigures prefecture : prefectures) {
            List<String> cells = flows.stream()
                    .map(indicator -> indicator.formatTableCell(prefecture.total(indicator, Span.YEAR_TO_DATE)))
                    .toList();
            rows.add(new Row(prefecture.name(), "", null, cells));
        }
        List<String> provinceCells = flows.stream()
                .map(indicator -> indicator.formatTableCell(indicator.valueOrNull(province, Span.YEAR_TO_DATE)))
                .toList();
        rows.add(new Row(province.areaName(), AreaLevel.PROVINCE.englishName(), null, provinceCells));
        return new Table(chineseCaption, englishCaption, List.of(header), rows);
    }

    private static String formatCell(IndicatorColumn column, AreaQuarterFigures figures) {
        return column.indicator().formatTableCell(column.value(figures));
    }
}
