package org.bangfu.ingest;

import java.io.Serializable;

/**
 * How much a submitted file may weigh before it is refused unread, and how far a workbook may
 * expand when unpacked. An xlsx is a zip archive: a few kilobytes can inflate to gigabytes (a "zip
 * bomb"), so both the inflate ratio of each part and the total of unpacked bytes are capped.
 *
 * @param maxFileBytes a larger file is rejected with F005 without being opened
 * @param maxUncompressedBytes the most bytes all parts of one workbook may unpack to (F008 beyond)
 * @param minInflateRatio compressed ÷ uncompressed size below which a part is a zip bomb (POI's ZipSecureFile)
 */
public record ReadLimits(long maxFileBytes, long maxUncompressedBytes, double minInflateRatio) implements Serializable {

    public static final long MEGABYTE = 1024L * 1024;
    /** Excel's own last column (XFD): a row wider than any sheet can be is refused (F021). */
    public static final int MAX_COLUMNS = 16_384;

    /** 512 MB per file, 4 GB unpacked, POI's default ratio of 1 : 100. */
    public static ReadLimits defaults() {
        return new ReadLimits(512 * MEGABYTE, 4096 * MEGABYTE, 0.01);
    }

    public ReadLimits {
        if (maxFileBytes <= 0 || maxUncompressedBytes <= 0 || minInflateRatio <= 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException("read limits must be positive and the inflate ratio below 1");
        }
    }
}
