package org.bangfu.quality;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

/**
 * A rejected row reaches the quarantine with its cells exactly as read, whether the row check
 * rejected it or a later step did (a key repeated within the file, S014), and an accepted row
 * never does: validated rows travel without their cells, which come back from bronze.
 */
class QuarantineCellsTest {

    private static final String COUNTY = "520101";
    private static final String VILLAGE = "520101001001";
    private static final String OTHER_VILLAGE = "520101001002";
    private static final String THIRD_VILLAGE = "520101001003";
    private static final String UNIT = RowValidatorTest.creditCode("91520000MA0000001");

    @Test
    void rejectedRowsKeepTheirCellsAsReadAndAcceptedRowsAreNotQuarantined(@TempDir Path temporary) {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), temporary.resolve("warehouse").toString());
        Instant registersIn = Instant.parse("2019-01-01T00:00:00Z");
        Map<String, String> notANumber = team(OTHER_VILLAGE, "三人");
        Map<String, String> first = team(VILLAGE, "3");
        Map<String, String> repeated = team(VILLAGE, "4");
        new BronzeFixture(0)
                .file("县名录.xlsx", "ML-1", "20190101T000000Z", registersIn, List.of(cells("county_code", COUNTY,
                        "county_name", "甲县", "prefecture_code", "520100", "prefecture_name", "甲市",
                        "province_code", "520000", "province_name", "甲省", "poverty_type", "国定",
                        "deep_poverty", "否", "rural_population", "100000")))
                .file("村名录.xlsx", "ML-2", "20190101T000000Z", registersIn, List.of(village(VILLAGE),
                        village(OTHER_VILLAGE), village(THIRD_VILLAGE)))
                .file("帮扶单位名录.xlsx", "ML-3", "20190101T000000Z", registersIn, List.of(cells("unit_code", UNIT,
                        "unit_name", "甲单位", "unit_level", "省", "unit_category", "党政机关")))
                .file("2019Q3驻村工作队.xlsx", "BF-2", "20191008T020000Z", Instant.parse("2019-10-08T02:00:00Z"),
                        List.of(first, notANumber, repeated, team(THIRD_VILLAGE, "2")))
                .appendTo(warehouse);

        new CheckJob(warehouse, LocalDate.of(2020, 3, 1)).run();

        List<Row> quarantined = warehouse.read(WarehouseTable.QUARANTINE)
                .filter(col("form_code").equalTo("BF-2")).orderBy("row_number", "rule_code").collectAsList();
        Map<Integer, Map<String, String>> cellsByRow = new TreeMap<>();
        for (Row row : quarantined) {
            cellsByRow.put(row.getAs("row_number"), JavaConverters.mapAsJavaMap(row.getAs("cells")));
        }
        assertThat(quarantined).extracting(row -> row.<Integer>getAs("row_number") + " " + row.getAs("rule_code"))
                .as("row 6 fails its members column; row 7 repeats row 5's village").contains("6 S002", "7 S014");
        assertThat(cellsByRow).as("rows 5 and 8 were accepted").containsOnlyKeys(6, 7);
        assertThat(cellsByRow.get(6)).as("the cells as read").isEqualTo(notANumber);
        assertThat(cellsByRow.get(7)).as("rejected after the row check, still with its cells").isEqualTo(repeated);
    }

    private static Map<String, String> team(String village, String members) {
        return cells("village_code", village, "period", "2019Q3", "sending_unit_code", UNIT,
                "leader_is_first_secretary", "是", "members", members, "leader_days_in_village", "60");
    }

    private static Map<String, String> village(String code) {
        return cells("village_code", code, "village_name", "村" + code.substring(9), "township_name", "一镇",
                "poor_village", "是", "deep_poverty_village", "否");
    }

    private static Map<String, String> cells(String... fieldThenValue) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int index = 0; index < fieldThenValue.length; index += 2) {
            cells.put(fieldThenValue[index], fieldThenValue[index + 1]);
        }
        return cells;
    }
}
