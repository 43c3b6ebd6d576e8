package org.bangfu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.Quarter;
import org.junit.jupiter.api.Test;

class FormInputsTest {

    private static final List<String> ORDER = List.of(FormCatalogue.COUNTY_REGISTER, FormCatalogue.UNIT_ASSISTANCE,
            FormCatalogue.POOR_HOUSEHOLDS);
    private static final List<String> REGISTERS = List.of(FormCatalogue.COUNTY_REGISTER);
    private static final LocalDate TODAY = LocalDate.of(2020, 3, 1);

    private static FormInputs.FileEntry file(String form, String hash) {
        return new FormInputs.FileEntry(form, hash, "20190405T020000Z", 1, true, "2019-04-05 10:00:00", false);
    }

    @Test
    void aNewFileChangesOnlyItsOwnForm() {
        FormInputs before = FormInputs.of(ORDER, REGISTERS, List.of(file("ML-1", "a"), file("BF-1", "b"),
                file("BF-4", "c")), 10, TODAY);
        FormInputs after = FormInputs.of(ORDER, REGISTERS, List.of(file("ML-1", "a"), file("BF-1", "b"),
                file("BF-4", "c"), file("BF-1", "d")), 10, TODAY);
        assertThat(after.unchangedSince(before)).containsExactly(FormCatalogue.COUNTY_REGISTER,
                FormCatalogue.POOR_HOUSEHOLDS);
    }

    @Test
    void aReissuedRegisterChangesEveryFormCheckedAgainstIt() {
        FormInputs before = FormInputs.of(ORDER, REGISTERS, List.of(file("ML-1", "a"), file("BF-4", "c")), 10, TODAY);
        FormInputs after = FormInputs.of(ORDER, REGISTERS, List.of(file("ML-1", "a"), file("ML-1", "e"),
                file("BF-4", "c")), 10, TODAY);
        assertThat(after.unchangedSince(before)).isEmpty();
    }

    @Test
    void anotherDeadlineOrTheEndOfAQuarterChangesEveryForm() {
        List<FormInputs.FileEntry> files = List.of(file("ML-1", "a"), file("BF-4", "c"));
        FormInputs before = FormInputs.of(ORDER, REGISTERS, files, 10, TODAY);
        assertThat(FormInputs.of(ORDER, REGISTERS, files, 15, TODAY).unchangedSince(before)).isEmpty();
        assertThat(FormInputs.of(ORDER, REGISTERS, files, 10, LocalDate.of(2020, 3, 30)).unchangedSince(before))
                .containsExactlyElementsOf(ORDER);
        assertThat(FormInputs.of(ORDER, REGISTERS, files, 10, LocalDate.of(2020, 3, 31)).unchangedSince(before))
                .isEmpty();
    }

    @Test
    void theDigestsAreReadBackFromTheLedgersCommitAfterItsInputVersions() {
        FormInputs inputs = FormInputs.of(ORDER, REGISTERS, List.of(file("ML-1", "a")), 10, TODAY);
        String recorded = inputs.appendedTo("bronze.files@v3, bronze.rows@v3, deadline days 10");
        assertThat(FormInputs.inputVersionsIn(recorded)).isEqualTo("bronze.files@v3, bronze.rows@v3, deadline days 10");
        assertThat(FormInputs.recordedIn(recorded)).isEqualTo(inputs);
        assertThat(FormInputs.recordedIn("bronze.files@v3, bronze.rows@v3, deadline days 10").digests()).isEmpty();
    }

    @Test
    void aQuarterHasEndedOnItsLastDay() {
        assertThat(FormInputs.lastQuarterEndedBy(LocalDate.of(2020, 3, 30))).isEqualTo(Quarter.of(2019, 4));
        assertThat(FormInputs.lastQuarterEndedBy(LocalDate.of(2020, 3, 31))).isEqualTo(Quarter.of(2020, 1));
        assertThat(FormInputs.lastQuarterEndedBy(LocalDate.of(2020, 5, 1))).isEqualTo(Quarter.of(2020, 1));
    }
}
