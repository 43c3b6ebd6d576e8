package org.bangfu.scorecard;

import org.apache.spark.sql.Column;

/**
 * One scope of the scorecard: the units a profile scores and the counties it scores them over.
 *
 * @param code the province code whose counties count, or {@link UnitScorecard#NATION} for every county
 * @param profile the profile the scope's units are scored with
 * @param unitFilter which units of the unit register (by unit_level) belong to the scope; a unit matched
 *     by no scope, or with a null result, is not scored
 */
public record ScoringScope(String code, ProvinceProfile profile, Column unitFilter) {
}
