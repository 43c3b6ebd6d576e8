package org.bangfu.ingest;

import java.util.regex.Pattern;

/**
 * GB 11643 citizen identity numbers: seventeen digits and a check character computed by
 * ISO 7064 MOD 11-2 ({@code X} stands for 10).
 */
public final class ResidentIdNumber {

    private static final Pattern WELL_FORMED = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ResidentIdNumber() {
    }

    /** Seventeen digits then a digit or X (upper case; normalise first). */
    public static boolean isWellFormed(String number) {
        return number != null && WELL_FORMED.matcher(number).matches();
    }

    /** The check character of the first seventeen digits. */
    public static char checkCharacter(String firstSeventeenDigits) {
        int sum = 0;
        for (int index = 0; index < 17; index++) {
            sum += (firstSeventeenDigits.charAt(index) - '0') * WEIGHTS[index];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    public static boolean hasValidCheckCharacter(String number) {
        return isWellFormed(number) && checkCharacter(number) == number.charAt(17);
    }
}
