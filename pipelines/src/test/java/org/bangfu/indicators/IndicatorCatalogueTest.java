package org.bangfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bangfu.indicators.IndicatorCatalogue.ASSISTING_UNITS;
import static org.bangfu.indicators.IndicatorCatalogue.FUNDS_COORDINATED;
import static org.bangfu.indicators.IndicatorCatalogue.FUNDS_DIRECT;
import static org.bangfu.indicators.IndicatorCatalogue.JOBS_TRANSFERRED;
import static org.bangfu.indicators.IndicatorCatalogue.PEOPLE_TRAINED;
import static org.bangfu.indicators.IndicatorCatalogue.PROJECTS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.AreaQuarterFigures;
import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

    /** 甲县 in 2019Q4: 82,400 万元 direct so far this year, 2,400 of it this quarter; projects not reported. */
    private static final AreaQuarterFigures COUNTY = new AreaQuarterFigures(
            AreaLevel.COUNTY, "990101", "甲县", "990100", "甲市", "国定", "2019Q4", 2019, 4,
            7, 9,
            new BigDecimal("82400"), new BigDecimal("2400"),
            new BigDecimal("5678.456"), null,
            null, null,
            3400L, 400L,
            560L, 60L);

    @Test
    void everyIndicatorIsDefinedOnceWithDistinctCodesAndNames() {
        assertThat(IndicatorCatalogue.all()).extracting(Indicator::code)
                .containsExactly("funds_direct", "funds_coordinated", "assisting_units", "paired_units", "projects",
                        "people_trained", "jobs_transferred");
        assertThat(IndicatorCatalogue.all()).extracting(Indicator::chineseName).doesNotHaveDuplicates();
        assertThat(IndicatorCatalogue.all()).extracting(Indicator::englishName).doesNotHaveDuplicates();
        assertThat(IndicatorCatalogue.all()).as("四舍五入 throughout").extracting(Indicator::rounding)
                .containsOnly(RoundingMode.HALF_UP);
        assertThat(IndicatorCatalogue.all()).as("every indicator says how it is computed")
                .allSatisfy(indicator -> assertThat(indicator.chineseDefinition()).isNotBlank());
    }

    @Test
    void flowsReadTheYearToDateAndTheQuarterIncrement() {
        assertThat(FUNDS_DIRECT.value(COUNTY, Span.YEAR_TO_DATE)).contains(new BigDecimal("82400"));
        assertThat(FUNDS_DIRECT.value(COUNTY, Span.QUARTER)).contains(new BigDecimal("2400"));
        assertThat(PEOPLE_TRAINED.value(COUNTY, Span.QUARTER)).contains(BigDecimal.valueOf(400));
        assertThat(FUNDS_COORDINATED.value(COUNTY, Span.QUARTER)).as("increment not derivable").isEmpty();
        assertThat(PROJECTS.value(COUNTY, Span.YEAR_TO_DATE)).as("not reported stays empty, not zero").isEmpty();
    }

    @Test
    void stocksReadTheSameCountWhateverTheSpanAndArePublishedOnce() {
        assertThat(ASSISTING_UNITS.value(COUNTY, Span.YEAR_TO_DATE)).contains(BigDecimal.valueOf(7));
        assertThat(ASSISTING_UNITS.value(COUNTY, Span.QUARTER)).contains(BigDecimal.valueOf(7));
        assertThat(ASSISTING_UNITS.publishedSpans()).containsExactly(Span.QUARTER);
        assertThat(FUNDS_DIRECT.publishedSpans()).containsExactly(Span.YEAR_TO_DATE, Span.QUARTER);
    }

    @Test
    void runningTextWritesTheValueWithItsUnitAfterTheName() {
        assertThat(FUNDS_DIRECT.chineseName() + FUNDS_DIRECT.formatChineseText(new BigDecimal("82400")))
                .isEqualTo("直接投入帮扶资金8.24亿元");
        assertThat(PEOPLE_TRAINED.chineseName() + PEOPLE_TRAINED.formatChineseText(BigDecimal.valueOf(3400)))
                .isEqualTo("培训基层干部和技术人员3400人次");
        assertThat(JOBS_TRANSFERRED.chineseName() + JOBS_TRANSFERRED.formatChineseText(BigDecimal.valueOf(560)))
                .isEqualTo("帮助转移就业560人");
        assertThat(PROJECTS.formatChineseText(null)).isEqualTo("—");
    }

    @Test
    void tablesGroupThousandsAtTheIndicatorsPrecision() {
        assertThat(FUNDS_DIRECT.formatTableCell(new BigDecimal("82400"))).isEqualTo("82,400.00");
        assertThat(PEOPLE_TRAINED.formatTableCell(BigDecimal.valueOf(25340))).isEqualTo("25,340");
        assertThat(PROJECTS.formatTableCell(null)).isEqualTo("—");
        assertThat(FUNDS_DIRECT.formatData(new BigDecimal("5678.456"))).isEqualTo("5678.46");
    }

    @Test
    void columnsNameEachFlowTwiceAndEachStockOnce() {
        assertThat(IndicatorCatalogue.columns()).extracting(column -> column.label().fieldName())
                .containsExactly(
                        "funds_direct_year_to_date", "funds_direct_quarter",
                        "funds_coordinated_year_to_date", "funds_coordinated_quarter",
                        "assisting_units", "paired_units",
                        "projects_year_to_date", "projects_quarter",
                        "people_trained_year_to_date", "people_trained_quarter",
                        "jobs_transferred_year_to_date", "jobs_transferred_quarter");
        assertThat(IndicatorCatalogue.columns().get(0).label().chineseName()).isEqualTo("直接投入帮扶资金（万元，本年累计）");
    }

    @Test
    void anUnknownCodeIsRefusedNamingTheKnownOnes() {
        assertThat(IndicatorCatalogue.byCode("projects")).isSameAs(PROJECTS);
        assertThatThrownBy(() -> IndicatorCatalogue.byCode("funds_total"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("funds_total")
                .hasMessageContaining("funds_direct");
    }
}
