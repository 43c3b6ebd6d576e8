package org.bangfu.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.bangfu.model.PublicationSnapshot;

/**
 * The one place a document learns its release label. The model is adding
 * {@code PublicationSnapshot.releaseLabel()}; when it lands, {@link #of} returns that instead.
 */
public final class ReleaseLabel {

    private ReleaseLabel() {
    }

    /** E.g. {@code 2019Q4-3f2a9c1e}: the latest quarter and a digest of the pinned versions, stable for a release. */
    public static String of(PublicationSnapshot snapshot) {
        return snapshot.latestPeriod() + "-" + shortDigest(snapshot.stamp());
    }

    private static String shortDigest(String stamp) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(stamp.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
