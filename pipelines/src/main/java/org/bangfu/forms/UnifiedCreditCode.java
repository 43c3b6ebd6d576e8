package org.bangfu.forms;

/**
 * The GB 32100-2015 unified social credit code (统一社会信用代码): eighteen characters from a
 * 31-letter alphabet (no I, O, S, V, Z), the last a check character computed modulo 31.
 */
public final class UnifiedCreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedCreditCode() {
    }

    /** Whether the text is eighteen characters of the alphabet (its check character not yet checked). */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int index = 0; index < code.length(); index++) {
            if (ALPHABET.indexOf(code.charAt(index)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a well-formed code carries the right check character. */
    public static boolean hasValidCheckCharacter(String code) {
        return isWellFormed(code) && checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character for the first seventeen characters of a code. */
    public static char checkCharacter(String firstSeventeen) {
        if (firstSeventeen.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + firstSeventeen.length());
        }
        int sum = 0;
        for (int index = 0; index < 17; index++) {
            int value = ALPHABET.indexOf(firstSeventeen.charAt(index));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + firstSeventeen.charAt(index));
            }
            sum += value * WEIGHTS[index];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
