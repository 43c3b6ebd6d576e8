package org.bangfu.documents;

import static org.bangfu.indicators.AssistanceIndicators.FUNDS_COORDINATED;
import static org.bangfu.indicators.AssistanceIndicators.FUNDS_DIRECT;
import static org.bangfu.indicators.AssistanceIndicators.JOBS_TRANSFERRED;
import static org.bangfu.indicators.AssistanceIndicators.PEOPLE_TRAINED;
import static org.bangfu.indicators.AssistanceIndicators.PROJECTS;

import com.deepoove.poi.data.Pictures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.IndicatorUnit;
import org.bangfu.indicators.OfficialNumberFormat;
import org.bangfu.indicators.Span;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.AreaQuarterFigures;

/**
 * The quarterly 工作简报 (GB/T 9704 style) for the province or one of its areas: masthead, 第N期,
 * office and date, title, the sections of {@link WorkBriefingText}, a chart of the area's funds by
 * quarter and the table of its prefectures (or counties), release label in the footer.
 */
public final class WorkBriefing {

    public static final String TEMPLATE_FILE_NAME = "work-briefing.docx";

    /** The funds and activities the table shows, year to date. */
    static final List<Indicator> TABLE_FLOWS = List.of(FUNDS_DIRECT, FUNDS_COORDINATED, PROJECTS, PEOPLE_TRAINED, JOBS_TRANSFERRED);
    /** The chart's size on the page in pixels at 96 dpi: the 15.6 cm text width, half as high (the chart's own 2:1). */
    private static final int CHART_WIDTH_PIXELS = 590;
    private static final int CHART_HEIGHT_PIXELS = 295;

    private final DocumentContext context;
    private final DocumentArea top;

    /** @param top the area the release speaks for by default (the province, or the nation) */
    public WorkBriefing(DocumentContext context, DocumentArea top) {
        this.context = context;
        this.top = top;
    }

    public byte[] render(DocumentArea area) {
        Wording wording = context.wording();
        WorkBriefingText text = new WorkBriefingText(context.snapshot(), context.gold(), wording, area, context.warnings());
        Quarter quarter = text.quarter();
        Map<String, String> base = Map.of("quarter", quarter.chineseName(), "area", text.areaWord(),
                "span", Span.YEAR_TO_DATE.chineseName(), "office", context.office().issuingOffice(),
                "release", context.releaseLabel(), "offices", DocumentArea.officesBelow(wording, area.level()));

        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("masthead", context.office().masthead());
        tags.put("issueNumber", Integer.toString(context.office().issueNumber(quarter)));
        tags.put("issuingOffice", context.office().issuingOffice());
        tags.put("issueDate", OfficialNumberFormat.dateInChinese(context.options().documentDate()));
        Map<String, String> named = new LinkedHashMap<>(base);
        named.put("area", area.name());
        DocumentTitle documentTitle = DocumentTitle.of(area.code().equals(top.code()) ? wording.fill("briefing.title", base)
                : wording.fill("briefing.areaTitle", named));
        String title = documentTitle.text();
        tags.put("title", documentTitle.printed());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (BriefingSection section : text.sections()) {
            List<Map<String, Object>> paragraphs = section.paragraphs().stream()
                    .map(paragraph -> Map.<String, Object>of("text", paragraph)).toList();
            sections.add(Map.of("heading", section.heading(), "paragraphs", paragraphs));
        }
        tags.put("sections", sections);
        tags.put("chartBlock", chartBlock(area, wording, base));
        tags.put("tableBlock", tableBlock(area, quarter, wording, base));
        tags.put("distribution", wording.fill("briefing.distribution", base));
        tags.put("footerLine", context.footerLine());
        tags.put("imprintLine", wording.fill("briefing.imprint", Map.of("office", context.office().issuingOffice(),
                "issued", OfficialNumberFormat.dateInChinese(context.options().documentDate()), "release", context.releaseLabel())));
        return new WordTemplate(context.template(TEMPLATE_FILE_NAME)).render(tags,
                new WordTemplate.DocumentProperties(title, context.office().issuingOffice(), context.office().masthead(),
                        context.releaseLabel(), context.snapshot().stamp()),
                context.options().publishDate());
    }

    /** The area's funds in each quarter; false (no block) when fewer than two quarters were reported. */
    private Object chartBlock(DocumentArea area, Wording wording, Map<String, String> base) {
        List<AreaQuarterFigures> rows = area.byQuarter();
        if (rows.size() < 2 || context.charts() == null) {
            context.warnings().add(WorkBriefingText.DOCUMENT + "（" + area.name() + "）", "不足两个季度或无图表绘制器，图从略",
                    "fewer than two quarters or no chart painter: chart left out");
            return false;
        }
        List<String> categories = rows.stream().map(row -> row.reportingQuarter().chineseName().replace("第", "")).toList();
        LinkedHashMap<String, List<BigDecimal>> series = new LinkedHashMap<>();
        for (Indicator indicator : List.of(FUNDS_DIRECT, FUNDS_COORDINATED)) {
            series.put(indicator.chineseName(), rows.stream().map(row -> indicator.valueOrNull(row, Span.QUARTER)).toList());
        }
        String caption = wording.fill("briefing.chartCaption", base);
        // Captioned in the text below it (keep-with-next holds the two together), not in the picture.
        byte[] png = context.charts().barsPng("", "", IndicatorUnit.TEN_THOUSAND_YUAN.chineseName(), categories, series, false);
        return Map.of("chart", Pictures.ofBytes(png).size(CHART_WIDTH_PIXELS, CHART_HEIGHT_PIXELS).create(),
                "chartCaption", caption);
    }

    /** The area first, then its provinces, prefectures or counties, year to date; false for a county, which has none. */
    private Object tableBlock(DocumentArea area, Quarter quarter, Wording wording, Map<String, String> base) {
        if (area.level() == AreaLevel.COUNTY) {
            return false;
        }
        AreaLevel childLevel = childLevel(area.level());
        List<AreaQuarterFigures> children = (switch (childLevel) {
            case PROVINCE -> context.snapshot().provinces();
            case PREFECTURE -> context.snapshot().prefectures();
            default -> context.snapshot().counties();
        }).stream()
                .filter(row -> row.period().equals(quarter.toString()))
                .filter(row -> area.contains(row.areaCode(), row.prefectureCode()))
                .sorted(Comparator.comparing(AreaQuarterFigures::areaCode))
                .toList();
        if (children.isEmpty()) {
            return false;
        }
        List<String> header = new ArrayList<>();
        header.add(childLevel.chineseName());
        TABLE_FLOWS.forEach(indicator -> header.add(indicator.chineseLabelWithUnit()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(tableRow(wording.text("table.total"), area.latest()));
        children.forEach(child -> rows.add(tableRow(child.areaName(), child)));
        String caption = wording.fill(switch (childLevel) {
            case PROVINCE -> "briefing.provinceTableCaption";
            case PREFECTURE -> "briefing.tableCaption";
            default -> "briefing.countyTableCaption";
        }, base);
        return Map.of("tableCaption", caption, "figureTable", WordTemplate.table(new DocumentTable(header, rows)),
                "tableNote", wording.fill("briefing.tableNote", base));
    }

    private static List<String> tableRow(String name, AreaQuarterFigures figures) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        TABLE_FLOWS.forEach(indicator -> cells.add(indicator.formatTableCell(indicator.valueOrNull(figures, Span.YEAR_TO_DATE))));
        return cells;
    }

    /** The level a table of the area lists: the nation its provinces, a province its prefectures, a prefecture its counties. */
    static AreaLevel childLevel(AreaLevel level) {
        return switch (level) {
            case NATION -> AreaLevel.PROVINCE;
            case PROVINCE -> AreaLevel.PREFECTURE;
            default -> AreaLevel.COUNTY;
        };
    }

    /** The file a 简报 is written to: the release's own (province or nation) where the site links it, an area's beside it. */
    public String path(DocumentArea area) {
        String period = context.snapshot().latestPeriod();
        return area.code().equals(top.code()) ? "briefings/briefing-" + period + ".docx"
                : "briefings/briefing-" + period + "-" + area.code() + ".docx";
    }
}
