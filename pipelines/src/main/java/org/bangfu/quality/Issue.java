package org.bangfu.quality;

import java.io.Serializable;

/**
 * One problem found in one row (or one file, where field is empty).
 *
 * @param ruleCode the stable code of the {@link Rule}
 * @param severity error or warning
 * @param field the English field name of the column concerned, empty for whole-row or whole-file issues
 * @param value the value as submitted
 * @param messageChinese what is wrong and how to fix it, in Chinese
 * @param messageEnglish the same in English
 */
public record Issue(
        String ruleCode,
        Severity severity,
        String field,
        String value,
        String messageChinese,
        String messageEnglish) implements Serializable {

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
