package org.bangfu.quality;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;

/**
 * Checks one row of a form: each cell against its field type (structure), then its codes against
 * the registers (reference), then the identities between its figures. Pure: the same row, the same
 * registers and the same day give the same result.
 */
public final class RowValidator implements Serializable {

    private final ReferenceData references;
    private final LocalDate today;

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
        switch (form.code()) {
            case FormCatalogue.VILLAGE_REGISTER -> checkVillageRegister(form, values, issues);
            case FormCatalogue.PAIRINGS -> checkPairing(form, values, issues);
            case FormCatalogue.UNIT_ASSISTANCE -> checkUnitAssistance(form, values, issues);
            default -> { }
        }
        return new ValidatedRow(values, issues);
    }

    private void checkVillageRegister(FormDefinition form, Map<String, String> values, List<Issue> issues) {
        String village = values.get("village_code");
        if (village != null && !references.countyCodes().contains(village.substring(0, 6))) {
            issues.add(Rule.UNKNOWN_COUNTY.about("village_code", header(form, "village_code"), village.substring(0, 6)));
        }
    }

    private void checkPairing(FormDefinition form, Map<String, String> values, List<Issue> issues) {
        requireUnit(form, values, issues);
        requireCounty(form, values, issues);
        String village = values.get("village_code");
        String county = values.get("county_code");
        if (village != null) {
            if (county != null && !village.startsWith(county)) {
                issues.add(Rule.VILLAGE_NOT_IN_COUNTY.about("village_code", header(form, "village_code"), village, county));
            } else if (!references.villageCodes().contains(village)) {
                issues.add(Rule.UNKNOWN_VILLAGE.about("village_code", header(form, "village_code"), village));
            }
        }
    }

    private void checkUnitAssistance(FormDefinition form, Map<String, String> values, List<Issue> issues) {
        boolean unitKnown = requireUnit(form, values, issues);
        boolean countyKnown = requireCounty(form, values, issues);
        String unit = values.get("unit_code");
        String county = values.get("county_code");
        if (unitKnown && countyKnown && !references.isPaired(unit, county)) {
            issues.add(Rule.UNIT_NOT_PAIRED.about("unit_code", header(form, "unit_code"), unit, county));
        }
        String industry = values.get("funds_industry");
        if (industry != null) {
            BigDecimal total = amount(values, "funds_direct").add(amount(values, "funds_coordinated"));
            if (new BigDecimal(industry).compareTo(total) > 0) {
                issues.add(Rule.INDUSTRY_FUNDS_EXCEED_TOTAL.about(
                        "funds_industry", header(form, "funds_industry"), industry, total.toPlainString()));
            }
        }
    }

    private boolean requireUnit(FormDefinition form, Map<String, String> values, List<Issue> issues) {
        String unit = values.get("unit_code");
        if (unit == null) {
            return false;
        }
        if (!references.unitCodes().contains(unit)) {
            issues.add(Rule.UNKNOWN_UNIT.about("unit_code", header(form, "unit_code"), unit));
            return false;
        }
        return true;
    }

    private boolean requireCounty(FormDefinition form, Map<String, String> values, List<Issue> issues) {
        String county = values.get("county_code");
        if (county == null) {
            return false;
        }
        if (!references.countyCodes().contains(county)) {
            issues.add(Rule.UNKNOWN_COUNTY.about("county_code", header(form, "county_code"), county));
            return false;
        }
        return true;
    }

    private static BigDecimal amount(Map<String, String> values, String field) {
        String value = values.get(field);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value);
    }

    private static String header(FormDefinition form, String field) {
        return form.requireField(field).header();
    }
}
