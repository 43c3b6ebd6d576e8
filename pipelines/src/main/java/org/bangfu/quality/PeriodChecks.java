package org.bangfu.quality;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FieldType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.forms.PeriodKind;
import org.bangfu.forms.TimeBasis;

/**
 * Checks across periods (FORMS.md group 4), warnings only, over the current silver rows of one
 * form: P001 a year-to-date figure lower than the same key's previous quarter of the same year
 * (疑似错报); P002 a figure more than ten times the same key's previous period (请核实); P003
 * figures far from their peers (请核实), see {@link #amongPeers}. Which fields are figures, and which
 * are year to date, comes from the catalogue's time basis.
 */
public final class PeriodChecks {

    static final double TENFOLD = 10.0;
    static final double ROBUST_Z_LIMIT = 3.5;
    static final int FEWEST_PEERS = 8;
    /** P003 also needs the value to be this many times off the peers' median (on 1 + x): a typo, a unit, a slipped digit. */
    static final double PEER_FACTOR = 5.0;
    /** The spread below which peers count as alike: log(1 + x) differing by 10 %. */
    private static final double SMALLEST_SPREAD = 0.1;
    /** Makes the MAD comparable with a standard deviation of normally distributed figures. */
    private static final double MAD_SCALE = 0.6745;

    private PeriodChecks() {
    }

    /** Without registers: peers are every row of the same form, field and period. */
    public static Optional<Dataset<Row>> warnings(FormDefinition form, Dataset<Row> silver) {
        return warnings(form, silver, Map.of());
    }

    /** As {@link #warnings(FormDefinition, Dataset, Map, UnaryOperator)}, computing its rows again for each pass. */
    public static Optional<Dataset<Row>> warnings(FormDefinition form, Dataset<Row> silver,
            Map<String, Dataset<Row>> registers) {
        return warnings(form, silver, registers, UnaryOperator.identity());
    }

    /**
     * @param silver the form's current silver rows (typed fields and lineage columns)
     * @param registers the current silver registers by form code: ML-3 gives BF-1 units their level
     *     and category, ML-1 gives BF-3 counties their poverty type, so that peers are alike
     * @param keep computes the narrow rows the checks read several times once (a checkpoint, say):
     *     without it each pass reads the figures out of the silver rows again
     * @return warnings: file_hash, form_code, sheet, row_number and the issue columns
     */
    public static Optional<Dataset<Row>> warnings(FormDefinition form, Dataset<Row> silver,
            Map<String, Dataset<Row>> registers, UnaryOperator<Dataset<Row>> keep) {
        List<FieldDefinition> figures = form.storedFields().stream()
                .filter(field -> field.isFigure()
                        && (field.type() == FieldType.INTEGER || field.type() == FieldType.DECIMAL))
                .toList();
        if (figures.isEmpty() || form.periodKind() == PeriodKind.NONE) {
            return Optional.empty();
        }
        Dataset<Row> rows = keep.apply(figureRows(form, figures, withPeerGroups(form, silver, registers)));
        Dataset<Row> againstPrevious = againstPreviousPeriod(rows, figures);
        Dataset<Row> amongPeers = amongPeers(rows, figures);
        return Optional.of(againstPrevious.unionByName(amongPeers)
                .select(lit(form.code()).as("form_code"), col("file_hash"), col("sheet"), col("row_number"),
                        col("issue.*")));
    }

    /**
     * One row per silver row: its lineage, key, submitter, period position and peer groups, and its
     * figures as {@code figure_0}, {@code figure_1}… in the order of {@code figures}. The checks
     * compare numbers on these narrow rows and write the text of a warning only for the few found.
     */
    private static Dataset<Row> figureRows(FormDefinition form, List<FieldDefinition> figures, Dataset<Row> silver) {
        Column[] otherKeys = form.keyFields().stream().filter(key -> !key.equals("period") && !key.equals("year"))
                .map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        boolean quarterly = form.periodKind() == PeriodKind.QUARTERLY;
        Column position = quarterly ? col("year").multiply(4).plus(col("quarter")).minus(1) : col("year");
        Column label = quarterly ? col("period") : col("year").cast("string");
        Column submitter = SubmissionScope.of(form.code())
                .map(scope -> concat(substring(col(scope.submitterField()), 1, scope.submitterLength()),
                        lit(scope.submitterSuffix())))
                .orElse(lit(""));
        List<Column> columns = new ArrayList<>(List.of(col("file_hash"), col("sheet"), col("row_number"),
                concat_ws("|", otherKeys).as("row_key"), col("year").as("report_year"), position.as("position"),
                label.as("period_label"), col("peer_group"), col("peer_group_coarse"), submitter.as("submitter")));
        for (int order = 0; order < figures.size(); order++) {
            columns.add(col(figures.get(order).name()).as(figure(order)));
        }
        return silver.select(columns.toArray(Column[]::new));
    }

    private static String figure(int order) {
        return "figure_" + order;
    }

    /** A column per figure, in the catalogue's order, picked by the row's {@code field_order}. */
    private static Column ofFigure(List<FieldDefinition> figures, IntFunction<Column> perFigure) {
        Column[] choices = new Column[figures.size()];
        for (int order = 0; order < figures.size(); order++) {
            choices[order] = perFigure.apply(order);
        }
        return element_at(array(choices), col("field_order").plus(1));
    }

    /**
     * The field, header and value as shown of each row's figure ({@code field_order}): added to the
     * few rows found, as columns of their own so that the messages refer to them and the generated
     * code stays small.
     */
    private static Dataset<Row> withFigureText(Dataset<Row> found, List<FieldDefinition> figures) {
        return found.withColumn("field", ofFigure(figures, order -> lit(figures.get(order).name())))
                .withColumn("header", ofFigure(figures, order -> lit(figures.get(order).header())))
                .withColumn("shown", plain(ofFigure(figures, order -> exact(col(figure(order))))));
    }

    /** A figure as {@link #plain} formats it: every figure has the same type in one array. */
    private static Column exact(Column figure) {
        return figure.cast(SHOWN_TYPE);
    }

    /**
     * Peers are submitters alike: BF-1 units of the same level and category (a ministry is no peer
     * of a county hospital), BF-3 counties of the same poverty type, BF-5 areas of the same level.
     * A fine group with fewer than {@link #FEWEST_PEERS} rows falls back to the coarse one.
     */
    private static Dataset<Row> withPeerGroups(FormDefinition form, Dataset<Row> silver,
            Map<String, Dataset<Row>> registers) {
        Dataset<Row> units = registers.get(FormCatalogue.UNIT_REGISTER);
        Dataset<Row> counties = registers.get(FormCatalogue.COUNTY_REGISTER);
        if (form.code().equals(FormCatalogue.UNIT_ASSISTANCE) && units != null) {
            Dataset<Row> kinds = units.select(col("unit_code"), col("unit_level").as("peer_level"),
                    col("unit_category").as("peer_category")).dropDuplicates("unit_code");
            return silver.join(kinds, "unit_code", "left")
                    .withColumn("peer_group", concat_ws(" · ", coalesce(col("peer_level"), lit("?")),
                            coalesce(col("peer_category"), lit("?"))))
                    .withColumn("peer_group_coarse", coalesce(col("peer_level"), lit("?")))
                    .drop("peer_level", "peer_category");
        }
        if (form.code().equals(FormCatalogue.COUNTY_PROGRESS) && counties != null) {
            Dataset<Row> types = counties.select(col("county_code"), col("poverty_type").as("peer_type"))
                    .dropDuplicates("county_code");
            return silver.join(types, "county_code", "left")
                    .withColumn("peer_group", coalesce(col("peer_type"), lit("?")))
                    .withColumn("peer_group_coarse", lit(ALL_PEERS))
                    .drop("peer_type");
        }
        if (form.code().equals(FormCatalogue.ANNUAL_TARGETS)) {
            Column level = when(col("area_code").endsWith("0000"), lit("省级 / province"))
                    .when(col("area_code").endsWith("00"), lit("市州级 / prefecture"))
                    .otherwise(lit("县级 / county"));
            return silver.withColumn("peer_group", level).withColumn("peer_group_coarse", level);
        }
        return silver.withColumn("peer_group", lit(ALL_PEERS)).withColumn("peer_group_coarse", lit(ALL_PEERS));
    }

    private static final String ALL_PEERS = "全部 / all";

    /**
     * P001 and P002 against the same key's previous period: each row meets the row before it in a
     * window over its key, so the rows are shuffled once and never one per figure.
     */
    private static Dataset<Row> againstPreviousPeriod(Dataset<Row> rows, List<FieldDefinition> figures) {
        WindowSpec byPeriod = Window.partitionBy("row_key").orderBy("position");
        List<Column> previous = new ArrayList<>(List.of(col("*"),
                lag(col("position"), 1).over(byPeriod).as("previous_position"),
                lag(col("report_year"), 1).over(byPeriod).as("previous_year"),
                lag(col("period_label"), 1).over(byPeriod).as("previous_period")));
        // Which rule each figure breaks, as a number: the text of a warning is written for the few found.
        List<Column> broken = new ArrayList<>();
        for (int order = 0; order < figures.size(); order++) {
            previous.add(lag(col(figure(order)), 1).over(byPeriod).as("previous_" + figure(order)));
            Column amount = col(figure(order)).cast("double");
            Column previousAmount = col("previous_" + figure(order)).cast("double");
            Column fell = lit(figures.get(order).timeBasis() == TimeBasis.YEAR_TO_DATE)
                    .and(col("report_year").equalTo(col("previous_year"))).and(amount.lt(previousAmount));
            Column jumped = previousAmount.gt(0).and(amount.gt(previousAmount.multiply(TENFOLD)));
            broken.add(when(fell, lit(FELL)).when(jumped, lit(JUMPED)));
        }
        Column[] arguments = {col("header"), col("shown"), col("previous_period"), col("previous_shown")};
        Column issue = when(col("broken").equalTo(FELL),
                        RuleText.issue(Rule.YEAR_TO_DATE_FELL, "", col("shown"), arguments))
                .otherwise(RuleText.issue(Rule.JUMP_OVER_TENFOLD, "", col("shown"), arguments))
                .withField("field", col("field"));
        return withFigureText(rows.select(previous.toArray(Column[]::new))
                        .filter(col("previous_position").equalTo(col("position").minus(1)))
                        .select(col("*"), posexplode(array(broken.toArray(Column[]::new)))
                                .as(new String[] {"field_order", "broken"}))
                        .filter(col("broken").isNotNull()), figures)
                .withColumn("previous_shown", plain(ofFigure(figures, order -> exact(col("previous_" + figure(order))))))
                .select(col("file_hash"), col("sheet"), col("row_number"), issue.as("issue"));
    }

    private static final int FELL = 1;
    private static final int JUMPED = 2;

    private static final String SHOWN_TYPE = "decimal(20,2)";

    /** 120.5 rather than 120.5000, 120 rather than 120.0: a median as a submitter would write it. */
    private static Column plain(Column number) {
        Column twoPlaces = number.cast(SHOWN_TYPE).cast("string");
        return regexp_replace(regexp_replace(twoPlaces, "(\\.\\d*?)0+$", "$1"), "\\.$", "");
    }

    /**
     * P003: the robust z-score of log(1 + x) within the peer group, 0.6745 × (y − median) ÷ MAD,
     * beyond 3.5, and the value more than {@link #PEER_FACTOR} times off the median: logs because
     * amounts spread over orders of magnitude, so that a large unit is not an outlier for being
     * large, while a slipped digit or 元 typed for 万元 is. Zeros are statements, not typos; where
     * most peers report zero (a median of 0: few units send work teams) a small count is no
     * outlier; and a group needs {@link #FEWEST_PEERS} rows. One warning per submitter and period, on the row
     * furthest out, listing every figure found (row, column, value, peers' median).
     */
    private static Dataset<Row> amongPeers(Dataset<Row> rows, List<FieldDefinition> figures) {
        // Each statistic is an aggregation of the figures per group (partial on each partition, so
        // only a summary per group is shuffled) broadcast back to them: the figures, one row per
        // silver row and figure, are never shuffled or sorted.
        List<Column> stacked = new ArrayList<>();
        for (int order = 0; order < figures.size(); order++) {
            stacked.add(struct(lit(order).as("field_order"), col(figure(order)).cast("double").as("amount")));
        }
        Dataset<Row> figuresByRow = rows.select(col("*"), explode(array(stacked.toArray(Column[]::new))).as("figure"))
                .select(col("*"), col("figure.*")).drop("figure")
                .filter(col("amount").isNotNull());
        // A group is a figure of a period among a peer group: first the fine group, then the one used.
        String[] group = {"field_order", "position", "peer_group"};
        Column[] groupColumns = Arrays.stream(group).map(functions::col).toArray(Column[]::new);
        Dataset<Row> fineGroups = figuresByRow.groupBy(groupColumns)
                .agg(count(lit(1)).as("fine_count"));
        Dataset<Row> grouped = figuresByRow.join(functions.broadcast(fineGroups), group)
                .withColumn("peer_group", when(col("fine_count").geq(FEWEST_PEERS), col("peer_group"))
                        .otherwise(col("peer_group_coarse")))
                .withColumn("logged", functions.log1p(col("amount")));
        Dataset<Row> medians = grouped.groupBy(groupColumns)
                .agg(expr("percentile_approx(logged, 0.5, 100000)").as("median_logged"),
                        expr("percentile_approx(amount, 0.5, 100000)").as("median"),
                        count(lit(1)).as("peer_count"))
                .filter(col("peer_count").geq(FEWEST_PEERS));
        Dataset<Row> withMedian = grouped.join(functions.broadcast(medians), group)
                .withColumn("deviation", abs(col("logged").minus(col("median_logged"))));
        Dataset<Row> spreads = withMedian.groupBy(groupColumns)
                .agg(expr("percentile_approx(deviation, 0.5, 100000)").as("median_deviation"));
        Column spread = functions.greatest(col("median_deviation"), lit(SMALLEST_SPREAD));
        Column robustZ = col("logged").minus(col("median_logged")).multiply(MAD_SCALE).divide(spread);
        Dataset<Row> outliers = withFigureText(withMedian.join(functions.broadcast(spreads), group)
                .withColumn("robust_z", robustZ)
                .filter(col("amount").gt(0).and(col("median").gt(0)).and(abs(col("robust_z")).gt(ROBUST_Z_LIMIT))
                        .and(col("deviation").gt(Math.log(PEER_FACTOR)))
                        .and(col("amount").geq(col("median").multiply(PEER_FACTOR))
                                .or(col("amount").leq(col("median").divide(PEER_FACTOR))))), figures);
        Column item = concat(lit("第"), col("row_number"), lit("行“"), col("header"), lit("”为"), col("shown"),
                lit("（同类"), col("peer_count"), lit("份的中位数为"), plain(col("median")), lit("）"));
        Column itemEnglish = concat(lit("row "), col("row_number"), lit(" \""), col("header"), lit("\" is "),
                col("shown"), lit(" (median of "), col("peer_count"), lit(" like reports "), plain(col("median")),
                lit(")"));
        WindowSpec furthestFirst = Window.partitionBy("submitter", "period_label")
                .orderBy(abs(col("robust_z")).desc(), col("file_hash"), col("row_number"), col("field_order"));
        Dataset<Row> listed = outliers
                .withColumn("rank", functions.row_number().over(furthestFirst))
                .withColumn("item", struct(col("file_hash").as("a"), col("row_number").as("b"),
                        col("field_order").as("c"), item.as("zh"), itemEnglish.as("en")))
                .groupBy("submitter", "period_label")
                .agg(expr("sort_array(collect_list(item))").as("items"),
                        functions.min_by(struct(col("file_hash"), col("sheet"), col("row_number"), col("field"),
                                col("shown"), col("peer_group")), col("rank")).as("furthest"));
        Column listZh = expr("array_join(transform(items, item -> item.zh), '；')");
        Column listEn = expr("array_join(transform(items, item -> item.en), '; ')");
        Column issue = struct(lit(Rule.OUTLIER_AMONG_PEERS.code()).as("rule_code"),
                lit(Rule.OUTLIER_AMONG_PEERS.severity().name()).as("severity"), col("furthest.field").as("field"),
                col("furthest.shown").cast("string").as("value"),
                RuleText.chinese(Rule.OUTLIER_AMONG_PEERS, lit(""), listZh, lit(""), col("furthest.peer_group"))
                        .as("message_zh"),
                RuleText.english(Rule.OUTLIER_AMONG_PEERS, lit(""), listEn, lit(""), col("furthest.peer_group"))
                        .as("message_en"));
        return listed.select(col("furthest.file_hash").as("file_hash"), col("furthest.sheet").as("sheet"),
                col("furthest.row_number").as("row_number"), issue.as("issue"));
    }
}
