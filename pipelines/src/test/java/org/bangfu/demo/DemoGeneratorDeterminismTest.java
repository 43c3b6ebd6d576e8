package org.bangfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorDeterminismTest {

    private static final DemoSize SMALL = DemoSize.scaled(0.15);

    @Test
    void theSameSeedAndSizeWriteByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        DemoManifest firstManifest = new DemoGenerator(7, SMALL).writeTo(first);
        DemoManifest secondManifest = new DemoGenerator(7, SMALL).writeTo(second);

        assertThat(secondManifest).isEqualTo(firstManifest);
        assertThat(fileNames(second)).isEqualTo(fileNames(first));
        for (String name : fileNames(first)) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void anotherSeedGivesAnotherProvince() {
        DemoProvince seven = new DemoGenerator(7, SMALL).province();
        DemoProvince eight = new DemoGenerator(8, SMALL).province();

        assertThat(eight.units().get(0).code()).isNotEqualTo(seven.units().get(0).code());
        assertThat(eight.counties().get(0).name()).isNotEqualTo(seven.counties().get(0).name());
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }
}
