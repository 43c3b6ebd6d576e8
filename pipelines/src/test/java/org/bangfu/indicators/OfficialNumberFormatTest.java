package org.bangfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OfficialNumberFormatTest {

    @Test
    void amountsOfOneHundredMillionYuanOrMoreAreWrittenInYiWithTwoDecimals() {
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("82400"))).isEqualTo("8.24亿元");
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("10000"))).as("exactly 1亿元").isEqualTo("1.00亿元");
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("227800"))).isEqualTo("22.78亿元");
    }

    @Test
    void amountsBelowOneHundredMillionYuanAreWrittenInWanWithTwoDecimals() {
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("5678.456"))).isEqualTo("5678.46万元");
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("12"))).isEqualTo("12.00万元");
        assertThat(OfficialNumberFormat.amountInChineseText(BigDecimal.ZERO)).as("a reported zero is a zero").isEqualTo("0.00万元");
    }

    @Test
    void roundingIsHalfUpOnTheExactValue() {
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("82435"))).as("8.2435 rounds down").isEqualTo("8.24亿元");
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("82450"))).as("8.2450: a half rounds up").isEqualTo("8.25亿元");
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("5678.455")))
                .as("a half rounds up; a double would hold 5678.4549999 and round down")
                .isEqualTo("5678.46万元");
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("82449.996")))
                .as("rounded once from the exact value, not first to 82450.00万元 and then to 8.25亿元")
                .isEqualTo("8.24亿元");
    }

    @Test
    void anAmountThatRoundsToOneYiIsWrittenInYi() {
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("9999.995"))).isEqualTo("1.00亿元");
        assertThat(OfficialNumberFormat.amountInChineseText(new BigDecimal("9999.994"))).isEqualTo("9999.99万元");
    }

    @Test
    void aGroupedCellReadsAsTheJdkFormatsIt() {
        Random random = new Random(2019);
        List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("-0.004"),
                new BigDecimal("999.995"), new BigDecimal("-1000"), new BigDecimal("123456789012.3456"),
                new BigDecimal("0.5"), new BigDecimal("-999999.5")));
        for (int index = 0; index < 5000; index++) {
            values.add(BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(7)));
        }
        for (BigDecimal value : values) {
            for (int decimals = 0; decimals <= 4; decimals++) {
                for (RoundingMode rounding : List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN)) {
                    assertThat(OfficialNumberFormat.grouped(value, decimals, rounding)).as("%s to %d places", value, decimals)
                            .isEqualTo(String.format(Locale.ROOT, "%,." + decimals + "f",
                                    value.setScale(decimals, rounding)));
                }
            }
        }
    }

    @Test
    void aFigureNotReportedIsADashNeverZero() {
        assertThat(OfficialNumberFormat.amountInChineseText(null)).isEqualTo("—");
        assertThat(OfficialNumberFormat.amountInEnglishText(null, 2, RoundingMode.HALF_UP)).isEqualTo("—");
        assertThat(OfficialNumberFormat.integerInText((Long) null)).isEqualTo("—");
        assertThat(OfficialNumberFormat.grouped(null, 2, RoundingMode.HALF_UP)).isEqualTo("—");
        assertThat(OfficialNumberFormat.plain(null, 2, RoundingMode.HALF_UP))
                .as("in a data file a blank cell means not reported, as in the forms")
                .isEmpty();
    }

    @Test
    void countsArePlainIntegersInTextAndGroupedInTables() {
        assertThat(OfficialNumberFormat.integerInText(25340L)).isEqualTo("25340");
        assertThat(OfficialNumberFormat.grouped(new BigDecimal("25340"), 0, RoundingMode.HALF_UP)).isEqualTo("25,340");
        assertThat(OfficialNumberFormat.grouped(new BigDecimal("82435.005"), 2, RoundingMode.HALF_UP)).isEqualTo("82,435.01");
        assertThat(OfficialNumberFormat.plain(new BigDecimal("82435.005"), 2, RoundingMode.HALF_UP)).isEqualTo("82435.01");
    }

    @Test
    void amountsInEnglishAreInMillionsOfYuan() {
        assertThat(OfficialNumberFormat.amountInEnglishText(new BigDecimal("82400"), 2, RoundingMode.HALF_UP))
                .isEqualTo("CNY 824.00 million");
        assertThat(OfficialNumberFormat.amountInEnglishText(new BigDecimal("227800"), 2, RoundingMode.HALF_UP))
                .isEqualTo("CNY 2,278.00 million");
    }

    @Test
    void quartersAndDatesAreWrittenTheOfficialWay() {
        assertThat(OfficialNumberFormat.quarterInChinese(2019, 4)).isEqualTo("2019年第四季度");
        assertThat(OfficialNumberFormat.quarterInEnglish(2019, 4)).isEqualTo("2019 Q4");
        assertThat(OfficialNumberFormat.dateInChinese(LocalDate.of(2020, 1, 5))).as("no leading zeros").isEqualTo("2020年1月5日");
        assertThat(OfficialNumberFormat.dateInEnglish(LocalDate.of(2020, 1, 15))).isEqualTo("15 January 2020");
    }
}
