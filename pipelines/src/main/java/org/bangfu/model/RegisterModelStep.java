package org.bangfu.model;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Rebuilds what the registers alone publish — gold.area_exit_year and gold.area_county_groups — from
 * silver ML-1 and ML-2 when either has changed. It needs no periodic form, so a warehouse holding
 * only registers still gets these tables; a village register not issued yet reads as no villages.
 */
public final class RegisterModelStep {

    static final List<WarehouseTable> INPUTS =
            List.of(WarehouseTable.SILVER_COUNTY_REGISTER, WarehouseTable.SILVER_VILLAGE_REGISTER);

    private RegisterModelStep() {
    }

    /** Writes both tables unless they are up to date or there is no county register yet; returns whether it wrote. */
    public static boolean rebuildIfChanged(Warehouse warehouse) {
        if (!warehouse.exists(WarehouseTable.SILVER_COUNTY_REGISTER)) {
            return false;
        }
        String inputs = warehouse.versionsOf(INPUTS);
        if (warehouse.recordedInputVersions(WarehouseTable.GOLD_AREA_COUNTY_GROUPS).filter(inputs::equals).isPresent()) {
            return false;
        }
        Dataset<Row> counties = SilverFrames.countyRegister(warehouse);
        Dataset<Row> villages = SilverFrames.readOrEmpty(warehouse, WarehouseTable.SILVER_VILLAGE_REGISTER,
                FormCatalogue.VILLAGE_REGISTER);
        warehouse.replace(WarehouseTable.GOLD_AREA_EXIT_YEAR, AreaExitYears.areaExitYear(counties, villages), inputs);
        // Written last: its recorded inputs mark both tables as built.
        warehouse.replace(WarehouseTable.GOLD_AREA_COUNTY_GROUPS, AreaExitYears.areaCountyGroups(counties, villages),
                inputs);
        return true;
    }
}
