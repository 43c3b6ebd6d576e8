package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing again into the same directory, and with edited templates. */
class RepublishingTest {

    @TempDir
    Path workspace;

    @Test
    void republishingReplacesThePreviousPublicationButKeepsOtherFiles() throws IOException {
        Path site = workspace.resolve("site");
        Publisher publisher = new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options());
        publisher.publish(PublishFixtures.snapshot(), site);
        Files.writeString(site.resolve("README-office.txt"), "our own notes");
        Files.writeString(site.resolve("counties/notes.txt"), "more notes");

        PublicationSnapshot withoutBaiyun = new PublicationSnapshot(PublishFixtures.versions(),
                PublishFixtures.snapshot().pinnedAt(),
                PublishFixtures.counties().stream().filter(row -> !row.areaCode().equals("990102")).toList(),
                PublishFixtures.prefectures(), PublishFixtures.provinces());
        publisher.publish(withoutBaiyun, site);

        assertThat(site.resolve("counties/990102.html")).as("a county no longer published leaves no page").doesNotExist();
        assertThat(site.resolve("charts/county-990102.png")).doesNotExist();
        assertThat(site.resolve("counties/990101.html")).isRegularFile();
        assertThat(site.resolve("README-office.txt")).as("files the publisher did not write are left alone").hasContent("our own notes");
        assertThat(site.resolve("counties/notes.txt")).hasContent("more notes");
    }

    @Test
    void publishingTheSameSnapshotTwiceWritesTheSameBytes() throws IOException {
        Publisher publisher = new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options());
        PublishedOutputs first = publisher.publish(PublishFixtures.snapshot(), workspace.resolve("first"));
        PublishedOutputs second = publisher.publish(PublishFixtures.snapshot(), workspace.resolve("second"));

        // The site path is a link to its release folder: walk the release itself.
        Path firstRelease = workspace.resolve("first").toRealPath();
        try (Stream<Path> files = Files.walk(firstRelease)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = workspace.resolve("second").resolve(firstRelease.relativize(file).toString());
                assertThat(Files.readAllBytes(twin)).as("%s, including the zip dates inside the briefing", twin)
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
        assertThat(second.filesWritten()).isEqualTo(first.filesWritten());
    }

    @Test
    void anEditedTemplateTakesEffectWithoutRecompiling() throws IOException {
        Path templates = copyOfTheTemplates();
        Path index = templates.resolve("site/index.ftl");
        Files.writeString(index, Files.readString(index).replace("<section aria-labelledby=\"charts-heading\">",
                "<p class=\"notice\">本期数据为初步统计</p>\n<section aria-labelledby=\"charts-heading\">"));

        PublishedOutputs outputs = new Publisher(templates, PublishFixtures.options())
                .publish(PublishFixtures.snapshot(), workspace.resolve("site"));

        assertThat(Files.readString(outputs.indexPage())).contains("<p class=\"notice\">本期数据为初步统计</p>");
    }

    @Test
    void aBrokenTemplateFailsWithABilingualMessageBeforeTouchingTheSite() throws IOException {
        Path templates = copyOfTheTemplates();
        Files.writeString(templates.resolve("site/county.ftl"), "<p>${page.population}</p>");
        Path site = workspace.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "the previous publication");

        assertThatThrownBy(() -> new Publisher(templates, PublishFixtures.options()).publish(PublishFixtures.snapshot(), site))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("PUBLISH-003")
                .hasMessageContaining("county.ftl")
                .hasMessageContaining("网页模板")
                .hasMessageContaining("site template");
        assertThat(site.resolve("index.html")).hasContent("the previous publication");
    }

    @Test
    void aMissingTemplatesDirectoryIsNamedInTheError() {
        Path nowhere = workspace.resolve("no-templates");
        assertThatThrownBy(() -> new Publisher(nowhere, PublishFixtures.options())
                .publish(PublishFixtures.snapshot(), workspace.resolve("site")))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("PUBLISH-002")
                .hasMessageContaining(nowhere.toString());
    }

    @Test
    void theIssueNumberAndBriefingDateCanBeGiven() throws IOException {
        PublishOptions options = PublishFixtures.options().withIssueNumber(12).withBriefingDate(LocalDate.of(2020, 1, 20));
        PublishedOutputs outputs = new Publisher(PublishFixtures.templatesDirectory(), options)
                .publish(PublishFixtures.snapshot(), workspace.resolve("site"));
        try (InputStream in = Files.newInputStream(outputs.briefing());
                XWPFWordExtractor briefing = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(briefing.getText()).contains("第12期").contains("2020年1月20日")
                    .as("the pages keep the publish date").contains("发布日期：2020年1月15日");
        }
    }

    @Test
    void aSnapshotWithoutProvinceFiguresCannotBePublished() {
        PublicationSnapshot empty = new PublicationSnapshot(PublishFixtures.versions(), PublishFixtures.snapshot().pinnedAt(),
                PublishFixtures.counties(), PublishFixtures.prefectures(), List.<AreaQuarterFigures>of());
        assertThatThrownBy(() -> new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options())
                .publish(empty, workspace.resolve("site")))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("PUBLISH-005");
    }

    private Path copyOfTheTemplates() throws IOException {
        Path source = PublishFixtures.templatesDirectory();
        Path copy = workspace.resolve("templates");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }
}
