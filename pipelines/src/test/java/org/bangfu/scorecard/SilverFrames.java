package org.bangfu.scorecard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bangfu.forms.FormCatalogue;

/**
 * Tiny silver tables with the columns of the silver contract (the catalogue's stored fields,
 * typed as silver types them, plus year and quarter for quarterly forms), written as
 * name → value pairs so that a test shows only the cells it is about; the rest are blank.
 */
final class SilverFrames {

    private final SparkSession spark;
    private final Map<String, List<Row>> rows = new HashMap<>();

    SilverFrames(SparkSession spark) {
        this.spark = spark;
    }

    static StructType schemaOf(String formCode) {
        return org.bangfu.model.SilverFrames.schemaOf(formCode);
    }

    /** Adds a row to a form's table: add("BF-1", "unit_code", "A", "period", "2019Q4", "leader_visits", 1L). */
    SilverFrames add(String formCode, Object... nameThenValue) {
        StructType schema = schemaOf(formCode);
        Object[] values = new Object[schema.size()];
        for (int index = 0; index + 1 < nameThenValue.length; index += 2) {
            String name = (String) nameThenValue[index];
            values[schema.fieldIndex(name)] = nameThenValue[index + 1];
            if (name.equals("period")) {
                String period = (String) nameThenValue[index + 1];
                values[schema.fieldIndex("year")] = Integer.parseInt(period.substring(0, 4));
                values[schema.fieldIndex("quarter")] = Integer.parseInt(period.substring(5));
            }
        }
        rows.computeIfAbsent(formCode, code -> new ArrayList<>()).add(RowFactory.create(values));
        return this;
    }

    Dataset<Row> table(String formCode) {
        return spark.createDataFrame(rows.getOrDefault(formCode, List.of()), schemaOf(formCode));
    }

    ScorecardInputs inputs() {
        return new ScorecardInputs(table(FormCatalogue.UNIT_ASSISTANCE), table(FormCatalogue.WORK_TEAMS),
                table(FormCatalogue.PAIRINGS), table(FormCatalogue.UNIT_REGISTER), table(FormCatalogue.COUNTY_REGISTER),
                table(FormCatalogue.VILLAGE_REGISTER));
    }

    static List<String> columnNames(StructType schema) {
        List<String> names = new ArrayList<>();
        for (StructField field : schema.fields()) {
            names.add(field.name());
        }
        return names;
    }
}
