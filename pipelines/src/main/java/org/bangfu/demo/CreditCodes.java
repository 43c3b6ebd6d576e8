package org.bangfu.demo;

import java.util.Set;
import org.bangfu.forms.UnifiedCreditCode;

/**
 * Makes GB 32100 unified social credit codes laid out as real ones are: registration authority and
 * kind (2), area of registration (6), organisation code (9, itself with a GB 11714 check character),
 * check character (1, from {@link UnifiedCreditCode}).
 */
final class CreditCodes {

    /** The credit-code alphabet without I, O, S, V and Z, which GB 32100 leaves out. */
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {
    }

    static String newCode(UnitCategory category, String unitName, String areaCode, DemoRandom random, Set<String> used) {
        String prefix = registrationPrefix(category, unitName);
        while (true) {
            String firstSeventeen = prefix + areaCode + organisationCode(category, random);
            String code = firstSeventeen + UnifiedCreditCode.checkCharacter(firstSeventeen);
            if (used.add(code)) {
                return code;
            }
        }
    }

    /** The same code with a different, wrong check character, as a typing slip would give. */
    static String withWrongCheckCharacter(String code) {
        int right = CODE_CHARACTERS.indexOf(code.charAt(17));
        return code.substring(0, 17) + CODE_CHARACTERS.charAt((right + 1) % CODE_CHARACTERS.length());
    }

    private static String registrationPrefix(UnitCategory category, String unitName) {
        if (unitName.contains("人民银行")) {
            return "11";
        }
        if (unitName.contains("基金会")) {
            return "53";
        }
        return category.creditCodePrefix();
    }

    /** Enterprises registered after 2015 carry the new MA-style codes; organs keep their old numeric ones. */
    private static String organisationCode(UnitCategory category, DemoRandom random) {
        StringBuilder body = new StringBuilder(8);
        if (category.creditCodePrefix().startsWith("9") && random.chance(0.6)) {
            body.append("MA");
            while (body.length() < 8) {
                body.append(random.pick(CODE_CHARACTERS));
            }
        } else {
            body.append(random.pick("0123456"));
            while (body.length() < 8) {
                body.append((char) ('0' + random.between(0, 9)));
            }
        }
        return body.toString() + organisationCodeCheck(body);
    }

    /** GB 11714: weights 3 7 9 10 5 8 4 2, modulo 11, 10 written X. */
    static char organisationCodeCheck(CharSequence body) {
        int sum = 0;
        for (int index = 0; index < 8; index++) {
            char character = body.charAt(index);
            int value = Character.isDigit(character) ? character - '0' : character - 'A' + 10;
            sum += value * ORGANISATION_CODE_WEIGHTS[index];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
