package org.bangfu.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Switches a site to a new publication atomically, so a reader (or a web server) sees the old
 * release or the new one, never a mix, and a publish killed at any point leaves the live site whole.
 *
 * <p>The site path is a symbolic link to a release folder in {@code <site>.releases/} beside it.
 * A publication is written in full into a staging folder there ({@link #stage()}), renamed to a release folder, and
 * the link is then replaced by {@code rename(2)}, which is atomic. The previous release is kept
 * (a reader may be half-way through it); older releases and staging folders left by killed runs
 * are removed. A site that is still a plain directory (from before releases) is moved into the
 * releases folder once, the only moment the path is briefly absent.
 *
 * <p>Files someone else put in the site — anything not listed in the previous release's
 * {@value #MANIFEST_NAME} — are copied into the new release, so they are never lost.
 */
final class SiteWriter {

    static final String MANIFEST_NAME = ".bangfu-published-files";
    static final String RELEASES_SUFFIX = ".releases";

    private static final String STAGING_PREFIX = "staging-";
    private static final String RELEASE_PREFIX = "release-";

    private final Path siteDirectory;

    SiteWriter(Path siteDirectory) {
        this.siteDirectory = siteDirectory.toAbsolutePath().normalize();
    }

    /** The folder beside the site holding its releases. */
    Path releasesFolder() {
        return siteDirectory.resolveSibling(siteDirectory.getFileName() + RELEASES_SUFFIX);
    }

    /**
     * A staging folder for a new release beside the live one, into which the publication's files
     * are written as they are rendered.
     *
     * @throws PublishException when the site path is a file or the folder cannot be made
     */
    SiteContents stage() {
        try {
            if (Files.exists(siteDirectory) && !Files.isDirectory(siteDirectory)) {
                throw PublishException.siteDirectoryUnusable(siteDirectory, "它是一个文件而不是目录",
                        "it is a file, not a directory", null);
            }
            Path releases = Files.createDirectories(releasesFolder());
            return new SiteContents(Files.createDirectory(releases.resolve(STAGING_PREFIX + UUID.randomUUID())));
        } catch (IOException e) {
            throw PublishException.siteDirectoryUnusable(siteDirectory, "读写失败（" + e + "）", "reading or writing failed (" + e + ")", e);
        }
    }

    /** Makes the staged files a release, switches the site to it, and returns how many files were published. */
    int replaceWith(SiteContents contents) {
        try {
            Path staging = contents.directory();
            List<String> written = contents.relativePaths();
            carryOverOtherFiles(staging, contents);
            Files.write(staging.resolve(MANIFEST_NAME), written, StandardCharsets.UTF_8);
            org.bangfu.warehouse.CrashPoint.reached(org.bangfu.warehouse.CrashPoint.SITE_STAGED);
            Path release = releasesFolder().resolve(RELEASE_PREFIX + System.currentTimeMillis() + "-"
                    + UUID.randomUUID().toString().substring(0, 8));
            Files.move(staging, release, StandardCopyOption.ATOMIC_MOVE);
            Path previous = switchTo(release);
            removeOldReleases(release, previous);
            return written.size();
        } catch (IOException e) {
            throw PublishException.siteDirectoryUnusable(siteDirectory, "读写失败（" + e + "）", "reading or writing failed (" + e + ")", e);
        }
    }

    /** Removes the staged files of a publication that failed; the live site was never touched. */
    void discard(SiteContents contents) {
        try {
            if (Files.isDirectory(contents.directory())) {
                deleteTree(contents.directory());
            }
        } catch (IOException leftForTheNextPublish) {
            // removeOldReleases deletes abandoned staging folders after the next successful publish.
        }
    }

    /** Points the site at the release; returns the release it pointed at before, or null. */
    private Path switchTo(Path release) throws IOException {
        Path previous = null;
        if (Files.isSymbolicLink(siteDirectory)) {
            previous = siteDirectory.resolveSibling(Files.readSymbolicLink(siteDirectory)).normalize();
        } else if (Files.isDirectory(siteDirectory, LinkOption.NOFOLLOW_LINKS)) {
            previous = releasesFolder().resolve("before-releases-" + System.currentTimeMillis());
            Files.move(siteDirectory, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Path link = siteDirectory.resolveSibling("." + siteDirectory.getFileName() + ".link-" + UUID.randomUUID());
        Files.createSymbolicLink(link, siteDirectory.getParent().relativize(release));
        Files.move(link, siteDirectory, StandardCopyOption.ATOMIC_MOVE);
        return previous;
    }

    private void carryOverOtherFiles(Path staging, SiteContents contents) throws IOException {
        if (!Files.isDirectory(siteDirectory)) {
            return;
        }
        Path live = siteDirectory.toRealPath();
        Set<String> published = new HashSet<>();
        Path manifest = live.resolve(MANIFEST_NAME);
        if (Files.isRegularFile(manifest)) {
            published.addAll(Files.readAllLines(manifest, StandardCharsets.UTF_8));
        }
        published.add(MANIFEST_NAME);
        try (Stream<Path> files = Files.walk(live)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = live.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (published.contains(relative) || contents.contains(relative)) {
                    continue;
                }
                Path target = inside(staging, relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Keeps the new release and the one before it; removes the rest and any abandoned staging folder. */
    private void removeOldReleases(Path current, Path previous) throws IOException {
        try (Stream<Path> entries = Files.list(releasesFolder())) {
            for (Path entry : entries.toList()) {
                if (entry.equals(current) || entry.equals(previous)) {
                    continue;
                }
                deleteTree(entry);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Path inside(Path root, String relativePath) {
        Path target = root.resolve(relativePath).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("refusing to write outside the site directory: " + relativePath);
        }
        return target;
    }
}
