package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Not a check: recreates the stored briefing template when asked to. */
class BriefingTemplateWriterTest {

    @Test
    @EnabledIfSystemProperty(named = "bangfu.writeBriefingTemplate", matches = "true")
    void writesTheBriefingTemplateIntoTheTemplatesDirectory() throws Exception {
        Path target = PublishFixtures.templatesDirectory().resolve("briefing").resolve(BriefingRenderer.TEMPLATE_FILE_NAME);
        BriefingTemplateGenerator.write(target);
        assertThat(target).isRegularFile();
    }
}
