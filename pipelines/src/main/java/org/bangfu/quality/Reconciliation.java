package org.bangfu.quality;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.bangfu.forms.FormCatalogue;

/**
 * Checks across sources (FORMS.md group 5): the same quantity as two forms report it, side by
 * side. Every compared pair is recorded with whether it agrees, so that gold can say "checked N,
 * M differ"; the figures themselves are never altered.
 *
 * <p>A pair is compared only when the second source has reported at all for that period (for X002,
 * that county and year): a roster or household list not yet in is missing, not zero.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /**
     * X001 per unit × quarter: BF-1 在岗驻村工作队员 summed over the unit's counties vs the BF-2
     * members of the villages whose sending unit it is.
     */
    public static Dataset<Row> teamMembers(Dataset<Row> unitAssistance, Dataset<Row> workTeams, Dataset<Row> units) {
        Dataset<Row> reported = unitAssistance.filter(col("team_members").isNotNull())
                .groupBy(col("unit_code").as("subject_code"), col("period"))
                .agg(sum("team_members").as("value_a"));
        Dataset<Row> rostered = workTeams.groupBy(col("sending_unit_code").as("subject_code"), col("period"))
                .agg(sum("members").as("value_b"));
        Dataset<Row> rosterPeriods = workTeams.select("period").distinct();
        Dataset<Row> names = units.select(col("unit_code").as("subject_code"), col("unit_name").as("subject_name"));
        String header = FormCatalogue.get(FormCatalogue.UNIT_ASSISTANCE).requireField("team_members").header();
        return compared(Rule.TEAM_MEMBERS_DIFFER, header,
                reported.join(rosterPeriods, new String[] {"period"}, "left_semi")
                        .join(rostered, new String[] {"subject_code", "period"}, "left")
                        .join(names, new String[] {"subject_code"}, "left")
                        .withColumn("source_a", concat(lit("BF-1 team_members "), col("period")))
                        .withColumn("source_b", concat(lit("BF-2 members "), col("period"))));
    }

    /**
     * X002 per county × year: BF-3 本年脱贫人口 of the year's fourth quarter (or its latest quarter
     * reported) vs the household size summed over the BF-4 households of the county that exited in
     * that year, as that year's household list records them.
     */
    public static Dataset<Row> exits(Dataset<Row> countyProgress, Dataset<Row> households, Dataset<Row> counties) {
        Dataset<Row> latestQuarter = countyProgress.filter(col("people_exited").isNotNull())
                .withColumn("latest", row_number().over(Window.partitionBy("county_code", "year")
                        .orderBy(col("quarter").desc())))
                .filter(col("latest").equalTo(1))
                .select(col("county_code").as("subject_code"), col("year").cast("string").as("period"),
                        col("people_exited").as("value_a"), concat(lit("BF-3 people_exited "), col("period"))
                                .as("source_a"));
        Dataset<Row> listed = households.select(substring(col("village_code"), 1, 6).as("subject_code"),
                col("year").cast("string").as("period"), col("exit_year"), col("household_size"));
        Dataset<Row> exited = listed.filter(col("exit_year").cast("string").equalTo(col("period")))
                .groupBy("subject_code", "period").agg(sum("household_size").as("value_b"));
        Dataset<Row> listedCounties = listed.select("subject_code", "period").distinct();
        Dataset<Row> names = counties.select(col("county_code").as("subject_code"),
                col("county_name").as("subject_name"));
        String header = FormCatalogue.get(FormCatalogue.COUNTY_PROGRESS).requireField("people_exited").header();
        return compared(Rule.EXITS_DIFFER, header,
                latestQuarter.join(listedCounties, new String[] {"subject_code", "period"}, "left_semi")
                        .join(exited, new String[] {"subject_code", "period"}, "left")
                        .join(names, new String[] {"subject_code"}, "left")
                        .withColumn("source_b", concat(lit("BF-4 household_size, exit_year = "), col("period"))));
    }

    /** The common columns of silver.reconciliation from subject_code, period, subject_name, value_a/b, sources. */
    private static Dataset<Row> compared(Rule rule, String header, Dataset<Row> pairs) {
        Column valueA = col("value_a").cast("long");
        Column valueB = coalesce(col("value_b").cast("long"), lit(0L));
        Column difference = valueA.minus(valueB);
        Column agrees = difference.equalTo(0);
        Column relative = when(valueB.notEqual(0), round(difference.cast("double").divide(valueB), 4));
        return pairs.select(
                lit(rule.code()).as("rule_code"), col("period"), col("subject_code"),
                coalesce(col("subject_name"), lit("")).as("subject_name"),
                col("source_a"), valueA.as("value_a"), col("source_b"), valueB.as("value_b"),
                difference.as("difference"), relative.as("relative_difference"), agrees.as("agrees"),
                when(agrees, concat(lit("一致：两数均为"), valueA.cast("string"), lit("。")))
                        .otherwise(RuleText.chinese(rule, lit(header), valueA, valueB)).as("note_zh"),
                when(agrees, concat(lit("Agree: both are "), valueA.cast("string"), lit(".")))
                        .otherwise(RuleText.english(rule, lit(header), valueA, valueB)).as("note_en"));
    }
}
