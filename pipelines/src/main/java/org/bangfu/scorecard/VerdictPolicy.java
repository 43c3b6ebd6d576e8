package org.bangfu.scorecard;

import java.math.BigDecimal;

/**
 * How a profile turns rule results into the bundled verdict (三捆绑): the least percentage of the
 * applicable bundled rules met for each rating, and which conditions keep a unit from 优秀.
 *
 * @param excellentMinimumPercent least share met for 优秀 excellent
 * @param goodMinimumPercent least share met for 良好 good
 * @param fairMinimumPercent least share met for 一般 fair; below it 较差 poor
 * @param unfitResidentCadreBlocksExcellent whether a team leader it sent, rated 不称职 in Q4, keeps the unit from 优秀
 * @param missedExitYearBlocksExcellent whether a paired village or county that missed its planned exit year
 *     keeps the unit from 优秀
 */
public record VerdictPolicy(
        BigDecimal excellentMinimumPercent,
        BigDecimal goodMinimumPercent,
        BigDecimal fairMinimumPercent,
        boolean unfitResidentCadreBlocksExcellent,
        boolean missedExitYearBlocksExcellent) {
}
