package org.bangfu.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.ColumnMeaning;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on real Delta tables: the demo province's configured profile, no BF-2 yet, rebuilt only on change. */
class ScorecardJobTest {

    @TempDir
    Path root;

    @Test
    void theDemoProvinceIsScoredWithItsConfiguredProfileEvenBeforeAnyBf2IsSubmitted() {
        Warehouse warehouse = new Warehouse(SharedSpark.session(), root.toString());
        Date started = Date.valueOf("2017-01-01");
        SilverFrames silver = new SilverFrames(SharedSpark.session())
                .add(FormCatalogue.COUNTY_REGISTER, "county_code", "580102", "county_name", "甲县", "province_code", "580000")
                .add(FormCatalogue.UNIT_REGISTER, "unit_code", "CENTRAL", "unit_name", "中央单位", "unit_level", "中央")
                .add(FormCatalogue.UNIT_REGISTER, "unit_code", "PROVINCIAL", "unit_name", "省直单位", "unit_level", "省")
                .add(FormCatalogue.PAIRINGS, "unit_code", "CENTRAL", "county_code", "580102", "start_date", started)
                .add(FormCatalogue.PAIRINGS, "unit_code", "PROVINCIAL", "county_code", "580102", "start_date", started)
                .add(FormCatalogue.UNIT_ASSISTANCE, "unit_code", "CENTRAL", "county_code", "580102", "period", "2019Q4",
                        "leader_visits", 1L, "seconded_cadres", 1L, "first_secretaries", 1L);
        warehouse.replace(WarehouseTable.SILVER_COUNTY_REGISTER, silver.table(FormCatalogue.COUNTY_REGISTER), "test");
        warehouse.replace(WarehouseTable.SILVER_UNIT_REGISTER, silver.table(FormCatalogue.UNIT_REGISTER), "test");
        warehouse.replace(WarehouseTable.SILVER_PAIRINGS, silver.table(FormCatalogue.PAIRINGS), "test");
        warehouse.replace(WarehouseTable.SILVER_UNIT_ASSISTANCE, silver.table(FormCatalogue.UNIT_ASSISTANCE), "test");
        ScorecardJob job = new ScorecardJob(warehouse, ProfileCatalogue.fromClassPath());

        assertThat(job.run()).as("first run builds the scorecard").isTrue();

        List<Row> rules = warehouse.read(WarehouseTable.GOLD_UNIT_SCORECARD)
                .orderBy("unit_code", "rule_code").select("unit_code", "profile_code", "rule_code", "result")
                .collectAsList();
        assertThat(rules).extracting(Row::toString).as("the central profile for the central unit, Yunnan-like for the"
                        + " other; no BF-2 yet, so the team rules cannot be assessed")
                .containsExactly(
                        "[CENTRAL,central,C-FIRST-SECRETARY,达标]",
                        "[CENTRAL,central,C-LEADER-VISITS,达标]",
                        "[CENTRAL,central,C-SECONDED-CADRE,达标]",
                        "[PROVINCIAL,yunnan-like,YN-LEADER-FIRST-SECRETARY,无法评价]",
                        "[PROVINCIAL,yunnan-like,YN-TEAM-SIZE,无法评价]");
        List<Row> verdicts = warehouse.read(WarehouseTable.GOLD_UNIT_VERDICT).orderBy("unit_code")
                .select("unit_code", "rating").collectAsList();
        assertThat(verdicts).extracting(Row::toString).containsExactly("[CENTRAL,优秀]", "[PROVINCIAL,无法评定]");
        assertThat(ColumnMeaning.of(warehouse.read(WarehouseTable.GOLD_UNIT_VERDICT).schema().apply("rating")))
                .as("the meaning is kept as the Delta column comment").startsWith("三捆绑评定");
        assertThat(job.run()).as("nothing changed, nothing rebuilt").isFalse();
    }
}
