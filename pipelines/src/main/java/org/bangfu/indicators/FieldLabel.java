package org.bangfu.indicators;

/**
 * The names of one published column or label: Chinese for readers, English for readers, and the
 * field name data users and programs key on.
 *
 * @param chineseName e.g. 县代码
 * @param englishName e.g. County code
 * @param fieldName e.g. {@code county_code}
 */
public record FieldLabel(String chineseName, String englishName, String fieldName) {

    /** A CSV header: the Chinese name, then the field name, e.g. {@code 县代码 county_code}. */
    public String bilingualHeader() {
        return chineseName + " " + fieldName;
    }
}
