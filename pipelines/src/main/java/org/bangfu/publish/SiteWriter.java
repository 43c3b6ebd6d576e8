package org.bangfu.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces a publication in a site directory. The files a publication writes are listed in
 * {@value #MANIFEST_NAME} at the site root; the next publication deletes exactly those (and the
 * folders they leave empty) before writing its own, so quarters or counties that disappeared leave
 * no stale pages, and files someone else put in the directory are never touched.
 */
final class SiteWriter {

    static final String MANIFEST_NAME = ".bangfu-published-files";

    private final Path siteDirectory;

    SiteWriter(Path siteDirectory) {
        this.siteDirectory = siteDirectory.toAbsolutePath().normalize();
    }

    /** Removes the previous publication's files, writes these, and returns how many were written. */
    int replaceWith(SiteContents contents) {
        try {
            if (Files.exists(siteDirectory) && !Files.isDirectory(siteDirectory)) {
                throw PublishException.siteDirectoryUnusable(siteDirectory, "它是一个文件而不是目录",
                        "it is a file, not a directory", null);
            }
            Files.createDirectories(siteDirectory);
            removePreviousPublication();
            List<String> written = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : contents.files().entrySet()) {
                Path target = inside(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                written.add(file.getKey());
            }
            Files.write(siteDirectory.resolve(MANIFEST_NAME), written, StandardCharsets.UTF_8);
            return written.size();
        } catch (IOException e) {
            throw PublishException.siteDirectoryUnusable(siteDirectory, "读写失败（" + e + "）", "reading or writing failed (" + e + ")", e);
        }
    }

    private void removePreviousPublication() throws IOException {
        Path manifest = siteDirectory.resolve(MANIFEST_NAME);
        if (!Files.isRegularFile(manifest)) {
            return;
        }
        for (String relativePath : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (relativePath.isBlank()) {
                continue;
            }
            Path previous = siteDirectory.resolve(relativePath).normalize();
            // A hand-edited manifest must not make us delete anything outside the site.
            if (!previous.startsWith(siteDirectory) || previous.equals(siteDirectory)) {
                continue;
            }
            Files.deleteIfExists(previous);
            removeEmptyFoldersUpTo(previous.getParent());
        }
        Files.delete(manifest);
    }

    private void removeEmptyFoldersUpTo(Path folder) throws IOException {
        Path current = folder;
        while (current != null && current.startsWith(siteDirectory) && !current.equals(siteDirectory)
                && Files.isDirectory(current) && isEmpty(current)) {
            Files.delete(current);
            current = current.getParent();
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private Path inside(String relativePath) {
        Path target = siteDirectory.resolve(relativePath).normalize();
        if (!target.startsWith(siteDirectory)) {
            throw new IllegalArgumentException("refusing to write outside the site directory: " + relativePath);
        }
        return target;
    }
}
