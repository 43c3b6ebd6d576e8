package org.bangfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;

/** Each section of the 简报 from the tiny warehouse of {@link DocumentFixtures}, figures worked out by hand. */
class WorkBriefingTextTest {

    private final Warnings warnings = new Warnings();

    private WorkBriefingText text(GoldRecords gold) {
        DocumentContext context = DocumentFixtures.context(gold);
        return new WorkBriefingText(context.snapshot(), gold, context.wording(), DocumentArea.province(context.snapshot()), warnings);
    }

    @Test
    void overviewCoverageCountsUnitsCountiesWithAUnitAndVillagesWithATeam() {
        // 370 units (360 a year before); counties with a unit: 青松县 and 红岩县 = 2 (a year before all 3);
        // villages with a team: 974.
        assertThat(text(DocumentFixtures.gold()).overview().get(0)).isEqualTo(
                "截至2019年第四季度，全省370个帮扶单位（同比增加10个）开展定点帮扶，结对帮扶2个县（同比减少1个），驻村帮扶974个贫困村。");
    }

    @Test
    void overviewFundsInHundredMillionsWithChangeOnTheYearAndIndustryOfWhich() {
        // direct 82,400 − 72,400 = 10,000万元 = 1.00亿元; coordinated unchanged; industry has no figure a year before.
        assertThat(text(DocumentFixtures.gold()).overview().get(1)).isEqualTo(
                "本年累计直接投入帮扶资金8.24亿元（同比增加1.00亿元），协调引进帮扶资金22.78亿元（与上年同期持平），"
                        + "其中产业帮扶资金10.15亿元。");
    }

    @Test
    void overviewActivitiesLeaveOutAChangeWhoseLastYearFigureIsMissing() {
        // projects 128 − 100 = +28; trained 25,340 − 26,000 = −660; jobs not reported in 2018Q4.
        assertThat(text(DocumentFixtures.gold()).overview().get(2)).isEqualTo(
                "本年累计引进帮扶项目128个（同比增加28个），培训基层干部和技术人员25340人次（同比减少660人次），帮助转移就业8200人。");
    }

    @Test
    void villageTeams() {
        assertThat(text(DocumentFixtures.gold()).teams()).containsExactly(
                "全省1000个建档立卡贫困村中，974个已派驻驻村工作队，覆盖率97.4%；在岗驻村工作队974个、队员2922人，选派第一书记1544人。");
    }

    @Test
    void exitsIncidenceInPercentagePointsAndVillagesAndCountiesAgainstPlan() {
        assertThat(text(DocumentFixtures.gold()).exits()).containsExactly(
                "本年累计全省实现脱贫500000人、150000户（同比增加50000人）。",
                "贫困发生率由年初的5.1%降至3.9%，下降1.2个百分点。",
                "各县报告退出贫困村1482个，为年度计划1500个的98.8%；摘帽县31个，年度计划31个，完成100.0%。");
    }

    @Test
    void exitsStateVillagesAndCountiesAgainstTheRegistersPlanForTheYear() {
        // 2019: villages planned 150, exited 148, of the planned 145 on schedule = 145 ÷ 150 = 96.67 → 96.7%;
        // counties planned 31, exited 30, 29 on schedule = 29 ÷ 31 = 93.55 → 93.5%. The 2018 row is not this year's.
        WorkBriefingText text = text(DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_AREA_EXIT_YEAR, List.of(
                exitYear("PROVINCE", "990000", 2018, 100, 100, 100, "100.0", 20, 20, 20, "100.0"),
                exitYear("PROVINCE", "990000", 2019, 150, 148, 145, "96.7", 31, 30, 29, "93.5")))));
        assertThat(text.exits()).containsExactly(
                "本年累计全省实现脱贫500000人、150000户（同比增加50000人）。",
                "贫困发生率由年初的5.1%降至3.9%，下降1.2个百分点。",
                "据贫困村和贫困县名录，2019年全省计划出列贫困村150个，已出列148个，其中按期出列145个，按期出列率96.7%；"
                        + "计划摘帽贫困县31个，已摘帽30个，其中按期摘帽29个，按期摘帽率93.5%。");
        assertThat(warnings.messages()).noneMatch(message -> message.contains("area_exit_year"));
    }

    @Test
    void aCountyStatesItsVillagesAgainstPlanNotItselfAndAYearWithoutPlanHasNoRate() {
        DocumentContext context = DocumentFixtures.context(DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_AREA_EXIT_YEAR, List.of(
                exitYear("COUNTY", "990101", 2019, 12, 9, 9, "75.0", 1, 1, 1, "100.0"),
                exitYear("PREFECTURE", "990100", 2019, 0, 3, 0, null, 0, 0, 0, null)))));
        DocumentArea qingsong = DocumentArea.find(context.snapshot(), "990101").orElseThrow();
        // 9 of 12 planned villages = 75.0%; the county's own 摘帽 is not counted among the counties.
        assertThat(new WorkBriefingText(context.snapshot(), context.gold(), context.wording(), qingsong, warnings)
                .exitsAgainstRegisterPlan()).contains("据贫困村和贫困县名录，2019年青松县计划出列贫困村12个，已出列9个，其中按期出列9个，按期出列率75.0%。");
        // 东山市 planned none this year but 3 villages exited (planned for other years): no rate, no counties clause.
        DocumentArea dongshan = DocumentArea.find(context.snapshot(), "990100").orElseThrow();
        assertThat(new WorkBriefingText(context.snapshot(), context.gold(), context.wording(), dongshan, warnings)
                .exitsAgainstRegisterPlan()).contains("据贫困村和贫困县名录，2019年东山市计划出列贫困村0个，已出列3个。");
    }

    @Test
    void withoutTheRegistersExitsTheSentenceFallsBackToBf3AgainstBf5AndSaysSo() {
        assertThat(text(DocumentFixtures.gold()).exits()).last()
                .isEqualTo("各县报告退出贫困村1482个，为年度计划1500个的98.8%；摘帽县31个，年度计划31个，完成100.0%。");
        assertThat(warnings.messages()).anyMatch(message -> message.contains("gold.area_exit_year"));
    }

    private static GoldRecord exitYear(String level, String code, int year, long villagesPlanned, long villagesExited,
            long villagesOnSchedule, String villagesRate, long countiesPlanned, long countiesExited, long countiesOnSchedule,
            String countiesRate) {
        return DocumentFixtures.record("level", level, "area_code", code, "year", year,
                "villages_planned_exit", villagesPlanned, "villages_exited", villagesExited,
                "villages_planned_exited", villagesOnSchedule,
                "villages_exit_on_schedule_rate", villagesRate == null ? null : new java.math.BigDecimal(villagesRate),
                "counties_planned_exit", countiesPlanned, "counties_exited", countiesExited,
                "counties_planned_exited", countiesOnSchedule,
                "counties_exit_on_schedule_rate", countiesRate == null ? null : new java.math.BigDecimal(countiesRate));
    }

    @Test
    void targetsNameThePrefecturesFurthestBehindLowestFirst() {
        assertThat(text(DocumentFixtures.gold()).targets()).containsExactly(
                "2019年全省计划脱贫520000人，截至2019年第四季度已脱贫500000人，完成年度目标的96.2%。",
                "目标完成率较低的市州是：东山市（90.5%）、西河州（99.0%），要加大工作力度，确保完成全年目标任务。");
    }

    @Test
    void reportingRateAndLateAndMissingSubmittersByName() {
        // 4 expected, 2 on time = 50.0%, 乙单位 12 days late, 白云县 missing BF-3.
        List<String> paragraphs = text(DocumentFixtures.gold()).reporting();
        assertThat(paragraphs.subList(0, 3)).containsExactly(
                "2019年第四季度全省应报送统计报表4份，按时报送2份，按时报送率50.0%；逾期报送1份，未报送1份。",
                "逾期报送的有：乙单位（BF-1，逾期12天）。",
                "截至统计时点仍未报送的有：白云县（BF-3）。");
    }

    @Test
    void reportingCountsTheQuartersProblemRowsByOutcomeAndNamesTheRulesThatFoundMost() {
        // 2019Q4: quarantined 5 (乙单位, no area) + 2 (青松县) = 7; warned 7 (白云县) + 1 (甲单位) = 8; 15 in all.
        // By rule: 离群值 7 + 1 = 8, 必填项为空 5, 合计不等于分项之和 2. The 2019Q3 row is another quarter's.
        GoldRecords gold = DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_DATA_QUALITY, List.of(
                problem("quarantined", "2019Q4", "R001", "必填项为空", "", "", 5),
                problem("quarantined", "2019Q4", "S002", "合计不等于分项之和", "990100", "990101", 2),
                problem("warned", "2019Q4", "P003", "离群值", "990100", "990102", 7),
                problem("warned", "2019Q4", "P003", "离群值", "", "", 1),
                problem("quarantined", "2019Q3", "R001", "必填项为空", "", "", 100))));
        assertThat(text(gold).dataProblems()).contains("本季度数据审核共发现问题数据15行：7行有错误，已退回报送单位修改；"
                + "8行数据存疑，已请报送单位核实。问题较多的是离群值（8行）、必填项为空（5行）、合计不等于分项之和（2行）。");
        assertThat(text(gold).reporting()).as("before the closing words").element(3).asString().startsWith("本季度数据审核");
        // 东山市 counts only its own counties' rows: 2 quarantined (青松县), 7 warned (白云县).
        DocumentContext context = DocumentFixtures.context(gold);
        DocumentArea dongshan = DocumentArea.find(context.snapshot(), "990100").orElseThrow();
        assertThat(new WorkBriefingText(context.snapshot(), gold, context.wording(), dongshan, warnings).dataProblems())
                .contains("本季度东山市各县（市、区）报送的数据经审核，共发现问题数据9行：2行有错误，已退回报送单位修改；"
                        + "7行数据存疑，已请报送单位核实。问题较多的是离群值（7行）、合计不等于分项之和（2行）。");
    }

    @Test
    void figuresIncludingRowsStillInDoubtAreSaidToBeSoByForm() {
        // Doubtful this quarter: BF-1 P003 1 row (a unit, no area) and P001 2 rows; BF-3 P003 7 rows (白云县).
        // Not counted: R004 (a pairing, not a figure), a quarantined row (not in the figures), 2019Q3.
        GoldRecords gold = DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_DATA_QUALITY, List.of(
                problem("warned", "2019Q4", "P003", "离群值", "", "", 1),
                problem("warned", "2019Q4", "P001", "累计数减少", "", "", 2),
                withForm(problem("warned", "2019Q4", "P003", "离群值", "990100", "990102", 7), "BF-3"),
                problem("warned", "2019Q4", "R004", "单位与县无结对关系", "", "", 40),
                problem("quarantined", "2019Q4", "P003", "离群值", "", "", 5),
                problem("warned", "2019Q3", "P003", "离群值", "", "", 9))));
        String sentence = "上文引用的数字含有经审核存疑、尚待报送单位核实的数据（BF-1表3行、BF-3表7行），已按报送数计入，核实更正后以更正数为准。";
        assertThat(text(gold).doubtfulFigures()).contains(sentence);
        assertThat(text(gold).reporting()).contains(sentence);
        // 西河州 has none of its own; units' BF-1 rows have no area and are the province's.
        DocumentContext context = DocumentFixtures.context(gold);
        DocumentArea xihe = DocumentArea.find(context.snapshot(), "990200").orElseThrow();
        assertThat(new WorkBriefingText(context.snapshot(), gold, context.wording(), xihe, warnings).doubtfulFigures()).isEmpty();
        assertThat(text(DocumentFixtures.gold()).doubtfulFigures()).as("no table, no sentence").isEmpty();
    }

    @Test
    void doubtfulRowsAreNamedOnlyForFormsTheBriefingQuotes() {
        // BF-5 rows in doubt, but without targets there is no 四、目标任务 quoting BF-5: only BF-1 is named.
        GoldRecords gold = DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_AREA_TARGETS, List.of(),
                WarehouseTable.GOLD_DATA_QUALITY, List.of(problem("warned", "2019Q4", "P003", "离群值", "", "", 1),
                        withForm(problem("warned", "2019", "P002", "比上期增长超过10倍", "", "", 2), "BF-5"))));
        List<BriefingSection> sections = text(gold).sections();
        assertThat(sections.get(sections.size() - 1).paragraphs()).anyMatch(paragraph -> paragraph.contains("（BF-1表1行）"));
        assertThat(text(gold).doubtfulFigures()).as("called alone, every quoted form").contains(
                "上文引用的数字含有经审核存疑、尚待报送单位核实的数据（BF-1表1行、BF-5表2行），已按报送数计入，核实更正后以更正数为准。");
    }

    private static GoldRecord withForm(GoldRecord row, String form) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(row.values());
        values.put("form_code", form);
        return new GoldRecord(values);
    }

    @Test
    void noProblemRowsIsSaidOnlyWhenTheDataQualityTableIsThere() {
        assertThat(text(DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_DATA_QUALITY, List.of(
                problem("warned", "2019Q3", "P003", "离群值", "", "", 4))))).dataProblems())
                .contains("本季度数据审核未发现问题数据。");
        assertThat(text(DocumentFixtures.gold()).dataProblems()).as("no table, no sentence, never 0行").isEmpty();
        assertThat(warnings.messages()).anyMatch(message -> message.contains("gold.data_quality"));
    }

    private static GoldRecord problem(String outcome, String period, String rule, String ruleName, String prefecture,
            String county, long rows) {
        return DocumentFixtures.record("outcome", outcome, "form_code", "BF-1", "period", period, "rule_code", rule,
                "severity", outcome.equals("quarantined") ? "error" : "warning", "rule_zh", ruleName,
                "prefecture_code", prefecture.isEmpty() ? null : prefecture, "county_code", county.isEmpty() ? null : county,
                "rows", rows, "submitters", 1L);
    }

    @Test
    void aMissingTableLeavesItsSectionsOutRenumbersTheRestAndWarnsNeverWritingZero() {
        WorkBriefingText text = text(DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER, List.of())));
        List<BriefingSection> sections = text.sections();
        assertThat(sections).extracting(BriefingSection::heading)
                .containsExactly("一、总体进展", "二、目标任务", "三、报送情况");
        assertThat(sections.get(0).paragraphs().get(0)).as("no villages clause, not 0个贫困村").doesNotContain("贫困村")
                .doesNotContain("0个贫困村");
        assertThat(warnings.messages()).anyMatch(message -> message.contains("驻村帮扶从略"))
                .anyMatch(message -> message.contains("脱贫成效从略"));
    }

    @Test
    void aPrefectureBriefingSpeaksOfItsOwnCountiesAndSubmitters() {
        DocumentContext context = DocumentFixtures.context(DocumentFixtures.gold());
        DocumentArea dongshan = DocumentArea.find(context.snapshot(), "990100").orElseThrow();
        WorkBriefingText text = new WorkBriefingText(context.snapshot(), context.gold(), context.wording(), dongshan, warnings);
        // 东山市: 15 units; of its counties only 青松县 has a unit; 580 villages with a team; no figures a year before.
        assertThat(text.overview().get(0)).isEqualTo(
                "截至2019年第四季度，东山市15个帮扶单位开展定点帮扶，结对帮扶1个县（同比减少1个），驻村帮扶580个贫困村。");
        assertThat(text.reporting().get(0)).isEqualTo(
                "2019年第四季度东山市应报送统计报表2份，按时报送1份，按时报送率50.0%；逾期报送0份，未报送1份。");
    }
}
