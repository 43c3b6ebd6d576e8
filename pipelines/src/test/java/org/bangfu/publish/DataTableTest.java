package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** A gold table's download lists its rows in the order of its leading (key) columns, whatever order Spark returned. */
class DataTableTest {

    private static final StructType SCHEMA = new StructType()
            .add("level", DataTypes.StringType)
            .add("area_code", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("funds", DataTypes.createDecimalType(18, 2));

    private static Row row(String level, String areaCode, Integer year, String funds) {
        return new GenericRowWithSchema(new Object[] {level, areaCode, year, funds == null ? null : new BigDecimal(funds)},
                SCHEMA);
    }

    @Test
    void rowsAreOrderedByTheirColumnsFromTheFirstWithNumbersComparedAsNumbers() {
        List<Row> rows = new ArrayList<>(List.of(
                row("COUNTY", "520102", 2019, "10.00"),
                row("COUNTY", "520101", 2020, "1.00"),
                row("COUNTY", "520101", 2019, "9.00"),
                row("COUNTY", "520101", null, "3.00"),
                row("PREFECTURE", "520100", 2019, null)));

        rows.sort(DataTable.inColumnOrder(SCHEMA));

        assertThat(rows).as("area, then year (a missing year first), so a download reads in key order")
                .extracting(row -> row.getString(1) + "/" + row.get(2))
                .containsExactly("520101/null", "520101/2019", "520101/2020", "520102/2019", "520100/2019");
    }

    @Test
    void rowsEqualInTheirKeysAreOrderedByTheirFiguresSoTheOrderIsTotal() {
        List<Row> rows = new ArrayList<>(List.of(
                row("COUNTY", "520101", 2019, "10.00"),
                row("COUNTY", "520101", 2019, "9.00"),
                row("COUNTY", "520101", 2019, null)));

        rows.sort(DataTable.inColumnOrder(SCHEMA));

        assertThat(rows).extracting(row -> row.get(3))
                .as("9 before 10 (numbers, not text), a missing figure first")
                .containsExactly(null, new BigDecimal("9.00"), new BigDecimal("10.00"));
    }

    @Test
    void aGoldDownloadListsItsRowsInKeyOrderWhateverOrderTheTableWasReadIn() {
        GoldData.GoldTable table = new GoldData.GoldTable(SCHEMA, List.of(
                row("COUNTY", "520102", 2019, "1.00"),
                row("COUNTY", "520101", 2019, "2.00")));

        DataTable download = DataTable.ofGold("county_quarter", "县", "Counties", table);

        assertThat(download.rows()).extracting(cells -> cells.get(1))
                .as("two releases of the same figures must be the same file")
                .containsExactly("520101", "520102");
        assertThat(table.rows()).extracting(row -> row.getString(1))
                .as("the pages keep the table's own order").containsExactly("520102", "520101");
    }
}
