package org.bangfu.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormInputsTest {

    private static final List<String> ORDER = List.of(FormCatalogue.COUNTY_REGISTER, FormCatalogue.UNIT_ASSISTANCE,
            FormCatalogue.POOR_HOUSEHOLDS);
    private static final List<String> REGISTERS = List.of(FormCatalogue.COUNTY_REGISTER);
    private static final LocalDate TODAY = LocalDate.of(2020, 3, 1);
    private static final String BUILD = "0.1.0 9f2c07ab";

    private static FormInputs.FileEntry file(String form, String hash) {
        return new FormInputs.FileEntry(form, hash, "20190405T020000Z", 1, true, "2019-04-05 10:00:00", false);
    }

    /** Fails (in 23 JVMs of 24) while the catalogue's allowed values iterate in Map.of's per-JVM order. */
    @Test
    void aFormIsDescribedTheSameInEveryProcess() {
        assertThat(FormCatalogue.get(FormCatalogue.VILLAGE_REGISTER).requireField("poor_village").allowedValues().keySet())
                .containsExactly("是", "否", "Y", "N");
    }

    @Test
    void aNewFileChangesOnlyItsOwnForm() {
        FormInputs before = FormInputs.of(ORDER, REGISTERS, List.of(file("ML-1", "a"), file("BF-1", "b"),
                file("BF-4", "c")), 10, TODAY, BUILD);
        FormInputs after = FormInputs.of(ORDER, REGISTERS, List.of(file("ML-1", "a"), file("BF-1", "b"),
                file("BF-4", "c"), file("BF-1", "d")), 10, TODAY, BUILD);
        assertThat(after.unchangedSince(before)).containsExactly(FormCatalogue.COUNTY_REGISTER,
                FormCatalogue.POOR_HOUSEHOLDS);
    }

    @Test
    void aReissuedRegisterChangesEveryFormCheckedAgainstIt() {
        FormInputs before = FormInputs.of(ORDER, REGISTERS, List.of(file("ML-1", "a"), file("BF-4", "c")), 10, TODAY, BUILD);
        FormInputs after = FormInputs.of(ORDER, REGISTERS, List.of(file("ML-1", "a"), file("ML-1", "e"),
                file("BF-4", "c")), 10, TODAY, BUILD);
        assertThat(after.unchangedSince(before)).isEmpty();
    }

    @Test
    void anotherDeadlineOrTheEndOfAQuarterChangesEveryForm() {
        List<FormInputs.FileEntry> files = List.of(file("ML-1", "a"), file("BF-4", "c"));
        FormInputs before = FormInputs.of(ORDER, REGISTERS, files, 10, TODAY, BUILD);
        assertThat(FormInputs.of(ORDER, REGISTERS, files, 15, TODAY, BUILD).unchangedSince(before)).isEmpty();
        assertThat(FormInputs.of(ORDER, REGISTERS, files, 10, LocalDate.of(2020, 3, 30), BUILD).unchangedSince(before))
                .containsExactlyElementsOf(ORDER);
        assertThat(FormInputs.of(ORDER, REGISTERS, files, 10, LocalDate.of(2020, 3, 31), BUILD).unchangedSince(before))
                .isEmpty();
    }

    @Test
    void aBuildWithChangedRulesChangesEveryForm() {
        List<FormInputs.FileEntry> files = List.of(file("ML-1", "a"), file("BF-1", "b"), file("BF-4", "c"));
        FormInputs before = FormInputs.of(ORDER, REGISTERS, files, 10, TODAY, BUILD);
        assertThat(FormInputs.of(ORDER, REGISTERS, files, 10, TODAY, BUILD).unchangedSince(before))
                .containsExactlyElementsOf(ORDER);
        assertThat(FormInputs.of(ORDER, REGISTERS, files, 10, TODAY, "0.1.0 5e11d0c4").unchangedSince(before))
                .isEmpty();
    }

    @Test
    void theBuildChecksumCoversTheRulesClassFilesAndNothingElse(@TempDir Path classes) throws IOException {
        Path rule = classes.resolve("org/bangfu/quality/RowValidator.class");
        Path form = classes.resolve("org/bangfu/forms/FormCatalogue.class");
        Path site = classes.resolve("org/bangfu/publish/SiteWriter.class");
        for (Path file : List.of(rule, form, site)) {
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[] {(byte) 0xCA, (byte) 0xFE, 1});
        }
        String original = BuildChecksum.of(classes, "0.1.0");
        assertThat(BuildChecksum.of(classes, "0.1.0")).as("the same code, the same checksum").isEqualTo(original);

        Files.write(site, new byte[] {(byte) 0xCA, (byte) 0xFE, 2});
        assertThat(BuildChecksum.of(classes, "0.1.0")).as("the site's code does not decide a check")
                .isEqualTo(original);
        Files.write(rule, new byte[] {(byte) 0xCA, (byte) 0xFE, 2});
        String changedRule = BuildChecksum.of(classes, "0.1.0");
        assertThat(changedRule).as("a changed rule").isNotEqualTo(original);
        Files.write(form, new byte[] {(byte) 0xCA, (byte) 0xFE, 2});
        assertThat(BuildChecksum.of(classes, "0.1.0")).as("a changed form definition").isNotEqualTo(changedRule);
        assertThat(BuildChecksum.of(classes, "0.2.0")).as("another version").isNotEqualTo(BuildChecksum.of(classes,
                "0.1.0"));
    }

    @Test
    void theBuildChecksumOfAJarReadsTheSameEntries(@TempDir Path directory) throws IOException {
        Path classes = directory.resolve("classes");
        Path rule = classes.resolve("org/bangfu/quality/RowValidator.class");
        Files.createDirectories(rule.getParent());
        Files.write(rule, new byte[] {(byte) 0xCA, (byte) 0xFE, 1});
        Path jar = directory.resolve("bangfu.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("org/bangfu/quality/RowValidator.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, 1});
            out.closeEntry();
            out.putNextEntry(new JarEntry("org/bangfu/cli/BangfuCommand.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, 9});
            out.closeEntry();
        }
        assertThat(BuildChecksum.of(jar, "0.1.0")).isEqualTo(BuildChecksum.of(classes, "0.1.0"));
        assertThat(BuildChecksum.current()).as("the running build's, computed from its classes").doesNotContain(
                "unknown");
    }

    @Test
    void theDigestsAreReadBackFromTheLedgersCommitAfterItsInputVersions() {
        FormInputs inputs = FormInputs.of(ORDER, REGISTERS, List.of(file("ML-1", "a")), 10, TODAY, BUILD);
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
