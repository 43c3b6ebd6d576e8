package org.bangfu.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rewrites a zip (an .xlsx or .docx is one) with every entry dated one given time, in the same
 * order and with the same content, compressed as they were. POI stamps the time of writing into
 * the archive; without this, the same data written twice (a republished briefing, a regenerated
 * demo workbook) would differ in bytes, and a byte-identical re-submission could not be recognised.
 *
 * <p>commons-compress rather than java.util.zip: POI's streaming workbooks write entries with data
 * descriptors that {@code ZipInputStream} rejects, and commons-compress copies an entry's compressed
 * bytes without inflating them.
 */
public final class ReproducibleZip {

    private ReproducibleZip() {
    }

    public static byte[] withEntriesDated(byte[] zip, LocalDate date) {
        return withEntriesDated(zip, date.atStartOfDay());
    }

    /**
     * The time to give a zip entry so that it reads {@code entryTime}: an entry holds local date and
     * time fields, and converting through the system zone makes them equal entryTime whatever zone
     * this runs in.
     */
    public static long entryMillis(LocalDateTime entryTime) {
        return entryTime.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    public static byte[] withEntriesDated(byte[] zip, LocalDateTime entryTime) {
        long entryMillis = entryMillis(entryTime);
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream(zip.length);
        try (ZipFile entries = new ZipFile(new SeekableInMemoryByteChannel(zip));
                ZipArchiveOutputStream output = new ZipArchiveOutputStream(rewritten)) {
            output.setUseZip64(Zip64Mode.Never);
            for (ZipArchiveEntry entry : Collections.list(entries.getEntriesInPhysicalOrder())) {
                // The compressed bytes are copied as they are: only the entry's date changes, and
                // deflating a large workbook a second time cost as much as writing it.
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setTime(entryMillis);
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                try (InputStream raw = entries.getRawInputStream(entry)) {
                    output.addRawArchiveEntry(copy, raw);
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("could not rewrite a zip archive", failure);
        }
        return rewritten.toByteArray();
    }
}
