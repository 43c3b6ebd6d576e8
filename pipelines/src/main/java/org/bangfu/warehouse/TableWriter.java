package org.bangfu.warehouse;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaMergeBuilder;
import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes one table the way its {@link TableDefinition} says; see {@link Warehouse#replace}. One
 * instance per write.
 */
final class TableWriter {

    /** Delta stamps this session setting on every commit as its userMetadata; MERGE and ALTER take no write options. */
    private static final String USER_METADATA = "spark.databricks.delta.commitInfo.userMetadata";
    private static final String CONSTRAINT_PROPERTY = "delta.constraints.";
    private static final Pattern VIOLATED_CONSTRAINT = Pattern.compile("CHECK constraint (\\S+)");

    private final SparkSession spark;
    private final String path;
    private final WarehouseTable table;
    private final TableDefinition definition;

    TableWriter(SparkSession spark, String path, WarehouseTable table) {
        this.spark = spark;
        this.path = path;
        this.table = table;
        this.definition = table.definition();
    }

    void replace(Dataset<Row> rows, String inputVersions) {
        String previousMetadata = spark.conf().getOption(USER_METADATA).getOrElse(() -> null);
        spark.conf().set(USER_METADATA, inputVersions);
        // Merged rows are computed once for the key check and once for the MERGE: cache them then only.
        Dataset<Row> source = definition.merged() ? rows.persist() : rows;
        try {
            if (definition.merged()) {
                requireUniqueKeys(source);
                merge(source);
            } else if (!DeltaTable.isDeltaTable(spark, path)) {
                createWithConstraints(source.schema());
                overwrite(source);
            } else {
                overwrite(source);
                ensureConstraints();
            }
        } catch (WarehouseException failure) {
            throw failure;
        } catch (RuntimeException failure) {
            throw translated(failure);
        } finally {
            if (definition.merged()) {
                source.unpersist();
            }
            if (previousMetadata == null) {
                spark.conf().unset(USER_METADATA);
            } else {
                spark.conf().set(USER_METADATA, previousMetadata);
            }
        }
    }

    private void merge(Dataset<Row> source) {
        if (!DeltaTable.isDeltaTable(spark, path)) {
            // Nothing to match in a new table: its rows are simply written, under its constraints.
            createWithConstraints(source.schema());
            overwrite(source);
            return;
        } else if (!sameColumns(DeltaTable.forPath(spark, path).toDF().schema(), source.schema())) {
            // A new column or comment: rewrite once with the new schema; the existing constraints still apply.
            overwrite(source);
            ensureConstraints();
            return;
        }
        ensureConstraints();
        String matchesKey = definition.mergeKeys().stream()
                .map(key -> "target." + quoted(key) + " <=> source." + quoted(key))
                .collect(Collectors.joining(" AND "));
        String anyValueChanged = List.of(source.columns()).stream()
                .filter(column -> !definition.mergeKeys().contains(column))
                .map(column -> "NOT (target." + quoted(column) + " <=> source." + quoted(column) + ")")
                .collect(Collectors.joining(" OR "));
        DeltaMergeBuilder merge = DeltaTable.forPath(spark, path).as("target").merge(source.as("source"), matchesKey);
        if (!anyValueChanged.isEmpty()) {
            merge = merge.whenMatched(anyValueChanged).updateAll();
        }
        merge.whenNotMatched().insertAll()
                .whenNotMatchedBySource().delete()
                .execute();
    }

    /**
     * Creates a new table that has constraints, empty and with all of them, in one commit (ADD
     * CONSTRAINT would take a commit each), so that they hold before any row goes in. Delta keeps a
     * constraint as the table property {@code delta.constraints.<name>}, as ADD CONSTRAINT does.
     */
    private void createWithConstraints(StructType schema) {
        if (definition.constraints().isEmpty()) {
            return;
        }
        // Qualified: the builder would resolve a relative location against the session's warehouse.
        org.apache.hadoop.fs.Path location = new org.apache.hadoop.fs.Path(path);
        String qualified;
        try {
            qualified = location.getFileSystem(spark.sessionState().newHadoopConf()).makeQualified(location).toString();
        } catch (java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
        DeltaTableBuilder builder = DeltaTable.create(spark).location(qualified).addColumns(nullable(schema));
        if (!definition.partitionColumns().isEmpty()) {
            builder = builder.partitionedBy(definition.partitionColumns().toArray(String[]::new));
        }
        for (CheckConstraint constraint : definition.constraints()) {
            builder = builder.property(CONSTRAINT_PROPERTY + constraint.name(), constraint.expression());
        }
        // The empty table records no inputs: a run that dies before the rows go in must not read as built.
        String inputVersions = spark.conf().get(USER_METADATA);
        spark.conf().unset(USER_METADATA);
        try {
            builder.execute();
        } finally {
            spark.conf().set(USER_METADATA, inputVersions);
        }
    }

    /** As a DataFrame write would create it: Delta relaxes nullability, so no column gains NOT NULL here. */
    private static StructType nullable(StructType schema) {
        StructType relaxed = new StructType();
        for (StructField field : schema.fields()) {
            relaxed = relaxed.add(new StructField(field.name(), field.dataType(), true, field.metadata()));
        }
        return relaxed;
    }

    private void overwrite(Dataset<Row> rows) {
        DataFrameWriter<Row> writer = rows.write().format("delta").mode(SaveMode.Overwrite)
                .option("overwriteSchema", "true");
        if (!definition.partitionColumns().isEmpty()) {
            writer = writer.partitionBy(definition.partitionColumns().toArray(String[]::new));
        }
        writer.save(path);
    }

    /** Adds the definition's constraints the table lacks, and replaces those whose expression changed. */
    private void ensureConstraints() {
        if (definition.constraints().isEmpty()) {
            return;
        }
        Row detail = DeltaTable.forPath(spark, path).detail().first();
        Map<String, String> properties = detail.getJavaMap(detail.fieldIndex("properties"));
        // Delta resolves delta.`…` only for absolute paths; the detail's location is the qualified one,
        // so a relative warehouse such as the default warehouse/ works too.
        String location = detail.getAs("location");
        String target = "delta.`" + location.replace("`", "``") + "`";
        for (CheckConstraint constraint : definition.constraints()) {
            String existing = properties.get(CONSTRAINT_PROPERTY + constraint.name());
            if (existing != null && withoutSpaces(existing).equals(withoutSpaces(constraint.expression()))) {
                continue;
            }
            if (existing != null) {
                spark.sql("ALTER TABLE " + target + " DROP CONSTRAINT " + constraint.name());
            }
            spark.sql("ALTER TABLE " + target + " ADD CONSTRAINT " + constraint.name()
                    + " CHECK (" + constraint.expression() + ")");
        }
    }

    private void requireUniqueKeys(Dataset<Row> source) {
        Column[] keys = definition.mergeKeys().stream().map(key -> col(key)).toArray(Column[]::new);
        List<Row> duplicates = source.groupBy(keys).count().filter(col("count").gt(1)).limit(3).collectAsList();
        if (!duplicates.isEmpty()) {
            String examples = duplicates.stream().map(Row::toString).collect(Collectors.joining(", "));
            throw new WarehouseException(WarehouseError.DUPLICATE_KEYS,
                    "写入 " + table.qualifiedName() + " 的数据中同一键 " + definition.mergeKeys() + " 出现多次（" + examples
                            + "，末项为行数），未写入任何数据；请检查汇总逻辑是否按键去重",
                    "rows for " + table.qualifiedName() + " repeat the key " + definition.mergeKeys() + " (" + examples
                            + ", the last value is the row count); nothing was written; make the transform produce one row per key");
        }
    }

    /** A constraint violation becomes a coded error; anything else passes on unchanged. */
    private RuntimeException translated(RuntimeException failure) {
        if (WarehouseLockedException.isConcurrentWrite(failure)) {
            return WarehouseLockedException.concurrentWrite(table.qualifiedName(), failure);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = Objects.toString(cause.getMessage(), "");
            if (cause.getClass().getSimpleName().contains("InvariantViolation") || message.contains("CHECK constraint")) {
                Matcher name = VIOLATED_CONSTRAINT.matcher(message);
                String constraintName = name.find() ? name.group(1).toLowerCase(Locale.ROOT) : "?";
                String meaning = definition.constraints().stream()
                        .filter(constraint -> constraint.name().equals(constraintName))
                        .map(CheckConstraint::meaning).findFirst().orElse("");
                String values = valuesOf(message);
                return new WarehouseException(WarehouseError.CONSTRAINT_VIOLATED,
                        "写入 " + table.qualifiedName() + " 的数据违反约束 " + constraintName + "（" + meaning + "），违规值：" + values
                                + "；未写入任何数据。请核对 silver 中的来源数据和汇总规则后重新运行 model",
                        "a row for " + table.qualifiedName() + " breaks the constraint " + constraintName + " (" + meaning
                                + "), values: " + values + "; nothing was written. Check the silver rows and the transform,"
                                + " then run model again",
                        failure);
            }
        }
        return failure;
    }

    /** Delta lists the offending values one per line after "violated by row with values:". */
    private static String valuesOf(String message) {
        List<String> values = new ArrayList<>();
        for (String line : message.lines().toList()) {
            String trimmed = line.strip();
            if (trimmed.startsWith("- ")) {
                values.add(trimmed.substring(2));
            }
        }
        return values.isEmpty() ? "?" : String.join("; ", values);
    }

    /** Same names, types and comments in the same order; nullability aside, which Delta relaxes on write. */
    private static boolean sameColumns(StructType existing, StructType produced) {
        if (existing.fields().length != produced.fields().length) {
            return false;
        }
        for (int index = 0; index < existing.fields().length; index++) {
            StructField before = existing.fields()[index];
            StructField after = produced.fields()[index];
            if (!before.name().equals(after.name()) || !before.dataType().equals(after.dataType())
                    || !ColumnMeaning.of(before).equals(ColumnMeaning.of(after))) {
                return false;
            }
        }
        return true;
    }

    /** Delta stores a constraint as the parser's tokens joined by spaces, "( year IS NULL … )". */
    private static String withoutSpaces(String expression) {
        return expression.replaceAll("\\s+", "");
    }

    private static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }
}
