package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.AreaQuarterFigures;
import org.junit.jupiter.api.Test;

class ProgressSummaryTest {

    @Test
    void writesOneParagraphInOfficialNumberStyle() {
        AreaQuarterFigures province = province(new BigDecimal("82400"), new BigDecimal("5678.456"), 12L, 3400L, 560L);
        assertThat(ProgressSummary.chinese(province)).isEqualTo(
                "截至2019年第四季度，全省共有88个帮扶单位报送定点帮扶情况，本年累计直接投入帮扶资金8.24亿元，"
                        + "协调引进帮扶资金5678.46万元，引进帮扶项目12个，培训基层干部和技术人员3400人次，帮助转移就业560人。");
    }

    @Test
    void namesTheFiguresNotReportedInsteadOfWritingZero() {
        AreaQuarterFigures province = province(new BigDecimal("82400"), null, null, 3400L, null);
        assertThat(ProgressSummary.chinese(province))
                .isEqualTo("截至2019年第四季度，全省共有88个帮扶单位报送定点帮扶情况，本年累计直接投入帮扶资金8.24亿元，"
                        + "培训基层干部和技术人员3400人次。协调引进帮扶资金、引进帮扶项目、帮助转移就业本期未报送。")
                .doesNotContain("0个");
    }

    @Test
    void saysTheSameInEnglish() {
        AreaQuarterFigures province = province(new BigDecimal("82400"), null, 12L, 3400L, 560L);
        assertThat(ProgressSummary.english(province)).isEqualTo(
                "By the end of 2019 Q4, 88 assisting units had reported. Year to date: funds invested directly,"
                        + " CNY 824.00 million; funds brought in from others, not reported; projects brought in, 12;"
                        + " local cadres and technicians trained, 3,400 person-times; rural workers helped into off-farm"
                        + " jobs, 560 persons.");
    }

    private static AreaQuarterFigures province(BigDecimal direct, BigDecimal coordinated, Long projects, Long trained, Long jobs) {
        return new AreaQuarterFigures(AreaLevel.PROVINCE, "990000", "示范省", "", "", "", "2019Q4", 2019, 4, 88, 90,
                direct, null, coordinated, null, projects, null, trained, null, jobs, null);
    }
}
