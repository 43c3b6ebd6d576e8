package org.bangfu.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (a .docx is one) with every entry dated the publish date, in the same order and
 * with the same content. Without it each run would stamp the time of writing into the archive and
 * republishing the same snapshot would change the briefing's bytes.
 */
final class ReproducibleZip {

    private ReproducibleZip() {
    }

    static byte[] withEntriesDated(byte[] zip, LocalDate date) {
        LocalDateTime entryTime = date.atStartOfDay();
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry dated = new ZipEntry(entry.getName());
                dated.setTimeLocal(entryTime);
                out.putNextEntry(dated);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not rewrite the briefing archive", e);
        }
        return rewritten.toByteArray();
    }
}
