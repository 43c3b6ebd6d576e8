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

/** warehouse/README.md is generated, and the gold schemas, their meanings and the catalogue agree. */
class WarehouseReadmeTest {

    /** Tests run in the module folder; the README is at the repository root's warehouse/. */
    private static final Path README = Path.of("..").resolve(WarehouseReadme.PATH);

    @Test
    void theCommittedReadmeIsExactlyWhatTheGeneratorWrites() throws IOException {
        String generated = WarehouseReadme.render(SharedSpark.session());
        if (Boolean.getBoolean("bangfu.readme.write")) {
            Files.writeString(README, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(README, StandardCharsets.UTF_8))
                .as("warehouse/README.md is out of date; regenerate it with"
                        + " `mvn -q -B -o test -Dtest=WarehouseReadmeTest -Dbangfu.readme.write=true` and commit it")
                .isEqualTo(generated);
    }

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
