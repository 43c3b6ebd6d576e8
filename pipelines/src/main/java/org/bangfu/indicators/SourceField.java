package org.bangfu.indicators;

/**
 * A form field an indicator is computed from, e.g. {@code BF-1 funds_direct}; checked against
 * {@link org.bangfu.forms.FormCatalogue} by the catalogue's tests.
 *
 * @param formCode the 表号, e.g. {@code BF-1} or {@code ML-1}
 * @param fieldName the field's English name in the form catalogue
 */
public record SourceField(String formCode, String fieldName) {

    public static SourceField of(String formCode, String fieldName) {
        return new SourceField(formCode, fieldName);
    }

    /** "BF-1 funds_direct". */
    @Override
    public String toString() {
        return formCode + " " + fieldName;
    }
}
