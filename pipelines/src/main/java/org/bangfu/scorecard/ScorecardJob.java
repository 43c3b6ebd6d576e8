package org.bangfu.scorecard;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.model.SilverFrames;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Rebuilds gold.unit_scorecard and gold.unit_verdict from silver when silver or the profiles have
 * changed since they were last built. The units helping each province of the county register are
 * scored with the profile {@code provinces.json} gives it; central units (中央) are scored once, over
 * all their counties in whatever province, with the {@code central} profile (the 2017 guideline),
 * their rows carrying province_code 000000. A silver table not written yet (no BF-2 submitted, an
 * older warehouse) counts as empty, so its rules come out 无法评价 rather than failing the run.
 */
public final class ScorecardJob {

    private static final List<WarehouseTable> INPUTS = List.of(WarehouseTable.SILVER_UNIT_ASSISTANCE,
            WarehouseTable.SILVER_WORK_TEAMS, WarehouseTable.SILVER_PAIRINGS, WarehouseTable.SILVER_UNIT_REGISTER,
            WarehouseTable.SILVER_COUNTY_REGISTER, WarehouseTable.SILVER_VILLAGE_REGISTER);

    private final Warehouse warehouse;
    private final ProfileCatalogue profiles;

    public ScorecardJob(Warehouse warehouse, ProfileCatalogue profiles) {
        this.warehouse = warehouse;
        this.profiles = profiles;
    }

    /** Returns whether the tables were rebuilt (false when they were up to date). */
    public boolean run() {
        String inputs = warehouse.versionsOf(INPUTS) + ", profiles@" + profiles.fingerprint();
        if (warehouse.recordedInputVersions(WarehouseTable.GOLD_UNIT_VERDICT).filter(inputs::equals).isPresent()) {
            return false;
        }
        ScorecardInputs silver = new ScorecardInputs(
                read(WarehouseTable.SILVER_UNIT_ASSISTANCE, FormCatalogue.UNIT_ASSISTANCE),
                read(WarehouseTable.SILVER_WORK_TEAMS, FormCatalogue.WORK_TEAMS),
                read(WarehouseTable.SILVER_PAIRINGS, FormCatalogue.PAIRINGS),
                read(WarehouseTable.SILVER_UNIT_REGISTER, FormCatalogue.UNIT_REGISTER),
                read(WarehouseTable.SILVER_COUNTY_REGISTER, FormCatalogue.COUNTY_REGISTER),
                read(WarehouseTable.SILVER_VILLAGE_REGISTER, FormCatalogue.VILLAGE_REGISTER));
        List<String> provinces = new ArrayList<>();
        for (Row row : silver.countyRegister().select("province_code").where(col("province_code").isNotNull())
                .distinct().orderBy("province_code").collectAsList()) {
            provinces.add(row.getString(0));
        }
        // Central units answer to the central guideline wherever their counties are: scored once, over all
        // their counties, with the central profile; every other unit with its province's profile.
        org.apache.spark.sql.Column central = col("unit_level").equalTo(UnitScorecard.CENTRAL_LEVEL);
        List<ScoringScope> scopes = new ArrayList<>();
        for (String province : provinces) {
            scopes.add(new ScoringScope(province, profileOf(province), org.apache.spark.sql.functions.not(central)));
        }
        scopes.add(new ScoringScope(UnitScorecard.NATION, profileOf(UnitScorecard.NATION), central));
        warehouse.replace(WarehouseTable.GOLD_UNIT_SCORECARD, UnitScorecard.ruleResults(scopes, silver), inputs);
        // Verdicts are counted from the rule results just written: reading them back is one small scan,
        // cheaper to plan and run than computing the rule results a second time.
        Dataset<Row> verdicts = UnitScorecard.verdicts(scopes, warehouse.read(WarehouseTable.GOLD_UNIT_SCORECARD),
                silver);
        // Written last: its recorded inputs mark the scorecard as built.
        warehouse.replace(WarehouseTable.GOLD_UNIT_VERDICT, verdicts, inputs);
        return true;
    }

    private ProvinceProfile profileOf(String province) {
        return province.equals(UnitScorecard.NATION)
                ? profiles.profile(UnitScorecard.CENTRAL_PROFILE).orElseGet(() -> profiles.profileFor(province))
                : profiles.profileFor(province);
    }

    private Dataset<Row> read(WarehouseTable table, String formCode) {
        return SilverFrames.readOrEmpty(warehouse, table, formCode);
    }
}
