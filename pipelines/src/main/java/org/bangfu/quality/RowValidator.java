package org.bangfu.quality;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormDefinition;

/**
 * Checks one row of a form: each cell against its field type (structure), each figure against its
 * plausible range, then the form's own checks of codes against the registers (reference) and of
 * identities between its figures. Pure: the same row, the same registers and the same day give the
 * same result.
 */
public final class RowValidator implements Serializable {

    private final ReferenceData references;
    private final LocalDate today;
    /** Each form's ranges, found once: a validator checks a partition's rows, all of one form. */
    private final Map<String, List<ValueRange>> rangesByForm = new HashMap<>();

    public RowValidator(ReferenceData references, LocalDate today) {
        this.references = references;
        this.today = today;
    }

    /** @param cells the raw cell text by field name, as bronze holds it */
    public ValidatedRow validate(FormDefinition form, Map<String, String> cells) {
        CellParser parser = new CellParser(today);
        Map<String, String> values = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (FieldDefinition field : form.storedFields()) {
            ParsedCell cell = parser.parse(field, cells.get(field.name()));
            if (cell.failed()) {
                issues.add(cell.issue());
            } else if (!cell.isBlank()) {
                values.put(field.name(), cell.value());
            }
        }
        RowContext row = new RowContext(form, values, references, issues);
        for (ValueRange range : rangesByForm.computeIfAbsent(form.code(), ValueRange::of)) {
            row.number(range.field()).filter(value -> !range.contains(value)).ifPresent(value -> row.report(
                    Rule.VALUE_OUT_OF_RANGE, range.field(), value.toPlainString(), range.describe()));
        }
        FormRowChecks.of(form.code()).forEach(check -> check.apply(row));
        return new ValidatedRow(values, issues);
    }
}
