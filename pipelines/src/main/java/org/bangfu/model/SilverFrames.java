package org.bangfu.model;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.forms.PeriodKind;
import org.bangfu.quality.SilverSchema;

/**
 * The columns of a form's silver table that the gold transforms read, from the form catalogue: an
 * empty frame of them stands in for a form nobody has submitted yet, so gold is still built (with
 * its figures blank, never zero), and the warehouse README shows each transform's output schema.
 */
public final class SilverFrames {

    private SilverFrames() {
    }

    /** Every stored field typed as silver types it, plus year and quarter for a quarterly form. */
    public static StructType schemaOf(String formCode) {
        FormDefinition form = FormCatalogue.get(formCode);
        StructType schema = new StructType();
        for (FieldDefinition field : form.storedFields()) {
            schema = schema.add(field.name(), SilverSchema.typeOf(field));
        }
        if (form.periodKind() == PeriodKind.QUARTERLY) {
            schema = schema.add("year", DataTypes.IntegerType).add("quarter", DataTypes.IntegerType);
        }
        return schema;
    }

    public static Dataset<Row> emptyOf(SparkSession spark, String formCode) {
        return spark.createDataFrame(java.util.List.of(), schemaOf(formCode));
    }

    /** The silver table of a form, or an empty frame of its columns while nobody has submitted it. */
    public static Dataset<Row> readOrEmpty(org.bangfu.warehouse.Warehouse warehouse,
            org.bangfu.warehouse.WarehouseTable table, String formCode) {
        return warehouse.exists(table) ? warehouse.read(table) : emptyOf(warehouse.spark(), formCode);
    }
}
