package org.bangfu.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.bangfu.warehouse.ColumnMeaning;
import org.junit.Test;

/**
 * Every rule measure on a tiny hand-made province: met, not met, and not assessable when a figure
 * is missing, each with the evidence a statistician would quote.
 */
public class UnitScorecardRulesTest extends SharedSparkDataFrameSuite {

    private static final String PROVINCE = "580000";
    private static final Date LONG_AGO = Date.valueOf("2017-01-01");

    private SilverFrames province() {
        return new SilverFrames(spark())
                .add(FormCatalogue.COUNTY_REGISTER, "county_code", "580102", "county_name", "甲县", "province_code", PROVINCE)
                .add(FormCatalogue.COUNTY_REGISTER, "county_code", "580103", "county_name", "乙县", "province_code", PROVINCE)
                .add(FormCatalogue.VILLAGE_REGISTER, "village_code", "580102001001", "village_name", "一村",
                        "poor_village", "是")
                .add(FormCatalogue.VILLAGE_REGISTER, "village_code", "580102001002", "village_name", "二村",
                        "poor_village", "是")
                .add(FormCatalogue.VILLAGE_REGISTER, "village_code", "580102001003", "village_name", "三村",
                        "poor_village", "否")
                .add(FormCatalogue.VILLAGE_REGISTER, "village_code", "580102001004", "village_name", "四村",
                        "poor_village", "是");
    }

    /** A registered unit of a level, paired with a county since 2017. */
    private static void unit(SilverFrames frames, String code, String level, String county) {
        frames.add(FormCatalogue.UNIT_REGISTER, "unit_code", code, "unit_name", "单位" + code, "unit_level", level,
                "unit_category", "党政机关");
        frames.add(FormCatalogue.PAIRINGS, "unit_code", code, "county_code", county, "start_date", LONG_AGO);
    }

    static ProgrammeRule rule(RuleMeasure measure, Integer minimum, Integer maximum, String... levels) {
        return new ProgrammeRule("T-" + measure.name().replace('_', '-'), "测试规则", "Test rule", measure,
                Optional.ofNullable(minimum).map(BigDecimal::valueOf), Optional.ofNullable(maximum).map(BigDecimal::valueOf),
                List.of(levels), true);
    }

    static ProvinceProfile profile(ProgrammeRule... rules) {
        return new ProvinceProfile("test", "测试", "Test", List.of(rules),
                new VerdictPolicy(new BigDecimal("100"), new BigDecimal("80"), new BigDecimal("60"), true, true), "test");
    }

    private Dataset<Row> results(ProgrammeRule rule, SilverFrames frames) {
        return UnitScorecard.ruleResults(PROVINCE, profile(rule), frames.inputs())
                .select("unit_code", "year", "result", "evidence_zh");
    }

    private void assertResults(Dataset<Row> actual, Object[]... expectedRows) {
        List<Row> rows = new ArrayList<>();
        for (Object[] row : expectedRows) {
            rows.add(RowFactory.create(row[0], 2019, row[1], row[2]));
        }
        // Cached: the equality check runs several Spark jobs over it.
        Dataset<Row> computed = actual.cache();
        assertDataFrameNoOrderEquals(spark().createDataFrame(rows, computed.schema()), computed);
        computed.unpersist();
    }

    @Test
    public void leaderVisitsAreTheYearsLatestYearToDateFigureForEachPairedCounty() {
        SilverFrames frames = province();
        for (String code : List.of("A", "B", "C", "D", "E", "F")) {
            unit(frames, code, "省", "580102");
        }
        unit(frames, "G", "省", "580102");
        frames.add(FormCatalogue.PAIRINGS, "unit_code", "G", "county_code", "580103", "start_date", LONG_AGO);
        unit(frames, "CENTRAL", "中央", "580102");
        frames.add(FormCatalogue.UNIT_REGISTER, "unit_code", "GONE", "unit_name", "单位GONE", "unit_level", "省")
                .add(FormCatalogue.PAIRINGS, "unit_code", "GONE", "county_code", "580102", "start_date", LONG_AGO,
                        "end_date", Date.valueOf("2018-12-31"));
        frames.add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "A", "county_code", "580102", "period", "2019Q4",
                        "leader_visits", 1L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "B", "county_code", "580102", "period", "2019Q3",
                        "leader_visits", 1L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "B", "county_code", "580102", "period", "2019Q4",
                        "leader_visits", 3L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "C", "county_code", "580102", "period", "2019Q4")
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "D", "county_code", "580102", "period", "2019Q2",
                        "leader_visits", 1L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "E", "county_code", "580102", "period", "2019Q2",
                        "leader_visits", 2L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "G", "county_code", "580102", "period", "2019Q4",
                        "leader_visits", 3L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "G", "county_code", "580103", "period", "2019Q4",
                        "leader_visits", 0L);

        Dataset<Row> all = UnitScorecard.ruleResults(PROVINCE, profile(rule(RuleMeasure.LEADER_VISITS, 2, null, "省")),
                frames.inputs()).cache();

        assertResults(all.select("unit_code", "year", "result", "evidence_zh"),
                new Object[] {"A", "未达标", "甲县（580102）：2019年主要负责同志到县调研1次，要求≥2次"},
                new Object[] {"B", "达标", "甲县（580102）：2019年主要负责同志到县调研3次，要求≥2次"},
                new Object[] {"C", "无法评价", "甲县（580102）：2019年未报“主要负责同志到县调研（次）”（BF-1），要求≥2次"},
                new Object[] {"D", "无法评价",
                    "甲县（580102）：截至2019年第2季度主要负责同志到县调研1次，要求全年≥2次（尚无第四季度报表，暂无法评价）"},
                new Object[] {"E", "达标", "甲县（580102）：截至2019年第2季度主要负责同志到县调研2次，要求全年≥2次"},
                new Object[] {"F", "无法评价", "甲县（580102）：2019年未报“主要负责同志到县调研（次）”（BF-1），要求≥2次"},
                new Object[] {"G", "未达标",
                    "甲县（580102）：2019年主要负责同志到县调研3次，要求≥2次；乙县（580103）：2019年主要负责同志到县调研0次，要求≥2次"});
        Row english = all.where("unit_code = 'A'").select("result_en", "evidence_en").first();
        all.unpersist();
        assertThat(english.getString(0)).isEqualTo("not met");
        assertThat(english.getString(1)).as("English evidence beside the Chinese")
                .isEqualTo("甲县 (580102): head of unit visited the county 1 time(s) in 2019, required ≥2");
    }

    @Test
    public void meetingsPerYear() {
        SilverFrames frames = province();
        for (String code : List.of("A", "B", "C")) {
            unit(frames, code, "市", "580102");
        }
        frames.add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "A", "county_code", "580102", "period", "2019Q4",
                        "meetings", 4L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "B", "county_code", "580102", "period", "2019Q4",
                        "meetings", 3L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "C", "county_code", "580102", "period", "2019Q4",
                        "leader_visits", 9L);

        assertResults(results(rule(RuleMeasure.MEETINGS, 4, null, "市"), frames),
                new Object[] {"A", "达标", "甲县（580102）：2019年研究帮扶工作会议4次，要求≥4次"},
                new Object[] {"B", "未达标", "甲县（580102）：2019年研究帮扶工作会议3次，要求≥4次"},
                new Object[] {"C", "无法评价", "甲县（580102）：2019年未报“研究帮扶工作会议（次）”（BF-1），要求≥4次"});
    }

    @Test
    public void secondedCadresAndFirstSecretariesAreCountedAtTheEndOfTheLatestQuarterInEachPairedCounty() {
        SilverFrames frames = province();
        for (String code : List.of("A", "B", "C")) {
            unit(frames, code, "中央", "580102");
        }
        unit(frames, "PROVINCIAL", "省", "580102");
        frames.add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "A", "county_code", "580102", "period", "2019Q3",
                        "seconded_cadres", 1L, "first_secretaries", 0L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "B", "county_code", "580102", "period", "2019Q4",
                        "seconded_cadres", 0L, "first_secretaries", 2L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "C", "county_code", "580102", "period", "2019Q4")
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "PROVINCIAL", "county_code", "580102",
                        "period", "2019Q4", "seconded_cadres", 0L);

        assertResults(results(rule(RuleMeasure.SECONDED_CADRES, 1, null, "中央"), frames),
                new Object[] {"A", "达标", "甲县（580102）：2019年第3季度末在岗挂职干部1人，要求≥1人"},
                new Object[] {"B", "未达标", "甲县（580102）：2019年第4季度末在岗挂职干部0人，要求≥1人"},
                new Object[] {"C", "无法评价", "甲县（580102）：2019年未报“在岗挂职干部（人）”（BF-1），要求≥1人"});
        assertResults(results(rule(RuleMeasure.FIRST_SECRETARIES, 1, null, "中央"), frames),
                new Object[] {"A", "未达标", "甲县（580102）：2019年第3季度末在岗第一书记0人，要求≥1人"},
                new Object[] {"B", "达标", "甲县（580102）：2019年第4季度末在岗第一书记2人，要求≥1人"},
                new Object[] {"C", "无法评价", "甲县（580102）：2019年未报“在岗第一书记（人）”（BF-1），要求≥1人"});
    }

    @Test
    public void teamSizeChecksEveryTeamTheUnitSendsAtTheYearsLatestQuarter() {
        SilverFrames frames = province();
        for (String code : List.of("A", "B", "C", "D", "E")) {
            unit(frames, code, "省", "580102");
        }
        frames.add(FormCatalogue.WORK_TEAMS, "village_code", "580102001001", "period", "2019Q3",
                        "sending_unit_code", "A", "members", 4L)
                .add(FormCatalogue.WORK_TEAMS, "village_code", "580102001001", "period", "2019Q4",
                        "sending_unit_code", "A", "members", 6L)
                .add(FormCatalogue.WORK_TEAMS, "village_code", "580102001002", "period", "2019Q4",
                        "sending_unit_code", "B", "members", 4L)
                .add(FormCatalogue.WORK_TEAMS, "village_code", "580102001003", "period", "2019Q4",
                        "sending_unit_code", "C", "members", 11L)
                .add(FormCatalogue.WORK_TEAMS, "village_code", "580102001004", "period", "2019Q4",
                        "sending_unit_code", "D");

        assertResults(results(rule(RuleMeasure.TEAM_MEMBERS, 5, 10, "省"), frames),
                new Object[] {"A", "达标", "一村（580102001001）：2019年第4季度末驻村工作队员6人（含队长），要求5–10人"},
                new Object[] {"B", "未达标", "二村（580102001002）：2019年第4季度末驻村工作队员4人（含队长），要求5–10人"},
                new Object[] {"C", "未达标", "三村（580102001003）：2019年第4季度末驻村工作队员11人（含队长），要求5–10人"},
                new Object[] {"D", "无法评价",
                    "四村（580102001004）：2019年未报“队员人数（人，含队长）”（BF-2），要求5–10人"},
                new Object[] {"E", "无法评价", "本年未见以本单位为派出单位的驻村工作队情况表（BF-2），无法评价"});
    }

    @Test
    public void theTeamLeaderMustAlsoBeFirstSecretary() {
        SilverFrames frames = province();
        for (String code : List.of("A", "B", "C")) {
            unit(frames, code, "县", "580102");
        }
        frames.add(FormCatalogue.WORK_TEAMS, "village_code", "580102001001", "period", "2019Q4",
                        "sending_unit_code", "A", "leader_is_first_secretary", "是")
                .add(FormCatalogue.WORK_TEAMS, "village_code", "580102001002", "period", "2019Q4",
                        "sending_unit_code", "B", "leader_is_first_secretary", "否")
                .add(FormCatalogue.WORK_TEAMS, "village_code", "580102001004", "period", "2019Q4",
                        "sending_unit_code", "C");

        assertResults(results(rule(RuleMeasure.LEADER_IS_FIRST_SECRETARY, null, null, "县"), frames),
                new Object[] {"A", "达标", "一村（580102001001）：2019年第4季度末队长兼任第一书记：是，要求须为“是”"},
                new Object[] {"B", "未达标", "二村（580102001002）：2019年第4季度末队长兼任第一书记：否，要求须为“是”"},
                new Object[] {"C", "无法评价", "四村（580102001004）：2019年未报“队长兼任第一书记”（BF-2），要求须为“是”"});
    }

    @Test
    public void staffShareIsAssessedOnlyForUnitsWhoseEstablishmentIsKnown() {
        SilverFrames frames = province();
        for (String code : List.of("A", "B", "C")) {
            frames.add(FormCatalogue.UNIT_REGISTER, "unit_code", code, "unit_level", "省", "staff_establishment", 120L);
        }
        frames.add(FormCatalogue.UNIT_REGISTER, "unit_code", "UNKNOWN", "unit_level", "省");
        for (String code : List.of("A", "B", "C", "UNKNOWN")) {
            frames.add(FormCatalogue.PAIRINGS, "unit_code", code, "county_code", "580102", "start_date", LONG_AGO);
        }
        frames.add(FormCatalogue.PAIRINGS, "unit_code", "A", "county_code", "580103", "start_date", LONG_AGO)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "A", "county_code", "580102", "period", "2019Q4",
                        "team_members", 7L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "A", "county_code", "580103", "period", "2019Q4",
                        "team_members", 5L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "B", "county_code", "580102", "period", "2019Q4",
                        "team_members", 11L)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "UNKNOWN", "county_code", "580102", "period", "2019Q4",
                        "team_members", 1L);

        assertResults(results(rule(RuleMeasure.STAFF_SHARE_SENT, 10, null, "省"), frames),
                new Object[] {"A", "达标", "2019年在岗驻村工作队员12人，编制数120人，占10.0%，要求≥10%"},
                new Object[] {"B", "未达标", "2019年在岗驻村工作队员11人，编制数120人，占9.2%，要求≥10%"},
                new Object[] {"C", "无法评价", "2019年有1个结对县未报“在岗驻村工作队员（人）”（BF-1），要求≥10%"});
    }

    @Test
    public void eachPairedPoorVillageNeedsATeamOfThreeWhoeverSentIt() {
        SilverFrames frames = province();
        for (String code : List.of("A", "B", "C", "NON-POOR")) {
            unit(frames, code, "省", "580102");
        }
        frames.add(FormCatalogue.PAIRINGS, "unit_code", "A", "county_code", "580102", "village_code", "580102001001",
                        "start_date", LONG_AGO)
                .add(FormCatalogue.PAIRINGS, "unit_code", "B", "county_code", "580102", "village_code", "580102001002",
                        "start_date", LONG_AGO)
                .add(FormCatalogue.PAIRINGS, "unit_code", "C", "county_code", "580102", "village_code", "580102001004",
                        "start_date", LONG_AGO)
                .add(FormCatalogue.PAIRINGS, "unit_code", "NON-POOR", "county_code", "580102",
                        "village_code", "580102001003", "start_date", LONG_AGO)
                .add(FormCatalogue.WORK_TEAMS, "village_code", "580102001001", "period", "2019Q4",
                        "sending_unit_code", "SOMEONE-ELSE", "members", 3L)
                .add(FormCatalogue.WORK_TEAMS, "village_code", "580102001002", "period", "2019Q4",
                        "sending_unit_code", "B", "members", 2L)
                .add(FormCatalogue.WORK_TEAMS, "village_code", "580102001003", "period", "2019Q4",
                        "sending_unit_code", "NON-POOR", "members", 1L);

        assertResults(results(rule(RuleMeasure.POOR_VILLAGE_TEAM_MEMBERS, 3, null, "省"), frames),
                new Object[] {"A", "达标", "一村（580102001001）：2019年第4季度末驻村工作队员3人（含队长），要求≥3人"},
                new Object[] {"B", "未达标", "二村（580102001002）：2019年第4季度末驻村工作队员2人（含队长），要求≥3人"},
                new Object[] {"C", "无法评价", "四村（580102001004）：2019年未报“队员人数（人，含队长）”（BF-2），要求≥3人"});
    }

    @Test
    public void everyColumnCarriesItsMeaning() {
        SilverFrames frames = province();
        unit(frames, "A", "省", "580102");
        frames.add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "A", "county_code", "580102", "period", "2019Q4");
        ProvinceProfile profile = profile(rule(RuleMeasure.MEETINGS, 4, null, "省"));
        Dataset<Row> results = UnitScorecard.ruleResults(PROVINCE, profile, frames.inputs());
        Dataset<Row> verdicts = UnitScorecard.verdicts(PROVINCE, profile, results, frames.inputs());

        for (StructField field : results.schema().fields()) {
            assertThat(ColumnMeaning.of(field)).as("gold.unit_scorecard." + field.name()).isNotBlank();
        }
        for (StructField field : verdicts.schema().fields()) {
            assertThat(ColumnMeaning.of(field)).as("gold.unit_verdict." + field.name()).isNotBlank();
        }
        assertThat(results.count()).isEqualTo(1);
        assertThat(results.first().<String>getAs("figures_used"))
                .isEqualTo("BF-1 研究帮扶工作会议（次） / meetings；ML-4 结对县 / paired counties");
    }
}
