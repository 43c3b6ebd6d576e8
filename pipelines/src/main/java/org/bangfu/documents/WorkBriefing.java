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
import org.bangfu.model.PublicationSnapshot;

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

    public WorkBriefing(DocumentContext context) {
        this.context = context;
    }

    public byte[] render(DocumentArea area) {
        Wording wording = context.wording();
        WorkBriefingText text = new WorkBriefingText(context.snapshot(), context.gold(), wording, area, context.warnings());
        Quarter quarter = text.quarter();
        Map<String, String> base = Map.of("quarter", quarter.chineseName(), "area", text.areaWord(),
                "span", Span.YEAR_TO_DATE.chineseName(), "office", context.office().issuingOffice(),
                "release", context.releaseLabel(), "stamp", context.snapshot().stamp());

        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("masthead", context.office().masthead());
        tags.put("issueNumber", Integer.toString(context.office().issueNumber(quarter)));
        tags.put("issuingOffice", context.office().issuingOffice());
        tags.put("issueDate", OfficialNumberFormat.dateInChinese(context.options().documentDate()));
        String title = wording.fill(area.level() == AreaLevel.PROVINCE ? "briefing.title" : "briefing.areaTitle", base);
        tags.put("title", title);
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
        // The full gold stamp is long for a footer; it closes the document so the briefing can be rebuilt from it.
        tags.put("stampLine", wording.fill("briefing.stampLine", base));
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

    /** The area first, then its prefectures (or counties), year to date; false for a county, which has none. */
    private Object tableBlock(DocumentArea area, Quarter quarter, Wording wording, Map<String, String> base) {
        if (area.level() == AreaLevel.COUNTY) {
            return false;
        }
        List<AreaQuarterFigures> children = (area.level() == AreaLevel.PROVINCE
                ? context.snapshot().prefectures() : context.snapshot().counties()).stream()
                .filter(row -> row.period().equals(quarter.toString()))
                .filter(row -> area.contains(row.areaCode(), row.prefectureCode()))
                .sorted(Comparator.comparing(AreaQuarterFigures::areaCode))
                .toList();
        if (children.isEmpty()) {
            return false;
        }
        List<String> header = new ArrayList<>();
        header.add(area.level() == AreaLevel.PROVINCE ? AreaLevel.PREFECTURE.chineseName() : AreaLevel.COUNTY.chineseName());
        TABLE_FLOWS.forEach(indicator -> header.add(indicator.chineseLabelWithUnit()));
        List<List<String>> rows = new ArrayList<>();
        rows.add(tableRow(wording.text("table.total"), area.latest()));
        children.forEach(child -> rows.add(tableRow(child.areaName(), child)));
        String caption = area.level() == AreaLevel.PROVINCE ? wording.fill("briefing.tableCaption", base)
                : wording.fill("briefing.countyTableCaption", base);
        return Map.of("tableCaption", caption, "figureTable", WordTemplate.table(new DocumentTable(header, rows)),
                "tableNote", wording.fill("briefing.tableNote", base));
    }

    private static List<String> tableRow(String name, AreaQuarterFigures figures) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        TABLE_FLOWS.forEach(indicator -> cells.add(indicator.formatTableCell(indicator.valueOrNull(figures, Span.YEAR_TO_DATE))));
        return cells;
    }

    /** The file a 简报 is written to: the province's where the site links it, an area's beside it. */
    public static String path(PublicationSnapshot snapshot, DocumentArea area) {
        String period = snapshot.latestPeriod();
        return area.level() == AreaLevel.PROVINCE ? "briefings/briefing-" + period + ".docx"
                : "briefings/briefing-" + period + "-" + area.code() + ".docx";
    }
}
