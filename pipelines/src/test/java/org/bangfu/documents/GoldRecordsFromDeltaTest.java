package org.bangfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read from real Delta tables, a document's condition is applied by Spark: only the quarter's or
 * year's rows are collected, Delta skips the files that hold none of them, and the rows come in the
 * same order as the whole table's, so documents do not change.
 */
class GoldRecordsFromDeltaTest {

    @TempDir
    Path root;

    private static GoldRecord submission(String form, String period, String submitter, String status) {
        return DocumentFixtures.record("form_code", form, "period", period, "submitter_code", submitter, "status", status);
    }

    private static GoldRecord verdict(int year, String unit, String rating) {
        return DocumentFixtures.record("year", year, "unit_code", unit, "rating", rating);
    }

    private PublicationSnapshot snapshot(SparkSession spark) {
        Map<WarehouseTable, List<GoldRecord>> tables = new LinkedHashMap<>();
        tables.put(WarehouseTable.GOLD_COMPLETENESS, List.of(
                submission("BF-3", "2019Q4", "990101", "missing"),
                submission("BF-1", "2019Q4", "U2", "late"),
                submission("BF-1", "2019Q4", "U1", "on_time")));
        tables.put(WarehouseTable.GOLD_UNIT_VERDICT, List.of(verdict(2019, "U1", "优秀"), verdict(2018, "U1", "良好")));
        PublicationSnapshot snapshot = GoldDeltaTables.pinned(spark, root, tables, DocumentFixtures.snapshot());
        // A second quarter appended: a file of its own, which a read of 2019Q4 need not open.
        spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("BF-1", "2019Q3", "U1", "late")),
                        snapshot.read(WarehouseTable.GOLD_COMPLETENESS).schema())
                .write().format("delta").mode("append").save(root.resolve("gold.completeness").toString());
        return snapshot;
    }

    @Test
    void aQuartersRowsAreFilteredBySparkAndSortedAsTheWholeTableWouldBe() {
        SparkSession spark = SharedSpark.session();
        PublicationSnapshot snapshot = snapshot(spark);
        RowCondition fourthQuarter = RowCondition.equalTo("period", "2019Q4");

        List<GoldRecord> quarter = GoldRecords.of(snapshot).table(WarehouseTable.GOLD_COMPLETENESS, fourthQuarter).orElseThrow();

        assertThat(quarter).as("the 2019Q4 rows only, by every column as text (BF-1 before BF-3, U1 before U2)").containsExactly(
                submission("BF-1", "2019Q4", "U1", "on_time"),
                submission("BF-1", "2019Q4", "U2", "late"),
                submission("BF-3", "2019Q4", "990101", "missing"));
        List<GoldRecord> whole = GoldRecords.of(snapshot).table(WarehouseTable.GOLD_COMPLETENESS).orElseThrow();
        assertThat(quarter).as("the same order as the whole table read and filtered on the driver")
                .isEqualTo(whole.stream().filter(fourthQuarter::matches).toList());
        assertThat(quarter.get(0).values().toString()).as("a row read prints as the map of its columns, the sort key of the documents")
                .isEqualTo("{form_code=BF-1, period=2019Q4, submitter_code=U1, status=on_time}");
        assertThat(snapshot.read(WarehouseTable.GOLD_COMPLETENESS).where(fourthQuarter.asSparkColumn()).inputFiles())
                .as("the condition reaches Delta, which leaves out the file holding 2019Q3 only")
                .hasSizeLessThan(snapshot.read(WarehouseTable.GOLD_COMPLETENESS).inputFiles().length);
    }

    @Test
    void theLatestYearIsFoundBySparkAndOnlyItsVerdictsAreRead() {
        PublicationSnapshot snapshot = snapshot(SharedSpark.session());
        GoldRecords gold = GoldRecords.of(snapshot);

        assertThat(gold.greatestFigure(WarehouseTable.GOLD_UNIT_VERDICT, "year")).hasValue(BigDecimal.valueOf(2019));
        assertThat(gold.table(WarehouseTable.GOLD_UNIT_VERDICT, RowCondition.equalTo("year", 2019)))
                .as("the year compared on the int column itself").hasValue(List.of(verdict(2019, "U1", "优秀")));
    }

    @Test
    void aTableTheSnapshotDoesNotHoldIsAbsentForEveryKindOfRead() {
        GoldRecords gold = GoldRecords.of(snapshot(SharedSpark.session()));
        assertThat(gold.table(WarehouseTable.GOLD_UNIT_SCORECARD, RowCondition.equalTo("year", 2019))).isEmpty();
        assertThat(gold.greatestFigure(WarehouseTable.GOLD_UNIT_SCORECARD, "year")).isEmpty();
    }
}
