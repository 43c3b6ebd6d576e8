package org.bangfu.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.OfficialNumberFormat;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.PublicationSnapshot;

/**
 * The quarter's 通报 on reporting: the province's on-time rate, a table of the rate by prefecture,
 * then every unit and county that was late (with its days late) or missing, by name. Built from
 * gold.completeness only; without it there is no notice and a warning says so.
 */
public final class ReportingNotice {

    public static final String TEMPLATE_FILE_NAME = "reporting-notice.docx";
    static final String DOCUMENT = "报送情况通报";

    private final DocumentContext context;
    private final DocumentArea top;

    /** @param top the area the notice covers: the province, or the nation */
    public ReportingNotice(DocumentContext context, DocumentArea top) {
        this.context = context;
        this.top = top;
    }

    public static String path(PublicationSnapshot snapshot) {
        return "briefings/reporting-notice-" + snapshot.latestPeriod() + ".docx";
    }

    public Optional<byte[]> render() {
        Quarter quarter = Quarter.parse(context.snapshot().latestPeriod()).orElseThrow();
        Optional<ReportingStatus> status = ReportingStatus.of(context.gold(), top, quarter);
        if (status.isEmpty()) {
            context.warnings().add(DOCUMENT, "快照中没有本季度报送情况（gold.completeness），不生成通报",
                    "no completeness for the quarter in the snapshot: no notice written");
            return Optional.empty();
        }
        Wording wording = context.wording();
        Map<String, String> base = new LinkedHashMap<>();
        base.put("quarter", quarter.chineseName());
        base.put("area", wording.text(top.level() == AreaLevel.NATION ? "area.nation" : "area.province"));
        base.put("office", context.office().issuingOffice());
        base.put("offices", DocumentArea.officesBelow(wording, top.level()));
        List<BriefingSection> sections = sections(status.get(), wording, base);

        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("masthead", context.office().noticeMasthead());
        tags.put("issuingOffice", context.office().issuingOffice());
        tags.put("issueDate", OfficialNumberFormat.dateInChinese(context.options().documentDate()));
        DocumentTitle documentTitle = DocumentTitle.of(wording.fill("notice.title", base));
        String title = documentTitle.text();
        tags.put("title", documentTitle.printed());
        tags.put("salutation", wording.fill("notice.salutation", base));
        tags.put("opening", wording.fill("notice.opening", base));
        List<Map<String, Object>> sectionTags = new ArrayList<>();
        for (BriefingSection section : sections) {
            sectionTags.add(Map.of("heading", section.heading(), "paragraphs",
                    section.paragraphs().stream().map(text -> Map.<String, Object>of("text", text)).toList()));
        }
        tags.put("sections", sectionTags);
        tags.put("tableBlock", Map.of("tableCaption", wording.fill(top.level() == AreaLevel.NATION ? "notice.provinceTableCaption" : "notice.tableCaption", base),
                "figureTable", WordTemplate.table(byPrefecture(status.get(), wording)),
                "tableNote", wording.fill("notice.tableNote", base)));
        tags.put("footerLine", context.footerLine());
        return Optional.of(new WordTemplate(context.template(TEMPLATE_FILE_NAME)).render(tags,
                new WordTemplate.DocumentProperties(title, context.office().issuingOffice(), context.office().noticeMasthead(),
                        context.releaseLabel(), context.snapshot().stamp()),
                context.options().publishDate()));
    }

    List<BriefingSection> sections(ReportingStatus status, Wording wording, Map<String, String> base) {
        List<BriefingSection> sections = new ArrayList<>();
        Map<String, String> blanks = new LinkedHashMap<>(base);
        blanks.put("expected", Integer.toString(status.expected()));
        blanks.put("onTime", Integer.toString(status.onTime()));
        blanks.put("late", Integer.toString(status.late()));
        blanks.put("missing", Integer.toString(status.missing()));
        blanks.put("rate", status.onTimeRateText());
        sections.add(section(wording, sections.size(), "notice.overall", List.of(wording.fill("reporting.rate", blanks))));
        List<ReportingStatus.Submitter> late = status.lateSubmitters();
        if (!late.isEmpty()) {
            sections.add(section(wording, sections.size(), "notice.lateHeading", List.of(wording.fill("notice.late",
                    Map.of("count", Integer.toString(late.size()),
                            "items", ReportingStatus.namedList(wording, "notice.", late, Integer.MAX_VALUE, true))))));
        }
        List<ReportingStatus.Submitter> missing = status.missingSubmitters();
        if (!missing.isEmpty()) {
            sections.add(section(wording, sections.size(), "notice.missingHeading", List.of(wording.fill("notice.missing",
                    Map.of("count", Integer.toString(missing.size()),
                            "items", ReportingStatus.namedList(wording, "notice.", missing, Integer.MAX_VALUE, false))))));
        }
        sections.add(section(wording, sections.size(), "notice.requirementsHeading", List.of(wording.fill("notice.requirements", base))));
        return sections;
    }

    private static BriefingSection section(Wording wording, int index, String titleKey, List<String> paragraphs) {
        String number = wording.text("section.numbers").split(",")[index].strip();
        return new BriefingSection(titleKey, wording.fill("section.heading", Map.of("number", number,
                "title", wording.text(titleKey))), paragraphs);
    }

    /** Expected, on time, late, missing and the on-time rate of each prefecture (of each province for the nation), the total first. */
    DocumentTable byPrefecture(ReportingStatus status, Wording wording) {
        boolean national = top.level() == AreaLevel.NATION;
        Map<String, String> provinceNames = new java.util.HashMap<>();
        context.snapshot().provinces().forEach(row -> provinceNames.put(row.areaCode(), row.areaName()));
        Map<String, List<GoldRecord>> byArea = new TreeMap<>();
        for (GoldRecord row : status.rows()) {
            String prefecture = row.text("prefecture_code");
            String key = national && prefecture.length() >= 2
                    ? prefecture.substring(0, 2) + "0000\t" + provinceNames.getOrDefault(prefecture.substring(0, 2) + "0000", "")
                    : prefecture + "\t" + row.text("prefecture_name");
            byArea.computeIfAbsent(key, any -> new ArrayList<>()).add(row);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(tableRow(wording.text("table.total"), status));
        byArea.forEach((key, rowsOfArea) -> rows.add(tableRow(key.substring(key.indexOf('\t') + 1),
                new ReportingStatus(rowsOfArea))));
        return new DocumentTable(List.of((national ? AreaLevel.PROVINCE : AreaLevel.PREFECTURE).chineseName(),
                wording.text("notice.column.expected"), wording.text("notice.column.onTime"), wording.text("notice.column.late"),
                wording.text("notice.column.missing"), wording.text("notice.column.rate")), rows);
    }

    private static List<String> tableRow(String name, ReportingStatus status) {
        return List.of(name, Integer.toString(status.expected()), Integer.toString(status.onTime()),
                Integer.toString(status.late()), Integer.toString(status.missing()), status.onTimeRateText());
    }
}
