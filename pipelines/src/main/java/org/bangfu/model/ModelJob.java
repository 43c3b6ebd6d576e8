package org.bangfu.model;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;

/** Rebuilds the gold tables from silver when silver has changed since they were last built. */
public final class ModelJob {

    private static final List<WarehouseTable> INPUTS = List.of(WarehouseTable.SILVER_UNIT_ASSISTANCE,
            WarehouseTable.SILVER_COUNTY_REGISTER, WarehouseTable.SILVER_PAIRINGS);

    private final Warehouse warehouse;

    public ModelJob(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public ModelReport run() {
        for (WarehouseTable input : INPUTS) {
            if (!warehouse.exists(input)) {
                throw new IllegalStateException("尚无已检查的数据，请先运行 check / nothing checked yet: "
                        + input.qualifiedName() + " is missing; run `bangfu check` first");
            }
        }
        String inputs = warehouse.versionsOf(INPUTS);
        boolean upToDate = warehouse.recordedInputVersions(WarehouseTable.GOLD_PROVINCE_QUARTER)
                .filter(inputs::equals).isPresent();
        if (!upToDate) {
            Dataset<Row> increments = AssistanceAggregates.withQuarterIncrements(
                    warehouse.read(WarehouseTable.SILVER_UNIT_ASSISTANCE)).cache();
            Dataset<Row> counties = warehouse.read(WarehouseTable.SILVER_COUNTY_REGISTER);
            Dataset<Row> pairings = warehouse.read(WarehouseTable.SILVER_PAIRINGS);
            warehouse.replace(WarehouseTable.GOLD_COUNTY_QUARTER,
                    AssistanceAggregates.countyQuarter(increments, counties, pairings), inputs);
            warehouse.replace(WarehouseTable.GOLD_PREFECTURE_QUARTER,
                    AssistanceAggregates.prefectureQuarter(increments, counties, pairings), inputs);
            // Written last: its recorded inputs mark the whole model as built.
            warehouse.replace(WarehouseTable.GOLD_PROVINCE_QUARTER,
                    AssistanceAggregates.provinceQuarter(increments, counties, pairings), inputs);
            increments.unpersist();
        }
        new IndicatorTablesJob(warehouse, AreaProgressAggregates.DEFAULT_MINIMUM_TEAM_MEMBERS).run();
        return new ModelReport(upToDate,
                warehouse.read(WarehouseTable.GOLD_COUNTY_QUARTER).count(),
                warehouse.read(WarehouseTable.GOLD_PROVINCE_QUARTER).count(),
                warehouse.currentVersion(WarehouseTable.GOLD_COUNTY_QUARTER));
    }
}
