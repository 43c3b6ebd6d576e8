package org.bangfu.model;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.quality.RuleTitles;

/**
 * What the checks found, for readers rather than submitters: gold.data_quality counts the rows
 * quarantined and the rows warned per form, period, rule and submitter, and
 * gold.reconciliation_differences lists every cross-source comparison (silver.reconciliation) with
 * the area or unit it concerns. Pure: Datasets in, Datasets out.
 *
 * <p>A submitter's area (county, or prefecture) is known when the submitter is an area (BF-2, BF-3,
 * BF-4 and BF-5 are submitted by counties, prefectures or the province); an assisting unit (BF-1) has
 * none, so its rows have no county. Each row is one submitter, so {@code submitters} (1, or 0 when
 * the file did not say who sent it) adds up to the submitters concerned over any grouping.
 */
public final class DataQuality {

    public static final String QUARANTINED = "quarantined";
    public static final String WARNED = "warned";

    /** The columns of silver.quarantine and silver.warnings read here, for a warehouse that has none yet. */
    public static final org.apache.spark.sql.types.StructType ISSUE_COLUMNS = new org.apache.spark.sql.types.StructType()
            .add("form_code", "string").add("period", "string").add("rule_code", "string").add("severity", "string")
            .add("submitter_code", "string").add("file_hash", "string").add("sheet", "string").add("row_number", "int");

    /** The columns of silver.submissions read here, for a warehouse that has none yet. */
    public static final org.apache.spark.sql.types.StructType SUBMISSION_COLUMNS = new org.apache.spark.sql.types.StructType()
            .add("file_hash", "string").add("submitter_code", "string").add("period", "string");

    /** The columns of silver.reconciliation, for a warehouse that has none yet. */
    public static final org.apache.spark.sql.types.StructType RECONCILIATION_COLUMNS =
            new org.apache.spark.sql.types.StructType()
                    .add("rule_code", "string").add("period", "string").add("subject_code", "string")
                    .add("subject_name", "string").add("source_a", "string").add("value_a", "long")
                    .add("source_b", "string").add("value_b", "long").add("difference", "long")
                    .add("relative_difference", "double").add("agrees", "boolean")
                    .add("note_zh", "string").add("note_en", "string");

    private DataQuality() {
    }

    /**
     * gold.data_quality.
     *
     * @param quarantine silver.quarantine: form_code, period, rule_code, severity, submitter_code,
     *     file_hash, sheet, row_number
     * @param warnings silver.warnings, the same columns
     * @param counties silver.county_register
     * @param units silver.unit_register: unit_code, unit_name
     * @param submissions silver.submissions: file_hash, submitter_code, period; names who sent a file
     *     when a whole-file issue (row 0, such as L001 late) does not say
     */
    public static Dataset<Row> dataQuality(Dataset<Row> quarantine, Dataset<Row> warnings, Dataset<Row> counties,
            Dataset<Row> units, Dataset<Row> submissions) {
        Dataset<Row> all = issues(quarantine, QUARANTINED).unionByName(issues(warnings, WARNED));
        Column unattributed = col("row_number").equalTo(0).and(col("submitter_code").isNull());
        Dataset<Row> senders = submissions.select(col("file_hash"), col("submitter_code").as("sent_by"),
                col("period").as("sent_for")).distinct();
        Dataset<Row> attributed = all.filter(unattributed).join(senders, new String[] {"file_hash"}, "left")
                .withColumn("submitter_code", col("sent_by"))
                .withColumn("period", coalesce(col("period"), col("sent_for")))
                .drop("sent_by", "sent_for");
        Dataset<Row> issues = all.filter(org.apache.spark.sql.functions.not(unattributed)).unionByName(attributed);
        Dataset<Row> counted = issues
                .groupBy(col("outcome"), col("form_code"), col("period"), col("rule_code"), col("severity"),
                        col("submitter_code"))
                .agg(countDistinct(col("file_hash"), col("sheet"), col("row_number")).as("rows"),
                        count(lit(1)).as("issues"), countDistinct(col("file_hash")).as("files"));
        Dataset<Row> withAreas = counted.join(areasAndUnits(counties, units),
                counted.col("submitter_code").equalTo(col("known_code")), "left");
        return withAreas.select(
                GoldColumns.named(col("outcome"), "outcome", "处理结果：quarantined 隔离（未入库）或 warned 警告（已入库）",
                        "outcome: quarantined (not loaded) or warned (loaded)"),
                GoldColumns.named(when(col("outcome").equalTo(QUARANTINED), lit("隔离")).otherwise(lit("警告")),
                        "outcome_zh", "处理结果（中文）：隔离或警告", "outcome in Chinese"),
                GoldColumns.named(col("form_code"), "form_code", "表号", "form code"),
                GoldColumns.named(col("period"), "period", "报告期：季度如2019Q2，年度如2019；无法识别时为空",
                        "reporting period: quarter like 2019Q2, year like 2019; empty when it could not be read"),
                GoldColumns.named(col("rule_code"), "rule_code", "规则代码", "rule code"),
                GoldColumns.named(col("severity"), "severity", "严重程度：error 错误或 warning 警告",
                        "severity: error or warning"),
                GoldColumns.named(ruleName(col("rule_code"), true), "rule_zh", "规则名称（中文）", "rule name in Chinese"),
                GoldColumns.named(ruleName(col("rule_code"), false), "rule_en", "规则名称（英文）", "rule name in English"),
                GoldColumns.named(col("area_prefecture_code"), "prefecture_code", "报送者所在市州代码（报送者为单位时为空）",
                        "prefecture of the submitter; empty when the submitter is a unit"),
                GoldColumns.named(col("area_prefecture_name"), "prefecture_name", "市州名称", "prefecture name"),
                GoldColumns.named(col("area_county_code"), "county_code", "报送者所在县代码（报送者为县时）",
                        "county of the submitter, when the submitter is a county"),
                GoldColumns.named(col("area_county_name"), "county_name", "县名称", "county name"),
                GoldColumns.named(col("submitter_code"), "submitter_code", "报送者代码：单位、县、市州或省；文件未注明时为空",
                        "submitter: unit, county, prefecture or province; empty when the file did not say"),
                GoldColumns.named(col("known_name"), "submitter_name", "报送者名称（不在名录中时为空）",
                        "submitter's name; empty when not in a register"),
                GoldColumns.named(col("rows"), "rows", "涉及的数据行数（整文件拒收计为1行）",
                        "data rows concerned (a whole file rejected counts as one)"),
                GoldColumns.named(col("issues"), "issues", "问题条数（一行可有多处问题）", "issues (a row may have several)"),
                GoldColumns.named(col("files"), "files", "涉及的文件数", "files concerned"),
                GoldColumns.named(when(col("submitter_code").isNull(), lit(0L)).otherwise(lit(1L)), "submitters",
                        "报送者数：每行一个报送者为1，未注明为0，按任意分组求和即为涉及的报送者数",
                        "submitters: 1 per row (0 when unknown), so a sum over any grouping counts the submitters concerned"));
    }

    /**
     * gold.reconciliation_differences: every pair silver.reconciliation compared, agreeing or not,
     * with the rule's name and, for a county, its prefecture.
     *
     * @param reconciliation silver.reconciliation
     */
    public static Dataset<Row> reconciliationDifferences(Dataset<Row> reconciliation, Dataset<Row> counties,
            Dataset<Row> units) {
        Dataset<Row> withAreas = reconciliation.join(areasAndUnits(counties, units),
                reconciliation.col("subject_code").equalTo(col("known_code")), "left");
        return withAreas.select(
                GoldColumns.named(col("rule_code"), "rule_code", "核对规则代码（X001 驻村队员、X002 脱贫人口）",
                        "reconciliation rule (X001 team members, X002 people exited)"),
                GoldColumns.named(ruleName(col("rule_code"), true), "rule_zh", "核对内容（中文）", "what is compared, Chinese"),
                GoldColumns.named(ruleName(col("rule_code"), false), "rule_en", "核对内容（英文）", "what is compared, English"),
                GoldColumns.named(col("period"), "period", "报告期：季度如2019Q2，年度如2019",
                        "reporting period: quarter like 2019Q2, year like 2019"),
                GoldColumns.named(col("known_kind"), "subject_kind", "核对对象类型：unit 单位、county 县",
                        "what is compared: unit or county"),
                GoldColumns.named(col("subject_code"), "subject_code", "核对对象代码", "code of the unit or county"),
                GoldColumns.named(coalesce(col("known_name"), col("subject_name")), "subject_name", "核对对象名称",
                        "name of the unit or county"),
                GoldColumns.named(col("area_prefecture_code"), "prefecture_code", "所在市州代码（对象为县时）",
                        "prefecture, when the subject is a county"),
                GoldColumns.named(col("area_prefecture_name"), "prefecture_name", "市州名称", "prefecture name"),
                GoldColumns.named(col("source_a"), "source_a", "数A的来源", "source of figure A"),
                GoldColumns.named(col("value_a"), "value_a", "数A", "figure A"),
                GoldColumns.named(col("source_b"), "source_b", "数B的来源", "source of figure B"),
                GoldColumns.named(col("value_b"), "value_b", "数B", "figure B"),
                GoldColumns.named(col("difference"), "difference", "差额（A－B）", "difference (A − B)"),
                GoldColumns.named(col("agrees"), "agrees", "两数是否一致", "whether the figures agree"),
                GoldColumns.named(col("note_zh"), "note_zh", "说明（中文）", "note, Chinese"),
                GoldColumns.named(col("note_en"), "note_en", "说明（英文）", "note, English"));
    }

    /** The rule's short name from {@link RuleTitles}; a code no rule has is named by its code. */
    static Column ruleName(Column ruleCode, boolean chinese) {
        java.util.List<Column> entries = new java.util.ArrayList<>();
        for (org.bangfu.quality.Rule rule : org.bangfu.quality.Rule.values()) {
            RuleTitles.Title title = RuleTitles.of(rule);
            entries.add(lit(rule.code()));
            entries.add(lit(chinese ? title.chinese() : title.english()));
        }
        Column names = org.apache.spark.sql.functions.map(entries.toArray(Column[]::new));
        return coalesce(org.apache.spark.sql.functions.element_at(names, ruleCode),
                org.apache.spark.sql.functions.concat(lit(chinese ? "规则" : "rule "), ruleCode));
    }

    /** One row per issue, with its outcome; severity lower-cased. */
    private static Dataset<Row> issues(Dataset<Row> table, String outcome) {
        return table.select(lit(outcome).as("outcome"), col("form_code"), col("period"), col("rule_code"),
                org.apache.spark.sql.functions.lower(col("severity")).as("severity"), col("submitter_code"),
                col("file_hash"), col("sheet"), col("row_number"));
    }

    /**
     * Every code a submitter or subject may have, with its name and area: counties, prefectures and
     * provinces from the county register, units from the unit register.
     */
    private static Dataset<Row> areasAndUnits(Dataset<Row> counties, Dataset<Row> units) {
        Dataset<Row> countyRows = counties.select(col("county_code").as("known_code"), col("county_name").as("known_name"),
                lit("county").as("known_kind"), col("county_code").as("area_county_code"),
                col("county_name").as("area_county_name"), col("prefecture_code").as("area_prefecture_code"),
                col("prefecture_name").as("area_prefecture_name"));
        Dataset<Row> prefectureRows = counties.select(col("prefecture_code").as("known_code"),
                col("prefecture_name").as("known_name"), lit("prefecture").as("known_kind"),
                lit(null).cast("string").as("area_county_code"), lit(null).cast("string").as("area_county_name"),
                col("prefecture_code").as("area_prefecture_code"), col("prefecture_name").as("area_prefecture_name"))
                .dropDuplicates("known_code");
        Dataset<Row> provinceRows = counties.select(col("province_code").as("known_code"),
                col("province_name").as("known_name"), lit("province").as("known_kind"),
                lit(null).cast("string").as("area_county_code"), lit(null).cast("string").as("area_county_name"),
                lit(null).cast("string").as("area_prefecture_code"), lit(null).cast("string").as("area_prefecture_name"))
                .dropDuplicates("known_code");
        Dataset<Row> unitRows = units.select(col("unit_code").as("known_code"), col("unit_name").as("known_name"),
                lit("unit").as("known_kind"), lit(null).cast("string").as("area_county_code"),
                lit(null).cast("string").as("area_county_name"), lit(null).cast("string").as("area_prefecture_code"),
                lit(null).cast("string").as("area_prefecture_name"))
                .dropDuplicates("known_code");
        return countyRows.unionByName(prefectureRows).unionByName(provinceRows).unionByName(unitRows);
    }
}
