package org.bangfu.documents;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.model.TableVersion;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Gold rows written as real Delta tables, and a publication snapshot pinned over them, so that a
 * test can read them back through Spark as a publish run does. Each column's type is that of its
 * first non-null value (text when it has none); a row without a column holds null there.
 */
final class GoldDeltaTables {

    /** Wide enough for every figure of the fixtures, e.g. 97.4 or 35678.456. */
    private static final DataType DECIMAL = DataTypes.createDecimalType(18, 4);

    private GoldDeltaTables() {
    }

    /**
     * Writes each table under {@code root} and pins a snapshot over them, with the area figures of
     * {@code figures}. The snapshot reads each table as last written, so a test may append to one.
     */
    static PublicationSnapshot pinned(SparkSession spark, Path root, Map<WarehouseTable, List<GoldRecord>> tables,
            PublicationSnapshot figures) {
        Map<WarehouseTable, TableVersion> versions = new LinkedHashMap<>();
        tables.forEach((table, rows) -> {
            write(spark, root.resolve(table.qualifiedName()), rows);
            versions.put(table, new TableVersion(table.qualifiedName(), 0, Instant.parse("2020-01-14T07:00:00Z")));
        });
        return PublicationSnapshot.pinned(versions, figures.pinnedAt(),
                (table, version) -> spark.read().format("delta").load(root.resolve(table.qualifiedName()).toString()),
                figures.counties(), figures.prefectures(), figures.provinces());
    }

    private static void write(SparkSession spark, Path path, List<GoldRecord> records) {
        Map<String, DataType> columns = new LinkedHashMap<>();
        for (GoldRecord record : records) {
            // putIfAbsent replaces a null: a column first seen empty takes the type of its first value.
            record.values().forEach((column, value) -> columns.putIfAbsent(column, value == null ? null : typeOf(value)));
        }
        List<StructField> fields = new ArrayList<>();
        columns.forEach((column, type) -> fields.add(DataTypes.createStructField(column,
                type == null ? DataTypes.StringType : type, true)));
        StructType schema = DataTypes.createStructType(fields);
        List<Row> rows = new ArrayList<>();
        for (GoldRecord record : records) {
            Object[] values = new Object[fields.size()];
            for (int index = 0; index < values.length; index++) {
                values[index] = record.values().get(fields.get(index).name());
            }
            rows.add(RowFactory.create(values));
        }
        spark.createDataFrame(rows, schema).write().format("delta").save(path.toString());
    }

    private static DataType typeOf(Object value) {
        if (value instanceof Integer) {
            return DataTypes.IntegerType;
        }
        if (value instanceof Long) {
            return DataTypes.LongType;
        }
        if (value instanceof BigDecimal) {
            return DECIMAL;
        }
        if (value instanceof Boolean) {
            return DataTypes.BooleanType;
        }
        return DataTypes.StringType;
    }
}
