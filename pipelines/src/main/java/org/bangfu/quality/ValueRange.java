package org.bangfu.quality;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.bangfu.forms.FormCatalogue;

/**
 * The plausible range of one figure (S017): beyond it the value is a typing error, not a fact.
 * Kept as data beside the form checks; the catalogue says only that the figure is a number.
 *
 * @param formCode the form
 * @param field the field
 * @param lowest the smallest plausible value
 * @param highest the largest plausible value
 */
record ValueRange(String formCode, String field, BigDecimal lowest, BigDecimal highest) implements Serializable {

    /** Household size 1..20 (BF-4), incidence rate 0..100 % (BF-5), days in village 0..92 (BF-2). */
    static final List<ValueRange> ALL = List.of(
            new ValueRange(FormCatalogue.POOR_HOUSEHOLDS, "household_size", BigDecimal.ONE, BigDecimal.valueOf(20)),
            new ValueRange(FormCatalogue.ANNUAL_TARGETS, "target_incidence_rate", BigDecimal.ZERO, BigDecimal.valueOf(100)),
            new ValueRange(FormCatalogue.WORK_TEAMS, "leader_days_in_village", BigDecimal.ZERO, BigDecimal.valueOf(92)));

    static List<ValueRange> of(String formCode) {
        return ALL.stream().filter(range -> range.formCode.equals(formCode)).toList();
    }

    boolean contains(BigDecimal value) {
        return value.compareTo(lowest) >= 0 && value.compareTo(highest) <= 0;
    }

    /** E.g. {@code 1～20}. */
    String describe() {
        return lowest.toPlainString() + "～" + highest.toPlainString();
    }
}
