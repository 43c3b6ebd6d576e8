package org.bangfu.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.forms.PeriodKind;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Who submits a periodic form and where it goes: the submitter is read from a code field of each
 * row (the unit for BF-1, the county of the village for BF-2 and BF-4, the county for BF-3, the
 * province of the area for BF-5). A (form, submitter, period) is the scope a resubmission replaces.
 *
 * @param formCode the form
 * @param silverTable its silver table
 * @param submitterField the field holding the submitter's code, or the code it starts with
 * @param submitterLength how many leading characters of that field make the submitter's code
 * @param submitterSuffix appended to them (BF-5: "0000" turns the first two digits into a province code)
 */
public record SubmissionScope(
        String formCode,
        WarehouseTable silverTable,
        String submitterField,
        int submitterLength,
        String submitterSuffix) {

    /** Every periodic form, in the order they are checked. */
    public static final List<SubmissionScope> PERIODIC_FORMS = List.of(
            new SubmissionScope(FormCatalogue.UNIT_ASSISTANCE, WarehouseTable.SILVER_UNIT_ASSISTANCE, "unit_code", 18, ""),
            new SubmissionScope(FormCatalogue.WORK_TEAMS, WarehouseTable.SILVER_WORK_TEAMS, "village_code", 6, ""),
            new SubmissionScope(FormCatalogue.COUNTY_PROGRESS, WarehouseTable.SILVER_COUNTY_PROGRESS, "county_code", 6, ""),
            new SubmissionScope(FormCatalogue.POOR_HOUSEHOLDS, WarehouseTable.SILVER_POOR_HOUSEHOLDS, "village_code", 6, ""),
            new SubmissionScope(FormCatalogue.ANNUAL_TARGETS, WarehouseTable.SILVER_ANNUAL_TARGETS, "area_code", 2,
                    "0000"));

    public static Optional<SubmissionScope> of(String formCode) {
        return PERIODIC_FORMS.stream().filter(scope -> scope.formCode.equals(formCode)).findFirst();
    }

    public FormDefinition form() {
        return FormCatalogue.get(formCode);
    }

    /** The submitter's code from the row's {@code values} map; null when that field is blank or unreadable. */
    Column submitterOf() {
        return concat(substring(col("values").getItem(submitterField), 1, submitterLength), lit(submitterSuffix));
    }

    /** The row's period as text: {@code 2019Q2} for quarterly forms, {@code 2019} for annual ones. */
    Column periodOf() {
        return col("values").getItem(periodField());
    }

    String periodField() {
        return form().periodKind() == PeriodKind.QUARTERLY ? "period" : "year";
    }
}
