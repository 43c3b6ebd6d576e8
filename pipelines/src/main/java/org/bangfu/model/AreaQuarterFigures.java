package org.bangfu.model;

import java.math.BigDecimal;
import org.bangfu.forms.Quarter;

/**
 * The BF-1 figures of one area (county, or the province) for one quarter, as held in gold.
 * Amounts are in 万元. A null figure means nothing was reported, never zero. "Quarter" figures are
 * the increment derived from year-to-date submissions; they are null where the previous quarter
 * of the same unit and county was not reported, because the increment cannot then be known.
 *
 * @param level county or province
 * @param areaCode GB/T 2260 code of the area
 * @param areaName its name
 * @param prefectureCode the county's prefecture (empty for the province)
 * @param prefectureName the county's prefecture name (empty for the province)
 * @param povertyType 国定, 省定 or 非贫困 for a county; empty for the province
 * @param period the quarter, e.g. {@code 2019Q4}
 * @param year the year of the quarter
 * @param quarter 1 to 4
 * @param assistingUnits distinct units that submitted BF-1 for the area and quarter
 * @param pairedUnits distinct units paired with the area (ML-4) at the quarter's end
 * @param fundsDirectYearToDate 直接投入帮扶资金, year to date, 万元
 * @param fundsDirectQuarter 直接投入帮扶资金 in the quarter alone, 万元
 * @param fundsCoordinatedYearToDate 协调引进帮扶资金, year to date, 万元
 * @param fundsCoordinatedQuarter 协调引进帮扶资金 in the quarter alone, 万元
 * @param projectsYearToDate 引进帮扶项目, year to date
 * @param projectsQuarter 引进帮扶项目 in the quarter alone
 * @param peopleTrainedYearToDate 培训基层干部 + 培训技术人员 (人次), year to date
 * @param peopleTrainedQuarter the same in the quarter alone
 * @param jobsTransferredYearToDate 帮助转移就业 (人), year to date
 * @param jobsTransferredQuarter the same in the quarter alone
 */
public record AreaQuarterFigures(
        AreaLevel level,
        String areaCode,
        String areaName,
        String prefectureCode,
        String prefectureName,
        String povertyType,
        String period,
        int year,
        int quarter,
        long assistingUnits,
        long pairedUnits,
        BigDecimal fundsDirectYearToDate,
        BigDecimal fundsDirectQuarter,
        BigDecimal fundsCoordinatedYearToDate,
        BigDecimal fundsCoordinatedQuarter,
        Long projectsYearToDate,
        Long projectsQuarter,
        Long peopleTrainedYearToDate,
        Long peopleTrainedQuarter,
        Long jobsTransferredYearToDate,
        Long jobsTransferredQuarter) {

    /** The period as a quarter, for ordering and for naming it in Chinese or English. */
    public Quarter reportingQuarter() {
        return Quarter.of(year, quarter);
    }
}
