package org.bangfu.publish;

import org.bangfu.publish.TemplateModel.Table;

/**
 * What fills the briefing template's tags, all finished text but the table.
 *
 * @param issueNumber fills 第{{issueNumber}}期
 * @param issuingOffice fills {{issuingOffice}} under the masthead, on the left
 * @param issueDate fills {{issueDate}} on the right, e.g. 2020年1月15日
 * @param quarter fills {{quarter}} in the title, e.g. 2019年第四季度
 * @param summary fills {{summary}}: the one generated paragraph
 * @param tableCaption fills {{tableCaption}}
 * @param table fills {{#prefectureTable}}; one header row
 * @param tableNote fills {{tableNote}} under the table
 * @param stampLine fills {{stampLine}} in the footer: the gold stamp and publish date
 */
record BriefingContent(
        String issueNumber,
        String issuingOffice,
        String issueDate,
        String quarter,
        String summary,
        String tableCaption,
        Table table,
        String tableNote,
        String stampLine) {
}
