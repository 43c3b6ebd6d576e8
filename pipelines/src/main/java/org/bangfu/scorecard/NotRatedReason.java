package org.bangfu.scorecard;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.StructType;

/**
 * Why gold.unit_verdict rates a unit 无法评定: the one rule the assessment notice (its sentences,
 * {@code templates/documents/wording.properties} keys {@code assessment.notRated*}) and the site
 * (its counts by verdict) both apply, on rows ({@link #of(Integer, Integer)}) and in Spark
 * ({@link #column}), so that they count the same units for each reason.
 */
public enum NotRatedReason {
    /** {@code bundled_rules} = 0: rules apply by unit level, nothing was missing. */
    NO_BUNDLED_RULES("没有适用的计入“三捆绑”评定的考核规则", "no rule counted in the bundled verdict applied", "无适用规则",
            "no rule applied"),
    /** Every applicable bundled rule lacked figures ({@code rules_not_assessable} = {@code bundled_rules}). */
    DATA_INCOMPLETE("报送数据不全", "reported data incomplete", "报送数据不全", "data incomplete"),
    /** A row without the counts, not written by the scorecard: counted without a reason, as the notice does. */
    NOT_RECORDED("原因未记录", "no reason recorded", "原因未记录", "no reason recorded");

    /** The column {@link #column} adds to verdict rows, empty for a unit that was rated. */
    public static final String COLUMN = "not_rated_reason";

    private final String chinese;
    private final String english;
    private final String shortChinese;
    private final String shortEnglish;

    NotRatedReason(String chinese, String english, String shortChinese, String shortEnglish) {
        this.chinese = chinese;
        this.english = english;
        this.shortChinese = shortChinese;
        this.shortEnglish = shortEnglish;
    }

    /** The notice's words: 没有适用的计入“三捆绑”评定的考核规则, 报送数据不全. */
    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    /** For a table cell beside the rating: 无法评定（报送数据不全）. */
    public String shortChinese() {
        return shortChinese;
    }

    public String shortEnglish() {
        return shortEnglish;
    }

    /**
     * The reason of each verdict row of {@code verdictColumns} (gold.unit_verdict), as the name of a
     * constant; empty text for a unit that was rated. A table without the counts gives
     * {@link #NOT_RECORDED} for every unit not rated.
     */
    public static Column column(StructType verdictColumns) {
        List<String> names = Arrays.asList(verdictColumns.fieldNames());
        Column notRated = coalesce(col("rating"), lit("")).isin("", Rating.NOT_RATED.chinese());
        if (!names.contains("bundled_rules") || !names.contains("rules_not_assessable")) {
            return when(notRated, lit(NOT_RECORDED.name())).otherwise(lit(""));
        }
        Column bundled = col("bundled_rules");
        return when(notRated.and(bundled.equalTo(0)), lit(NO_BUNDLED_RULES.name()))
                .when(notRated.and(col("rules_not_assessable").equalTo(bundled)), lit(DATA_INCOMPLETE.name()))
                .when(notRated, lit(NOT_RECORDED.name()))
                .otherwise(lit(""));
    }

    /**
     * The reason of a unit not rated, from its verdict row's counts (null when the row has none), as
     * {@link #column} gives it.
     */
    public static NotRatedReason of(Integer bundledRules, Integer rulesNotAssessable) {
        if (bundledRules != null && bundledRules == 0) {
            return NO_BUNDLED_RULES;
        }
        if (bundledRules != null && bundledRules.equals(rulesNotAssessable)) {
            return DATA_INCOMPLETE;
        }
        return NOT_RECORDED;
    }

    /** The reason {@link #column} wrote, empty for a unit that was rated. */
    public static Optional<NotRatedReason> of(String columnValue) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(columnValue)).findFirst();
    }
}
