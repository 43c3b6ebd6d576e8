package org.bangfu.quality;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormDefinition;

/** The typed columns of a form's silver table, derived from the catalogue. */
public final class SilverSchema {

    /** Amounts in 万元 keep four places: submitters give two, the sums must not lose any. */
    public static final DataType AMOUNT = DataTypes.createDecimalType(18, 4);

    private SilverSchema() {
    }

    public static DataType typeOf(FieldDefinition field) {
        return switch (field.type()) {
            case INTEGER -> DataTypes.LongType;
            case DECIMAL -> AMOUNT;
            case YEAR -> DataTypes.IntegerType;
            case DATE -> DataTypes.DateType;
            default -> DataTypes.StringType;
        };
    }

    /** The stored fields of the form, read from the canonical text in column {@code values}. */
    public static List<Column> typedColumns(FormDefinition form) {
        List<Column> columns = new ArrayList<>();
        for (FieldDefinition field : form.storedFields()) {
            columns.add(col("values").getItem(field.name()).cast(typeOf(field)).as(field.name()));
        }
        return columns;
    }
}
