package org.bangfu.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The profiles as small local tables, so that every scope's rules are joined to the figures in one
 * plan instead of one plan per scope and rule.
 */
final class RuleTable {

    private RuleTable() {
    }

    /** scope_code, profile_code. */
    static Dataset<Row> scopeProfiles(SparkSession spark, List<ScoringScope> scopes) {
        List<Row> rows = new ArrayList<>();
        for (ScoringScope scope : scopes) {
            rows.add(RowFactory.create(scope.code(), scope.profile().code()));
        }
        return spark.createDataFrame(rows, new StructType(new StructField[] {
            field("scope_code", DataTypes.StringType, false), field("profile_code", DataTypes.StringType, false)}));
    }

    /**
     * One row per rule of each profile the scopes use: profile_code, rule_index, the rule's texts, bundled,
     * measure, measure_scope, minimum and maximum (double, null when absent), unit_levels, and the
     * evidence quoted when a unit has no items (no_items_zh, no_items_en).
     */
    static Dataset<Row> rules(SparkSession spark, List<ScoringScope> scopes) {
        List<Row> rows = new ArrayList<>();
        for (ProvinceProfile profile : profiles(scopes).values()) {
            if (profile.rules().isEmpty()) {
                throw new IllegalArgumentException("profile " + profile.code() + " has no rules");
            }
            int index = 0;
            for (ProgrammeRule rule : profile.rules()) {
                RuleMeasure measure = rule.measure();
                rows.add(RowFactory.create(profile.code(), index++, rule.code(), rule.nameChinese(),
                        rule.nameEnglish(), measure.figuresUsed(), rule.requirementChinese(),
                        rule.requirementEnglish(), rule.bundled(), measure.name(), measure.scope().name(),
                        rule.minimum().map(BigDecimal::doubleValue).orElse(null),
                        rule.maximum().map(BigDecimal::doubleValue).orElse(null),
                        rule.unitLevels().toArray(new String[0]), UnitScorecard.noItemsChinese(measure),
                        UnitScorecard.noItemsEnglish(measure)));
            }
        }
        return spark.createDataFrame(rows, new StructType(new StructField[] {
            field("profile_code", DataTypes.StringType, false), field("rule_index", DataTypes.IntegerType, false),
            field("rule_code", DataTypes.StringType, false), field("rule_name_zh", DataTypes.StringType, false),
            field("rule_name_en", DataTypes.StringType, false), field("figures_used", DataTypes.StringType, false),
            field("requirement_zh", DataTypes.StringType, false), field("requirement_en", DataTypes.StringType, false),
            field("bundled", DataTypes.BooleanType, false), field("measure", DataTypes.StringType, false),
            field("measure_scope", DataTypes.StringType, false), field("minimum", DataTypes.DoubleType, true),
            field("maximum", DataTypes.DoubleType, true),
            field("unit_levels", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("no_items_zh", DataTypes.StringType, false), field("no_items_en", DataTypes.StringType, false)}));
    }

    /**
     * scope_code, profile_code, the three rating minimums (decimal, typed to hold every profile's value
     * exactly), unfit_resident_cadre_blocks_excellent, missed_exit_year_blocks_excellent.
     */
    static Dataset<Row> policies(SparkSession spark, List<ScoringScope> scopes) {
        List<Row> rows = new ArrayList<>();
        int scale = 0;
        int integerDigits = 1;
        for (ScoringScope scope : scopes) {
            VerdictPolicy policy = scope.profile().verdictPolicy();
            BigDecimal[] minimums = {policy.excellentMinimumPercent(), policy.goodMinimumPercent(),
                policy.fairMinimumPercent()};
            for (BigDecimal minimum : minimums) {
                scale = Math.max(scale, Math.max(minimum.scale(), 0));
                integerDigits = Math.max(integerDigits, minimum.precision() - minimum.scale());
            }
            rows.add(RowFactory.create(scope.code(), scope.profile().code(), minimums[0], minimums[1], minimums[2],
                    policy.unfitResidentCadreBlocksExcellent(), policy.missedExitYearBlocksExcellent()));
        }
        DataType percent = DataTypes.createDecimalType(integerDigits + scale, scale);
        return spark.createDataFrame(rows, new StructType(new StructField[] {
            field("scope_code", DataTypes.StringType, false), field("profile_code", DataTypes.StringType, false),
            field("excellent_minimum_percent", percent, false), field("good_minimum_percent", percent, false),
            field("fair_minimum_percent", percent, false),
            field("unfit_resident_cadre_blocks_excellent", DataTypes.BooleanType, false),
            field("missed_exit_year_blocks_excellent", DataTypes.BooleanType, false)}));
    }

    /** The measures the scopes' rules read, each once. */
    static List<RuleMeasure> measures(List<ScoringScope> scopes) {
        LinkedHashSet<RuleMeasure> measures = new LinkedHashSet<>();
        for (ProvinceProfile profile : profiles(scopes).values()) {
            profile.rules().forEach(rule -> measures.add(rule.measure()));
        }
        return List.copyOf(measures);
    }

    private static Map<String, ProvinceProfile> profiles(List<ScoringScope> scopes) {
        Map<String, ProvinceProfile> profiles = new LinkedHashMap<>();
        for (ScoringScope scope : scopes) {
            ProvinceProfile known = profiles.putIfAbsent(scope.profile().code(), scope.profile());
            if (known != null && !known.equals(scope.profile())) {
                throw new IllegalArgumentException("two different profiles are both coded " + known.code());
            }
        }
        return profiles;
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
