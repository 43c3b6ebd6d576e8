package org.bangfu.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file of one publication, written into a staging folder as soon as it is rendered, so that
 * the driver holds one page or download at a time rather than the whole site (some 17,000 pages
 * and 700 MB of downloads at province size, ten times that for the nation). The staging folder
 * lies beside the live site and becomes a release only once everything has rendered
 * ({@link SiteWriter}); a failing template or chart leaves the live site untouched.
 *
 * <p>Files may be added from several threads at once.
 */
final class SiteContents {

    /** Writes one file's bytes. */
    @FunctionalInterface
    interface ContentWriter {
        void writeTo(OutputStream output) throws IOException;
    }

    private final Path directory;
    private final Set<String> relativePaths = ConcurrentHashMap.newKeySet();

    /** Files go into {@code directory}, which {@link SiteWriter#stage()} makes for one publication. */
    SiteContents(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** Adds a file at a '/'-separated path relative to the site root. */
    void add(String relativePath, byte[] content) {
        write(relativePath, output -> output.write(content));
    }

    /** Adds a file written by {@code writer}, for one too large to hold in memory whole. */
    void write(String relativePath, ContentWriter writer) {
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")
                || relativePath.equals("..") || relativePath.startsWith("../") || relativePath.contains("/../")
                || relativePath.endsWith("/..")) {
            throw new IllegalArgumentException("a site file must be a relative path inside the site: " + relativePath);
        }
        if (!relativePaths.add(relativePath)) {
            throw new IllegalStateException("two outputs would both be written to " + relativePath);
        }
        Path target = file(relativePath);
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream output = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                writer.writeTo(output);
            }
        } catch (IOException e) {
            throw PublishException.siteDirectoryUnusable(directory, "写入 " + relativePath + " 失败（" + e + "）",
                    "writing " + relativePath + " failed (" + e + ")", e);
        }
    }

    boolean contains(String relativePath) {
        return relativePaths.contains(relativePath);
    }

    /** The files added, sorted: listings and the release zip do not depend on which thread finished first. */
    List<String> relativePaths() {
        return relativePaths.stream().sorted().toList();
    }

    /** Where a file added at {@code relativePath} is written. */
    Path file(String relativePath) {
        Path target = directory.resolve(relativePath).normalize();
        if (!target.startsWith(directory)) {
            throw new IllegalArgumentException("refusing to write outside the site directory: " + relativePath);
        }
        return target;
    }

    /** The staging folder holding the files. */
    Path directory() {
        return directory;
    }
}
