package org.bangfu.scorecard;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The silver tables a scorecard is computed from, with the columns of the silver contract.
 *
 * @param unitAssistance silver.unit_assistance (BF-1): unit_code, county_code, year, quarter, leader_visits,
 *     meetings, seconded_cadres, first_secretaries, team_members
 * @param workTeams silver.work_teams (BF-2): village_code, year, quarter, sending_unit_code,
 *     leader_is_first_secretary (是/否), members, assessment
 * @param pairings silver.pairings (ML-4): unit_code, county_code, village_code, start_date, end_date
 * @param unitRegister silver.unit_register (ML-3): unit_code, unit_name, unit_level, unit_category, staff_establishment
 * @param countyRegister silver.county_register (ML-1): county_code, county_name, province_code, planned_exit_year,
 *     exit_year
 * @param villageRegister silver.village_register (ML-2): village_code, village_name, poor_village (是/否),
 *     planned_exit_year, exit_year
 */
public record ScorecardInputs(
        Dataset<Row> unitAssistance,
        Dataset<Row> workTeams,
        Dataset<Row> pairings,
        Dataset<Row> unitRegister,
        Dataset<Row> countyRegister,
        Dataset<Row> villageRegister) {
}
