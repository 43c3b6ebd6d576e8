package org.bangfu.model;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.expressions.Window;
import org.bangfu.indicators.RegisterIndicators;

/**
 * What the registers alone say, per area and year, at every level 全国 → 省 → 市州 → 县: counties by
 * type, poor counties and villages planned to exit (摘帽, 出列) against those that did
 * (gold.area_exit_year), and counties by type, 深度贫困 and 片区 with their exits
 * (gold.area_county_groups). Reads ML-1 and ML-2 only, so it is published before any periodic form
 * arrives. Pure: Datasets in, a Dataset out.
 *
 * <p>The years run from the earliest to the latest planned or actual exit year found in either
 * register; a register with no years at all gives no rows. Counts are formed per county × year
 * and added up; the two on-schedule rates are recomputed at every level from the summed numerator
 * and denominator. A county none of whose villages is in ML-2 has blank village figures, not zeros,
 * so a village register not yet issued publishes no village pages. Only poor counties (国定, 省定) and registered poor villages exit: a year
 * written against a county or village that is not poor is not counted as an exit.
 */
public final class AreaExitYears {

    private static final String YES = "是";
    private static final List<String> POOR_COUNTY_TYPES = List.of("国定", "省定");

    /** Columns added up from counties to larger areas, in gold order. */
    private static final List<String> EXIT_COUNTS = List.of("counties", "national_poor_counties",
            "provincial_poor_counties", "non_poor_counties", "poor_counties", "deep_poverty_counties",
            "contiguous_area_counties", "counties_planned_exit", "counties_exited", "counties_planned_exited",
            "counties_exited_cumulative", "poor_counties_remaining", "poor_villages", "deep_poverty_villages",
            "villages_planned_exit", "villages_exited", "villages_planned_exited", "villages_exited_cumulative",
            "poor_villages_remaining");

    private static final List<String> GROUP_COUNTS = List.of("counties", "poor_counties", "counties_planned_exit",
            "counties_exited", "counties_exited_cumulative", "poor_counties_remaining");

    private AreaExitYears() {
    }

    /**
     * gold.area_exit_year: one row per area (county, prefecture, province, nation) and year.
     *
     * @param counties silver ML-1 (codes and names of county, prefecture and province, poverty_type,
     *     deep_poverty, contiguous_area, planned_exit_year, exit_year)
     * @param villages silver ML-2 (village_code, poor_village, deep_poverty_village,
     *     planned_exit_year, exit_year)
     */
    public static Dataset<Row> areaExitYear(Dataset<Row> counties, Dataset<Row> villages) {
        Dataset<Row> countyYears = countyYears(counties, villages);
        List<Column> grouping = new ArrayList<>(AreaHierarchy.areaColumns("area__"));
        grouping.add(col("year"));
        Column isCounty = col("area__.level").equalTo(AreaLevel.COUNTY.name());
        List<Column> sums = new ArrayList<>();
        sums.add(max(when(isCounty, col("planned_exit_year"))).as("planned_exit_year"));
        sums.add(max(when(isCounty, col("exit_year"))).as("exit_year"));
        for (String column : EXIT_COUNTS) {
            sums.add(sum(col(column)).as(column));
        }
        Dataset<Row> summed = countyYears.withColumn("area__", AreaHierarchy.explodeAreas(AreaHierarchy.ALL_LEVELS))
                .groupBy(grouping.toArray(Column[]::new))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
        Dataset<Row> withRates = summed
                .withColumn("counties_exit_on_schedule_rate", AreaProgressAggregates.rate(
                        RegisterIndicators.COUNTIES_EXIT_ON_SCHEDULE_RATE.code(),
                        col("counties_planned_exited").multiply(100), col("counties_planned_exit")))
                .withColumn("villages_exit_on_schedule_rate", AreaProgressAggregates.rate(
                        RegisterIndicators.VILLAGES_EXIT_ON_SCHEDULE_RATE.code(),
                        col("villages_planned_exited").multiply(100), col("villages_planned_exit")));
        return withRates.select(exitYearColumns());
    }

    /**
     * gold.area_county_groups: one row per area, year and group of counties — by poverty_type
     * (国定/省定/非贫困), by 深度贫困 (深度贫困县/非深度贫困县) and by 片区 (its name, or 片区外) — with the
     * group's counties and their exits. A county is in exactly one group of each kind, so each kind's
     * groups add up to the area's counties.
     */
    public static Dataset<Row> areaCountyGroups(Dataset<Row> counties, Dataset<Row> villages) {
        Column groups = explode(array(
                struct(lit("poverty_type").as("group_kind"), lit("贫困县类型").as("group_kind_zh"),
                        col("poverty_type").as("group_name")),
                struct(lit("deep_poverty").as("group_kind"), lit("深度贫困县").as("group_kind_zh"),
                        when(col("deep_poverty").equalTo(YES), lit("深度贫困县")).otherwise(lit("非深度贫困县"))
                                .as("group_name")),
                struct(lit("contiguous_area").as("group_kind"), lit("片区").as("group_kind_zh"),
                        coalesce(nullif(trim(col("contiguous_area")), lit("")), lit("片区外")).as("group_name"))));
        List<Column> grouping = new ArrayList<>(AreaHierarchy.areaColumns("area__"));
        grouping.add(col("year"));
        grouping.add(col("group__.group_kind").as("group_kind"));
        grouping.add(col("group__.group_kind_zh").as("group_kind_zh"));
        grouping.add(col("group__.group_name").as("group_name"));
        List<Column> sums = new ArrayList<>();
        for (String column : GROUP_COUNTS) {
            sums.add(sum(col(column)).as(column));
        }
        Dataset<Row> summed = countyYears(counties, villages)
                .withColumn("group__", groups)
                .withColumn("area__", AreaHierarchy.explodeAreas(AreaHierarchy.ALL_LEVELS))
                .groupBy(grouping.toArray(Column[]::new))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
        List<Column> columns = new ArrayList<>(areaColumns());
        columns.add(GoldColumns.named(col("year"), "year", "年度", "year"));
        columns.add(GoldColumns.named(col("group_kind"), "group_kind",
                "分组方式（poverty_type 贫困县类型、deep_poverty 深度贫困、contiguous_area 片区）",
                "grouping: poverty_type, deep_poverty or contiguous_area"));
        columns.add(GoldColumns.named(col("group_kind_zh"), "group_kind_zh", "分组方式（中文）", "grouping, in Chinese"));
        columns.add(GoldColumns.named(col("group_name"), "group_name",
                "组别（国定/省定/非贫困；深度贫困县/非深度贫困县；片区名称或片区外）",
                "group: 国定/省定/非贫困; 深度贫困县/非深度贫困县; the 片区's name or 片区外 (outside any)"));
        for (String column : GROUP_COUNTS) {
            columns.add(GoldColumns.indicator(col(column), RegisterIndicators.byGoldColumn(column).code()));
        }
        return summed.select(columns.toArray(Column[]::new));
    }

    /** One row per county of ML-1 and year of the registers' span, every count additive. */
    static Dataset<Row> countyYears(Dataset<Row> counties, Dataset<Row> villages) {
        Dataset<Row> years = yearSpan(counties, villages);
        Dataset<Row> poorVillages = villages.filter(col("poor_village").equalTo(YES))
                .withColumn("county_code", substring(col("village_code"), 1, 6));
        Dataset<Row> villageTotals = villages.withColumn("county_code", substring(col("village_code"), 1, 6))
                .groupBy("county_code")
                .agg(lit(true).as("has_villages"),
                        count(when(col("poor_village").equalTo(YES), lit(1))).as("poor_villages"),
                        count(when(col("deep_poverty_village").equalTo(YES), lit(1))).as("deep_poverty_villages"));
        Dataset<Row> villagesByPlan = poorVillages.filter(col("planned_exit_year").isNotNull())
                .groupBy(col("county_code"), col("planned_exit_year").as("year"))
                .agg(count(lit(1)).as("villages_planned_exit"),
                        count(when(col("exit_year").leq(col("planned_exit_year")), lit(1))).as("villages_planned_exited"));
        Dataset<Row> villagesByExit = poorVillages.filter(col("exit_year").isNotNull())
                .groupBy(col("county_code"), col("exit_year").as("year"))
                .agg(count(lit(1)).as("villages_exited"));

        Column poor = col("poverty_type").isin(POOR_COUNTY_TYPES.toArray());
        Column year = col("year");
        Dataset<Row> grid = counties.crossJoin(years)
                .join(villageTotals, new String[] {"county_code"}, "left")
                .join(villagesByPlan, new String[] {"county_code", "year"}, "left")
                .join(villagesByExit, new String[] {"county_code", "year"}, "left");
        // Every exit year lies within the span, so a running sum from its first year is the cumulative count.
        var countyToDate = Window.partitionBy("county_code").orderBy("year")
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        return grid
                .withColumn("counties", lit(1L))
                .withColumn("national_poor_counties", flag(col("poverty_type").equalTo("国定")))
                .withColumn("provincial_poor_counties", flag(col("poverty_type").equalTo("省定")))
                .withColumn("non_poor_counties", flag(functions.not(poor)))
                .withColumn("poor_counties", flag(poor))
                .withColumn("deep_poverty_counties", flag(col("deep_poverty").equalTo(YES)))
                .withColumn("contiguous_area_counties", flag(nullif(trim(col("contiguous_area")), lit("")).isNotNull()))
                .withColumn("counties_planned_exit", flag(poor.and(col("planned_exit_year").equalTo(year))))
                .withColumn("counties_exited", flag(poor.and(col("exit_year").equalTo(year))))
                .withColumn("counties_planned_exited", flag(poor.and(col("planned_exit_year").equalTo(year))
                        .and(col("exit_year").leq(year))))
                .withColumn("counties_exited_cumulative", flag(poor.and(col("exit_year").leq(year))))
                .withColumn("poor_counties_remaining", flag(poor.and(col("exit_year").isNull().or(col("exit_year").gt(year)))))
                .withColumn("villages_planned_exit", villageCount(col("villages_planned_exit")))
                .withColumn("villages_planned_exited", villageCount(col("villages_planned_exited")))
                .withColumn("villages_exited", villageCount(col("villages_exited")))
                .withColumn("villages_exited_cumulative", sum(col("villages_exited")).over(countyToDate))
                .withColumn("poor_villages_remaining", col("poor_villages").minus(col("villages_exited_cumulative")))
                .drop("has_villages");
    }

    /** The years from the earliest to the latest planned or actual exit year in either register. */
    private static Dataset<Row> yearSpan(Dataset<Row> counties, Dataset<Row> villages) {
        Dataset<Row> years = counties.select(col("planned_exit_year").as("year"))
                .union(counties.select(col("exit_year").as("year")))
                .union(villages.select(col("planned_exit_year").as("year")))
                .union(villages.select(col("exit_year").as("year")));
        return years.agg(min("year").as("first"), max("year").as("last"))
                .select(explode(sequence(col("first"), col("last"))).as("year"));
    }

    /** A county with villages in ML-2 counts 0 where none matched; one without any has no village figures (null). */
    private static Column villageCount(Column count) {
        return when(col("has_villages"), coalesce(count, lit(0L)));
    }

    private static Column flag(Column condition) {
        return when(condition, lit(1L)).otherwise(lit(0L));
    }

    /** level … province_name and poverty_type: the area a row is for. */
    private static List<Column> areaColumns() {
        return List.of(
                GoldColumns.named(col("level"), "level", "汇总层级（NATION 全国、PROVINCE 省、PREFECTURE 市州、COUNTY 县）",
                        "level of the row: NATION, PROVINCE, PREFECTURE or COUNTY"),
                GoldColumns.named(col("area_code"), "area_code", "区划代码（GB/T 2260；全国为000000）",
                        "area code (GB/T 2260; 000000 for the nation)"),
                GoldColumns.named(col("area_name"), "area_name", "区划名称", "area name"),
                GoldColumns.named(col("prefecture_code"), "prefecture_code", "所属市州代码（省级、全国为空）",
                        "prefecture of the county, the prefecture itself on a prefecture row, empty above"),
                GoldColumns.named(col("prefecture_name"), "prefecture_name", "所属市州名称", "prefecture name"),
                GoldColumns.named(col("province_code"), "province_code", "所属省代码（全国为空）",
                        "province of the area, empty for the nation"),
                GoldColumns.named(col("province_name"), "province_name",
                        "所属省名称（名录未填时取GB/T 2260）", "province name (GB/T 2260 where the register has none)"),
                GoldColumns.named(col("poverty_type"), "poverty_type", "贫困县类型（国定/省定/非贫困；县以上为空）",
                        "poverty county type (国定/省定/非贫困), empty above county level"));
    }

    private static Column[] exitYearColumns() {
        List<Column> columns = new ArrayList<>(areaColumns());
        columns.add(GoldColumns.named(col("year"), "year", "年度", "year"));
        columns.add(GoldColumns.named(col("planned_exit_year"), "planned_exit_year", "计划摘帽年度（县级行）",
                "planned exit year (county rows)"));
        columns.add(GoldColumns.named(col("exit_year"), "exit_year", "摘帽年度（县级行，未摘帽为空）",
                "exit year (county rows; blank until exited)"));
        for (var indicator : RegisterIndicators.EXIT_YEAR) {
            columns.add(GoldColumns.indicator(col(indicator.goldColumn()), indicator.code()));
        }
        return columns.toArray(Column[]::new);
    }
}
