package org.bangfu.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bangfu.testing.SharedSpark;

/**
 * Tiny hand-made frames in a silver or gold schema: each row names only the columns it fills, the
 * rest are null (not reported). Text is converted to the column's type, so that test data reads
 * like the table it stands for.
 */
final class TinyFrames {

    private TinyFrames() {
    }

    /** A row given as column, value, column, value … */
    static Map<String, Object> row(Object... columnThenValue) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int index = 0; index + 1 < columnThenValue.length; index += 2) {
            row.put((String) columnThenValue[index], columnThenValue[index + 1]);
        }
        return row;
    }

    @SafeVarargs
    static Dataset<Row> frame(StructType schema, Map<String, Object>... rows) {
        List<Row> result = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            for (String column : row.keySet()) {
                schema.fieldIndex(column); // fails on a column the schema does not have
            }
            Object[] values = new Object[schema.fields().length];
            for (int index = 0; index < values.length; index++) {
                StructField field = schema.fields()[index];
                values[index] = typed(row.get(field.name()), field);
            }
            result.add(RowFactory.create(values));
        }
        return SharedSpark.session().createDataFrame(result, schema);
    }

    private static Object typed(Object value, StructField field) {
        if (value == null) {
            return null;
        }
        String type = field.dataType().typeName();
        if (type.startsWith("decimal")) {
            return new BigDecimal(value.toString());
        }
        if (type.equals("long")) {
            return ((Number) value).longValue();
        }
        if (type.equals("integer")) {
            return ((Number) value).intValue();
        }
        if (type.equals("date")) {
            return java.sql.Date.valueOf(value.toString());
        }
        return value;
    }
}
