package org.bangfu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw landing copies hold personal data by design: they are readable by their owner only, and
 * {@code purge-landing} removes those whose rows are all in bronze, recording each removal.
 */
class LandingPrivacyTest {

    @TempDir
    Path workspace;

    @Test
    void landedCopiesAreOwnerOnlyAndArePurgedOnceTheirRowsAreInBronze() throws Exception {
        Path inbox = Files.createDirectories(workspace.resolve("inbox"));
        Files.writeString(inbox.resolve("县名录.csv"), "县代码,县名称,市州代码,市州名称,省代码,省名称,贫困县类型,深度贫困县,乡村人口（人）\n"
                + "530621,鲁甸县,530600,昭通市,530000,云南省,国定,是,350000\n", StandardCharsets.UTF_8);
        Files.writeString(inbox.resolve("乱码.csv"), "", StandardCharsets.UTF_8);
        Warehouse warehouse = new Warehouse(SharedSpark.session(), workspace.resolve("warehouse").toString());
        new IngestJob(warehouse).run(inbox.toString());

        Path landing = workspace.resolve("warehouse").resolve("landing");
        List<Path> landed;
        try (Stream<Path> paths = Files.walk(landing)) {
            landed = paths.toList();
        }
        for (Path path : landed) {
            String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                    .as("%s readable by its owner only", landing.relativize(path)).isEqualTo(expected);
        }
        assertThat(landed.stream().filter(Files::isRegularFile)
                .filter(path -> !path.getFileName().toString().endsWith(".crc")))
                .as("two copies (beside the local file system's checksums), no .partial left").hasSize(2);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(new LandingPurge(warehouse).purgeBefore(today)).as("nothing was ingested before today").isEmpty();
        List<Row> removed = new LandingPurge(warehouse).purgeBefore(today.plusDays(1));
        assertThat(removed).extracting(row -> row.<String>getAs("file_name")).as("the empty file, rejected as a"
                + " whole, keeps its copy").containsExactly("县名录.csv");
        String purgedPath = removed.get(0).getAs("landed_path");
        assertThat(Files.exists(Path.of(java.net.URI.create(purgedPath).getPath()))).isFalse();
        assertThat(new LandingPurge(warehouse).recorded().count()).as("the removal is recorded").isEqualTo(1);
        assertThat(warehouse.read(WarehouseTable.BRONZE_ROWS).count()).as("bronze untouched").isEqualTo(1);
        assertThat(new LandingPurge(warehouse).purgeBefore(today.plusDays(1))).as("a second purge finds nothing")
                .isEmpty();
    }
}
