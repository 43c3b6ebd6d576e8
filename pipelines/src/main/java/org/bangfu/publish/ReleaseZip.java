package org.bangfu.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The whole release as one zip, entries dated the publish date so a rebuild writes the same bytes. */
final class ReleaseZip {

    static final String RELATIVE_PATH = "downloads/release.zip";
    private static final Pattern ALREADY_COMPRESSED = Pattern.compile("\\.(xlsx|docx|png)$");

    private ReleaseZip() {
    }

    static byte[] of(SiteContents contents, LocalDate publishDate) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : contents.files().entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(publishDate.atTime(LocalTime.NOON));
                if (alreadyCompressed(file.getKey())) {
                    // Deflating a workbook or a PNG again gains nothing and cost seconds per release.
                    CRC32 checksum = new CRC32();
                    checksum.update(file.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(file.getValue().length);
                    entry.setCompressedSize(file.getValue().length);
                    entry.setCrc(checksum.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the release zip in memory", e);
        }
        return bytes.toByteArray();
    }

    /** Office files and images are zip or deflate streams already. */
    private static boolean alreadyCompressed(String relativePath) {
        return ALREADY_COMPRESSED.matcher(relativePath).find();
    }
}
