package org.bangfu.model;

import static org.bangfu.model.TinyFrames.frame;
import static org.bangfu.model.TinyFrames.row;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.junit.Test;

/**
 * gold.data_quality counts rows, not issues: a row with two problems under one rule is one row. The
 * county 甲县 (in 乙州) submits BF-3; the unit U1 submits BF-1 and has no area; a whole file whose
 * submitter is unknown is one row with no submitter; a late file (L001, row 0) is put on the
 * submitter silver.submissions names for it.
 */
public class DataQualityTest extends SharedSparkDataFrameSuite {

    private static Dataset<Row> counties() {
        return frame(SilverFrames.schemaOf(FormCatalogue.COUNTY_REGISTER),
                row("county_code", "530102", "county_name", "甲县", "prefecture_code", "530100", "prefecture_name", "乙州",
                        "province_code", "530000", "province_name", "云南省", "poverty_type", "国定"));
    }

    private static Dataset<Row> units() {
        return frame(SilverFrames.schemaOf(FormCatalogue.UNIT_REGISTER), row("unit_code", "U1", "unit_name", "省交通厅"));
    }

    private static Map<String, Object> issue(String form, String period, String rule, String severity, String submitter,
            String file, int rowNumber) {
        return row("form_code", form, "period", period, "rule_code", rule, "severity", severity, "submitter_code",
                submitter, "file_hash", file, "sheet", "Sheet1", "row_number", rowNumber);
    }

    @Test
    public void rowsAreCountedOncePerRuleAndSubmitterWithTheRuleNameAndTheSubmittersArea() {
        Dataset<Row> quarantine = frame(DataQuality.ISSUE_COLUMNS,
                issue("BF-1", "2019Q2", "S002", "ERROR", "U1", "f1", 5),
                issue("BF-1", "2019Q2", "S002", "ERROR", "U1", "f1", 5),
                issue("BF-1", "2019Q2", "S002", "ERROR", "U1", "f1", 6),
                issue("BF-3", "2019Q2", "I002", "ERROR", "530102", "f2", 3),
                issue("BF-3", null, "F002", "ERROR", null, "f3", 0));
        Dataset<Row> warnings = frame(DataQuality.ISSUE_COLUMNS,
                issue("BF-3", "2019Q2", "P001", "WARNING", "530102", "f2", 4),
                issue("BF-1", null, "L001", "WARNING", null, "f4", 0));
        Dataset<Row> submissions = frame(DataQuality.SUBMISSION_COLUMNS,
                row("file_hash", "f4", "submitter_code", "U1", "period", "2019Q3"),
                row("file_hash", "f2", "submitter_code", "530102", "period", "2019Q2"));

        Dataset<Row> actual = DataQuality.dataQuality(quarantine, warnings, counties(), units(), submissions)
                .select("outcome", "form_code", "period", "rule_code", "severity", "rule_zh", "rule_en",
                        "prefecture_name", "county_code", "submitter_code", "submitter_name", "rows", "issues",
                        "submitters");

        StructType schema = actual.schema();
        Dataset<Row> expected = frame(schema,
                row("outcome", "quarantined", "form_code", "BF-1", "period", "2019Q2", "rule_code", "S002",
                        "severity", "error", "rule_zh", "应填数字", "rule_en", "not a number",
                        "submitter_code", "U1", "submitter_name", "省交通厅", "rows", 2L, "issues", 3L, "submitters", 1L),
                row("outcome", "quarantined", "form_code", "BF-3", "period", "2019Q2", "rule_code", "I002",
                        "severity", "error", "rule_zh", "贫困人口增减不平衡", "rule_en", "poor population does not balance",
                        "prefecture_name", "乙州", "county_code", "530102", "submitter_code", "530102",
                        "submitter_name", "甲县", "rows", 1L, "issues", 1L, "submitters", 1L),
                row("outcome", "quarantined", "form_code", "BF-3", "rule_code", "F002", "severity", "error",
                        "rule_zh", "无法识别报表", "rule_en", "form not recognised", "rows", 1L, "issues", 1L,
                        "submitters", 0L),
                row("outcome", "warned", "form_code", "BF-3", "period", "2019Q2", "rule_code", "P001",
                        "severity", "warning", "rule_zh", "累计数减少", "rule_en", "year-to-date figure fell",
                        "prefecture_name", "乙州", "county_code", "530102", "submitter_code", "530102",
                        "submitter_name", "甲县", "rows", 1L, "issues", 1L, "submitters", 1L),
                row("outcome", "warned", "form_code", "BF-1", "period", "2019Q3", "rule_code", "L001",
                        "severity", "warning", "rule_zh", "迟报", "rule_en", "submitted late",
                        "submitter_code", "U1", "submitter_name", "省交通厅", "rows", 1L, "issues", 1L, "submitters", 1L));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    @Test
    public void everyComparedPairIsKeptWithItsCountysPrefecture() {
        Dataset<Row> reconciliation = frame(DataQuality.RECONCILIATION_COLUMNS,
                row("rule_code", "X002", "period", "2019", "subject_code", "530102", "subject_name", "甲县",
                        "value_a", 120L, "value_b", 100L, "difference", 20L, "agrees", false),
                row("rule_code", "X001", "period", "2019Q2", "subject_code", "U1", "subject_name", "省交通厅",
                        "value_a", 4L, "value_b", 4L, "difference", 0L, "agrees", true));

        Dataset<Row> actual = DataQuality.reconciliationDifferences(reconciliation, counties(), units())
                .select("rule_code", "rule_zh", "period", "subject_kind", "subject_code", "prefecture_name",
                        "difference", "agrees");

        Dataset<Row> expected = frame(actual.schema(),
                row("rule_code", "X002", "rule_zh", "脱贫人口与贫困户名单不一致", "period", "2019", "subject_kind", "county",
                        "subject_code", "530102", "prefecture_name", "乙州", "difference", 20L, "agrees", false),
                row("rule_code", "X001", "rule_zh", "驻村队员数与花名册不一致", "period", "2019Q2", "subject_kind", "unit",
                        "subject_code", "U1", "difference", 0L, "agrees", true));
        assertDataFrameNoOrderEquals(expected, actual);
    }
}
