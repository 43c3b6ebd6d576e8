package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path workspace;

    @Test
    void aFolderLeftEmptyByRepublishingIsRemoved() throws IOException {
        Path site = workspace.resolve("site");
        publish(site, "index.html", "counties/990101.html");

        int written = publish(site, "index.html");

        assertThat(written).isEqualTo(1);
        assertThat(site.resolve("counties")).doesNotExist();
        assertThat(site.resolve(SiteWriter.MANIFEST_NAME)).hasContent("index.html");
    }

    @Test
    void aManifestEntryOutsideTheSiteIsNeverDeleted() throws IOException {
        Path site = workspace.resolve("site");
        publish(site, "index.html");
        Files.writeString(workspace.resolve("outside.txt"), "not ours");
        Files.writeString(site.resolve(SiteWriter.MANIFEST_NAME), "index.html\n../outside.txt\n/etc/hostname\n");

        publish(site);

        assertThat(site.resolve("index.html")).doesNotExist();
        assertThat(workspace.resolve("outside.txt")).as("a hand-edited manifest cannot reach outside the site").exists();
    }

    @Test
    void aPublishThatFailsHalfWayLeavesThePreviousReleaseWholeAndLive() throws IOException {
        Path site = workspace.resolve("site");
        publish(site, "index.html", "counties/990101.html", "counties/990102.html");
        Path firstRelease = site.toRealPath();

        // The second file cannot be written (its parent is a file): a publish dying half-way.
        SiteWriter writer = new SiteWriter(site);
        SiteContents broken = writer.stage();
        broken.add("index.html", "a new home page".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> broken.add("index.html/impossible.html", new byte[0])).isInstanceOf(PublishException.class);
        writer.discard(broken);

        assertThat(site.resolve("index.html")).as("the old release is still served").hasContent("index.html");
        assertThat(site.resolve("counties/990101.html")).exists();
        assertThat(site.resolve("counties/990102.html")).as("no page of the old release was removed").exists();
        try (var releases = Files.list(writer.releasesFolder())) {
            assertThat(releases.toList()).as("the failed publication's staged files are gone").containsExactly(firstRelease);
        }
    }

    @Test
    void theSiteIsALinkSwitchedToACompleteReleaseKeepingOthersFiles() throws IOException {
        Path site = workspace.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("README.md"), "someone else's file");
        publish(site, "index.html", "counties/990101.html");
        Path first = site.toRealPath();

        publish(site, "index.html");

        assertThat(Files.isSymbolicLink(site)).as("readers follow one link, switched atomically").isTrue();
        assertThat(site.toRealPath()).isNotEqualTo(first);
        assertThat(site.resolve("README.md")).as("files we did not publish are carried over").hasContent("someone else's file");
        assertThat(site.resolve("counties/990101.html")).doesNotExist();
        assertThat(first).as("the previous release stays for readers still on it").exists();
        publish(site, "index.html");
        assertThat(first).as("older releases are removed").doesNotExist();
    }

    @Test
    void aSiteDirectoryThatIsAFileIsRefused() throws IOException {
        Path notADirectory = Files.writeString(workspace.resolve("site"), "a file");
        assertThatThrownBy(() -> new SiteWriter(notADirectory).stage())
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("PUBLISH-006")
                .hasMessageContaining("不是目录")
                .hasMessageContaining("not a directory");
    }

    @Test
    void aPathLeavingTheSiteCannotBeAdded() {
        SiteContents contents = new SiteContents(workspace.resolve("staging"));
        assertThatThrownBy(() -> contents.add("../index.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> contents.add("/index.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    /** Stages a file per path, its content its own path, and makes them the live release. */
    private static int publish(Path site, String... relativePaths) {
        SiteWriter writer = new SiteWriter(site);
        SiteContents contents = writer.stage();
        for (String path : relativePaths) {
            contents.add(path, path.getBytes(StandardCharsets.UTF_8));
        }
        return writer.replaceWith(contents);
    }
}
