package org.bangfu.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.testing.SharedSpark;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.junit.Test;

/**
 * The bundled verdict (三捆绑): a rating from the share of bundled rules met, where a rule that
 * cannot be assessed earns no credit, and 优秀 barred by an unfit resident cadre or a paired
 * village or county that missed its planned exit year.
 */
public class BundledVerdictTest extends SharedSparkDataFrameSuite {

    private static final String PROVINCE = "580000";
    private static final Date LONG_AGO = Date.valueOf("2017-01-01");

    /** Two bundled rules (meetings ≥4, head of unit visits ≥1); 优秀 at 100 %, 良好 at 80 %, 一般 at 50 %. */
    private static ProvinceProfile profile(boolean capsApply) {
        ProgrammeRule meetings = UnitScorecardRulesTest.rule(RuleMeasure.MEETINGS, 4, null, "省");
        ProgrammeRule visits = UnitScorecardRulesTest.rule(RuleMeasure.LEADER_VISITS, 1, null, "省");
        return new ProvinceProfile("test", "测试", "Test", List.of(meetings, visits),
                new VerdictPolicy(new BigDecimal("100"), new BigDecimal("80"), new BigDecimal("50"), capsApply,
                        capsApply), "test");
    }

    private static SilverFrames province() {
        return new SilverFrames(SharedSpark.session())
                .add(FormCatalogue.COUNTY_REGISTER, "county_code", "580102", "county_name", "甲县", "province_code", PROVINCE,
                        "planned_exit_year", 2020)
                .add(FormCatalogue.COUNTY_REGISTER, "county_code", "580103", "county_name", "乙县", "province_code", PROVINCE,
                        "planned_exit_year", 2018, "exit_year", 2020)
                .add(FormCatalogue.VILLAGE_REGISTER, "village_code", "580102001001", "village_name", "一村",
                        "poor_village", "是")
                .add(FormCatalogue.VILLAGE_REGISTER, "village_code", "580102001002", "village_name", "二村",
                        "poor_village", "是", "planned_exit_year", 2019)
                .add(FormCatalogue.VILLAGE_REGISTER, "village_code", "580102001003", "village_name", "三村",
                        "poor_village", "是")
                .add(FormCatalogue.VILLAGE_REGISTER, "village_code", "580102001004", "village_name", "四村",
                        "poor_village", "是", "planned_exit_year", 2019, "exit_year", 2019);
    }

    /** A provincial unit paired with a county (and a village), reporting meetings and visits for 2019Q4. */
    private static void unit(SilverFrames frames, String code, String county, String village, Long meetings, Long visits) {
        frames.add(FormCatalogue.UNIT_REGISTER, "unit_code", code, "unit_name", "单位" + code, "unit_level", "省")
                .add(FormCatalogue.PAIRINGS, "unit_code", code, "county_code", county, "village_code", village,
                        "start_date", LONG_AGO);
        if (meetings != null || visits != null) {
            frames.add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", code, "county_code", county, "period", "2019Q4",
                    "meetings", meetings, "leader_visits", visits);
        }
    }

    private static void teamRatedUnfit(SilverFrames frames, String village, String sendingUnit) {
        frames.add(FormCatalogue.WORK_TEAMS, "village_code", village, "period", "2019Q4", "sending_unit_code", sendingUnit,
                "members", 5L, "assessment", "不称职");
    }

    @Test
    public void theShareMetGivesTheRatingAndTheBundledConditionsBarExcellent() {
        SilverFrames frames = province();
        unit(frames, "A", "580102", null, 4L, 1L);
        unit(frames, "B", "580102", null, 4L, 1L);
        teamRatedUnfit(frames, "580102001001", "B");
        unit(frames, "C", "580102", "580102001002", 4L, 1L);
        unit(frames, "D", "580102", "580102001004", 4L, 1L);
        unit(frames, "E", "580102", null, 3L, 0L);
        teamRatedUnfit(frames, "580102001003", "E");
        unit(frames, "F", "580102", null, null, null);
        unit(frames, "G", "580103", null, 4L, 1L);
        unit(frames, "H", "580102", null, 4L, 0L);
        unit(frames, "I", "580102", null, 4L, null);

        Dataset<Row> actual = verdicts(frames, profile(true));

        assertVerdicts(actual,
                row("A", 2, 0, "100.0", "优秀", false, null, null),
                row("B", 2, 0, "100.0", "良好", true, "UNFIT_RESIDENT_CADRE",
                        "派驻一村（580102001001）的驻村工作队长2019年第四季度考核为不称职"),
                row("C", 2, 0, "100.0", "良好", true, "VILLAGE_EXIT_MISSED",
                        "结对村二村（580102001002）计划2019年出列，至2019年未退出"),
                row("D", 2, 0, "100.0", "优秀", false, null, null),
                row("E", 0, 0, "0.0", "较差", false, "UNFIT_RESIDENT_CADRE",
                        "派驻三村（580102001003）的驻村工作队长2019年第四季度考核为不称职"),
                row("F", 0, 2, "0.0", "无法评定", false, null, null),
                row("G", 2, 0, "100.0", "良好", true, "COUNTY_EXIT_MISSED",
                        "结对县乙县（580103）计划2018年摘帽，2020年才退出"),
                row("H", 1, 0, "50.0", "一般", false, null, null),
                row("I", 1, 1, "50.0", "一般", false, null, null));
    }

    @Test
    public void aProfileWithoutTheBundledConditionsLetsTheShareAloneDecide() {
        SilverFrames frames = province();
        unit(frames, "B", "580102", "580102001002", 4L, 1L);
        teamRatedUnfit(frames, "580102001001", "B");

        Row verdict = verdicts(frames, profile(false)).first();

        assertThat(verdict.<String>getAs("rating")).as("caps switched off in the profile").isEqualTo("优秀");
        assertThat(verdict.<String>getAs("rating_en")).isEqualTo("excellent");
        assertThat(verdict.<String>getAs("cap_codes")).isNull();
    }

    @Test
    public void theVerdictRecordsTheCapInEnglishToo() {
        SilverFrames frames = province();
        unit(frames, "C", "580102", "580102001002", 4L, 1L);

        Row verdict = verdicts(frames, profile(true)).first();

        assertThat(verdict.<String>getAs("rating_before_caps")).isEqualTo("优秀");
        assertThat(verdict.<String>getAs("rating_en")).isEqualTo("good");
        assertThat(verdict.<String>getAs("cap_reasons_en"))
                .isEqualTo("paired village 二村 (580102001002) was due to exit in 2019 and had not exited by 2019");
    }

    private static Dataset<Row> verdicts(SilverFrames frames, ProvinceProfile profile) {
        ScorecardInputs inputs = frames.inputs();
        return UnitScorecard.verdicts(PROVINCE, profile, UnitScorecard.ruleResults(PROVINCE, profile, inputs), inputs);
    }

    private static Object[] row(String unit, long met, long notAssessable, String share, String rating, boolean capped,
            String capCodes, String reasons) {
        return new Object[] {unit, met, notAssessable, new BigDecimal(share), rating, capped, capCodes, reasons};
    }

    private void assertVerdicts(Dataset<Row> verdicts, Object[]... expectedRows) {
        Dataset<Row> actual = verdicts.select("unit_code", "rules_met", "rules_not_assessable", "share_met_percent",
                "rating", "rating_capped", "cap_codes", "cap_reasons_zh").cache();
        List<Row> rows = new ArrayList<>();
        for (Object[] row : expectedRows) {
            rows.add(RowFactory.create(row));
        }
        assertDataFrameNoOrderEquals(spark().createDataFrame(rows, actual.schema()), actual);
        actual.unpersist();
    }
}
