package org.bangfu.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.IndicatorCatalogue;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.ColumnMeaning;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;

/**
 * The gold schemas, their meanings and the catalogue agree. That warehouse/README.md is exactly what
 * the generator writes from the tables of a real run is checked by the end-to-end test.
 */
class WarehouseReadmeTest {

    /** Tests run in the module folder; the README is at the repository root's warehouse/. */
    private static final Path README = Path.of("..").resolve(WarehouseReadme.PATH);

    @Test
    void everyGoldColumnHasAMeaningAndEveryIndicatorHasItsColumnsInEachTableItIsReadFrom() {
        Map<WarehouseTable, StructType> schemas = WarehouseReadme.goldSchemas(SharedSpark.session());
        schemas.forEach((table, schema) -> assertThat(schema.fields())
                .as(table.qualifiedName() + ": every column named through ColumnMeaning")
                .allSatisfy(field -> assertThat(ColumnMeaning.of(field)).as(table.qualifiedName() + "." + field.name())
                        .contains(" / ")));
        for (Indicator indicator : IndicatorCatalogue.all()) {
            indicator.goldTables().forEach((level, table) -> {
                assertThat(schemas).as(indicator.code() + " is read from " + table.qualifiedName()
                        + ", which the transforms build").containsKey(table);
                List<String> columns = Arrays.stream(schemas.get(table).fields()).map(StructField::name).toList();
                assertThat(columns).as(indicator.code() + " at " + level + " in " + table.qualifiedName())
                        .containsAll(indicator.goldColumns());
            });
        }
    }
}
