package org.bangfu.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.indicators.HouseholdIndicators.Aggregation;
import org.bangfu.indicators.HouseholdIndicators.Direction;
import org.bangfu.indicators.HouseholdIndicators.HouseholdIndicator;
import org.bangfu.model.HouseholdAggregates;
import org.bangfu.model.HouseholdMeasureGroup;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;

class HouseholdIndicatorsTest {

    private static final FormDefinition BF4 = FormCatalogue.get(FormCatalogue.POOR_HOUSEHOLDS);

    @Test
    void everyFigureTheGoldTableHoldsIsDefinedExactlyOnceInTheSameOrder() {
        assertThat(HouseholdIndicators.all()).extracting(HouseholdIndicator::code)
                .as("one definition per gold indicator_code, in publication order")
                .containsExactlyElementsOf(HouseholdAggregates.INDICATOR_CODES);
        assertThat(HouseholdIndicators.all()).extracting(HouseholdIndicator::chineseName).doesNotHaveDuplicates();
        assertThat(HouseholdIndicators.all()).extracting(HouseholdIndicator::englishName).doesNotHaveDuplicates();
        assertThat(HouseholdIndicators.all()).as("all in gold.household_indicators, column value")
                .allSatisfy(indicator -> {
                    assertThat(indicator.goldTable()).isEqualTo(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS);
                    assertThat(indicator.goldColumn()).isEqualTo("value");
                });
        assertThat(HouseholdIndicators.find("households_by_cause")).contains(HouseholdIndicators.BY_CAUSE);
        assertThat(HouseholdIndicators.find("no_such_indicator")).isEmpty();
    }

    @Test
    void everySourceFieldIsAStoredBf4FieldOfTheCatalogue() {
        for (HouseholdIndicator indicator : HouseholdIndicators.all()) {
            assertThat(indicator.sourceFields()).as(indicator.code() + " names its BF-4 fields").isNotEmpty();
            for (String name : indicator.sourceFields()) {
                assertThat(BF4.field(name)).as(indicator.code() + ": " + name + " is a BF-4 field").isPresent();
                assertThat(BF4.storedFields()).extracting(FieldDefinition::name)
                        .as(indicator.code() + ": " + name + " reaches silver (not personal data)").contains(name);
            }
        }
    }

    @Test
    void roundingIsHalfUpCountsAreWholeSharesHaveOneDecimalAndIncomeIsInWholeYuan() {
        assertThat(HouseholdIndicators.all()).extracting(HouseholdIndicator::rounding).as("四舍五入")
                .containsOnly(RoundingMode.HALF_UP);
        for (HouseholdIndicator indicator : HouseholdIndicators.all()) {
            int expectedPrecision = indicator.aggregation() == Aggregation.SHARE_OF_HOUSEHOLDS ? 1 : 0;
            assertThat(indicator.precision()).as(indicator.code()).isEqualTo(expectedPrecision);
            String expectedUnit = switch (indicator.aggregation()) {
                case COUNT_OF_HOUSEHOLDS -> "户";
                case SUM_OF_HOUSEHOLD_SIZE -> "人";
                case SHARE_OF_HOUSEHOLDS -> "%";
                case MEDIAN_OVER_HOUSEHOLDS, MEAN_OVER_HOUSEHOLDS -> "元";
            };
            assertThat(indicator.chineseUnit()).as(indicator.code()).isEqualTo(expectedUnit);
            assertThat(indicator.chineseDefinition()).as(indicator.code() + " says how").isNotBlank();
            assertThat(indicator.englishDefinition()).as(indicator.code() + " says how").isNotBlank();
        }
        assertThat(HouseholdIndicators.INCOME_MEDIAN.chineseLabelWithUnit()).isEqualTo("贫困户人均纯收入中位数（元）");
    }

    @Test
    void returnsAndMissingHelpersAreBadNewsIncomeAndExitsGoodNews() {
        assertThat(HouseholdIndicators.RETURNED_HOUSEHOLDS.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(HouseholdIndicators.WITHOUT_HELPER_UNIT.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(HouseholdIndicators.INCOME_MEDIAN.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(HouseholdIndicators.EXITED_HOUSEHOLDS.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(HouseholdIndicators.BY_CAUSE.direction()).as("a cause is neither good nor bad news")
                .isEqualTo(Direction.NEITHER);
    }

    @Test
    void categorisedIndicatorsSayWhatTheirCategoriesAre() {
        assertThat(HouseholdIndicators.BY_CAUSE.hasCategories()).isTrue();
        assertThat(HouseholdIndicators.BY_MEASURE_GROUP.chineseCategory()).isEqualTo("五个一批");
        assertThat(HouseholdIndicators.REGISTERED_HOUSEHOLDS.hasCategories()).isFalse();
    }

    @Test
    void everyCatalogueMeasureIsInExactlyOneOfTheFiveGroupsExceptHousingSafety() {
        List<String> grouped = new ArrayList<>();
        for (HouseholdMeasureGroup group : HouseholdMeasureGroup.values()) {
            grouped.addAll(group.measures());
        }
        List<String> catalogueMeasures = HouseholdAggregates.categoriesOf("measures");
        assertThat(catalogueMeasures).as("FORMS.md's nine measures").hasSize(9);
        assertThat(grouped).as("each grouped measure once, and only catalogue measures").doesNotHaveDuplicates()
                .isSubsetOf(catalogueMeasures);
        assertThat(catalogueMeasures).as("only 危房改造 is outside the five")
                .filteredOn(measure -> !grouped.contains(measure))
                .containsExactly(HouseholdMeasureGroup.HOUSING_SAFETY_MEASURE);
        assertThat(HouseholdMeasureGroup.values()).hasSize(5);
        assertThat(HouseholdMeasureGroup.of("金融")).contains(HouseholdMeasureGroup.PRODUCTION_AND_EMPLOYMENT);
        assertThat(HouseholdMeasureGroup.of("健康")).contains(HouseholdMeasureGroup.SOCIAL_SECURITY);
        assertThat(HouseholdMeasureGroup.of("危房改造")).isEmpty();
    }
}
