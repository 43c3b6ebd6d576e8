package org.bangfu.quality;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.PeriodKind;

/**
 * Submissions of periodic forms: in which order the files of each (form, submitter, period) came,
 * which of their rows reach silver, and whether they came in late. Pure transforms over the
 * validated rows of one form and bronze.files.
 *
 * <p>A submission is a candidate when at least one of its rows was accepted (a file rejected row
 * by row does not wipe out the figures it meant to correct). Candidates are ordered by the batch
 * that delivered them; within one batch (an original and its correction arriving together) by
 * 填报日期; then by the file ingested later. The last one is the current submission. FORMS.md,
 * "Resubmission": the latest accepted row of each key wins, so a submitter may split a period over
 * several files (by county, township or prefecture) and a key a later file leaves out stays as it
 * was, with a {@link Rule#KEYS_NOT_RESUBMITTED} warning listing it. Withdrawal is explicit only: a
 * row whose 状态/备注 says 撤回 or 删除 withdraws its key, and a submission that declares 全量替换
 * (in its title block, or ingested with {@code --replace-scope}) replaces its whole scope: rows of
 * the submissions before it no longer count.
 */
final class Submissions {

    private Submissions() {
    }

    private static final Pattern WITHDRAWAL = Pattern.compile("撤回|删除");

    /** The 状态 or 备注 cell says 撤回 or 删除: the row withdraws its key. */
    static boolean withdraws(Map<String, String> cells) {
        String status = cells.get(FormCatalogue.ROW_STATUS);
        return status != null && WITHDRAWAL.matcher(status).find();
    }

    /** The validated row withdraws its key ({@link #withdraws}, found as the row was checked). */
    static Column withdrawsKey() {
        return col("withdraws");
    }

    /**
     * A withdrawal row only needs to say which key it withdraws: problems with its figures (blank
     * required amounts, say) are dropped, problems with its key, submitter and period are kept.
     */
    static Dataset<Row> honouringWithdrawals(SubmissionScope scope, Dataset<Row> validated) {
        Set<String> identifying = new LinkedHashSet<>(scope.form().keyFields());
        identifying.add(scope.submitterField());
        identifying.add(scope.periodField());
        String fields = identifying.stream().map(field -> "'" + field + "'").collect(Collectors.joining(", "));
        return validated.withColumn("issues", when(withdrawsKey(),
                expr("filter(issues, issue -> issue.field IN (" + fields + "))")).otherwise(col("issues")));
    }

    /**
     * Adds {@code submitter_code} and {@code period} to validated rows. A rejected row whose code or
     * period could not be read counts towards the first submitter and period of its file, so that
     * it is still counted in that submission's quarantined rows.
     */
    static Dataset<Row> scoped(SubmissionScope scope, Dataset<Row> validated) {
        // One narrow row per file, broadcast back: a window over the file would shuffle the wide rows.
        Dataset<Row> firstOfFile = validated.groupBy(col("file_hash").as("first_of_file"))
                .agg(firstByRow(scope.submitterOf()).as("file_submitter"), firstByRow(scope.periodOf()).as("file_period"));
        return validated.join(functions.broadcast(firstOfFile), col("file_hash").equalTo(col("first_of_file")))
                .drop("first_of_file")
                .withColumn("submitter_code", coalesce(scope.submitterOf(), col("file_submitter"), lit("")))
                .withColumn("period", coalesce(scope.periodOf(), col("file_period"), lit("")))
                .drop("file_submitter", "file_period");
    }

    /** The value of the file's first row (by row number) that has one. */
    private static Column firstByRow(Column value) {
        return min(when(value.isNotNull(), struct(col("row_number"), value.as("value")))).getField("value");
    }

    /**
     * One row per (form, submitter, period, file): counts, deadline, lateness, its place among the
     * submissions of its scope, whether it replaces the scope (全量替换) and whether it is the current
     * (latest) submission of its scope.
     *
     * @param files bronze.files with {@code received_at} (or {@code ingested_at} copied into it)
     */
    static Dataset<Row> of(SubmissionScope scope, Dataset<Row> scoped, Dataset<Row> files, int deadlineDays) {
        Column reportedOn = scope.form().field("reported_on").isPresent()
                ? max(when(CheckColumns.noErrors(), col("values").getItem("reported_on"))).as("reported_on")
                : max(lit(null).cast("string")).as("reported_on");
        Dataset<Row> perFile = scoped.groupBy(col("form_code"), col("submitter_code"), col("period"),
                        col("file_hash"), col("batch_id"), col("ingest_sequence"))
                .agg(count(when(CheckColumns.noErrors(), lit(1))).as("rows_accepted"),
                        count(when(CheckColumns.hasErrors(), lit(1))).as("rows_quarantined"),
                        count(when(CheckColumns.noErrors().and(withdrawsKey()), lit(1))).as("rows_withdrawn"),
                        reportedOn);
        Column candidate = col("rows_accepted").gt(0);
        Column deadline = date_add(periodEnd(scope, col("period")), deadlineDays);
        WindowSpec sameScope = Window.partitionBy(col("form_code"), col("submitter_code"), col("period"), candidate);
        return perFile
                .withColumn("candidate_rank", row_number().over(sameScope
                        .orderBy(col("batch_id").desc(), col("reported_on").desc_nulls_last(),
                                col("ingest_sequence").desc())))
                .withColumn("submission_order", when(candidate, row_number().over(sameScope
                        .orderBy(col("batch_id").asc(), col("reported_on").asc_nulls_first(),
                                col("ingest_sequence").asc()))))
                .join(withReplaceScope(files).select("file_hash", "file_name", "received_at", "replace_scope"),
                        "file_hash")
                .withColumn("deadline", deadline)
                .withColumn("is_late", coalesce(to_date(col("received_at")).gt(col("deadline")), lit(false)))
                .withColumn("is_current", candidate.and(col("candidate_rank").equalTo(1)))
                .select(col("form_code"), col("submitter_code"), col("period"), col("file_hash"), col("file_name"),
                        col("batch_id"), col("received_at"), col("deadline"), col("is_late"), col("is_current"),
                        col("submission_order"), col("replace_scope").as("replaces_scope"),
                        col("rows_accepted"), col("rows_quarantined"), col("rows_withdrawn"));
    }

    /** bronze.files of warehouses ingested before 全量替换 was recorded: no file replaced its scope. */
    static Dataset<Row> withReplaceScope(Dataset<Row> files) {
        return java.util.Arrays.asList(files.columns()).contains("replace_scope")
                ? files.withColumn("replace_scope", coalesce(col("replace_scope"), lit(false)))
                : files.withColumn("replace_scope", lit(false));
    }

    /** The last day of the period: the quarter's last day, or 31 December of the year. */
    static Column periodEnd(SubmissionScope scope, Column period) {
        Column year = substring(period, 1, 4).cast("int");
        if (scope.form().periodKind() == PeriodKind.QUARTERLY) {
            return last_day(make_date(year, substring(period, 6, 1).cast("int").multiply(3), lit(1)));
        }
        return make_date(year, lit(12), lit(31));
    }

    /**
     * The accepted rows that still count: those of every candidate submission of the scope from its
     * latest 全量替换 on (all of them when none replaced the scope). The latest row of each key among
     * them wins; a withdrawal row that wins removes its key.
     */
    static Dataset<Row> liveRows(Dataset<Row> scoped, Dataset<Row> submissions) {
        WindowSpec sameScope = Window.partitionBy(col("submitter_code"), col("period"));
        Dataset<Row> live = submissions.filter(col("rows_accepted").gt(0))
                .withColumn("replaced_up_to", max(when(col("replaces_scope"), col("submission_order"))).over(sameScope))
                .filter(col("replaced_up_to").isNull().or(col("submission_order").geq(col("replaced_up_to"))))
                .select("submitter_code", "period", "file_hash");
        // One row per file: broadcast, so the wide rows stay where they are.
        return scoped.filter(CheckColumns.noErrors())
                .join(functions.broadcast(live), new String[] {"submitter_code", "period", "file_hash"}, "left_semi");
    }

    /**
     * How many rows of each submission (submitter_code, period, file_hash) silver holds after the latest
     * row of every key has won: one narrow row per file, read by {@link #withRowsCurrent} and
     * {@link #omittedKeyWarnings} so that the current rows are counted in one pass.
     */
    static Dataset<Row> rowsCurrentByFile(Dataset<Row> currentRows) {
        return currentRows.groupBy("submitter_code", "period", "file_hash").agg(count(lit(1)).as("rows_current"));
    }

    /** @param rowsCurrentByFile as {@link #rowsCurrentByFile} */
    static Dataset<Row> withRowsCurrent(Dataset<Row> submissions, Dataset<Row> rowsCurrentByFile) {
        return submissions.join(rowsCurrentByFile, new String[] {"submitter_code", "period", "file_hash"}, "left")
                .withColumn("rows_current", coalesce(col("rows_current"), lit(0L)))
                .select(submissions.col("form_code"), col("submitter_code"), col("period"), col("file_hash"),
                        col("file_name"), col("batch_id"), col("received_at"), col("deadline"), col("is_late"),
                        col("is_current"), col("submission_order"), col("replaces_scope"), col("rows_accepted"),
                        col("rows_quarantined"), col("rows_withdrawn"), col("rows_current"));
    }

    /** At most this many rows are listed in one {@link Rule#KEYS_NOT_RESUBMITTED} warning; the count is always whole. */
    static final int KEYS_LISTED = 20;

    /**
     * One L002 warning per scope whose current submission leaves out keys that earlier submissions
     * of the scope still hold in silver, on the current file at row 0, listing them by file, row
     * and key (pseudonymised keys by file and row only). Without the file's name, form and sheet:
     * the caller joins those from bronze.files once for all warnings of whole files.
     *
     * @param currentRows the rows silver holds, with submitter_code, period, file_hash, row_number and values
     * @param rowsCurrentByFile as {@link #rowsCurrentByFile}
     */
    static Dataset<Row> omittedKeyWarnings(SubmissionScope scope, Dataset<Row> submissions, Dataset<Row> currentRows,
            Dataset<Row> rowsCurrentByFile, Dataset<Row> files) {
        Dataset<Row> latest = submissions.filter(col("is_current"))
                .select(col("submitter_code"), col("period"), col("file_hash").as("latest_file"));
        // The earlier files that silver still holds rows of, from the counts: normally none, and then
        // adaptive execution drops the join below once this broadcast side comes out empty, and the
        // current rows (1.6 million BF-4 rows of a province) are not read for it at all.
        Dataset<Row> earlierFilesWithRows = rowsCurrentByFile.join(latest, new String[] {"submitter_code", "period"})
                .filter(col("file_hash").notEqual(col("latest_file")))
                .select("submitter_code", "period", "file_hash", "latest_file");
        Column[] keyParts = scope.form().keyFields().stream()
                .filter(key -> !key.equals(scope.periodField()) && !scope.form().requireField(key).pseudonymised())
                .map(key -> col("values").getItem(key)).toArray(Column[]::new);
        Column keyText = keyParts.length == 0 ? lit("") : concat_ws("，", keyParts);
        Column item = concat(lit("《"), col("file_name"), lit("》第"), col("row_number").cast("string"), lit("行"),
                when(keyText.notEqual(lit("")), concat(lit("（"), keyText, lit("）"))).otherwise(lit("")));
        Dataset<Row> omitted = currentRows
                .join(functions.broadcast(earlierFilesWithRows), new String[] {"submitter_code", "period", "file_hash"})
                .join(files.select("file_hash", "file_name"), "file_hash")
                .groupBy("latest_file", "submitter_code", "period")
                .agg(count(lit(1)).as("omitted"),
                        sort_array(collect_list(struct(col("file_name"), col("row_number"), item.as("item"))))
                                .as("items"));
        Column listed = concat(expr("array_join(transform(slice(items, 1, " + KEYS_LISTED + "), x -> x.item), '、')"),
                when(col("omitted").gt(KEYS_LISTED), lit("等")).otherwise(lit("")));
        Rule rule = Rule.KEYS_NOT_RESUBMITTED;
        Column issue = RuleText.issue(rule, scope.form().keyFields().get(0), col("omitted"),
                lit(""), col("omitted"), listed);
        return omitted.select(col("latest_file").as("file_hash"), lit(0).as("row_number"), issue.as("issue"),
                        col("submitter_code"), col("period"))
                .select(col("file_hash"), col("row_number"), col("issue.*"), col("submitter_code"), col("period"));
    }

    /**
     * One L001 warning per file that brought a late submission, at row 0 (the whole file), so the
     * submitter's feedback says it was late; the file's rows are accepted all the same. Without the
     * file's name, form and sheet, as {@link #omittedKeyWarnings}.
     */
    static Dataset<Row> lateWarnings(SubmissionScope scope, Dataset<Row> submissions) {
        Dataset<Row> lateFiles = submissions.filter(col("is_late"))
                .groupBy("file_hash")
                .agg(min("period").as("period"), min("received_at").as("received_at"), min("deadline").as("deadline"));
        Rule rule = Rule.SUBMITTED_LATE;
        Column issue = RuleText.issue(rule, scope.periodField(), col("period"),
                col("period"), date_format(col("received_at"), "yyyy-MM-dd HH:mm"), col("deadline"));
        return lateFiles.select(col("file_hash"), lit(0).as("row_number"), issue.as("issue"))
                .select(col("file_hash"), col("row_number"), col("issue.*"));
    }

    /** bronze.files as this job reads it: {@code received_at} falls back to {@code ingested_at} on older warehouses. */
    static Dataset<Row> withReceivedAt(Dataset<Row> files) {
        boolean hasReceivedAt = java.util.Arrays.asList(files.columns()).contains("received_at");
        return hasReceivedAt
                ? files.withColumn("received_at", coalesce(col("received_at"), col("ingested_at")))
                : files.withColumn("received_at", col("ingested_at"));
    }
}
