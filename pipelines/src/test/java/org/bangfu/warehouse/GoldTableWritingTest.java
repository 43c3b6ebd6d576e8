package org.bangfu.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.model.ModelJob;
import org.bangfu.model.ModelReport;
import org.bangfu.testing.SharedSpark;
import org.bangfu.testing.TinyWarehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold tables are written by MERGE on their keys, partitioned by year, and guarded by CHECK constraints. */
class GoldTableWritingTest {

    private static final WarehouseTable COUNTIES = WarehouseTable.GOLD_COUNTY_QUARTER;

    @TempDir
    Path root;

    private Warehouse warehouse;

    @BeforeEach
    void openWarehouse() {
        warehouse = new Warehouse(SharedSpark.session(), root.toString());
    }

    @Test
    void theFirstWriteCreatesATablePartitionedByYearWithItsConstraintsBeforeAnyRowGoesIn() {
        warehouse.replace(COUNTIES, countyRows("('990101', '2019Q1', 2019, 1, 3, '40.00')"), "silver.unit_assistance@v0");

        Row detail = DeltaTable.forPath(warehouse.spark(), warehouse.pathOf(COUNTIES)).detail().first();
        assertThat(detail.<String>getList(detail.fieldIndex("partitionColumns"))).as("partition columns in the Delta log")
                .containsExactly("year");
        Map<String, String> properties = detail.getJavaMap(detail.fieldIndex("properties"));
        assertThat(properties).containsKeys("delta.constraints.year_in_range", "delta.constraints.quarter_in_range",
                "delta.constraints.figures_not_negative");
        List<String> operations = warehouse.history(COUNTIES, 10).stream().map(TableCommit::operation).toList();
        assertThat(operations).as("newest first: the rows are written into a table created with its constraints")
                .containsExactly("WRITE", "CREATE TABLE");
        assertThat(warehouse.recordedInputVersions(COUNTIES)).contains("silver.unit_assistance@v0");
    }

    @Test
    void aCorrectionUpdatesChangedRowsInsertsNewOnesAndDeletesThoseNoLongerProduced() {
        warehouse.replace(COUNTIES, countyRows("""
                ('990101', '2019Q1', 2019, 1, 3, '40.00'),
                ('990101', '2019Q2', 2019, 2, 3, '90.00'),
                ('990102', '2019Q1', 2019, 1, 1, '10.00')"""), "first");

        warehouse.replace(COUNTIES, countyRows("""
                ('990101', '2019Q1', 2019, 1, 3, '40.00'),
                ('990101', '2019Q2', 2019, 2, 3, '95.00'),
                ('990103', '2019Q1', 2019, 1, 2, '20.00')"""), "second");

        TableCommit merge = warehouse.history(COUNTIES, 1).get(0);
        assertThat(merge.operation()).isEqualTo("MERGE");
        assertThat(merge.rowsUpdated()).as("only 990101 2019Q2 changed").isEqualTo(OptionalLong.of(1));
        assertThat(merge.rowsInserted()).as("990103 is new").isEqualTo(OptionalLong.of(1));
        assertThat(merge.rowsDeleted()).as("990102 is no longer produced").isEqualTo(OptionalLong.of(1));
        assertThat(merge.inputVersions()).contains("second");
        assertThat(warehouse.read(COUNTIES).orderBy("area_code", "period").collectAsList().stream()
                .map(row -> row.getAs("area_code") + " " + row.getAs("period") + " "
                        + row.<java.math.BigDecimal>getAs("funds_direct_ytd").stripTrailingZeros().toPlainString())
                .toList())
                .containsExactly("990101 2019Q1 40", "990101 2019Q2 95", "990103 2019Q1 20");
    }

    @Test
    void aNegativeYearToDateFigureIsRefusedWithACodedErrorAndNothingIsWritten() {
        warehouse.replace(COUNTIES, countyRows("('990101', '2019Q1', 2019, 1, 3, '40.00')"), "first");
        long before = warehouse.currentVersion(COUNTIES).version();

        assertThatThrownBy(() -> warehouse.replace(COUNTIES,
                countyRows("('990101', '2019Q1', 2019, 1, 3, '-5.00')"), "second"))
                .isInstanceOf(WarehouseException.class)
                .hasMessageStartingWith("WAREHOUSE-001")
                .hasMessageContaining("figures_not_negative")
                .hasMessageContaining("funds_direct_ytd")
                .hasMessageContaining("gold.county_quarter");
        assertThat(warehouse.currentVersion(COUNTIES).version()).as("no commit").isEqualTo(before);
        assertThat(warehouse.recordedInputVersions(COUNTIES)).contains("first");
    }

    @Test
    void aNegativeFigureInTheFirstWriteIsRefusedByTheConstraintsTheTableWasCreatedWith() {
        assertThatThrownBy(() -> warehouse.replace(COUNTIES,
                countyRows("('990101', '2019Q1', 2019, 1, 3, '-5.00')"), "first"))
                .isInstanceOf(WarehouseException.class)
                .hasMessageStartingWith("WAREHOUSE-001")
                .hasMessageContaining("figures_not_negative");
        assertThat(warehouse.read(COUNTIES).count()).as("no row went in").isZero();
        assertThat(warehouse.recordedInputVersions(COUNTIES)).as("the empty table does not read as built").isEmpty();
    }

    @Test
    void twoRowsWithTheSameKeyAreRefusedBeforeMerging() {
        assertThatThrownBy(() -> warehouse.replace(COUNTIES, countyRows("""
                ('990101', '2019Q1', 2019, 1, 3, '40.00'),
                ('990101', '2019Q1', 2019, 1, 4, '41.00')"""), "first"))
                .isInstanceOf(WarehouseException.class)
                .hasMessageStartingWith("WAREHOUSE-002");
        assertThat(warehouse.exists(COUNTIES)).isFalse();
    }

    @Test
    void aModelRunOnUnchangedSilverWritesNothingAndAChangedFigureUpdatesOnlyItsRows() {
        TinyWarehouse.writeSilver(warehouse);
        ModelReport first = new ModelJob(warehouse).run();
        long countyVersion = warehouse.currentVersion(COUNTIES).version();

        ModelReport again = new ModelJob(warehouse).run();
        assertThat(again.upToDate()).as("silver has not moved").isTrue();
        assertThat(warehouse.currentVersion(COUNTIES).version()).isEqualTo(countyVersion);

        TinyWarehouse.writeUnitAssistance(warehouse, "95.00");
        ModelReport corrected = new ModelJob(warehouse).run();
        assertThat(corrected.upToDate()).isFalse();
        TableCommit merge = warehouse.history(COUNTIES, 1).get(0);
        assertThat(merge.rowsUpdated()).as("青松县 2019Q2 only; 白云县 has no Q2 row to change")
                .isEqualTo(OptionalLong.of(1));
        assertThat(merge.rowsInserted()).isEqualTo(OptionalLong.of(0));
        assertThat(merge.rowsDeleted()).isEqualTo(OptionalLong.of(0));
        assertThat(first.countyQuarterRows()).as("2 counties × 2 quarters").isEqualTo(4);
    }

    /** Gold county rows: area_code, period, year, quarter, assisting_units, funds_direct_ytd; the rest fixed. */
    private Dataset<Row> countyRows(String values) {
        // Every year-to-date measure the constraints name; those the tests do not vary are blank.
        StringBuilder otherMeasures = new StringBuilder();
        for (org.bangfu.model.AssistanceAggregates.Measure measure : org.bangfu.model.AssistanceAggregates.MEASURES) {
            if (!List.of("funds_direct", "projects").contains(measure.name())) {
                otherMeasures.append(", CAST(NULL AS DECIMAL(28,4)) AS ").append(measure.name())
                        .append(measure.flow() ? "_ytd" : "");
            }
        }
        return warehouse.spark().sql("""
                SELECT 'COUNTY' AS level, area_code, period, CAST(year AS INT) AS year, CAST(quarter AS INT) AS quarter,
                       CAST(units AS BIGINT) AS assisting_units, CAST(units AS BIGINT) AS paired_units,
                       CAST(funds AS DECIMAL(28,4)) AS funds_direct_ytd,
                       CAST(1 AS BIGINT) AS projects_ytd %s
                FROM VALUES %s AS t(area_code, period, year, quarter, units, funds)
                """.formatted(otherMeasures, values));
    }
}
