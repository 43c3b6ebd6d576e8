package org.bangfu.scorecard;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.bangfu.forms.FieldDefinition;

/**
 * The items a rule checks for each unit and year (each paired county, each team sent, each paired
 * poor village, or the unit as a whole), each with its figure and the evidence sentence that will
 * be quoted. Columns: unit_code, year, item_key, value (double, null when not reported),
 * value_complete (false for a year-to-date figure before Q4), evidence_zh, evidence_en; the
 * requirement is appended by the caller.
 */
final class RuleItems {

    private RuleItems() {
    }

    /** Active pairings of each scope: scope_code, unit_code, county_code, village_code, year. */
    static Dataset<Row> activePairings(Dataset<Row> scopedPairings, Dataset<Row> years) {
        Column started = org.apache.spark.sql.functions.year(col("start_date")).leq(col("year"));
        Column notEnded = col("end_date").isNull()
                .or(org.apache.spark.sql.functions.year(col("end_date")).geq(col("year")));
        return scopedPairings.crossJoin(years)
                .where(started.and(notEnded))
                .select("scope_code", "unit_code", "county_code", "village_code", "year");
    }

    /** Each figure of BF-1 as at the latest quarter the unit reported for that county in the year. */
    static Dataset<Row> latestQuarterOfYear(Dataset<Row> rows, String... keys) {
        Column[] partition = new Column[keys.length + 1];
        for (int index = 0; index < keys.length; index++) {
            partition[index] = col(keys[index]);
        }
        partition[keys.length] = col("year");
        return rows.withColumn("latest_quarter", max(col("quarter")).over(Window.partitionBy(partition)))
                .where(col("quarter").equalTo(col("latest_quarter")))
                .drop("latest_quarter");
    }

    /**
     * The items of a measure in every scope: scope_code, unit_code, year, item_key, value, value_complete,
     * evidence_zh, evidence_en.
     *
     * @param unitYearKeys scope_code, unit_code, year of the units scored: a team's items count in every
     *     scope its sending unit is scored in
     */
    static Dataset<Row> items(RuleMeasure measure, Dataset<Row> unitYearKeys, Dataset<Row> pairedCounties,
            Dataset<Row> pairedVillages, Dataset<Row> assistanceLatest, Dataset<Row> teamsLatest,
            ScorecardInputs inputs) {
        return switch (measure.scope()) {
            case PAIRED_COUNTY -> pairedCountyItems(measure, pairedCounties, assistanceLatest, inputs.countyRegister());
            case SENT_TEAM -> sentTeamItems(measure, unitYearKeys, teamsLatest, inputs.villageRegister());
            case PAIRED_POOR_VILLAGE -> poorVillageItems(measure, pairedVillages, teamsLatest, inputs.villageRegister());
            case WHOLE_UNIT -> staffShareItems(measure, pairedCounties, assistanceLatest, inputs.unitRegister());
        };
    }

    private static Dataset<Row> pairedCountyItems(RuleMeasure measure, Dataset<Row> pairedCounties,
            Dataset<Row> assistanceLatest, Dataset<Row> counties) {
        String field = measure.fields().get(0);
        Dataset<Row> joined = pairedCounties
                .join(assistanceLatest.select(col("unit_code"), col("county_code"), col("year"), col("quarter"),
                        col(field).as("figure")), new String[] {"unit_code", "county_code", "year"}, "left")
                .join(counties.select("county_code", "county_name"),
                        new String[] {"county_code"}, "left");
        return figureItems(measure, joined, col("county_code"), label(col("county_name"), col("county_code")),
                labelEnglish(col("county_name"), col("county_code")), col("figure").cast("double"),
                col("figure").cast("string"), col("figure").cast("string"));
    }

    private static Dataset<Row> sentTeamItems(RuleMeasure measure, Dataset<Row> unitYearKeys, Dataset<Row> teamsLatest,
            Dataset<Row> villages) {
        String field = measure.fields().get(0);
        Dataset<Row> joined = teamsLatest.where(col("sending_unit_code").isNotNull())
                .select(col("sending_unit_code").as("unit_code"), col("village_code"), col("year"), col("quarter"),
                        col(field).as("figure"))
                .join(villages.select("village_code", "village_name"), new String[] {"village_code"}, "left")
                .join(unitYearKeys, new String[] {"unit_code", "year"});
        Column value = measure.isYesNo()
                ? when(col("figure").equalTo("是"), 1.0).when(col("figure").equalTo("否"), 0.0)
                : col("figure").cast("double");
        Column textEnglish = measure.isYesNo()
                ? when(col("figure").equalTo("是"), "yes").when(col("figure").equalTo("否"), "no")
                : col("figure").cast("string");
        return figureItems(measure, joined, col("village_code"), label(col("village_name"), col("village_code")),
                labelEnglish(col("village_name"), col("village_code")), value, col("figure").cast("string"),
                textEnglish);
    }

    private static Dataset<Row> poorVillageItems(RuleMeasure measure, Dataset<Row> pairedVillages,
            Dataset<Row> teamsLatest, Dataset<Row> villages) {
        String field = measure.fields().get(0);
        Dataset<Row> joined = pairedVillages
                .join(villages.where(col("poor_village").equalTo("是")).select("village_code", "village_name"),
                        "village_code")
                .join(teamsLatest.select(col("village_code"), col("year"), col("quarter"), col(field).as("figure")),
                        new String[] {"village_code", "year"}, "left");
        return figureItems(measure, joined, col("village_code"), label(col("village_name"), col("village_code")),
                labelEnglish(col("village_name"), col("village_code")), col("figure").cast("double"),
                col("figure").cast("string"), col("figure").cast("string"));
    }

    /**
     * One item per unit and year: team members in post summed over its paired counties (BF-1, each
     * county's latest quarter) as a percentage of its staff establishment; unknown when any paired
     * county's figure is missing.
     */
    private static Dataset<Row> staffShareItems(RuleMeasure measure, Dataset<Row> pairedCounties,
            Dataset<Row> assistanceLatest, Dataset<Row> units) {
        String field = measure.fields().get(0);
        Dataset<Row> perUnit = pairedCounties
                .join(assistanceLatest.select(col("unit_code"), col("county_code"), col("year"), col(field).as("figure")),
                        new String[] {"unit_code", "county_code", "year"}, "left")
                .groupBy("scope_code", "unit_code", "year")
                .agg(sum(col("figure")).as("members_sent"),
                        sum(when(col("figure").isNull(), 1).otherwise(0)).as("counties_missing"))
                .join(units.where(col("staff_establishment").gt(0)).select("unit_code", "staff_establishment"),
                        "unit_code");
        Column share = when(col("counties_missing").equalTo(0),
                col("members_sent").multiply(100.0).divide(col("staff_establishment")));
        Column shareText = format_string("%.1f", share);
        FieldDefinition definition = measure.field();
        Column known = concat(col("year").cast("string"), lit("年在岗驻村工作队员"), col("members_sent").cast("string"),
                lit("人，编制数"), col("staff_establishment").cast("string"), lit("人，占"), shareText, lit("%"));
        Column knownEnglish = concat(col("members_sent").cast("string"), lit(" team member(s) in post in "),
                col("year").cast("string"), lit(" for a staff establishment of "),
                col("staff_establishment").cast("string"), lit(", i.e. "), shareText, lit("%"));
        Column missing = concat(col("year").cast("string"), lit("年有"), col("counties_missing").cast("string"),
                lit("个结对县未报“" + definition.header() + "”（" + measure.formCode() + "）"));
        Column missingEnglish = concat(col("counties_missing").cast("string"),
                lit(" paired county(ies) did not report " + definition.name() + " (" + measure.formCode() + ") for "),
                col("year").cast("string"));
        return perUnit.select(col("scope_code"), col("unit_code"), col("year"), lit("").as("item_key"), share.as("value"),
                lit(true).as("value_complete"),
                when(share.isNull(), missing).otherwise(known).as("evidence_zh"),
                when(share.isNull(), missingEnglish).otherwise(knownEnglish).as("evidence_en"));
    }

    /**
     * Items with one figure each, from a frame with unit_code, year, quarter (null when no report)
     * and figure. Year-to-date figures are framed "截至…第n季度" before Q4; stocks as at quarter end.
     */
    private static Dataset<Row> figureItems(RuleMeasure measure, Dataset<Row> joined, Column itemKey, Column label,
            Column labelEnglish, Column value, Column valueText, Column valueTextEnglish) {
        FieldDefinition definition = measure.field();
        Column year = col("year").cast("string");
        Column quarter = col("quarter").cast("string");
        boolean yearToDate = measure.isYearToDate();
        Column complete = yearToDate ? coalesce(col("quarter").equalTo(4), lit(false)) : lit(true);
        Column phrase = render(measure.phraseChinese(), valueText);
        Column phraseEnglish = render(measure.phraseEnglish(), valueTextEnglish);
        Column reported;
        Column reportedEnglish;
        if (yearToDate) {
            reported = when(col("quarter").equalTo(4), concat(year, lit("年"), phrase))
                    .otherwise(concat(lit("截至"), year, lit("年第"), quarter, lit("季度"), phrase));
            reportedEnglish = when(col("quarter").equalTo(4), concat(phraseEnglish, lit(" in "), year))
                    .otherwise(concat(phraseEnglish, lit(" in "), year, lit(" up to Q"), quarter));
        } else {
            reported = concat(year, lit("年第"), quarter, lit("季度末"), phrase);
            reportedEnglish = concat(phraseEnglish, lit(" at the end of "), year, lit("Q"), quarter);
        }
        Column notReported = concat(year, lit("年未报“" + definition.header() + "”（" + measure.formCode() + "）"));
        Column notReportedEnglish = concat(lit(definition.name() + " (" + measure.formCode() + ") not reported for "),
                year);
        return joined.select(col("scope_code"), col("unit_code"), col("year"), itemKey.as("item_key"), value.as("value"),
                complete.as("value_complete"),
                concat(label, lit("："), when(value.isNull(), notReported).otherwise(reported)).as("evidence_zh"),
                concat(labelEnglish, lit(": "), when(value.isNull(), notReportedEnglish).otherwise(reportedEnglish))
                        .as("evidence_en"));
    }

    /** "甲县（530102）", or the code alone when the register has no name for it. */
    private static Column label(Column name, Column code) {
        return concat(coalesce(name, lit("")), lit("（"), code, lit("）"));
    }

    /** "甲县 (530102)". */
    private static Column labelEnglish(Column name, Column code) {
        return concat_ws(" ", name, concat(lit("("), code, lit(")")));
    }

    /** The phrase with {value} replaced by the figure's text. */
    private static Column render(String phrase, Column valueText) {
        int at = phrase.indexOf("{value}");
        return concat(lit(phrase.substring(0, at)), valueText, lit(phrase.substring(at + "{value}".length())));
    }
}
