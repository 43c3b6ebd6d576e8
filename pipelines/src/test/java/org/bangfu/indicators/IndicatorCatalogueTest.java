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
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.forms.TimeBasis;
import org.bangfu.warehouse.WarehouseTable;
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
        assertThat(IndicatorCatalogue.published()).extracting(Indicator::code)
                .containsExactly("funds_direct", "funds_coordinated", "assisting_units", "paired_units", "projects",
                        "people_trained", "jobs_transferred");
        assertThat(IndicatorCatalogue.all()).as("the site's indicators are part of the whole catalogue")
                .containsAll(IndicatorCatalogue.published());
        assertThat(IndicatorCatalogue.all()).extracting(Indicator::code).doesNotHaveDuplicates();
        assertThat(IndicatorCatalogue.all()).extracting(Indicator::chineseName).doesNotHaveDuplicates();
        assertThat(IndicatorCatalogue.all()).extracting(Indicator::englishName).doesNotHaveDuplicates();
        assertThat(IndicatorCatalogue.all()).as("四舍五入 throughout").extracting(Indicator::rounding)
                .containsOnly(RoundingMode.HALF_UP);
        assertThat(IndicatorCatalogue.all()).as("every indicator says what it is and how it is computed")
                .allSatisfy(indicator -> {
                    assertThat(indicator.chineseName()).as(indicator.code()).isNotBlank();
                    assertThat(indicator.englishName()).as(indicator.code()).isNotBlank();
                    assertThat(indicator.chineseDefinition()).as(indicator.code()).isNotBlank();
                    assertThat(indicator.englishDefinition()).as(indicator.code()).isNotBlank();
                    assertThat(indicator.formula()).as(indicator.code()).isNotBlank();
                    assertThat(indicator.sourceFields()).as(indicator.code()).isNotEmpty();
                });
    }

    @Test
    void everySourceFieldIsAFieldOfTheFormCatalogueThatIsStored() {
        assertThat(IndicatorCatalogue.all()).allSatisfy(indicator -> assertThat(indicator.sourceFields())
                .allSatisfy(source -> {
                    FormDefinition form = FormCatalogue.find(source.formCode()).orElse(null);
                    assertThat(form).as(indicator.code() + ": form " + source.formCode()).isNotNull();
                    FieldDefinition field = form.field(source.fieldName()).orElse(null);
                    assertThat(field).as(indicator.code() + ": field " + source).isNotNull();
                    assertThat(field.isPersonal()).as(indicator.code() + ": personal data is never a source").isFalse();
                }));
    }

    @Test
    void aFlowIndicatorComesFromYearToDateFieldsAndAStockFromNone() {
        assertThat(IndicatorCatalogue.all())
                .filteredOn(indicator -> indicator.accumulation() == Accumulation.FLOW)
                .as("a flow has a quarter increment only when its form fields are year to date")
                .allSatisfy(indicator -> assertThat(indicator.sourceFields())
                        .filteredOn(source -> FormCatalogue.get(source.formCode()).requireField(source.fieldName()).isFigure())
                        .allSatisfy(source -> assertThat(FormCatalogue.get(source.formCode())
                                .requireField(source.fieldName()).timeBasis())
                                .as(indicator.code() + " from " + source).isEqualTo(TimeBasis.YEAR_TO_DATE)));
    }

    @Test
    void theRequiredTopicsAreAllThere() {
        assertThat(IndicatorCatalogue.all()).extracting(Indicator::code).contains(
                "funds_direct", "funds_coordinated", "funds_industry", "projects", "trained_cadres",
                "trained_technicians", "jobs_transferred", "consumption_bought", "consumption_sold", "leader_visits",
                "other_visits", "meetings", "seconded_cadres", "first_secretaries", "team_members",
                "poor_villages", "villages_with_team", "team_coverage", "members_per_team", "villages_meeting_team_rule",
                "poor_people_start", "poor_people_end", "newly_identified", "returned_to_poverty", "people_exited",
                "households_exited", "villages_exited", "counties_exited", "poverty_incidence",
                "poverty_incidence_change", "relocated_households", "relocated_people", "houses_rebuilt", "roads_km",
                "safe_water_households", "electricity_households", "integrated_fiscal_funds",
                "target_people_exited", "people_exited_achievement", "people_exited_change_on_year");
        assertThat(IndicatorCatalogue.byCode("poverty_incidence"))
                .as("incidence: %, one decimal, lower is better, recomputed from sums for larger areas")
                .satisfies(incidence -> {
                    assertThat(incidence.unit()).isEqualTo(IndicatorUnit.PERCENT);
                    assertThat(incidence.precision()).isEqualTo(1);
                    assertThat(incidence.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
                    assertThat(incidence.aggregation()).isEqualTo(Aggregation.RATIO_OF_SUMS);
                });
        assertThat(IndicatorCatalogue.byCode("poverty_incidence_change").unit())
                .as("changes of a rate are in 个百分点").isEqualTo(IndicatorUnit.PERCENTAGE_POINTS);
    }

    @Test
    void anIndicatorNamesItsGoldColumnPerSpanAndItsTablePerLevel() {
        assertThat(FUNDS_DIRECT.goldColumns()).containsExactly(
                "funds_direct_ytd", "funds_direct_quarter", "funds_direct_full_year", "funds_direct_cumulative");
        assertThat(ASSISTING_UNITS.goldColumns()).containsExactly("assisting_units");
        assertThat(FUNDS_DIRECT.levels()).containsExactly(AggregationLevel.COUNTY, AggregationLevel.PREFECTURE,
                AggregationLevel.PROVINCE, AggregationLevel.NATION, AggregationLevel.UNIT, AggregationLevel.UNIT_CATEGORY,
                AggregationLevel.UNIT_LEVEL);
        assertThat(FUNDS_DIRECT.goldTables().get(AggregationLevel.NATION)).isEqualTo(WarehouseTable.GOLD_NATION_QUARTER);
        assertThat(FUNDS_DIRECT.goldTables().get(AggregationLevel.UNIT)).isEqualTo(WarehouseTable.GOLD_UNIT_QUARTER);
        assertThat(IndicatorCatalogue.readFrom(WarehouseTable.GOLD_AREA_TARGETS)).extracting(Indicator::code)
                .contains("target_people_exited").doesNotContain("funds_direct");
    }

    @Test
    void ratesAndChangesAreWrittenWithOneDecimalAndTheirUnit() {
        Indicator incidence = IndicatorCatalogue.byCode("poverty_incidence");
        Indicator change = IndicatorCatalogue.byCode("poverty_incidence_change");
        assertThat(incidence.chineseName() + incidence.formatChineseText(new BigDecimal("3.85")))
                .as("四舍五入: 3.85 → 3.9").isEqualTo("贫困发生率3.9%");
        assertThat(incidence.formatEnglishText(new BigDecimal("3.85"))).isEqualTo("3.9%");
        assertThat(change.formatChineseText(new BigDecimal("-1.8"))).isEqualTo("-1.8个百分点");
        assertThat(change.formatEnglishText(new BigDecimal("-1.8"))).isEqualTo("-1.8 percentage points");
        assertThat(IndicatorCatalogue.byCode("roads_km").formatChineseText(new BigDecimal("7000.04")))
                .isEqualTo("7000.0公里");
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
        assertThatThrownBy(() -> IndicatorCatalogue.byCode("funds_borrowed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("funds_borrowed")
                .hasMessageContaining("funds_direct");
    }
}
