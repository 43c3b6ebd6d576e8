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

    /**
     * Silver ML-1 as the model reads it: a province name the register left blank is the GB/T 2260
     * name of its code, so every gold table names provinces the same way.
     */
    public static Dataset<Row> countyRegister(org.bangfu.warehouse.Warehouse warehouse) {
        Dataset<Row> counties = readOrEmpty(warehouse, org.bangfu.warehouse.WarehouseTable.SILVER_COUNTY_REGISTER,
                FormCatalogue.COUNTY_REGISTER);
        return counties.withColumn("province_name", AreaHierarchy.provinceNameOf(
                org.apache.spark.sql.functions.col("province_code"), org.apache.spark.sql.functions.col("province_name")));
    }

    /** The silver table of a form, or an empty frame of its columns while nobody has submitted it. */
    public static Dataset<Row> readOrEmpty(org.bangfu.warehouse.Warehouse warehouse,
            org.bangfu.warehouse.WarehouseTable table, String formCode) {
        return warehouse.exists(table) ? warehouse.read(table) : emptyOf(warehouse.spark(), formCode);
    }
}
