package org.bangfu.scorecard;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The conditions of the bundled assessment (三捆绑) that keep a unit from 优秀 in a year, one row
 * per condition found: unit_code, year, cap_code, sort_key, reason_zh, reason_en.
 */
final class BundledCaps {

    /** A team leader the unit sent was rated 不称职 in the Q4 assessment. */
    static final String UNFIT_RESIDENT_CADRE = "UNFIT_RESIDENT_CADRE";
    /** A paired village had not exited (出列) by its planned year. */
    static final String VILLAGE_EXIT_MISSED = "VILLAGE_EXIT_MISSED";
    /** A paired county had not exited (摘帽) by its planned year. */
    static final String COUNTY_EXIT_MISSED = "COUNTY_EXIT_MISSED";

    private BundledCaps() {
    }

    /**
     * The caps of every scope whose policy applies them, for the units scored there: scope_code, unit_code, year,
     * cap_code, sort_key, reason_zh, reason_en.
     *
     * @param policies scope_code, unfit_resident_cadre_blocks_excellent, missed_exit_year_blocks_excellent
     * @param activePairings scope_code, unit_code, county_code, village_code, year: pairings active in the year
     * @param unitYearKeys scope_code, unit_code, year of the units scored
     */
    static Dataset<Row> caps(Dataset<Row> policies, Dataset<Row> activePairings, Dataset<Row> unitYearKeys,
            ScorecardInputs inputs) {
        Dataset<Row> unfit = unfitResidentCadres(inputs).join(unitYearKeys, new String[] {"unit_code", "year"});
        Dataset<Row> missed = missedVillageExits(activePairings, inputs)
                .unionByName(missedCountyExits(activePairings, inputs))
                .join(unitYearKeys, new String[] {"scope_code", "unit_code", "year"}, "left_semi");
        Column applies = col("cap_code").equalTo(UNFIT_RESIDENT_CADRE).and(col("unfit_resident_cadre_blocks_excellent"))
                .or(col("cap_code").notEqual(UNFIT_RESIDENT_CADRE).and(col("missed_exit_year_blocks_excellent")));
        return unfit.unionByName(missed)
                .join(policies.select("scope_code", "unfit_resident_cadre_blocks_excellent",
                        "missed_exit_year_blocks_excellent"), "scope_code")
                .where(applies)
                .select("scope_code", "unit_code", "year", "cap_code", "sort_key", "reason_zh", "reason_en");
    }

    private static Dataset<Row> unfitResidentCadres(ScorecardInputs inputs) {
        Dataset<Row> unfit = inputs.workTeams()
                .where(col("quarter").equalTo(4).and(col("assessment").equalTo("不称职"))
                        .and(col("sending_unit_code").isNotNull()))
                .join(inputs.villageRegister().select("village_code", "village_name"),
                        new String[] {"village_code"}, "left");
        Column year = col("year").cast("string");
        return unfit.select(col("sending_unit_code").as("unit_code"), col("year"),
                lit(UNFIT_RESIDENT_CADRE).as("cap_code"),
                concat(lit("1:"), col("village_code")).as("sort_key"),
                concat(lit("派驻"), label(col("village_name"), col("village_code")), lit("的驻村工作队长"), year,
                        lit("年第四季度考核为不称职")).as("reason_zh"),
                concat(lit("the team leader sent to "), labelEnglish(col("village_name"), col("village_code")),
                        lit(" was rated 不称职 (unfit) in the "), year, lit("Q4 assessment")).as("reason_en"));
    }

    private static Dataset<Row> missedVillageExits(Dataset<Row> activePairings, ScorecardInputs inputs) {
        Dataset<Row> missed = activePairings.where(col("village_code").isNotNull())
                .select("scope_code", "unit_code", "village_code", "year").distinct()
                .join(inputs.villageRegister().select("village_code", "village_name", "planned_exit_year", "exit_year"),
                        "village_code")
                .where(missedBy(col("year")));
        return missed.select(col("scope_code"), col("unit_code"), col("year"), lit(VILLAGE_EXIT_MISSED).as("cap_code"),
                concat(lit("3:"), col("village_code")).as("sort_key"),
                concat(lit("结对村"), label(col("village_name"), col("village_code")), lit("计划"),
                        col("planned_exit_year").cast("string"), lit("年出列，"), lateness(true)).as("reason_zh"),
                concat(lit("paired village "), labelEnglish(col("village_name"), col("village_code")),
                        lit(" was due to exit in "), col("planned_exit_year").cast("string"), lateness(false))
                        .as("reason_en"));
    }

    private static Dataset<Row> missedCountyExits(Dataset<Row> activePairings, ScorecardInputs inputs) {
        Dataset<Row> missed = activePairings.select("scope_code", "unit_code", "county_code", "year").distinct()
                .join(inputs.countyRegister().select("county_code", "county_name", "planned_exit_year", "exit_year"),
                        "county_code")
                .where(missedBy(col("year")));
        return missed.select(col("scope_code"), col("unit_code"), col("year"), lit(COUNTY_EXIT_MISSED).as("cap_code"),
                concat(lit("2:"), col("county_code")).as("sort_key"),
                concat(lit("结对县"), label(col("county_name"), col("county_code")), lit("计划"),
                        col("planned_exit_year").cast("string"), lit("年摘帽，"), lateness(true)).as("reason_zh"),
                concat(lit("paired county "), labelEnglish(col("county_name"), col("county_code")),
                        lit(" was due to exit in "), col("planned_exit_year").cast("string"), lateness(false))
                        .as("reason_en"));
    }

    /** Planned to exit by the year, and not exited by then (exit_year blank or later). */
    private static Column missedBy(Column year) {
        return col("planned_exit_year").leq(year).and(col("exit_year").isNull().or(col("exit_year").gt(year)));
    }

    private static Column lateness(boolean chinese) {
        Column year = col("year").cast("string");
        if (chinese) {
            return when(col("exit_year").isNull(), concat(lit("至"), year, lit("年未退出")))
                    .otherwise(concat(col("exit_year").cast("string"), lit("年才退出")));
        }
        return when(col("exit_year").isNull(), concat(lit(" and had not exited by "), year))
                .otherwise(concat(lit(" but exited only in "), col("exit_year").cast("string")));
    }

    private static Column label(Column name, Column code) {
        return concat(coalesce(name, lit("")), lit("（"), code, lit("）"));
    }

    private static Column labelEnglish(Column name, Column code) {
        return concat_ws(" ", name, concat(lit("("), code, lit(")")));
    }
}
