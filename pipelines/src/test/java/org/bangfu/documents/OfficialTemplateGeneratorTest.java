package org.bangfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator writes templates poi-tl can compile; with -Dbangfu.writeDocumentTemplates=true it rewrites the project's. */
class OfficialTemplateGeneratorTest {

    @Test
    void writesTemplates(@TempDir Path directory) throws Exception {
        Path target = Boolean.getBoolean("bangfu.writeDocumentTemplates")
                ? Path.of("../templates/documents") : directory;
        OfficialTemplateGenerator.writeWorkBriefing(target.resolve(WorkBriefing.TEMPLATE_FILE_NAME));
        OfficialTemplateGenerator.writeReportingNotice(target.resolve(ReportingNotice.TEMPLATE_FILE_NAME));
        OfficialTemplateGenerator.writeAssessment(target.resolve(AssessmentResults.TEMPLATE_FILE_NAME));
        for (String name : new String[] {WorkBriefing.TEMPLATE_FILE_NAME, ReportingNotice.TEMPLATE_FILE_NAME,
                AssessmentResults.TEMPLATE_FILE_NAME}) {
            try (var template = com.deepoove.poi.XWPFTemplate.compile(target.resolve(name).toFile())) {
                assertThat(template.getElementTemplates()).isNotEmpty();
            }
            assertThat(Files.size(target.resolve(name))).isPositive();
        }
    }
}
