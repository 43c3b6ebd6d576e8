package org.bangfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.bangfu.demo.DemoManifest.PlantedMistake;
import org.bangfu.demo.DemoManifest.WrittenFile;
import org.bangfu.forms.FormCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests elsewhere may use the smallest province for speed; it must still hold everything the standard one does. */
class SmallestProvinceTest {

    @Test
    void theSmallestProvinceStillCarriesEveryKindOfPlantedMistake(@TempDir Path inbox) {
        DemoManifest manifest = new DemoGenerator(11, DemoSize.scaled(0.0001)).writeTo(inbox);

        assertThat(manifest.mistakes().stream().map(PlantedMistake::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(MistakeKind.values());
        assertThat(manifest.filesOfForm(FormCatalogue.UNIT_ASSISTANCE)).hasSize(34);
        for (WrittenFile file : manifest.files()) {
            assertThat(InboxReader.read(inbox.resolve(file.fileName()), FormCatalogue.get(file.formCode())).rows())
                    .as(file.fileName()).hasSize(file.dataRows());
        }
    }
}
