package org.bangfu.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The whole release as one zip, entries dated the publish date so a rebuild writes the same bytes. */
final class ReleaseZip {

    static final String RELATIVE_PATH = "downloads/release.zip";

    private ReleaseZip() {
    }

    static byte[] of(SiteContents contents, LocalDate publishDate) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : contents.files().entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(publishDate.atTime(LocalTime.NOON));
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the release zip in memory", e);
        }
        return bytes.toByteArray();
    }
}
