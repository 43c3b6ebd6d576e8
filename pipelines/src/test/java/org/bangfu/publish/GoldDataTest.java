package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.model.TableVersion;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The site reads gold through Spark: whole only the tables that stay small, the tables that grow
 * with the units streamed in order or reduced to what a page shows.
 */
class GoldDataTest {

    private static final StructType AREA_SCHEMA = new StructType()
            .add("level", DataTypes.StringType)
            .add("area_code", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("funds", DataTypes.createDecimalType(18, 2));

    private static final StructType UNIT_SCHEMA = new StructType()
            .add("unit_code", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("rule_code", DataTypes.StringType);

    private static GoldData gold(Map<WarehouseTable, Dataset<Row>> frames) {
        return gold(frames, GoldData.SORTED_IN_ONE_TASK);
    }

    private static GoldData gold(Map<WarehouseTable, Dataset<Row>> frames, long sortedInOneTask) {
        Map<WarehouseTable, TableVersion> versions = new EnumMap<>(WarehouseTable.class);
        frames.keySet().forEach(table -> versions.put(table, new TableVersion(table.qualifiedName(), 1, Instant.EPOCH)));
        return new GoldData(PublicationSnapshot.pinned(versions, Instant.EPOCH, (table, version) -> frames.get(table),
                List.of(), List.of(), List.of()), sortedInOneTask);
    }

    private static Dataset<Row> frame(StructType schema, Object[]... rows) {
        List<Row> list = new ArrayList<>();
        for (Object[] row : rows) {
            list.add(RowFactory.create(row));
        }
        // Several partitions, so an order that held only by accident of one partition would show.
        return SharedSpark.session().createDataFrame(list, schema).repartition(3);
    }

    private static List<String> read(java.util.Iterator<Row> rows) {
        List<String> read = new ArrayList<>();
        rows.forEachRemaining(row -> read.add(row.mkString("/")));
        return read;
    }

    @ParameterizedTest(name = "sorted in one task up to {0} rows")
    @ValueSource(longs = {GoldData.SORTED_IN_ONE_TASK, 0})
    void aDownloadReadsItsRowsOrderedByTheirColumnsFromTheFirstWithNumbersAsNumbersAndMissingFirst(long sortedInOneTask) {
        GoldData gold = gold(Map.of(WarehouseTable.GOLD_COUNTY_QUARTER, frame(AREA_SCHEMA,
                new Object[] {"COUNTY", "520102", 2019, new BigDecimal("10.00")},
                new Object[] {"COUNTY", "520101", 2020, new BigDecimal("1.00")},
                new Object[] {"COUNTY", "520101", 2019, new BigDecimal("10.00")},
                new Object[] {"COUNTY", "520101", 2019, new BigDecimal("9.00")},
                new Object[] {"COUNTY", "520101", null, new BigDecimal("3.00")},
                new Object[] {"COUNTY", "520101", 2019, null},
                new Object[] {"PREFECTURE", "520100", 2019, null})), sortedInOneTask);

        assertThat(read(gold.inColumnOrder(WarehouseTable.GOLD_COUNTY_QUARTER)))
                .as("key order, a missing value first, 9 before 10: two releases of the same figures are the same file")
                .containsExactly("COUNTY/520101/null/3.00", "COUNTY/520101/2019/null", "COUNTY/520101/2019/9.00",
                        "COUNTY/520101/2019/10.00", "COUNTY/520101/2020/1.00", "COUNTY/520102/2019/10.00",
                        "PREFECTURE/520100/2019/null");
    }

    @Test
    void aTableThatGrowsWithTheUnitsIsNeverCollectedWholeButMayBeQueried() {
        GoldData gold = gold(Map.of(WarehouseTable.GOLD_UNIT_SCORECARD, frame(UNIT_SCHEMA,
                new Object[] {"U2", 2020, "R1"}, new Object[] {"U1", 2020, "R1"}, new Object[] {"U1", 2019, "R1"})));

        assertThatThrownBy(() -> gold.table(WarehouseTable.GOLD_UNIT_SCORECARD))
                .as("a national scorecard has millions of rows").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gold.unit_scorecard");
        assertThat(gold.query(WarehouseTable.GOLD_UNIT_SCORECARD, frame -> frame.filter("year = 2020")).rows())
                .as("a query brings only the rows a page shows").hasSize(2);
        assertThat(gold.count(WarehouseTable.GOLD_UNIT_SCORECARD)).isEqualTo(3);
        assertThat(gold.schema(WarehouseTable.GOLD_UNIT_SCORECARD).fieldNames()).containsExactly("unit_code", "year", "rule_code");
    }

    @Test
    void aTableTheSnapshotDoesNotHoldReadsAsNoRows() {
        GoldData gold = gold(Map.of());

        assertThat(gold.count(WarehouseTable.GOLD_UNIT_VERDICT)).isZero();
        assertThat(gold.scan(WarehouseTable.GOLD_UNIT_VERDICT, frame -> frame)).isExhausted();
        assertThat(gold.query(WarehouseTable.GOLD_UNIT_VERDICT, frame -> frame).isEmpty()).isTrue();
        assertThat(gold.schema(WarehouseTable.GOLD_UNIT_VERDICT).fields()).isEmpty();
    }

    @Test
    void tablesSortedByUnitAreReadSideBySideOneUnitAtATime() {
        GoldData gold = gold(Map.of(
                WarehouseTable.GOLD_UNIT_QUARTER, frame(UNIT_SCHEMA,
                        new Object[] {"U3", 2020, null}, new Object[] {"U1", 2020, null}, new Object[] {"U1", 2019, null}),
                WarehouseTable.GOLD_UNIT_SCORECARD, frame(UNIT_SCHEMA,
                        new Object[] {"U3", 2020, "R2"}, new Object[] {"U2", 2020, "R1"}, new Object[] {"U3", 2020, "R1"})));
        SortedGroups quarters = new SortedGroups(gold.scan(WarehouseTable.GOLD_UNIT_QUARTER,
                frame -> frame.orderBy("unit_code", "year")), "unit_code");
        SortedGroups rules = new SortedGroups(gold.scan(WarehouseTable.GOLD_UNIT_SCORECARD,
                frame -> frame.orderBy("unit_code", "rule_code")), "unit_code");

        List<String> pages = new ArrayList<>();
        for (String unit = quarters.nextKey(); unit != null; unit = quarters.nextKey()) {
            pages.add(unit + ": " + quarters.take(unit).size() + " quarters, "
                    + rules.take(unit).stream().map(row -> row.getString(2)).toList());
        }

        assertThat(pages).as("U2 has rules but no quarters, so no page; its rules are passed over, not given to U3")
                .containsExactly("U1: 2 quarters, []", "U3: 1 quarters, [R1, R2]");
    }

    @Test
    void keysAreComparedAsSparkSortsTextNotAsJavaComparesStrings() {
        String beyondTheBasicPlane = "单位\uD840\uDC00";
        String fullWidthBracket = "单位\uFF08";

        assertThat(beyondTheBasicPlane.compareTo(fullWidthBracket)).as("Java: a surrogate sorts first").isNegative();
        assertThat(SortedGroups.compare(beyondTheBasicPlane, fullWidthBracket)).as("Spark: by UTF-8 bytes, it sorts last")
                .isPositive();
    }
}
