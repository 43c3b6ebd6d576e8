package org.bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.bangfu.model.ModelJob;
import org.bangfu.warehouse.AsOf;
import org.bangfu.warehouse.PublicationLog;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.bangfu.testing.SharedSpark;
import org.bangfu.testing.TinyWarehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A past release is rebuilt exactly from the publication log and Delta time travel, by each of the
 * three forms of {@code --as-of}: a time, the release's stamp, and its number (model run N).
 */
class AsOfRebuildTest {

    private static final LocalDate FIRST_RELEASE_DATE = LocalDate.of(2020, 1, 15);

    @TempDir
    Path workspace;

    @Test
    void eachFormOfAsOfRebuildsTheFirstReleaseByteForByteAfterTwoLaterModelRuns() throws Exception {
        PipelineOptions options = new PipelineOptions();
        options.warehouse = workspace.resolve("warehouse").toString();
        options.templates = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("..").resolve("templates").toAbsolutePath().normalize();
        Warehouse warehouse = new Warehouse(SharedSpark.session(), options.warehouse);
        PublicationLog log = new PublicationLog(warehouse);
        // Model run 1 on the tiny silver, as a statistician's first run would leave it.
        TinyWarehouse.writeModelled(warehouse);
        StringWriter printed = new StringWriter();
        try (PipelineSteps steps = new PipelineSteps(options, new PrintWriter(printed), SharedSpark.session())) {
            String firstStamp = goldStamp(warehouse);
            // Recorded as if it had gone out on 15 January 2020: publishing that stamp must keep that date.
            log.recordIfNew(new PublicationLog.Publication(firstStamp, FIRST_RELEASE_DATE, Instant.now(), Instant.now()));
            options.site = workspace.resolve("first");
            steps.publish();
            Instant afterFirstRelease = Instant.now();
            Thread.sleep(20);

            TinyWarehouse.writeUnitAssistance(warehouse, "95.00");
            steps.model();
            options.site = workspace.resolve("second");
            steps.publish();
            assertThat(log.all()).as("each release recorded once").hasSize(2);
            assertThat(log.all().get(1).stamp()).isNotEqualTo(firstStamp);

            Thread.sleep(20);
            TinyWarehouse.writeUnitAssistance(warehouse, "90.00");
            steps.model();
            options.site = workspace.resolve("third");
            steps.publish();
            assertThat(new org.bangfu.warehouse.ModelRunLog(warehouse).all()).as("three complete model runs")
                    .extracting(org.bangfu.model.ModelRun::number).containsExactly(1L, 2L, 3L);
            assertThat(new org.bangfu.warehouse.ModelRunLog(warehouse).number(1).orElseThrow().goldStamp())
                    .as("release 1 is the first model run's gold").isEqualTo(firstStamp);

            options.site = workspace.resolve("rebuilt");
            steps.publish(AsOf.parse(afterFirstRelease.toString()));
            options.site = workspace.resolve("rebuilt-from-stamp");
            steps.publish(AsOf.parse(firstStamp));
            options.site = workspace.resolve("rebuilt-from-number");
            steps.publish(AsOf.parse("1"));

            String firstIndex = Files.readString(workspace.resolve("first/index.html"));
            assertThat(firstIndex).as("the stamp of the first release").contains(firstStamp);
            assertThat(firstIndex).as("its recorded date, not today's").contains("2020年1月15日");
            assertThat(Files.readString(workspace.resolve("second/downloads/county_quarter.csv")))
                    .as("the correction was published").isNotEqualTo(
                            Files.readString(workspace.resolve("first/downloads/county_quarter.csv")));
            assertSameFiles(workspace.resolve("first"), workspace.resolve("rebuilt"));
            assertSameFiles(workspace.resolve("first"), workspace.resolve("rebuilt-from-stamp"));
            assertSameFiles(workspace.resolve("first"), workspace.resolve("rebuilt-from-number"));
            assertThat(log.all()).as("a rebuild is not a new release").hasSize(3);

            steps.model(AsOf.parse(afterFirstRelease.toString()));
        }
        List<Row> qingsongSecondQuarter = warehouse.read(WarehouseTable.GOLD_COUNTY_QUARTER)
                .filter("area_code = '990101' AND period = '2019Q2'").collectAsList();
        assertThat(qingsongSecondQuarter.get(0).<BigDecimal>getAs("funds_direct_ytd"))
                .as("model --as-of recomputed gold from the silver of the first release: 100, not 95")
                .isEqualByComparingTo("100");
        assertThat(warehouse.recordedInputVersions(ModelJob.MODEL_MARKER)).as("the silver versions read then")
                .contains("silver.unit_assistance@v0, silver.county_register@v0, silver.pairings@v0");
    }

    /** The stamp a publication of the current gold carries: every gold table that exists. */
    private static String goldStamp(Warehouse warehouse) {
        return String.join(", ", Stream.of(WarehouseTable.values())
                .filter(table -> table.qualifiedName().startsWith("gold.") && warehouse.exists(table))
                .map(table -> warehouse.currentVersion(table).stamp()).toList());
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        try (Stream<Path> files = Files.walk(actual)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("%s holds the same files", actual)
                    .isEqualTo(Files.walk(expected).filter(Files::isRegularFile).count());
        }
        try (Stream<Path> files = Files.walk(expected)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = actual.resolve(expected.relativize(file).toString());
                assertThat(Files.readAllBytes(twin)).as("%s rebuilt byte for byte", twin).isEqualTo(Files.readAllBytes(file));
            }
        }
    }
}
