package org.bangfu.quality;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks text that looks like a resident ID number (GB 11643: six-digit area, birth date, three
 * digits and a check character) or a mainland mobile number (1[3-9] and nine digits) wherever it
 * turns up: a footer, a note, a mistyped figure. Applied to every cell before it is stored anywhere
 * but the raw landing copy (bronze, quarantine, feedback), so the clear text never leaves the reader.
 * Digits that run on are not matched: a 12-digit village code holds no mobile number.
 */
public final class PersonalDataMask {

    /** What replaces an ID number; CellParser recognises it and says what happened. */
    public static final String ID_NUMBER_WITHHELD = "【身份证号已隐去】";
    /** What replaces a mobile number. */
    public static final String MOBILE_NUMBER_WITHHELD = "【手机号已隐去】";

    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![0-9A-Za-z])[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(?:\\+?86[-\\s]?)?1[3-9]\\d[-\\s]?\\d{4}[-\\s]?\\d{4}(?![0-9A-Za-z])");

    private PersonalDataMask() {
    }

    /** The text with every ID number and mobile number replaced by a marker; null stays null. */
    public static String mask(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        // Full-width digits (１３９…) are the same number to a reader; the rest of the text is kept as written.
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String source = normalized.length() == text.length() ? text : normalized;
        String masked = replace(MOBILE_NUMBER, MOBILE_NUMBER_WITHHELD, normalized, source);
        String maskedNormalized = Normalizer.normalize(masked, Normalizer.Form.NFKC);
        return replace(ID_NUMBER, ID_NUMBER_WITHHELD, maskedNormalized,
                maskedNormalized.length() == masked.length() ? masked : maskedNormalized);
    }

    /** Replaces in {@code source} the ranges the pattern finds in {@code normalized}, of the same length. */
    private static String replace(Pattern pattern, String marker, String normalized, String source) {
        Matcher matcher = pattern.matcher(normalized);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (matcher.find()) {
            out.append(source, copied, matcher.start()).append(marker);
            copied = matcher.end();
        }
        return copied == 0 ? source : out.append(source, copied, source.length()).toString();
    }

    /** Whether the text holds a marker left by {@link #mask}. */
    public static boolean isMasked(String text) {
        return text != null && (text.contains(ID_NUMBER_WITHHELD) || text.contains(MOBILE_NUMBER_WITHHELD));
    }
}
