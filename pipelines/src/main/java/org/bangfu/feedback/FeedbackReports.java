package org.bangfu.feedback;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FieldType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.warehouse.CachedFrames;

/**
 * Groups the check results into one {@link FeedbackReport} per form, submitter and period.
 *
 * <p>The submitter of a problem is that of the file it was found in: the submission (form,
 * submitter, period) that silver.submissions records for the file, the one with most rows when a
 * file holds several; failing that (a file whose every row was rejected), the submitter its
 * quarantined rows name, per the submissions contract (BF-1 the unit, BF-2 and BF-4 the county of
 * the village, BF-3 the county, BF-5 the province of the area); failing that (a file rejected as a
 * whole), the file itself, under its file name.
 */
public final class FeedbackReports {

    /** Shown instead of a pseudonymised or personal value, which never leaves ingestion in clear. */
    public static final String WITHHELD = "（已隐去）";

    /**
     * The check results of one pinned snapshot.
     *
     * @param quarantine silver.quarantine: file_hash, sheet, row_number, rule_code, severity, field, value,
     *     message_zh, message_en, cells
     * @param warnings silver.warnings: the same columns without cells
     * @param submissions silver.submissions: form_code, submitter_code, period, file_hash, is_current,
     *     rows_accepted, rows_quarantined (an empty frame of {@link #SUBMISSION_COLUMNS} when not written yet)
     * @param files bronze.files: file_hash, file_name, form_code, ingested_at, readable, rows_read and,
     *     when written by a recent ingest, received_at and column_letters
     * @param names code → name of every unit, county and province (from the registers)
     */
    public record Sources(Dataset<Row> quarantine, Dataset<Row> warnings, Dataset<Row> submissions,
            Dataset<Row> files, Dataset<Row> names) {
    }

    public static final org.apache.spark.sql.types.StructType SUBMISSION_COLUMNS = new org.apache.spark.sql.types.StructType()
            .add("form_code", DataTypes.StringType)
            .add("submitter_code", DataTypes.StringType)
            .add("period", DataTypes.StringType)
            .add("file_hash", DataTypes.StringType)
            .add("is_current", DataTypes.BooleanType)
            .add("rows_accepted", DataTypes.LongType)
            .add("rows_quarantined", DataTypes.LongType);

    private FeedbackReports() {
    }

    /** code, name of units (ML-3), counties and provinces (ML-1). */
    public static Dataset<Row> names(Dataset<Row> unitRegister, Dataset<Row> countyRegister) {
        return unitRegister.select(col("unit_code").as("code"), col("unit_name").as("name"))
                .unionByName(countyRegister.select(col("county_code").as("code"), col("county_name").as("name")))
                .unionByName(countyRegister.select(col("province_code").as("code"), col("province_name").as("name")))
                .groupBy("code").agg(expr("min(name)").as("name"));
    }

    /**
     * Builds every report and hands each to {@code sink} in turn, so that only one workbook's problems
     * are held in memory at a time. Reports come in form, submitter and period order.
     */
    public static void forEachReport(Sources sources, Consumer<FeedbackReport> sink) {
        Dataset<Row> files = fileColumns(sources.files());
        try (CachedFrames cache = new CachedFrames()) {
            Dataset<Row> fileKeys = cache.keep(fileKeys(sources, files));
            // A problem of a row goes to that row's submitter (a BF-1 file lists many units), a problem of
            // the whole file to the submitter it names, else to the file's sender.
            Dataset<Row> issues = issues(sources).join(fileKeys.withColumnRenamed("key_submitter", "file_submitter")
                            .withColumnRenamed("key_period", "file_period"), "file_hash")
                    .withColumn("key_submitter", coalesce(col("row_submitter"), col("file_submitter")))
                    .withColumn("key_period", when(col("row_submitter").isNotNull(), coalesce(col("row_period"), lit("")))
                            .otherwise(col("file_period")))
                    .join(files.select("file_hash", "file_name", "received", "column_letters"), "file_hash");

            WindowSpec byKey = Window.partitionBy("key_form", "key_submitter", "key_period");
            WindowSpec inOrder = byKey.orderBy(col("received"), col("file_name"), col("file_hash"), col("row_number"),
                    col("column_letter"), col("rule_code"), col("field"), col("message_zh"));
            Dataset<Row> ordered = issues
                    .withColumn("column_letter", coalesce(expr("try_element_at(column_letters, field)"), lit("")))
                    .withColumn("position", row_number().over(inOrder))
                    .withColumn("issues_in_key", count(lit(1)).over(byKey))
                    .filter(col("position").leq(FeedbackWorkbook.MAX_ISSUES))
                    .join(sources.names().withColumnRenamed("code", "key_submitter"), new String[] {"key_submitter"},
                            "left")
                    .orderBy("key_form", "key_submitter", "key_period", "position");

            Dataset<Row> problemKeys = issues.select("key_form", "key_submitter", "key_period").distinct();
            Map<List<String>, List<FeedbackFile>> filesByKey = filesByKey(sources, files, fileKeys, problemKeys);

            Iterator<Row> rows = ordered.toLocalIterator();
            List<String> currentKey = null;
            List<FeedbackIssue> current = new ArrayList<>();
            Row first = null;
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> key = keyOf(row);
                if (!key.equals(currentKey)) {
                    if (currentKey != null) {
                        sink.accept(report(first, current, filesByKey.getOrDefault(currentKey, List.of())));
                    }
                    currentKey = key;
                    current = new ArrayList<>();
                    first = row;
                }
                current.add(issue(row));
            }
            if (currentKey != null) {
                sink.accept(report(first, current, filesByKey.getOrDefault(currentKey, List.of())));
            }
        }
    }

    private static List<String> keyOf(Row row) {
        return Arrays.asList(row.getAs("key_form"), row.getAs("key_submitter"), row.getAs("key_period"));
    }

    private static FeedbackReport report(Row first, List<FeedbackIssue> issues, List<FeedbackFile> files) {
        String form = first.getAs("key_form");
        String name = first.getAs("name");
        long total = first.<Long>getAs("issues_in_key");
        String formName = FormCatalogue.find(form).map(FormDefinition::titleChinese).orElse("");
        return new FeedbackReport(form, formName, first.getAs("key_submitter"), name == null ? "" : name,
                first.getAs("key_period"), files, issues, total - issues.size());
    }

    private static FeedbackIssue issue(Row row) {
        String form = row.getAs("key_form");
        String field = nullToEmpty(row.getAs("field"));
        String header = FormCatalogue.find(form).flatMap(definition -> definition.field(field))
                .map(FieldDefinition::header).orElse("");
        String value = nullToEmpty(row.getAs("value"));
        boolean withheld = value.startsWith("!") || isWithheld(form, field);
        return new FeedbackIssue(row.getAs("file_name"), nullToEmpty(row.getAs("sheet")),
                row.<Integer>getAs("row_number"), row.getAs("column_letter"), field, header,
                withheld ? WITHHELD : value, nullToEmpty(row.getAs("rule_code")),
                "ERROR".equals(row.getAs("severity")), nullToEmpty(row.getAs("message_zh")),
                nullToEmpty(row.getAs("message_en")));
    }

    /** Pseudonymised fields (their value is a key, not the text) and personal data are never shown. */
    static boolean isWithheld(String form, String field) {
        return FormCatalogue.find(form).flatMap(definition -> definition.field(field))
                .map(definition -> definition.pseudonymised() || definition.type() == FieldType.PERSONAL
                        || definition.type() == FieldType.RESIDENT_ID_NUMBER)
                .orElse(false);
    }

    /** bronze.files with received (falling back to ingested_at) and column_letters (empty when absent). */
    private static Dataset<Row> fileColumns(Dataset<Row> files) {
        List<String> columns = Arrays.asList(files.columns());
        Column received = columns.contains("received_at")
                ? coalesce(col("received_at"), col("ingested_at")) : col("ingested_at");
        Column letters = columns.contains("column_letters") ? col("column_letters")
                : expr("map()").cast(DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType));
        return files.select(col("file_hash"), col("file_name"), col("form_code"), received.as("received"),
                letters.as("column_letters"), col("readable"), col("rows_read").cast("long").as("rows_read"))
                .dropDuplicates("file_hash");
    }

    /** Quarantine and warnings as one frame, with the submitter and period each quarantined row names. */
    private static Dataset<Row> issues(Sources sources) {
        Dataset<Row> quarantine = sources.quarantine();
        Column cellSubmitter = cellSubmitter();
        Column cellPeriod = cellPeriod();
        List<Column> common = List.of(col("file_hash"), col("sheet"), col("row_number"), col("rule_code"),
                col("severity"), col("field"), col("value"), col("message_zh"), col("message_en"));
        List<Column> fromQuarantine = new ArrayList<>(common);
        fromQuarantine.add(cellSubmitter.as("cell_submitter"));
        fromQuarantine.add(cellPeriod.as("cell_period"));
        fromQuarantine.add(recorded(quarantine, "submitter_code", cellSubmitter).as("row_submitter"));
        fromQuarantine.add(recorded(quarantine, "period", when(cellSubmitter.isNotNull(), cellPeriod))
                .as("row_period"));
        List<Column> fromWarnings = new ArrayList<>(common);
        fromWarnings.add(lit(null).cast(DataTypes.StringType).as("cell_submitter"));
        fromWarnings.add(lit(null).cast(DataTypes.StringType).as("cell_period"));
        Column none = lit(null).cast(DataTypes.StringType);
        fromWarnings.add(recorded(sources.warnings(), "submitter_code", none).as("row_submitter"));
        fromWarnings.add(recorded(sources.warnings(), "period", none).as("row_period"));
        return quarantine.select(fromQuarantine.toArray(Column[]::new))
                .unionByName(sources.warnings().select(fromWarnings.toArray(Column[]::new)));
    }

    /**
     * The column the check recorded (silver.quarantine and silver.warnings carry submitter_code and
     * period since feedback goes per row), else {@code fallback} for tables written before.
     */
    private static Column recorded(Dataset<Row> table, String column, Column fallback) {
        return Arrays.asList(table.columns()).contains(column) ? coalesce(col(column), fallback) : fallback;
    }

    /** The submitter a bronze row names, per the submissions contract; null when it names none. */
    private static Column cellSubmitter() {
        Column unit = upper(trim(col("cells").getItem("unit_code")));
        Column village = trim(col("cells").getItem("village_code"));
        Column county = trim(col("cells").getItem("county_code"));
        Column area = trim(col("cells").getItem("area_code"));
        Column form = col("form_code");
        return when(form.equalTo(FormCatalogue.UNIT_ASSISTANCE).and(unit.rlike("^[0-9A-Z]{18}$")), unit)
                .when(form.isin(FormCatalogue.WORK_TEAMS, FormCatalogue.POOR_HOUSEHOLDS)
                        .and(village.rlike("^[0-9]{12}$")), substring(village, 1, 6))
                .when(form.equalTo(FormCatalogue.COUNTY_PROGRESS).and(county.rlike("^[0-9]{6}$")), county)
                .when(form.equalTo(FormCatalogue.ANNUAL_TARGETS).and(area.rlike("^[0-9]{6}$")),
                        concat(substring(area, 1, 2), lit("0000")));
    }

    /** The period a bronze row names: 2019Q2 (also from 2019-Q2, 2019年第二季度) or a year; null otherwise. */
    private static Column cellPeriod() {
        Column quarter = upper(expr("regexp_replace(trim(cells['period']), '[-_ ]', '')"));
        Column chinese = expr("regexp_extract(trim(cells['period']), '^([0-9]{4})年第?([1-4一二三四])季度?$', 0)");
        Column year = trim(col("cells").getItem("year"));
        return when(quarter.rlike("^[0-9]{4}Q[1-4]$"), quarter)
                .when(chinese.notEqual(""), concat(substring(chinese, 1, 4), lit("Q"),
                        expr("translate(regexp_extract(trim(cells['period']), '^[0-9]{4}年第?([1-4一二三四])', 1),"
                                + " '一二三四', '1234')")))
                .when(year.rlike("^[0-9]{4}$"), year);
    }

    /** Per file: the form, submitter and period its problems are reported under. */
    private static Dataset<Row> fileKeys(Sources sources, Dataset<Row> files) {
        Dataset<Row> submissions = sources.submissions();
        List<String> columns = Arrays.asList(submissions.columns());
        Column rows = (columns.contains("rows_accepted") ? coalesce(col("rows_accepted").cast("long"), lit(0L))
                : lit(0L)).plus(columns.contains("rows_quarantined")
                ? coalesce(col("rows_quarantined").cast("long"), lit(0L)) : lit(0L));
        Dataset<Row> fromSubmissions = firstPerFile(submissions.select(col("file_hash"), col("form_code"),
                col("submitter_code").as("submitter"), col("period"), rows.as("weight")));
        Dataset<Row> fromCells = firstPerFile(issues(sources).filter(col("cell_submitter").isNotNull())
                .groupBy(col("file_hash"), col("cell_submitter").as("submitter"), col("cell_period").as("period"))
                .agg(count(lit(1)).as("weight"))
                .join(files.select("file_hash", "form_code"), "file_hash"));
        Dataset<Row> known = fromSubmissions.unionByName(fromCells.join(fromSubmissions.select("file_hash"),
                new String[] {"file_hash"}, "left_anti"));
        return files.select("file_hash", "file_name", "form_code")
                .join(known.withColumnRenamed("form_code", "known_form"), new String[] {"file_hash"}, "left")
                .select(col("file_hash"),
                        coalesce(col("known_form"), col("form_code"), lit("")).as("key_form"),
                        coalesce(col("submitter"), col("file_name")).as("key_submitter"),
                        coalesce(col("period"), lit("")).as("key_period"));
    }

    private static Dataset<Row> firstPerFile(Dataset<Row> candidates) {
        WindowSpec best = Window.partitionBy("file_hash")
                .orderBy(col("weight").desc(), col("submitter"), col("period"));
        return candidates.withColumn("rank", row_number().over(best)).filter(col("rank").equalTo(1))
                .select("file_hash", "form_code", "submitter", "period");
    }

    /**
     * Per key with problems: every file that problems were found in, and every file recorded for its
     * submission. Only those keys are collected, without the files' column letters: every key of a
     * national warehouse (1.4 M submissions), each row carrying its file's header map, did not fit
     * the driver's heap.
     */
    private static Map<List<String>, List<FeedbackFile>> filesByKey(Sources sources, Dataset<Row> files,
            Dataset<Row> fileKeys, Dataset<Row> problemKeys) {
        Dataset<Row> submissions = sources.submissions();
        Dataset<Row> recorded = submissions.select(col("file_hash"), col("form_code").as("key_form"),
                col("submitter_code").as("key_submitter"), col("period").as("key_period"));
        Dataset<Row> current = submissions.groupBy("file_hash")
                .agg(max(coalesce(col("is_current"), lit(true))).as("current"));
        Dataset<Row> quarantinedRows = sources.quarantine().filter(col("row_number").gt(0))
                .groupBy("file_hash").agg(countDistinct(col("row_number")).as("rows_quarantined"));
        Dataset<Row> warnings = sources.warnings().groupBy("file_hash").agg(count(lit(1)).as("warnings"));
        List<Row> rows = fileKeys.unionByName(recorded).distinct()
                .join(problemKeys, new String[] {"key_form", "key_submitter", "key_period"}, "left_semi")
                .join(files.drop("column_letters"), "file_hash")
                .join(current, new String[] {"file_hash"}, "left")
                .join(quarantinedRows, new String[] {"file_hash"}, "left")
                .join(warnings, new String[] {"file_hash"}, "left")
                .orderBy("key_form", "key_submitter", "key_period", "received", "file_name", "file_hash")
                .collectAsList();
        Map<List<String>, List<FeedbackFile>> byKey = new LinkedHashMap<>();
        for (Row row : rows) {
            Timestamp received = row.getAs("received");
            Boolean isCurrent = row.getAs("current");
            Long quarantined = row.getAs("rows_quarantined");
            Long warningCount = row.getAs("warnings");
            Long read = row.getAs("rows_read");
            byKey.computeIfAbsent(keyOf(row), key -> new ArrayList<>()).add(new FeedbackFile(
                    row.getAs("file_name"), received == null ? null : received.toLocalDateTime(),
                    Boolean.TRUE.equals(row.getAs("readable")), isCurrent == null || isCurrent,
                    read == null ? 0 : read, quarantined == null ? 0 : quarantined,
                    warningCount == null ? 0 : warningCount));
        }
        return byKey;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
