package org.bangfu.model;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.warehouse.ColumnMeaning;

/**
 * Completeness and timeliness of the quarterly forms: per form and quarter, the submissions
 * expected from the registers and pairings against those received, each on time (按时), late (逾期)
 * or missing (未报送). Pure: Datasets in, a Dataset out.
 *
 * <p>What is expected:
 * <ul>
 *   <li>BF-1: every unit × county pairing (ML-4) active during the quarter, i.e. started by its last
 *       day and not ended before its first; the submitter is the unit, the subject the county;</li>
 *   <li>BF-2: every registered poor village (ML-2 贫困村 = 是) that had not exited before the quarter's
 *       year; the submitter is its county, but one roster is expected per village;</li>
 *   <li>BF-3: every poor county (ML-1 国定 or 省定), submitting for itself.</li>
 * </ul>
 * A subject counts as received when the silver form table holds a current row for it; when and
 * whether late come from the submission (silver.submissions) of the file that row came from. The
 * deadline of a missing submission is the quarter's last day plus the deadline days, so that a
 * 通报 can say by when it was due.
 */
public final class Completeness {

    /** Days after the quarter's last day by which a quarterly form is due, unless configured. */
    public static final int DEFAULT_DEADLINE_DAYS = 10;

    public static final String ON_TIME = "on_time";
    public static final String LATE = "late";
    public static final String MISSING = "missing";

    private static final List<String> FORMS = List.of(
            FormCatalogue.UNIT_ASSISTANCE, FormCatalogue.WORK_TEAMS, FormCatalogue.COUNTY_PROGRESS);

    /**
     * The inputs, as read from silver. {@code workTeams} and {@code countyProgress} may be empty
     * frames with only their key columns when those forms have never been checked.
     *
     * @param counties silver.county_register: county_code, county_name, prefecture_code, prefecture_name, poverty_type
     * @param villages silver.village_register: village_code, village_name, poor_village, exit_year
     * @param units silver.unit_register: unit_code, unit_name
     * @param pairings silver.pairings: unit_code, county_code, start_date, end_date
     * @param submissions silver.submissions: form_code, submitter_code, period, file_hash, file_name,
     *     received_at, deadline, is_late
     * @param unitAssistance silver BF-1: unit_code, county_code, period, file_hash
     * @param workTeams silver BF-2: village_code, period, file_hash
     * @param countyProgress silver BF-3: county_code, period, file_hash
     */
    public record Inputs(Dataset<Row> counties, Dataset<Row> villages, Dataset<Row> units, Dataset<Row> pairings,
            Dataset<Row> submissions, Dataset<Row> unitAssistance, Dataset<Row> workTeams,
            Dataset<Row> countyProgress) {
    }

    /** The columns a silver.submissions frame needs here, for a warehouse that has none yet. */
    public static final StructType SUBMISSION_COLUMNS = new StructType()
            .add("form_code", DataTypes.StringType)
            .add("submitter_code", DataTypes.StringType)
            .add("period", DataTypes.StringType)
            .add("file_hash", DataTypes.StringType)
            .add("file_name", DataTypes.StringType)
            .add("received_at", DataTypes.TimestampType)
            .add("deadline", DataTypes.DateType)
            .add("is_late", DataTypes.BooleanType);

    /** The key columns of silver BF-2, for a warehouse where it does not exist yet. */
    public static final StructType WORK_TEAM_COLUMNS = new StructType()
            .add("village_code", DataTypes.StringType)
            .add("period", DataTypes.StringType)
            .add("file_hash", DataTypes.StringType);

    /** The key columns of silver BF-3, for a warehouse where it does not exist yet. */
    public static final StructType COUNTY_PROGRESS_COLUMNS = new StructType()
            .add("county_code", DataTypes.StringType)
            .add("period", DataTypes.StringType)
            .add("file_hash", DataTypes.StringType);

    private Completeness() {
    }

    /** An empty frame of the given columns, standing in for a table not written yet. */
    public static Dataset<Row> none(SparkSession spark, StructType columns) {
        return spark.createDataFrame(List.<Row>of(), columns);
    }

    /**
     * gold.completeness for every quarter that appears in a BF-1, BF-2 or BF-3 submission or silver
     * row, with deadlines {@value #DEFAULT_DEADLINE_DAYS} days after the quarter.
     */
    public static Dataset<Row> completeness(Inputs inputs) {
        // The quarters are a handful of rows, read by each form's branch: collected once, they enter the
        // plan as a local table instead of four more scans per branch, each planned on its own.
        Dataset<Row> observed = observedPeriods(inputs);
        Dataset<Row> periods = observed.sparkSession().createDataFrame(observed.collectAsList(), observed.schema());
        return completeness(inputs, periods, DEFAULT_DEADLINE_DAYS);
    }

    /**
     * gold.completeness: one row per form, quarter and expected subject.
     *
     * @param periods the quarters to assess, one column {@code period} such as {@code 2019Q2}
     * @param deadlineDays days after the quarter's last day by which a form is due
     */
    public static Dataset<Row> completeness(Inputs inputs, Dataset<Row> periods, int deadlineDays) {
        Dataset<Row> quarters = periods.select(col("period")).distinct()
                .withColumn("quarter_start", expr("make_date(cast(substring(period, 1, 4) as int),"
                        + " cast(substring(period, 6, 1) as int) * 3 - 2, 1)"))
                .withColumn("quarter_end", expr("last_day(add_months(quarter_start, 2))"));
        Dataset<Row> counties = inputs.counties().select(col("county_code"), col("county_name"),
                col("prefecture_code"), col("prefecture_name"), col("poverty_type"));

        Dataset<Row> expected = expectedUnitAssistance(inputs, quarters)
                .unionByName(expectedWorkTeams(inputs, quarters))
                .unionByName(expectedCountyProgress(inputs, quarters));
        Dataset<Row> received = receivedRows(inputs);
        Dataset<Row> submissions = inputs.submissions().select(col("form_code"), col("submitter_code"),
                col("period"), col("file_hash"), col("file_name"), col("received_at"),
                col("deadline").as("submission_deadline"), col("is_late"));

        Dataset<Row> joined = expected
                .join(received, new String[] {"form_code", "period", "submitter_code", "subject_code"}, "left")
                .join(submissions, new String[] {"form_code", "submitter_code", "period", "file_hash"}, "left")
                .join(counties.select("county_code", "county_name", "prefecture_code", "prefecture_name"),
                        new String[] {"county_code"}, "left");

        Column deadline = coalesce(col("submission_deadline"), date_add(col("quarter_end"), deadlineDays));
        Column isLate = coalesce(col("is_late"), to_date(col("received_at")).gt(deadline), lit(false));
        Column status = when(col("file_hash").isNull(), lit(MISSING)).when(isLate, lit(LATE)).otherwise(lit(ON_TIME));
        return joined.select(
                ColumnMeaning.named(col("form_code"), "form_code", "报表编号 / form code (BF-1, BF-2, BF-3)"),
                ColumnMeaning.named(col("period"), "period", "报告期 / reporting quarter, e.g. 2019Q2"),
                ColumnMeaning.named(expr("cast(substring(period, 1, 4) as int)"), "year", "年度 / year of the period"),
                ColumnMeaning.named(expr("cast(substring(period, 6, 1) as int)"), "quarter", "季度 / quarter 1–4"),
                ColumnMeaning.named(col("submitter_code"), "submitter_code",
                        "报送单位代码：BF-1 为帮扶单位，BF-2、BF-3 为县 / submitter: the unit for BF-1, the county for BF-2 and BF-3"),
                ColumnMeaning.named(col("submitter_name"), "submitter_name", "报送单位名称 / submitter's name"),
                ColumnMeaning.named(col("subject_code"), "subject_code",
                        "应报对象：BF-1 为结对县，BF-2 为贫困村，BF-3 为县 / what one submission is expected for: the paired county (BF-1), the poor village (BF-2), the county (BF-3)"),
                ColumnMeaning.named(col("subject_name"), "subject_name", "应报对象名称 / name of the expected subject"),
                ColumnMeaning.named(col("county_code"), "county_code", "所在县代码 / county of the subject"),
                ColumnMeaning.named(col("county_name"), "county_name", "所在县名称 / county name"),
                ColumnMeaning.named(col("prefecture_code"), "prefecture_code", "市州代码 / prefecture code"),
                ColumnMeaning.named(col("prefecture_name"), "prefecture_name", "市州名称 / prefecture name"),
                ColumnMeaning.named(status, "status", "报送状态 on_time 按时 / late 逾期 / missing 未报送 / submission status"),
                ColumnMeaning.named(when(status.equalTo(MISSING), lit("未报送")).when(status.equalTo(LATE), lit("逾期"))
                        .otherwise(lit("按时")), "status_zh", "报送状态（中文）：按时 / 逾期 / 未报送 / status in Chinese"),
                ColumnMeaning.named(col("received_at"), "received_at",
                        "报送时间（当前版本文件），未报送为空 / when the current file was received; blank when missing"),
                ColumnMeaning.named(deadline, "deadline", "报送截止日期 / deadline of the submission"),
                ColumnMeaning.named(when(status.equalTo(LATE), datediff(to_date(col("received_at")), deadline)),
                        "days_late", "逾期天数，按时或未报送为空 / days after the deadline; blank unless late"),
                ColumnMeaning.named(col("file_name"), "file_name", "当前版本文件名 / file name of the current submission"));
    }

    /** The quarters seen in any BF-1, BF-2 or BF-3 submission or silver row. */
    public static Dataset<Row> observedPeriods(Inputs inputs) {
        return inputs.submissions().filter(col("form_code").isin(FORMS.toArray())).select("period")
                .unionByName(inputs.unitAssistance().select("period"))
                .unionByName(inputs.workTeams().select("period"))
                .unionByName(inputs.countyProgress().select("period"))
                .filter(col("period").rlike("^[0-9]{4}Q[1-4]$"))
                .distinct();
    }

    private static Dataset<Row> expectedUnitAssistance(Inputs inputs, Dataset<Row> quarters) {
        Dataset<Row> pairings = inputs.pairings();
        Column active = col("start_date").leq(col("quarter_end"))
                .and(col("end_date").isNull().or(col("end_date").geq(col("quarter_start"))));
        return pairings.crossJoin(quarters).filter(active)
                .select(col("unit_code"), col("county_code"), col("period"), col("quarter_end")).distinct()
                .join(inputs.units().select("unit_code", "unit_name"), new String[] {"unit_code"}, "left")
                .join(inputs.counties().select("county_code", "county_name"), new String[] {"county_code"}, "left")
                .select(lit(FormCatalogue.UNIT_ASSISTANCE).as("form_code"), col("period"), col("quarter_end"),
                        col("unit_code").as("submitter_code"), col("unit_name").as("submitter_name"),
                        col("county_code").as("subject_code"), col("county_name").as("subject_name"),
                        col("county_code"));
    }

    private static Dataset<Row> expectedWorkTeams(Inputs inputs, Dataset<Row> quarters) {
        Column notExitedBefore = col("exit_year").isNull()
                .or(col("exit_year").geq(expr("cast(substring(period, 1, 4) as int)")));
        return inputs.villages().filter(col("poor_village").equalTo("是"))
                .crossJoin(quarters).filter(notExitedBefore)
                .withColumn("county_code", substring(col("village_code"), 1, 6))
                .join(inputs.counties().select("county_code", "county_name"), new String[] {"county_code"}, "left")
                .select(lit(FormCatalogue.WORK_TEAMS).as("form_code"), col("period"), col("quarter_end"),
                        col("county_code").as("submitter_code"), col("county_name").as("submitter_name"),
                        col("village_code").as("subject_code"), col("village_name").as("subject_name"),
                        col("county_code"));
    }

    private static Dataset<Row> expectedCountyProgress(Inputs inputs, Dataset<Row> quarters) {
        return inputs.counties().filter(col("poverty_type").isin("国定", "省定"))
                .crossJoin(quarters)
                .select(lit(FormCatalogue.COUNTY_PROGRESS).as("form_code"), col("period"), col("quarter_end"),
                        col("county_code").as("submitter_code"), col("county_name").as("submitter_name"),
                        col("county_code").as("subject_code"), col("county_name").as("subject_name"),
                        col("county_code"));
    }

    /** One row per current silver row: the form, quarter and subject it covers, and its file. */
    private static Dataset<Row> receivedRows(Inputs inputs) {
        return inputs.unitAssistance().select(lit(FormCatalogue.UNIT_ASSISTANCE).as("form_code"), col("period"),
                        col("county_code").as("subject_code"), col("unit_code").as("submitter_code"),
                        col("file_hash"))
                .unionByName(inputs.workTeams().select(lit(FormCatalogue.WORK_TEAMS).as("form_code"), col("period"),
                        col("village_code").as("subject_code"),
                        substring(col("village_code"), 1, 6).as("submitter_code"), col("file_hash")))
                .unionByName(inputs.countyProgress().select(lit(FormCatalogue.COUNTY_PROGRESS).as("form_code"),
                        col("period"), col("county_code").as("subject_code"),
                        col("county_code").as("submitter_code"), col("file_hash")));
    }

    /**
     * Per form, quarter and prefecture: submissions expected, received on time, late, missing, and
     * the share received (on time or late) in per cent with one decimal (四舍五入). Cheap enough to
     * compute from gold.completeness wherever it is shown, so it is not a table of its own.
     */
    public static Dataset<Row> summaryByPrefecture(Dataset<Row> completeness) {
        return completeness.groupBy(col("form_code"), col("period"), col("prefecture_code"), col("prefecture_name"))
                .agg(count(lit(1)).as("expected"),
                        sum(when(col("status").equalTo(ON_TIME), 1).otherwise(0)).cast("long").as("on_time"),
                        sum(when(col("status").equalTo(LATE), 1).otherwise(0)).cast("long").as("late"),
                        sum(when(col("status").equalTo(MISSING), 1).otherwise(0)).cast("long").as("missing"))
                .withColumn("received_rate", round(expr("cast(on_time + late as decimal(20, 4)) * 100 / expected"), 1)
                        .cast(DataTypes.createDecimalType(5, 1)));
    }
}
