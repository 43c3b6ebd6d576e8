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

/** A gold table's download reads its rows as it is written and shows each cell as a reader expects it. */
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
    void aGoldDownloadConvertsItsRowsToCellsAsTheyAreReadEachTimeItIsWritten() {
        List<Row> rows = List.of(row("COUNTY", "520101", 2019, "2.50"), row("COUNTY", "520102", null, null));
        int[] passes = {0};

        DataTable download = DataTable.ofGold("county_quarter", "县", "Counties", SCHEMA, () -> {
            passes[0]++;
            return rows.iterator();
        });

        assertThat(passes[0]).as("nothing is read until the download is written").isZero();
        List<List<Object>> cells = new ArrayList<>();
        download.rows().forEach(cells::add);
        download.rows().forEach(cells::add);
        assertThat(passes[0]).as("each writing reads the table afresh").isEqualTo(2);
        assertThat(cells.get(0)).as("numbers as numbers without trailing zeros, text as text")
                .containsExactly("COUNTY", "520101", BigDecimal.valueOf(2019), new BigDecimal("2.5"));
        assertThat(cells.get(1)).as("a missing figure stays missing, never zero").containsExactly("COUNTY", "520102", null, null);
        assertThat(download.columns()).extracting(DataTable.DataColumn::numeric).containsExactly(false, false, true, true);
    }
}
