package org.bangfu.scorecard;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.bangfu.warehouse.ColumnMeaning;

/**
 * The unit scorecard. Pure: silver Datasets in, gold Datasets out.
 *
 * <p>A unit is scored for a year when the unit register knows it and one of its pairings with a
 * county of the province is active during that year; the years are those with BF-1 or BF-2 data.
 * Each rule of the profile that applies to the unit's level checks items (each paired county,
 * each team sent, …): the rule is 未达标 when any item fails, else 无法评价 when any item's figure
 * is missing, else 达标. A year-to-date figure (visits, meetings) is taken from the latest quarter of
 * the year: short of the minimum before Q4 it is 无法评价, never yet a failure, since the year is
 * not over; at or above it, it is met, since year-to-date figures do not fall.
 *
 * <p>The bundled verdict (三捆绑) rates the share of applicable bundled rules met; a rule that
 * cannot be assessed earns no credit. A unit whose team leader was rated 不称职 in Q4, or that is
 * paired with a village or county that missed its planned exit year, is lowered from 优秀 to 良好
 * when the profile says so, and the verdict says which condition applied and why.
 */
public final class UnitScorecard {

    /** The scope code of central units, scored once over all their counties whatever the province. */
    public static final String NATION = org.bangfu.model.AreaHierarchy.NATION_CODE;

    /** The profile central units are scored with (the 2017 central guideline), when the catalogue has it. */
    public static final String CENTRAL_PROFILE = "central";

    /** ML-3 单位层级 of central units. */
    public static final String CENTRAL_LEVEL = "中央";


    private static final String ITEM_SEPARATOR = "；";
    private static final String ITEM_SEPARATOR_ENGLISH = "; ";

    private UnitScorecard() {
    }

    /** gold.unit_scorecard for one province scope: one row per unit × year × applicable rule. */
    public static Dataset<Row> ruleResults(String provinceCode, ProvinceProfile profile, ScorecardInputs inputs) {
        return ruleResults(List.of(new ScoringScope(provinceCode, profile, lit(true))), inputs);
    }

    /** gold.unit_verdict for one province scope, from {@link #ruleResults} of the same profile. */
    public static Dataset<Row> verdicts(String provinceCode, ProvinceProfile profile, Dataset<Row> ruleResults,
            ScorecardInputs inputs) {
        return verdicts(List.of(new ScoringScope(provinceCode, profile, lit(true))), ruleResults, inputs);
    }

    /**
     * gold.unit_scorecard for every scope at once: one row per scope × unit × year × applicable rule.
     * The rules of all profiles are one small table joined to the items, so the whole scorecard is one
     * plan with one branch per measure, however many provinces and rules there are.
     */
    public static Dataset<Row> ruleResults(List<ScoringScope> scopes, ScorecardInputs inputs) {
        Scope scope = Scope.of(scopes, inputs);
        Dataset<Row> rules = scope.scopeProfiles.join(RuleTable.rules(inputs.pairings().sparkSession(), scopes),
                "profile_code");
        Dataset<Row> items = null;
        for (RuleMeasure measure : RuleTable.measures(scopes)) {
            Dataset<Row> measureItems = RuleItems.items(measure, scope.unitYearKeys, scope.pairedCounties,
                    scope.pairedVillages, scope.assistanceLatest, scope.teamsLatest, inputs)
                    .withColumn("measure", lit(measure.name()));
            items = items == null ? measureItems : items.unionByName(measureItems);
        }
        Dataset<Row> applicable = scope.unitYears.join(rules, "scope_code")
                .where(expr("array_contains(unit_levels, unit_level)")
                        .and(col("measure_scope").notEqual(RuleMeasure.Scope.WHOLE_UNIT.name())
                                .or(col("staff_establishment").gt(0))));
        Column outcome = itemOutcome();
        // A year-to-date figure reported before Q4: the requirement is for the whole year.
        Column yearStillOpen = col("value").isNotNull().and(col("value_complete").equalTo(false));
        Column stillOpen = col("outcome").equalTo(RuleResult.NOT_ASSESSABLE.name()).and(col("value").isNotNull());
        Dataset<Row> summarised = items.join(rules.select("scope_code", "measure", "rule_index", "minimum", "maximum",
                        "requirement_zh", "requirement_en"), new String[] {"scope_code", "measure"})
                .withColumn("outcome", outcome)
                .withColumn("evidence_zh", concat(col("evidence_zh"), lit("，要求"),
                        when(yearStillOpen, lit("全年"))
                                .otherwise(lit("")),
                        col("requirement_zh"),
                        when(stillOpen, lit("（尚无第四季度报表，暂无法评价）")).otherwise(lit(""))))
                .withColumn("evidence_en", concat(col("evidence_en"), lit(", required "), col("requirement_en"),
                        when(yearStillOpen, lit(" for the year"))
                                .otherwise(lit("")),
                        when(stillOpen, lit(" (no Q4 report yet, cannot be assessed)")).otherwise(lit(""))))
                .groupBy("scope_code", "rule_index", "unit_code", "year")
                .agg(count(lit(1)).as("items_checked"),
                        countOf(RuleResult.MET).as("items_met"),
                        countOf(RuleResult.NOT_MET).as("items_not_met"),
                        countOf(RuleResult.NOT_ASSESSABLE).as("items_not_assessable"),
                        sort_array(collect_list(struct(col("item_key"), col("evidence_zh"), col("evidence_en"))))
                                .as("evidence_items"));
        return applicable.join(summarised, new String[] {"scope_code", "rule_index", "unit_code", "year"}, "left")
                // A unit paired with no poor village has nothing a poor-village rule could ask of it.
                .where(col("measure_scope").notEqual(RuleMeasure.Scope.PAIRED_POOR_VILLAGE.name())
                        .or(col("items_checked").isNotNull()))
                .select(ruleColumns().toArray(Column[]::new));
    }

    /** gold.unit_verdict: one row per scope × unit × year, from {@link #ruleResults} of the same scopes. */
    public static Dataset<Row> verdicts(List<ScoringScope> scopes, Dataset<Row> ruleResults, ScorecardInputs inputs) {
        Scope scope = Scope.of(scopes, inputs);
        Dataset<Row> policies = RuleTable.policies(inputs.pairings().sparkSession(), scopes);
        Dataset<Row> counts = ruleResults.where(col("bundled"))
                .groupBy(col("province_code").as("scope_code"), col("unit_code"), col("year"))
                .agg(count(lit(1)).as("bundled_rules"),
                        sum(when(col("result").equalTo(RuleResult.MET.chinese()), 1L).otherwise(0L)).as("rules_met"),
                        sum(when(col("result").equalTo(RuleResult.NOT_MET.chinese()), 1L).otherwise(0L))
                                .as("rules_not_met"),
                        sum(when(col("result").equalTo(RuleResult.NOT_ASSESSABLE.chinese()), 1L).otherwise(0L))
                                .as("rules_not_assessable"));
        Dataset<Row> caps = BundledCaps.caps(policies, scope.pairings, scope.unitYearKeys, inputs)
                .groupBy("scope_code", "unit_code", "year")
                .agg(sort_array(collect_list(struct(col("sort_key"), col("cap_code"), col("reason_zh"),
                        col("reason_en")))).as("caps"));
        Column bundled = coalesce(col("bundled_rules"), lit(0L));
        Column met = coalesce(col("rules_met"), lit(0L));
        Rating[] ordered = {Rating.EXCELLENT, Rating.GOOD, Rating.FAIR};
        String[] minimums = {"excellent_minimum_percent", "good_minimum_percent", "fair_minimum_percent"};
        Column ratingBeforeCaps = when(bundled.equalTo(0)
                .or(coalesce(col("rules_not_assessable"), lit(0L)).equalTo(bundled)), Rating.NOT_RATED.name());
        for (int index = 0; index < ordered.length; index++) {
            // met ÷ bundled ≥ minimum ÷ 100, compared exactly without dividing.
            ratingBeforeCaps = ratingBeforeCaps.when(met.multiply(100).cast(DataTypes.createDecimalType(20, 4))
                    .geq(bundled.cast(DataTypes.createDecimalType(20, 4)).multiply(col(minimums[index]))),
                    ordered[index].name());
        }
        ratingBeforeCaps = ratingBeforeCaps.otherwise(Rating.POOR.name());
        Column capped = col("rating_before_caps").equalTo(Rating.EXCELLENT.name()).and(col("caps").isNotNull());
        Dataset<Row> rated = scope.unitYears.join(policies, "scope_code")
                .join(counts, new String[] {"scope_code", "unit_code", "year"}, "left")
                .join(caps, new String[] {"scope_code", "unit_code", "year"}, "left")
                .withColumn("rating_before_caps", ratingBeforeCaps)
                .withColumn("rating_capped", capped)
                .withColumn("rating_final", when(col("rating_capped"), Rating.GOOD.name())
                        .otherwise(col("rating_before_caps")));
        return rated.select(
                ColumnMeaning.named(col("scope_code"), "province_code", "省代码：所用规则配置的省份（中央单位为000000，用中央规则） / province whose profile applies (000000 for central units, scored with the central profile)"),
                ColumnMeaning.named(col("profile_code"), "profile_code", "规则配置代码 / province profile code"),
                ColumnMeaning.named(col("year"), "year", "年度 / year"),
                ColumnMeaning.named(col("unit_code"), "unit_code", "帮扶单位代码 / assisting unit's credit code"),
                ColumnMeaning.named(col("unit_name"), "unit_name", "帮扶单位名称 / unit name"),
                ColumnMeaning.named(col("unit_level"), "unit_level", "单位层级 / unit level (中央/省/市/县)"),
                ColumnMeaning.named(col("unit_category"), "unit_category", "单位类别 / unit category"),
                ColumnMeaning.named(bundled, "bundled_rules", "适用的三捆绑规则数 / applicable rules counted in the bundled verdict"),
                ColumnMeaning.named(met, "rules_met", "其中达标 / of which met"),
                ColumnMeaning.named(coalesce(col("rules_not_met"), lit(0L)), "rules_not_met", "其中未达标 / of which not met"),
                ColumnMeaning.named(coalesce(col("rules_not_assessable"), lit(0L)), "rules_not_assessable",
                        "其中无法评价（缺数，不得分） / of which not assessable (figures missing, no credit)"),
                ColumnMeaning.named(when(bundled.gt(0), met.multiply(100).cast(DataTypes.createDecimalType(20, 4))
                                .divide(bundled).cast(DataTypes.createDecimalType(5, 1))),
                        "share_met_percent", "达标规则占比（%，一位小数） / share of bundled rules met (%, one decimal)"),
                ColumnMeaning.named(ratingText(col("rating_before_caps"), true), "rating_before_caps",
                        "按达标占比的评定（未计三捆绑限制） / rating from the share met, before the bundled caps"),
                ColumnMeaning.named(ratingText(col("rating_final"), true), "rating",
                        "三捆绑评定：优秀/良好/一般/较差/无法评定 / bundled verdict"),
                ColumnMeaning.named(ratingText(col("rating_final"), false), "rating_en",
                        "评定（英文） / verdict: excellent, good, fair, poor, not rated"),
                ColumnMeaning.named(col("rating_capped"), "rating_capped",
                        "是否因三捆绑由优秀降为良好 / whether a bundled cap lowered 优秀 to 良好"),
                ColumnMeaning.named(expr("array_join(array_distinct(transform(caps, cap -> cap.cap_code)), ',')"),
                        "cap_codes", "不得评优的条件代码（无则为空） / codes of the conditions that bar 优秀 (null when none)"),
                ColumnMeaning.named(expr("array_join(transform(caps, cap -> cap.reason_zh), '" + ITEM_SEPARATOR + "')"),
                        "cap_reasons_zh", "不得评优的原因 / why the unit cannot be rated 优秀, in Chinese"),
                ColumnMeaning.named(expr("array_join(transform(caps, cap -> cap.reason_en), '"
                        + ITEM_SEPARATOR_ENGLISH + "')"), "cap_reasons_en", "why the unit cannot be rated excellent, in English"));
    }

    private static Column ratingText(Column ratingName, boolean chinese) {
        Column text = null;
        for (Rating rating : Rating.values()) {
            String label = chinese ? rating.chinese() : rating.english();
            text = text == null ? when(ratingName.equalTo(rating.name()), label)
                    : text.when(ratingName.equalTo(rating.name()), label);
        }
        return text;
    }

    /** The outcome of one item: its figure against its rule's thresholds (columns minimum, maximum). */
    private static Column itemOutcome() {
        Column value = col("value");
        return when(value.isNull(), RuleResult.NOT_ASSESSABLE.name())
                .when(col("maximum").isNotNull().and(value.gt(col("maximum"))), RuleResult.NOT_MET.name())
                .when(col("minimum").isNotNull().and(value.lt(col("minimum"))),
                        when(col("value_complete"), RuleResult.NOT_MET.name())
                                .otherwise(RuleResult.NOT_ASSESSABLE.name()))
                .otherwise(RuleResult.MET.name());
    }

    private static Column countOf(RuleResult result) {
        return sum(when(col("outcome").equalTo(result.name()), 1L).otherwise(0L));
    }

    private static List<Column> ruleColumns() {
        Column checked = coalesce(col("items_checked"), lit(0L));
        Column resultName = when(checked.equalTo(0), RuleResult.NOT_ASSESSABLE.name())
                .when(col("items_not_met").gt(0), RuleResult.NOT_MET.name())
                .when(col("items_not_assessable").gt(0), RuleResult.NOT_ASSESSABLE.name())
                .otherwise(RuleResult.MET.name());
        Column resultChinese = null;
        Column resultEnglish = null;
        for (RuleResult result : RuleResult.values()) {
            resultChinese = resultChinese == null ? when(resultName.equalTo(result.name()), result.chinese())
                    : resultChinese.when(resultName.equalTo(result.name()), result.chinese());
            resultEnglish = resultEnglish == null ? when(resultName.equalTo(result.name()), result.english())
                    : resultEnglish.when(resultName.equalTo(result.name()), result.english());
        }
        List<Column> columns = new ArrayList<>();
        columns.add(ColumnMeaning.named(col("scope_code"), "province_code", "省代码：所用规则配置的省份（中央单位为000000，用中央规则） / province whose profile applies (000000 for central units, scored with the central profile)"));
        columns.add(ColumnMeaning.named(col("profile_code"), "profile_code", "规则配置代码 / province profile code"));
        columns.add(ColumnMeaning.named(col("year"), "year", "年度 / year"));
        columns.add(ColumnMeaning.named(col("unit_code"), "unit_code", "帮扶单位代码 / assisting unit's credit code"));
        columns.add(ColumnMeaning.named(col("unit_name"), "unit_name", "帮扶单位名称 / unit name"));
        columns.add(ColumnMeaning.named(col("unit_level"), "unit_level", "单位层级 / unit level (中央/省/市/县)"));
        columns.add(ColumnMeaning.named(col("unit_category"), "unit_category", "单位类别 / unit category"));
        columns.add(ColumnMeaning.named(col("rule_code"), "rule_code", "规则代码 / rule code"));
        columns.add(ColumnMeaning.named(col("rule_name_zh"), "rule_name_zh", "规则名称 / rule name, Chinese"));
        columns.add(ColumnMeaning.named(col("rule_name_en"), "rule_name_en", "rule name, English"));
        columns.add(ColumnMeaning.named(col("figures_used"), "figures_used",
                "所用数据（表号、表头、字段） / figures used (form, header, field)"));
        columns.add(ColumnMeaning.named(col("requirement_zh"), "requirement_zh",
                "要求 / requirement, Chinese"));
        columns.add(ColumnMeaning.named(col("requirement_en"), "requirement_en",
                "requirement, English"));
        columns.add(ColumnMeaning.named(col("bundled"), "bundled",
                "是否计入三捆绑评定 / whether the rule counts in the bundled verdict"));
        columns.add(ColumnMeaning.named(resultChinese, "result", "结果：达标/未达标/无法评价 / result, Chinese"));
        columns.add(ColumnMeaning.named(resultEnglish, "result_en", "result: met, not met, not assessable"));
        columns.add(ColumnMeaning.named(checked, "items_checked",
                "检查的对象数（结对县、工作队、贫困村或单位本身） / items checked (paired counties, teams, poor villages or the unit)"));
        columns.add(ColumnMeaning.named(coalesce(col("items_met"), lit(0L)), "items_met", "其中达标 / of which met"));
        columns.add(ColumnMeaning.named(coalesce(col("items_not_met"), lit(0L)), "items_not_met", "其中未达标 / of which not met"));
        columns.add(ColumnMeaning.named(coalesce(col("items_not_assessable"), lit(0L)), "items_not_assessable",
                "其中缺数无法评价 / of which not assessable"));
        columns.add(ColumnMeaning.named(when(checked.equalTo(0), col("no_items_zh")).otherwise(
                        expr("array_join(transform(evidence_items, item -> item.evidence_zh), '" + ITEM_SEPARATOR + "')")),
                "evidence_zh", "依据：所用数字与要求 / evidence: the figures used and the requirement, Chinese"));
        columns.add(ColumnMeaning.named(when(checked.equalTo(0), col("no_items_en")).otherwise(
                        expr("array_join(transform(evidence_items, item -> item.evidence_en), '" + ITEM_SEPARATOR_ENGLISH
                                + "')")),
                "evidence_en", "evidence: the figures used and the requirement, English"));
        return columns;
    }

    static String noItemsChinese(RuleMeasure measure) {
        return switch (measure.scope()) {
            case SENT_TEAM -> "本年未见以本单位为派出单位的驻村工作队情况表（BF-2），无法评价";
            case PAIRED_COUNTY -> "本年无结对县，无法评价";
            case PAIRED_POOR_VILLAGE -> "本年未结对贫困村";
            case WHOLE_UNIT -> "本年无在岗驻村工作队员数据（BF-1），无法评价";
        };
    }

    static String noItemsEnglish(RuleMeasure measure) {
        return switch (measure.scope()) {
            case SENT_TEAM -> "no BF-2 roster names this unit as sending unit this year; cannot be assessed";
            case PAIRED_COUNTY -> "no paired county this year; cannot be assessed";
            case PAIRED_POOR_VILLAGE -> "not paired with a poor village this year";
            case WHOLE_UNIT -> "no BF-1 team members figure this year; cannot be assessed";
        };
    }

    /** The frames every rule of every scope shares, each keyed by scope_code. */
    private record Scope(Dataset<Row> scopeProfiles, Dataset<Row> unitYears, Dataset<Row> unitYearKeys,
            Dataset<Row> pairings, Dataset<Row> pairedCounties, Dataset<Row> pairedVillages,
            Dataset<Row> assistanceLatest, Dataset<Row> teamsLatest) {

        static Scope of(List<ScoringScope> scopes, ScorecardInputs inputs) {
            Dataset<Row> years = inputs.unitAssistance().select("year")
                    .union(inputs.workTeams().select("year")).distinct();
            // Each pairing belongs to the first scope whose units and counties it matches: the nation's
            // scope (central units) takes every county of the register, a province's only its own.
            Column scopeCode = null;
            for (ScoringScope scoring : scopes) {
                Column counties = scoring.code().equals(NATION) ? lit(true)
                        : col("province_code").equalTo(scoring.code());
                Column matches = scoring.unitFilter().and(counties);
                scopeCode = scopeCode == null ? when(matches, scoring.code()) : scopeCode.when(matches, scoring.code());
            }
            Dataset<Row> scopedPairings = inputs.pairings()
                    .join(inputs.unitRegister().select("unit_code", "unit_level"), new String[] {"unit_code"}, "left")
                    .join(inputs.countyRegister().select("county_code", "province_code"), "county_code")
                    .withColumn("scope_code", scopeCode)
                    .where(col("scope_code").isNotNull())
                    .drop("unit_level", "province_code");
            // Materialised once: every measure's branch reads these pairings, and each reference would
            // otherwise plan its own scans of four silver tables.
            Dataset<Row> pairings = RuleItems.activePairings(scopedPairings, years).localCheckpoint();
            Dataset<Row> unitYears = pairings.select("scope_code", "unit_code", "year").distinct()
                    .join(inputs.unitRegister().select("unit_code", "unit_name", "unit_level", "unit_category",
                            "staff_establishment"), "unit_code");
            Dataset<Row> pairedCounties = pairings.select("scope_code", "unit_code", "county_code", "year").distinct();
            Dataset<Row> pairedVillages = pairings.where(col("village_code").isNotNull())
                    .select("scope_code", "unit_code", "village_code", "year").distinct();
            return new Scope(RuleTable.scopeProfiles(inputs.pairings().sparkSession(), scopes), unitYears,
                    unitYears.select("scope_code", "unit_code", "year").distinct(), pairings, pairedCounties,
                    pairedVillages,
                    RuleItems.latestQuarterOfYear(inputs.unitAssistance(), "unit_code", "county_code"),
                    RuleItems.latestQuarterOfYear(inputs.workTeams(), "village_code"));
        }
    }
}
