package org.bangfu.demo;

import java.time.LocalDate;

/**
 * Fake but well-formed GB 11643 resident ID numbers: six-digit area code, birth date, three-digit
 * sequence (odd for men, even for women) and the MOD 11-2 check character. Area codes are the demo
 * province's, which does not exist, so no number can be anyone's.
 */
final class ResidentIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private ResidentIdNumbers() {
    }

    static String newNumber(String areaCode, LocalDate birthDate, int sequence) {
        String firstSeventeen = areaCode + String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth()) + String.format("%03d", sequence % 1000);
        return firstSeventeen + checkCharacter(firstSeventeen);
    }

    /** MOD 11-2: the weighted sum of the first seventeen digits modulo 11 picks the check character. */
    static char checkCharacter(String firstSeventeen) {
        int sum = 0;
        for (int index = 0; index < 17; index++) {
            sum += (firstSeventeen.charAt(index) - '0') * WEIGHTS[index];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The same number with another, wrong check character, as a slip of the finger gives. */
    static String withWrongCheckCharacter(String number) {
        char right = number.charAt(17);
        int index = CHECK_CHARACTERS.indexOf(right);
        return number.substring(0, 17) + CHECK_CHARACTERS.charAt((index + 1) % CHECK_CHARACTERS.length());
    }

    /** A number one digit short, as happens when a digit is lost in copying: not of the GB 11643 layout. */
    static String malformed(String number) {
        return number.substring(0, 10) + number.substring(11);
    }
}
