package org.bangfu.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;

/**
 * A document asks for the rows of one quarter or one year, and gets those only, in the order the
 * whole table would give them; held in memory (as here) the condition is evaluated on the records.
 */
class GoldRecordsTest {

    private static final GoldRecord SECOND_QUARTER_LATE = DocumentFixtures.record("form_code", "BF-1", "period", "2019Q2",
            "submitter_code", "U1", "status", "late");
    private static final GoldRecord FOURTH_QUARTER_ON_TIME = DocumentFixtures.record("form_code", "BF-1", "period", "2019Q4",
            "submitter_code", "U1", "status", "on_time");
    private static final GoldRecord FOURTH_QUARTER_MISSING = DocumentFixtures.record("form_code", "BF-3", "period", "2019Q4",
            "submitter_code", "990101", "status", "missing");

    private static GoldRecords completeness() {
        return DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_COMPLETENESS,
                List.of(FOURTH_QUARTER_ON_TIME, SECOND_QUARTER_LATE, FOURTH_QUARTER_MISSING)));
    }

    @Test
    void aRestrictedReadGivesOnlyTheMatchingRowsInTheOrderOfTheWholeTable() {
        assertThat(completeness().table(WarehouseTable.GOLD_COMPLETENESS, RowCondition.equalTo("period", "2019Q4")))
                .as("2019Q2's row left out; the two of 2019Q4 as the table holds them")
                .hasValue(List.of(FOURTH_QUARTER_ON_TIME, FOURTH_QUARTER_MISSING));
        assertThat(completeness().table(WarehouseTable.GOLD_COMPLETENESS, RowCondition.equalTo("period", "2020Q1")))
                .as("a quarter with no rows in a table that exists: an empty list, not an absent table")
                .hasValue(List.of());
    }

    @Test
    void aRestrictedReadOfATableTheSnapshotDoesNotHoldIsAbsent() {
        GoldRecords gold = DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_COMPLETENESS, List.of()));
        assertThat(gold.table(WarehouseTable.GOLD_COMPLETENESS, RowCondition.equalTo("period", "2019Q4"))).isEmpty();
    }

    @Test
    void aYearMatchesWhetherTheRecordHoldsItAsIntOrAsLong() {
        GoldRecord asInt = DocumentFixtures.record("year", 2019, "unit_code", "U1");
        GoldRecord asLong = DocumentFixtures.record("year", 2019L, "unit_code", "U2");
        GoldRecord otherYear = DocumentFixtures.record("year", 2018, "unit_code", "U3");
        GoldRecord noYear = DocumentFixtures.record("year", null, "unit_code", "U4");
        RowCondition in2019 = RowCondition.equalTo("year", 2019);
        assertThat(List.of(asInt, asLong, otherYear, noYear)).filteredOn(in2019::matches)
                .as("Spark compares 2019 with an int or a bigint column alike; in memory the text is compared")
                .containsExactly(asInt, asLong);
    }

    @Test
    void theGreatestFigureOfAColumnIgnoresRowsWithoutOne() {
        GoldRecords gold = DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_UNIT_VERDICT, List.of(
                DocumentFixtures.record("year", 2018, "unit_code", "U1"),
                DocumentFixtures.record("year", null, "unit_code", "U2"),
                DocumentFixtures.record("year", 2019, "unit_code", "U3"))));
        assertThat(gold.greatestFigure(WarehouseTable.GOLD_UNIT_VERDICT, "year")).hasValue(BigDecimal.valueOf(2019));
        assertThat(DocumentFixtures.gold(Map.of(WarehouseTable.GOLD_UNIT_VERDICT, List.of()))
                .greatestFigure(WarehouseTable.GOLD_UNIT_VERDICT, "year")).as("no verdicts, no year").isEqualTo(Optional.empty());
    }
}
