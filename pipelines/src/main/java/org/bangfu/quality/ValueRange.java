package org.bangfu.quality;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.PlausibleRange;

/**
 * The plausible range of one figure (S017): beyond it the value is a typing error, not a fact.
 * Every count and amount of the catalogue has one ({@link FieldDefinition#range()}).
 *
 * @param formCode the form
 * @param field the field
 * @param range the values one row can plausibly hold
 */
record ValueRange(String formCode, String field, PlausibleRange range) implements Serializable {

    static List<ValueRange> of(String formCode) {
        return FormCatalogue.find(formCode).stream()
                .flatMap(form -> form.storedFields().stream()
                        .flatMap(field -> field.range().stream()
                                .map(range -> new ValueRange(form.code(), field.name(), range))))
                .toList();
    }

    boolean contains(BigDecimal value) {
        return range.contains(value);
    }

    /** E.g. {@code 1～20}. */
    String describe() {
        return range.describe();
    }
}
