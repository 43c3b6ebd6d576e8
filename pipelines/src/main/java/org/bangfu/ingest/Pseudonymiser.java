package org.bangfu.ingest;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FieldType;

/**
 * Replaces the clear text of a pseudonymised field (BF-4 household ID, head's ID number) by a
 * salted key: lower-case hex HMAC-SHA256(salt, normalised text). The same person gets the same key
 * in every file and year as long as the salt stays the same; without the salt the key cannot be
 * reversed or recomputed from a guessed ID number. An ID number that is malformed or fails its
 * GB 11643 check becomes the marker {@code !S015} or {@code !S016} instead, so the error can be
 * reported without the number.
 */
public final class Pseudonymiser implements Serializable {

    // The codes of quality.Rule's RESIDENT_ID_MALFORMED and RESIDENT_ID_CHECK_FAILED (FORMS.md contract).
    public static final String MALFORMED_ID_MARKER = "!S015";
    public static final String CHECK_FAILED_ID_MARKER = "!S016";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int SALT_BYTES = 32;

    private final byte[] salt;

    public Pseudonymiser(byte[] salt) {
        if (salt == null || salt.length < 16) {
            throw new IllegalArgumentException("the pseudonym salt must have at least 16 bytes");
        }
        this.salt = salt.clone();
    }

    /** A fresh random salt: keys made with it match nothing made before (tests, one-off reads). */
    public static Pseudonymiser withRandomSalt() {
        return new Pseudonymiser(newSalt());
    }

    static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** One hasher per reading thread: {@link Mac} is not thread-safe. */
    public Hasher newHasher() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(salt, ALGORITHM));
            return new Hasher(mac);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", impossible);
        }
    }

    @Override
    public String toString() {
        return "Pseudonymiser[salt withheld]";
    }

    /** Full-width forms folded (ＡＢ１ → AB1), all white space removed, upper case. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u3000]+", "")
                .toUpperCase(Locale.ROOT);
    }

    /** Turns the cells of pseudonymised fields into keys or markers. */
    public static final class Hasher {
        private final Mac mac;

        private Hasher(Mac mac) {
            this.mac = mac;
        }

        /** The key, or marker, that replaces the cell of a pseudonymised field; blank stays blank. */
        public String pseudonymise(FieldDefinition field, String rawText) {
            String text = rawText == null ? "" : normalise(rawText);
            if (text.isEmpty()) {
                return "";
            }
            if (field.type() == FieldType.RESIDENT_ID_NUMBER) {
                if (!ResidentIdNumber.isWellFormed(text)) {
                    return MALFORMED_ID_MARKER;
                }
                if (!ResidentIdNumber.hasValidCheckCharacter(text)) {
                    return CHECK_FAILED_ID_MARKER;
                }
            }
            return key(text);
        }

        /** HMAC-SHA256 of the normalised text, 64 lower-case hex characters. */
        public String key(String normalisedText) {
            return HexFormat.of().formatHex(mac.doFinal(normalisedText.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
