package org.bangfu.documents;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bangfu.model.PublicationSnapshot;

/**
 * Every official document of one release, rendered in memory from the publication snapshot only:
 * the 工作简报 (the province's, or the nation's when the release holds several provinces, and any
 * asked for with {@code --area}), the 统计报表, the 通报 on
 * reporting, the annual 考核结果, and {@code briefings/index.html} listing them with their sha256.
 * Paths are relative to the site root. Warnings name what a document left out for want of data.
 */
public final class OfficialDocuments {

    private final Path templatesDirectory;
    private final DocumentOptions options;
    private final ChartPainter charts;
    private Warnings lastWarnings = new Warnings();

    public OfficialDocuments(Path templatesDirectory, DocumentOptions options, ChartPainter charts) {
        this.templatesDirectory = templatesDirectory;
        this.options = options;
        this.charts = charts;
    }

    public Map<String, byte[]> render(PublicationSnapshot snapshot) {
        return render(snapshot, GoldRecords.of(snapshot));
    }

    public Map<String, byte[]> render(PublicationSnapshot snapshot, GoldRecords gold) {
        DocumentContext context = DocumentContext.of(snapshot, gold, templatesDirectory, options, charts);
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        java.util.Optional<DocumentArea> top = DocumentArea.top(snapshot, gold);
        if (top.isEmpty()) {
            // Registers only (or several provinces and no national rows): nothing quarterly to brief.
            context.warnings().add(WorkBriefingText.DOCUMENT, "快照中没有帮扶单位定期报表（BF-1）的全省或全国汇总，不生成工作简报、统计报表和通报；名录数据见网站“摘帽出列”专题",
                    "no province or national BF-1 figures in the snapshot: no briefing, tables or notice; the registers' figures are on the site's exits topic");
        } else {
            DocumentArea area = top.get();
            WorkBriefing briefing = new WorkBriefing(context, area);
            put(files, titles, briefing.path(area), briefing.render(area),
                    context.office().masthead() + "（" + area.name() + "）");
            for (String code : options.areaCodes()) {
                DocumentArea asked = DocumentArea.find(snapshot, code).orElseThrow(() -> new IllegalArgumentException(
                        "DOC-005 --area " + code + "：本次发布的数据中没有这个省、市州或县代码 / DOC-005 --area " + code
                                + ": no province, prefecture or county of the release has this code"));
                put(files, titles, briefing.path(asked), briefing.render(asked),
                        context.office().masthead() + "（" + asked.name() + "）");
            }
            new StatisticalTables(context, area).render().ifPresent(xlsx -> put(files, titles, StatisticalTables.path(snapshot), xlsx,
                    context.wording().text("tables.documentTitle")));
            new ReportingNotice(context, area).render().ifPresent(docx -> put(files, titles, ReportingNotice.path(snapshot), docx,
                    context.wording().text("notice.documentTitle")));
        }
        AssessmentResults assessment = new AssessmentResults(context);
        assessment.year().ifPresent(year -> {
            put(files, titles, AssessmentResults.path(year, "docx"), assessment.renderSummary(year),
                    context.wording().fill("assessment.documentTitle", Map.of("year", Integer.toString(year))));
            put(files, titles, AssessmentResults.path(year, "xlsx"), assessment.renderWorkbook(year),
                    context.wording().fill("assessment.workbookTitle", Map.of("year", Integer.toString(year))));
        });
        files.put(DocumentManifest.PATH, new DocumentManifest(context).render(files, titles));
        lastWarnings = context.warnings();
        // The publish run has no logger: a document left short says so where the operator reads the run.
        lastWarnings.messages().forEach(message -> System.err.println("文档警告 / document warning: " + message));
        return files;
    }

    private static void put(Map<String, byte[]> files, Map<String, String> titles, String path, byte[] content, String title) {
        files.put(path, content);
        titles.put(path, title);
    }

    /** What the last render left out and why. */
    public Warnings warnings() {
        return lastWarnings;
    }
}
