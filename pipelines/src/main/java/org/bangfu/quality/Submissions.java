package org.bangfu.quality;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.bangfu.forms.PeriodKind;

/**
 * Submissions of periodic forms: which file is the current one for each (form, submitter, period),
 * which rows of it reach silver, and whether it came in late. Pure transforms over the validated
 * rows of one form and bronze.files.
 *
 * <p>A submission is a candidate when at least one of its rows was accepted (a file rejected row
 * by row does not wipe out the figures it meant to correct). Of the candidates the current one is
 * the one delivered in the later batch; within one batch (an original and its correction arriving
 * together) the one with the later 填报日期; then the file ingested later. The current submission
 * replaces every silver row of its scope, so a key it leaves out is withdrawn.
 */
final class Submissions {

    private Submissions() {
    }

    /**
     * Adds {@code submitter_code} and {@code period} to validated rows. A rejected row whose code or
     * period could not be read counts towards the first submitter and period of its file, so that
     * it is still counted in that submission's quarantined rows.
     */
    static Dataset<Row> scoped(SubmissionScope scope, Dataset<Row> validated) {
        WindowSpec wholeFile = Window.partitionBy("file_hash").orderBy("row_number")
                .rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
        return validated
                .withColumn("submitter_code", coalesce(scope.submitterOf(),
                        first(scope.submitterOf(), true).over(wholeFile), lit("")))
                .withColumn("period", coalesce(scope.periodOf(), first(scope.periodOf(), true).over(wholeFile),
                        lit("")));
    }

    /**
     * One row per (form, submitter, period, file): counts, deadline, lateness and whether it is the
     * current submission of its scope.
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
                        reportedOn);
        Column candidate = col("rows_accepted").gt(0);
        Column deadline = date_add(periodEnd(scope, col("period")), deadlineDays);
        return perFile
                .withColumn("candidate_rank", row_number().over(Window.partitionBy(
                                col("form_code"), col("submitter_code"), col("period"), candidate)
                        .orderBy(col("batch_id").desc(), col("reported_on").desc_nulls_last(),
                                col("ingest_sequence").desc())))
                .join(files.select("file_hash", "file_name", "received_at"), "file_hash")
                .withColumn("deadline", deadline)
                .withColumn("is_late", coalesce(to_date(col("received_at")).gt(col("deadline")), lit(false)))
                .withColumn("is_current", candidate.and(col("candidate_rank").equalTo(1)))
                .select(col("form_code"), col("submitter_code"), col("period"), col("file_hash"), col("file_name"),
                        col("batch_id"), col("received_at"), col("deadline"), col("is_late"), col("is_current"),
                        col("rows_accepted"), col("rows_quarantined"));
    }

    /** The last day of the period: the quarter's last day, or 31 December of the year. */
    static Column periodEnd(SubmissionScope scope, Column period) {
        Column year = substring(period, 1, 4).cast("int");
        if (scope.form().periodKind() == PeriodKind.QUARTERLY) {
            return last_day(make_date(year, substring(period, 6, 1).cast("int").multiply(3), lit(1)));
        }
        return make_date(year, lit(12), lit(31));
    }

    /** The accepted rows of the current submission of each scope: what silver holds for that form. */
    static Dataset<Row> currentRows(Dataset<Row> scoped, Dataset<Row> submissions) {
        Dataset<Row> current = submissions.filter(col("is_current"))
                .select("submitter_code", "period", "file_hash");
        return scoped.filter(CheckColumns.noErrors())
                .join(current, new String[] {"submitter_code", "period", "file_hash"}, "left_semi");
    }

    /**
     * One L001 warning per file that brought a late submission, at row 0 (the whole file), so the
     * submitter's feedback says it was late; the file's rows are accepted all the same.
     */
    static Dataset<Row> lateWarnings(SubmissionScope scope, Dataset<Row> submissions, Dataset<Row> files) {
        Dataset<Row> lateFiles = submissions.filter(col("is_late"))
                .groupBy("file_hash")
                .agg(min("period").as("period"), min("received_at").as("received_at"), min("deadline").as("deadline"));
        Rule rule = Rule.SUBMITTED_LATE;
        Column issue = RuleText.issue(rule, scope.periodField(), col("period"),
                col("period"), date_format(col("received_at"), "yyyy-MM-dd HH:mm"), col("deadline"));
        return lateFiles.join(files.select("file_hash", "file_name", "form_code", "sheet"), "file_hash")
                .select(col("file_hash"), col("file_name"), col("form_code"), col("sheet"), lit(0).as("row_number"),
                        issue.as("issue"))
                .select(col("file_hash"), col("file_name"), col("form_code"), col("sheet"), col("row_number"),
                        col("issue.*"));
    }

    /** bronze.files as this job reads it: {@code received_at} falls back to {@code ingested_at} on older warehouses. */
    static Dataset<Row> withReceivedAt(Dataset<Row> files) {
        boolean hasReceivedAt = java.util.Arrays.asList(files.columns()).contains("received_at");
        return hasReceivedAt
                ? files.withColumn("received_at", coalesce(col("received_at"), col("ingested_at")))
                : files.withColumn("received_at", col("ingested_at"));
    }
}
