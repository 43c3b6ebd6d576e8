package org.bangfu.quality;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bangfu.ingest.IngestJob;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import scala.collection.JavaConverters;

/**
 * Bronze as ingestion leaves it, written directly: files with their rows as text by field name.
 * The check is tested on what bronze holds, not on how workbooks are read.
 */
final class BronzeFixture {

    private final List<Row> files = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final StructType filesSchema;
    private long sequence;

    BronzeFixture(long lastSequence) {
        this.sequence = lastSequence;
        StructType schema = IngestJob.FILES_SCHEMA;
        // Ingestion records when each file was submitted; older warehouses lack the column.
        schema = List.of(schema.fieldNames()).contains("received_at")
                ? schema : schema.add("received_at", DataTypes.TimestampType, true);
        this.filesSchema = List.of(schema.fieldNames()).contains("replace_scope")
                ? schema : schema.add("replace_scope", DataTypes.BooleanType, true);
    }

    /** A readable file that declares 全量替换: it replaces its submitters' earlier rows for its periods. */
    BronzeFixture fileReplacingScope(String name, String formCode, String batchId, Instant receivedAt,
            List<Map<String, String>> dataRows) {
        file(name, formCode, batchId, receivedAt, dataRows);
        Row added = files.remove(files.size() - 1);
        Object[] values = new Object[added.size()];
        for (int index = 0; index < added.size(); index++) {
            values[index] = added.get(index);
        }
        values[filesSchema.fieldIndex("replace_scope")] = true;
        files.add(RowFactory.create(values));
        return this;
    }

    /** A readable file of one form whose data rows start at row 5, below a title and a header. */
    BronzeFixture file(String name, String formCode, String batchId, Instant receivedAt,
            List<Map<String, String>> dataRows) {
        sequence++;
        String hash = String.format("%064x", sequence * 7919 + name.hashCode() & 0x7fffffffL);
        Map<String, Object> file = new HashMap<>();
        file.put("file_hash", hash);
        file.put("file_name", name);
        file.put("source_path", "inbox/" + name);
        file.put("landed_path", "landing/" + hash);
        file.put("size_bytes", 1000L);
        file.put("batch_id", batchId);
        file.put("ingest_sequence", sequence);
        file.put("ingested_at", Timestamp.from(receivedAt.plusSeconds(3600)));
        file.put("received_at", Timestamp.from(receivedAt));
        file.put("form_code", formCode);
        file.put("sheet", formCode);
        file.put("header_row", 4);
        file.put("rows_read", dataRows.size());
        file.put("readable", true);
        files.add(rowOf(filesSchema, file));
        int rowNumber = 5;
        for (Map<String, String> cells : dataRows) {
            rows.add(RowFactory.create(hash, batchId, sequence, formCode, formCode, rowNumber++,
                    JavaConverters.mapAsScalaMap(cells)));
        }
        return this;
    }

    void appendTo(Warehouse warehouse) {
        // Rows first, as ingestion does.
        warehouse.append(WarehouseTable.BRONZE_ROWS,
                warehouse.spark().createDataFrame(rows, IngestJob.ROWS_SCHEMA), "fixture");
        warehouse.append(WarehouseTable.BRONZE_FILES, warehouse.spark().createDataFrame(files, filesSchema), "fixture");
        files.clear();
        rows.clear();
    }

    private static Row rowOf(StructType schema, Map<String, Object> values) {
        Object[] cells = new Object[schema.size()];
        for (int index = 0; index < schema.size(); index++) {
            StructField field = schema.fields()[index];
            Object value = values.get(field.name());
            cells[index] = value != null || field.nullable() ? value : emptyOf(field.dataType());
        }
        return RowFactory.create(cells);
    }

    /** A value for a column this fixture does not know that ingestion added as required. */
    private static Object emptyOf(DataType type) {
        if (type instanceof MapType) {
            return JavaConverters.mapAsScalaMap(Map.of());
        }
        if (type.equals(DataTypes.StringType)) {
            return "";
        }
        if (type.equals(DataTypes.BooleanType)) {
            return false;
        }
        if (type.equals(DataTypes.IntegerType)) {
            return 0;
        }
        if (type.equals(DataTypes.LongType)) {
            return 0L;
        }
        throw new IllegalStateException("the fixture needs a value for " + type);
    }
}
