package org.bangfu.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The whole release as one zip, entries dated the publish date and in path order so a rebuild
 * writes the same bytes. Streamed from the staged files into the staged zip: a national release
 * is larger than the heap.
 */
final class ReleaseZip {

    static final String RELATIVE_PATH = "downloads/release.zip";
    private static final Pattern ALREADY_COMPRESSED = Pattern.compile("\\.(xlsx|docx|png)$");

    private ReleaseZip() {
    }

    /** Adds the zip of every file added so far to {@code contents}. */
    static void addTo(SiteContents contents, LocalDate publishDate) {
        List<String> relativePaths = contents.relativePaths();
        contents.write(RELATIVE_PATH, output -> {
            ZipOutputStream zip = new ZipOutputStream(output);
            for (String relativePath : relativePaths) {
                Path file = contents.file(relativePath);
                ZipEntry entry = new ZipEntry(relativePath);
                entry.setTimeLocal(publishDate.atTime(LocalTime.NOON));
                if (ALREADY_COMPRESSED.matcher(relativePath).find()) {
                    // Deflating a workbook or a PNG again gains nothing and cost seconds per release.
                    long size = Files.size(file);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(size);
                    entry.setCompressedSize(size);
                    entry.setCrc(checksum(file));
                }
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    private static long checksum(Path file) throws IOException {
        CRC32 checksum = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream input = Files.newInputStream(file)) {
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                checksum.update(buffer, 0, read);
            }
        }
        return checksum.getValue();
    }
}
