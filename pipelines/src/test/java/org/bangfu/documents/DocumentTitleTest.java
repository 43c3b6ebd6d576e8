package org.bangfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** A long title breaks between words into even lines (GB/T 9704), never leaving "况" alone on the last. */
class DocumentTitleTest {

    @Test
    void aTitleThatFitsStaysOnOneLineWithoutItsMarks() {
        assertThat(DocumentTitle.of("2019年第四季度|定点帮扶工作进展情况"))
                .isEqualTo(new DocumentTitle("2019年第四季度定点帮扶工作进展情况", "2019年第四季度定点帮扶工作进展情况"));
    }

    @Test
    void aLongTitleBreaksAtTheMarkThatEvensItsLines() {
        // 甘孜藏族自治州 (14) + 2019年第四季度 (14) | 定点帮扶工作进展情况 (20): 28 against 20, not 14 against 34.
        assertThat(DocumentTitle.of("甘孜藏族自治州|2019年第四季度|定点帮扶工作进展情况").printed())
                .isEqualTo("甘孜藏族自治州2019年第四季度\n定点帮扶工作进展情况");
        assertThat(DocumentTitle.of("关于2019年第四季度|定点帮扶统计数据|报送情况的通报").printed())
                .isEqualTo("关于2019年第四季度\n定点帮扶统计数据报送情况的通报");
    }

    @Test
    void aBriefingOfAnAreaWithALongNamePrintsItsTitleOnTwoWholeLines() throws Exception {
        PublicationSnapshotWithLongName fixture = new PublicationSnapshotWithLongName();
        byte[] docx = new OfficialDocuments(DocumentFixtures.templatesDirectory(),
                new DocumentOptions(DocumentFixtures.PUBLISH_DATE, DocumentFixtures.PUBLISH_DATE, List.of("990200")), null)
                .render(fixture.snapshot(), DocumentFixtures.gold()).get("briefings/briefing-2019Q4-990200.docx");
        try (XWPFDocument briefing = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph title = briefing.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().contains("定点帮扶工作进展情况")).findFirst().orElseThrow();
            assertThat(title.getText()).isEqualTo("西河藏族羌族自治州2019年第四季度\n定点帮扶工作进展情况");
            assertThat(briefing.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("西河藏族羌族自治州2019年第四季度定点帮扶工作进展情况");
        }
    }

    /** The fixture with 西河州 renamed 西河藏族羌族自治州, as long as real autonomous prefectures' names. */
    private static final class PublicationSnapshotWithLongName {
        org.bangfu.model.PublicationSnapshot snapshot() {
            org.bangfu.model.PublicationSnapshot plain = DocumentFixtures.snapshot();
            List<org.bangfu.model.AreaQuarterFigures> prefectures = plain.prefectures().stream()
                    .map(row -> row.areaCode().equals("990200") ? new org.bangfu.model.AreaQuarterFigures(row.level(), row.areaCode(),
                            "西河藏族羌族自治州", row.prefectureCode(), "西河藏族羌族自治州", row.povertyType(), row.period(), row.year(),
                            row.quarter(), Map.copyOf(row.figures())) : row)
                    .toList();
            return new org.bangfu.model.PublicationSnapshot(plain.versions(), plain.pinnedAt(), plain.counties(), prefectures,
                    plain.provinces());
        }
    }
}
