package org.bangfu.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bangfu.forms.FormDefinition;

/**
 * One row being checked: its form, its values in canonical text by field name (blank cells
 * absent), the registers, and the issues found so far. Form checks read values and add issues
 * through it, so that every issue names its column by the catalogue's header.
 */
final class RowContext {

    private final FormDefinition form;
    private final Map<String, String> values;
    private final ReferenceData references;
    private final List<Issue> issues;

    RowContext(FormDefinition form, Map<String, String> values, ReferenceData references, List<Issue> issues) {
        this.form = form;
        this.values = values;
        this.references = references;
        this.issues = issues;
    }

    FormDefinition form() {
        return form;
    }

    ReferenceData references() {
        return references;
    }

    /** The value of a field, absent when blank or when it could not be read. */
    Optional<String> value(String field) {
        return Optional.ofNullable(values.get(field));
    }

    Optional<BigDecimal> number(String field) {
        return value(field).map(BigDecimal::new);
    }

    /** Zero when blank: for sums whose parts may be left out. */
    BigDecimal numberOrZero(String field) {
        return number(field).orElse(BigDecimal.ZERO);
    }

    boolean hasIssueAbout(String field) {
        return issues.stream().anyMatch(issue -> issue.field().equals(field));
    }

    void report(Rule rule, String field, String value) {
        report(rule, field, value, "");
    }

    void report(Rule rule, String field, String value, String detail) {
        issues.add(rule.about(field, form.requireField(field).header(), value, detail));
    }

    /** R001 unless the county is in the county register; true when it is known. */
    boolean requireCounty(String field) {
        return requireKnown(field, references.countyCodes(), Rule.UNKNOWN_COUNTY);
    }

    /** R002 unless the unit is in the assisting-unit register; true when it is known. */
    boolean requireUnit(String field) {
        return requireKnown(field, references.unitCodes(), Rule.UNKNOWN_UNIT);
    }

    /** R003 unless the village is in the village register; true when it is known. */
    boolean requireVillage(String field) {
        return requireKnown(field, references.villageCodes(), Rule.UNKNOWN_VILLAGE);
    }

    private boolean requireKnown(String field, java.util.Set<String> known, Rule rule) {
        Optional<String> code = value(field);
        if (code.isEmpty()) {
            return false;
        }
        if (!known.contains(code.get())) {
            report(rule, field, code.get());
            return false;
        }
        return true;
    }
}
