package org.bangfu.quality;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FieldType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.forms.PeriodKind;
import org.bangfu.forms.TimeBasis;

/**
 * Checks across periods (FORMS.md group 4), warnings only, over the current silver rows of one
 * form: P001 a year-to-date figure lower than the same key's previous quarter of the same year
 * (疑似错报); P002 a figure more than ten times the same key's previous period (请核实); P003 a
 * figure far from its peers — same form, field and period — by the robust z-score
 * 0.6745 × (x − median) ÷ MAD beyond 3.5, with at least 8 peers (请核实). Which fields are figures,
 * and which are year to date, comes from the catalogue's time basis.
 */
public final class PeriodChecks {

    static final double TENFOLD = 10.0;
    static final double ROBUST_Z_LIMIT = 3.5;
    static final int FEWEST_PEERS = 8;
    /** Makes the MAD comparable with a standard deviation of normally distributed figures. */
    private static final double MAD_SCALE = 0.6745;

    private PeriodChecks() {
    }

    /**
     * @param silver the form's current silver rows (typed fields and lineage columns)
     * @return warnings: file_hash, form_code, sheet, row_number and the issue columns
     */
    public static Optional<Dataset<Row>> warnings(FormDefinition form, Dataset<Row> silver) {
        List<FieldDefinition> figures = form.storedFields().stream()
                .filter(field -> field.isFigure()
                        && (field.type() == FieldType.INTEGER || field.type() == FieldType.DECIMAL))
                .toList();
        if (figures.isEmpty() || form.periodKind() == PeriodKind.NONE) {
            return Optional.empty();
        }
        Dataset<Row> figuresByRow = longFormat(form, figures, silver);
        Dataset<Row> againstPrevious = againstPreviousPeriod(figuresByRow);
        Dataset<Row> amongPeers = amongPeers(figuresByRow.filter(col("outlier_checked")));
        return Optional.of(againstPrevious.unionByName(amongPeers)
                .select(lit(form.code()).as("form_code"), col("file_hash"), col("sheet"), col("row_number"),
                        col("issue.*")));
    }

    /** One row per (silver row, figure) with its key, period position and peer group. */
    private static Dataset<Row> longFormat(FormDefinition form, List<FieldDefinition> figures, Dataset<Row> silver) {
        List<Column> stacked = new ArrayList<>();
        for (FieldDefinition field : figures) {
            boolean bounded = ValueRange.of(form.code()).stream().anyMatch(range -> range.field().equals(field.name()));
            stacked.add(struct(lit(field.name()).as("field"), lit(field.header()).as("header"),
                    lit(field.timeBasis() == TimeBasis.YEAR_TO_DATE).as("year_to_date"),
                    // A figure with a plausible range (S017) is bounded already; its peers say nothing more.
                    lit(!bounded).as("outlier_checked"),
                    col(field.name()).cast("double").as("amount"), plain(col(field.name())).as("shown")));
        }
        Column[] otherKeys = form.keyFields().stream().filter(key -> !key.equals("period") && !key.equals("year"))
                .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        boolean quarterly = form.periodKind() == PeriodKind.QUARTERLY;
        Column position = quarterly ? col("year").multiply(4).plus(col("quarter")).minus(1) : col("year");
        Column label = quarterly ? col("period") : col("year").cast("string");
        return silver.select(col("file_hash"), col("sheet"), col("row_number"),
                        concat_ws("|", otherKeys).as("row_key"), col("year").as("report_year"),
                        position.as("position"), label.as("period_label"), peerGroup(form).as("peer_group"),
                        explode(array(stacked.toArray(Column[]::new))).as("figure"))
                .select(col("*"), col("figure.*")).drop("figure")
                .filter(col("amount").isNotNull());
    }

    /** Peers are the same level of area: a province's target is no peer of a county's. */
    private static Column peerGroup(FormDefinition form) {
        if (form.code().equals(FormCatalogue.ANNUAL_TARGETS)) {
            return when(col("area_code").endsWith("0000"), lit("province"))
                    .when(col("area_code").endsWith("00"), lit("prefecture")).otherwise(lit("county"));
        }
        return lit("");
    }

    private static Dataset<Row> againstPreviousPeriod(Dataset<Row> figures) {
        Dataset<Row> previous = figures.select(col("row_key"), col("field"),
                col("position").plus(1).as("position"), col("report_year").as("previous_year"),
                col("amount").as("previous_amount"), col("shown").as("previous_shown"),
                col("period_label").as("previous_period"));
        Dataset<Row> paired = figures.join(previous, new String[] {"row_key", "field", "position"});
        Column fell = col("year_to_date").and(col("report_year").equalTo(col("previous_year")))
                .and(col("amount").lt(col("previous_amount")));
        Column jumped = col("previous_amount").gt(0).and(col("amount").gt(col("previous_amount").multiply(TENFOLD)));
        Column[] arguments = {col("header"), col("shown"), col("previous_period"), col("previous_shown")};
        Column fellIssue = RuleText.issue(Rule.YEAR_TO_DATE_FELL, "", col("shown"), arguments);
        Column jumpedIssue = RuleText.issue(Rule.JUMP_OVER_TENFOLD, "", col("shown"), arguments);
        return paired.filter(fell.or(jumped))
                .select(col("file_hash"), col("sheet"), col("row_number"),
                        when(fell, fellIssue).otherwise(jumpedIssue).withField("field", col("field")).as("issue"));
    }

    /** 120.5 rather than 120.5000, 120 rather than 120.0: a median as a submitter would write it. */
    private static Column plain(Column number) {
        Column twoPlaces = number.cast("decimal(20,2)").cast("string");
        return regexp_replace(regexp_replace(twoPlaces, "(\\.\\d*?)0+$", "$1"), "\\.$", "");
    }

    private static Dataset<Row> amongPeers(Dataset<Row> figures) {
        String[] peers = {"field", "position", "peer_group"};
        Dataset<Row> medians = figures.groupBy(peers[0], peers[1], peers[2])
                .agg(expr("percentile_approx(amount, 0.5, 100000)").as("median"), count(lit(1)).as("peer_count"))
                .filter(col("peer_count").geq(FEWEST_PEERS));
        Dataset<Row> withMedian = figures.join(medians, peers)
                .withColumn("deviation", abs(col("amount").minus(col("median"))));
        Dataset<Row> deviations = withMedian.groupBy(peers[0], peers[1], peers[2])
                .agg(expr("percentile_approx(deviation, 0.5, 100000)").as("median_deviation"))
                .filter(col("median_deviation").gt(0));
        Column robustZ = col("amount").minus(col("median")).multiply(MAD_SCALE).divide(col("median_deviation"));
        Column issue = RuleText.issue(Rule.OUTLIER_AMONG_PEERS, "", col("shown"),
                col("header"), col("shown"), plain(col("median")), col("peer_count"));
        return withMedian.join(deviations, peers)
                .filter(abs(robustZ).gt(ROBUST_Z_LIMIT))
                .select(col("file_hash"), col("sheet"), col("row_number"),
                        issue.withField("field", col("field")).as("issue"));
    }
}
