package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bangfu.testing.SharedSpark;
import org.bangfu.testing.TinyWarehouse;
import org.bangfu.warehouse.AsOf;
import org.bangfu.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bangfu publish --area CODE} is an option of the command, carried to the documents, not a JVM-wide setting. */
class PublishAreaOptionTest {

    @TempDir
    Path workspace;

    @Test
    void theOptionIsRepeatableAndCommaSeparated() {
        StepCommands.Publish publish = new StepCommands.Publish();
        new CommandLine(publish).parseArgs("--area", "990101,990102", "--area", "990100");
        assertThat(publish.areas).containsExactly("990101", "990102", "990100");
        StepCommands.Publish none = new StepCommands.Publish();
        new CommandLine(none).parseArgs();
        assertThat(none.areas).isEmpty();
    }

    @Test
    void aCountyGivenGetsItsOwnBriefingAndAnUnknownCodeFailsTheRunByName() throws Exception {
        PipelineOptions options = new PipelineOptions();
        options.warehouse = workspace.resolve("warehouse").toString();
        options.templates = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("..").resolve("templates").toAbsolutePath().normalize();
        TinyWarehouse.writeModelled(new Warehouse(SharedSpark.session(), options.warehouse));
        try (PipelineSteps steps = new PipelineSteps(options, new PrintWriter(new StringWriter()), SharedSpark.session())) {
            options.site = workspace.resolve("site");
            steps.publish(AsOf.LATEST, List.of("990101"));
            Path county = options.site.resolve("briefings/briefing-2019Q2-990101.docx");
            assertThat(county).exists();
            try (InputStream in = Files.newInputStream(county);
                    XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
                assertThat(text.getText()).contains("青松县2019年第二季度定点帮扶工作进展情况");
            }
            assertThat(options.site.resolve("briefings/briefing-2019Q2-990102.docx")).doesNotExist();

            options.site = workspace.resolve("other");
            assertThatThrownBy(() -> steps.publish(AsOf.LATEST, List.of("999999")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOC-005").hasMessageContaining("999999");
            assertThat(options.site.resolve("index.html")).as("nothing half published").doesNotExist();
        }
    }
}
