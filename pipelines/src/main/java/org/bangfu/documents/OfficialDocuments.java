package org.bangfu.documents;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bangfu.model.PublicationSnapshot;

/**
 * Every official document of one release, rendered in memory from the publication snapshot only:
 * the 工作简报 (the province's and any asked for with {@code --area}), the 统计报表, the 通报 on
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
        WorkBriefing briefing = new WorkBriefing(context);
        DocumentArea province = DocumentArea.province(snapshot);
        put(files, titles, WorkBriefing.path(snapshot, province), briefing.render(province),
                context.office().masthead() + "（" + province.name() + "）");
        for (String code : options.areaCodes()) {
            DocumentArea area = DocumentArea.find(snapshot, code).orElseThrow(() -> new IllegalArgumentException(
                    "DOC-005 --area " + code + "：本次发布的数据中没有这个市州或县代码 / DOC-005 --area " + code
                            + ": no prefecture or county of the release has this code"));
            put(files, titles, WorkBriefing.path(snapshot, area), briefing.render(area),
                    context.office().masthead() + "（" + area.name() + "）");
        }
        new StatisticalTables(context).render().ifPresent(xlsx -> put(files, titles, StatisticalTables.path(snapshot), xlsx,
                context.wording().text("tables.documentTitle")));
        new ReportingNotice(context).render().ifPresent(docx -> put(files, titles, ReportingNotice.path(snapshot), docx,
                context.wording().text("notice.documentTitle")));
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
