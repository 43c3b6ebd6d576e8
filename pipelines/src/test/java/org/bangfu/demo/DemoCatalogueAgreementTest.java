package org.bangfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.junit.jupiter.api.Test;

/** The demo's unit levels and categories are the register's own values: none missing, none invented. */
class DemoCatalogueAgreementTest {

    private static final FormDefinition UNIT_REGISTER = FormCatalogue.get(FormCatalogue.UNIT_REGISTER);

    private static Set<String> canonicalValues(String field) {
        return Set.copyOf(UNIT_REGISTER.requireField(field).allowedValues().values());
    }

    @Test
    void everyUnitCategoryOfTheRegisterAppearsInTheDemoAndNoOther() {
        assertThat(Arrays.stream(UnitCategory.values()).map(UnitCategory::registerValue).collect(Collectors.toSet()))
                .isEqualTo(canonicalValues("unit_category"));
    }

    @Test
    void theHouseholdEnumerationsTheDemoWritesAreEveryOneTheCatalogueAllows() {
        FormDefinition households = FormCatalogue.get(FormCatalogue.POOR_HOUSEHOLDS);
        HouseholdFiles.enumerationValues().forEach((field, values) -> assertThat(Set.copyOf(values)).as(field)
                .isEqualTo(Set.copyOf(households.requireField(field).allowedValues().values())));
    }

    @Test
    void theAssessmentsTheDemoWritesAreTheCataloguesCanonicalValues() {
        assertThat(Set.copyOf(WorkTeamFiles.ASSESSMENTS)).isEqualTo(Set.copyOf(
                FormCatalogue.get(FormCatalogue.WORK_TEAMS).requireField("assessment").allowedValues().values()));
    }

    @Test
    void everyUnitLevelOfTheRegisterAppearsInTheDemoAndNoOther() {
        assertThat(Arrays.stream(UnitLevel.values()).map(UnitLevel::registerValue).collect(Collectors.toSet()))
                .isEqualTo(canonicalValues("unit_level"));
    }
}
