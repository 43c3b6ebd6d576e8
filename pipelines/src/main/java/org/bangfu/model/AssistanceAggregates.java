package org.bangfu.model;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.indicators.AggregationLevel;
import org.bangfu.indicators.Span;
import org.bangfu.quality.SilverSchema;

/**
 * BF-1 figures aggregated to county, prefecture and province × quarter, to unit × quarter and to
 * unit category and unit level × quarter. Pure: Datasets in, a Dataset out, nothing read or written.
 *
 * <p>BF-1 flows are year to date, and the quarter figures of every row add up to its year to date
 * (2019Q1 + … + 2019Q4 = the 2019 year to date, at every level). One method does it: each unit in
 * a county that misses a quarter after its first report of the year is counted in that quarter
 * with the last year to date it reported that year (carried forward: what it had given by then
 * cannot have shrunk); a unit's quarter increment is its year to date less its previous quarter's
 * (its first report of the year counts whole in that quarter); an area's figures are the sums over
 * its units. An area's quarter increment is thus its year to date less its previous quarter's,
 * both summed over the same units. Each row says how many units it carried ({@code carried_units};
 * for a unit row {@code carried_counties}) besides how many reported ({@code assisting_units},
 * {@code reported_counties}) and were expected ({@code paired_units}, {@code paired_counties}), so
 * a page can say "含N个单位沿用上季累计数". The full year is the fourth quarter's year to date,
 * present only once Q4 is in. Cumulative since the first period is this year's year to date plus,
 * for each earlier year, the unit's year to date at that year's end. A null stays null when nobody
 * reported the figure, never zero. Quarter-end counts (stocks) are never carried.
 */
public final class AssistanceAggregates {

    /** Gold measures: every BF-1 figure of the form catalogue, and the two composites the site publishes. */
    public static final List<Measure> MEASURES = measuresOfTheForm();

    /**
     * A gold measure computed from one or more BF-1 fields.
     *
     * @param name the gold column, or stem of the gold columns for a flow
     * @param sourceFields the BF-1 fields added up (the sum is null only when none was reported)
     * @param flow whether it is year to date (else a count at the quarter's end)
     */
    public record Measure(String name, List<String> sourceFields, boolean flow) {

        public Measure {
            sourceFields = List.copyOf(sourceFields);
        }

        Column reported() {
            Column total = null;
            Column anyReported = lit(false);
            for (String field : sourceFields) {
                Column value = coalesce(col(field), lit(0));
                total = total == null ? value : total.plus(value);
                anyReported = anyReported.or(col(field).isNotNull());
            }
            return when(anyReported, total);
        }

        /** The gold columns of the measure: four spans of a flow, or the one column of a stock. */
        public List<String> goldColumns() {
            if (!flow) {
                return List.of(name);
            }
            return Arrays.stream(Span.values()).map(span -> name + "_" + span.goldSuffix()).toList();
        }
    }

    private AssistanceAggregates() {
    }

    private static List<Measure> measuresOfTheForm() {
        List<Measure> measures = new ArrayList<>();
        for (FieldDefinition field : FormCatalogue.get(FormCatalogue.UNIT_ASSISTANCE).fields()) {
            if (!field.isFigure()) {
                continue;
            }
            measures.add(new Measure(field.name(), List.of(field.name()), field.timeBasis().isFlow()));
            if (field.name().equals("funds_coordinated")) {
                measures.add(new Measure("funds_total", List.of("funds_direct", "funds_coordinated"), true));
            }
            if (field.name().equals("trained_technicians")) {
                measures.add(new Measure("people_trained", List.of("trained_cadres", "trained_technicians"), true));
            }
        }
        return List.copyOf(measures);
    }

    /**
     * One row per unit, county and quarter (a quarter the unit missed after its first report of the
     * year marked {@code carried_forward}, its flows carried) with each flow's year to date ({@code <measure>_ytd}),
     * quarter increment ({@code _quarter}), full year ({@code _full_year}) and cumulative
     * ({@code _cumulative}), and each quarter-end count under its own name.
     *
     * @param unitAssistance silver BF-1: unit_code, county_code, period, year, quarter and the BF-1
     *     fields; a field missing from it counts as not reported
     */
    public static Dataset<Row> withQuarterIncrements(Dataset<Row> unitAssistance) {
        Dataset<Row> complete = withEveryFigure(unitAssistance);
        List<Column> reported = new ArrayList<>(List.of(col("unit_code"), col("county_code"), col("period"),
                col("year"), col("quarter")));
        for (Measure measure : MEASURES) {
            reported.add(measure.reported().as(measure.flow() ? measure.name() + "_ytd" : measure.name()));
        }
        return YearToDate.deriveCarryingForward(complete.select(reported.toArray(Column[]::new)),
                List.of("unit_code", "county_code"), flowStems());
    }

    private static List<String> flowStems() {
        return MEASURES.stream().filter(Measure::flow).map(Measure::name).toList();
    }

    private static Dataset<Row> withEveryFigure(Dataset<Row> unitAssistance) {
        List<String> present = Arrays.asList(unitAssistance.columns());
        Dataset<Row> complete = unitAssistance;
        for (FieldDefinition field : FormCatalogue.get(FormCatalogue.UNIT_ASSISTANCE).fields()) {
            if (field.isFigure() && !present.contains(field.name())) {
                complete = complete.withColumn(field.name(), lit(null).cast(SilverSchema.typeOf(field)));
            }
        }
        return complete;
    }

    /**
     * Gold county × quarter: every county of the register for every quarter that has BF-1 data,
     * with the number of units that reported, the number paired at the quarter's end, and the
     * measures summed over the units that reported.
     *
     * @param unitIncrements the output of {@link #withQuarterIncrements}
     * @param counties silver county register
     * @param pairings silver pairings (unit_code, county_code, start_date, end_date)
     */
    public static Dataset<Row> countyQuarter(Dataset<Row> unitIncrements, Dataset<Row> counties, Dataset<Row> pairings) {
        Dataset<Row> periods = periodsOf(unitIncrements);
        Dataset<Row> reported = unitIncrements.groupBy("county_code", "period")
                .agg(reportedUnits(), withMeasureSums(carriedUnits()));
        Dataset<Row> paired = activePairings(pairings, periods)
                .groupBy("county_code", "period").agg(countDistinct("unit_code").as("paired_units"));
        return counties.select(
                        lit(AreaLevel.COUNTY.name()).as("level"),
                        col("county_code").as("area_code"),
                        col("county_name").as("area_name"),
                        col("prefecture_code"), col("prefecture_name"), col("poverty_type"),
                        col("province_code"), col("province_name"), col("county_code"))
                .crossJoin(periods)
                .join(reported, new String[] {"county_code", "period"}, "left")
                .join(paired, new String[] {"county_code", "period"}, "left")
                .select(goldColumns());
    }

    /** Gold prefecture × quarter: units counted once however many of its counties they help. */
    public static Dataset<Row> prefectureQuarter(Dataset<Row> unitIncrements, Dataset<Row> counties, Dataset<Row> pairings) {
        return rollup(AreaLevel.PREFECTURE, unitIncrements, counties, pairings);
    }

    /** Gold province × quarter: units counted once however many counties they help. */
    public static Dataset<Row> provinceQuarter(Dataset<Row> unitIncrements, Dataset<Row> counties, Dataset<Row> pairings) {
        return rollup(AreaLevel.PROVINCE, unitIncrements, counties, pairings);
    }

    /**
     * Gold nation × quarter: every province of the warehouse together; a unit helping counties in
     * several provinces (a central unit) counts once here, as it counts once in each province.
     */
    public static Dataset<Row> nationQuarter(Dataset<Row> unitIncrements, Dataset<Row> counties, Dataset<Row> pairings) {
        return rollup(AreaLevel.NATION, unitIncrements, counties, pairings);
    }

    /**
     * Gold unit × quarter: each unit of the register, in every quarter it was paired with a county
     * or reported, with its measures summed over its counties, the counties it was paired with at
     * the quarter's end (the reports expected) and the counties it reported for.
     *
     * @param units silver unit register (unit_code, unit_name, unit_level, unit_category)
     */
    public static Dataset<Row> unitQuarter(Dataset<Row> unitIncrements, Dataset<Row> units, Dataset<Row> pairings) {
        Dataset<Row> periods = periodsOf(unitIncrements);
        Dataset<Row> reported = unitIncrements.groupBy("unit_code", "period")
                .agg(countDistinct(when(not(col(YearToDate.CARRIED)), col("county_code"))).as("reported_counties"),
                        withMeasureSums(countDistinct(when(col(YearToDate.CARRIED), col("county_code"))).as("carried_counties")));
        Dataset<Row> paired = activePairings(pairings, periods)
                .groupBy("unit_code", "period").agg(countDistinct("county_code").as("paired_counties"));
        List<Column> columns = new ArrayList<>(List.of(
                GoldColumns.named(col("unit_code"), "unit_code", "单位代码（统一社会信用代码）", "unit code (unified social credit code)"),
                GoldColumns.named(col("unit_name"), "unit_name", "单位名称", "unit name"),
                GoldColumns.named(col("unit_level"), "unit_level", "单位层级（中央/省/市/县）", "unit level (中央/省/市/县)"),
                GoldColumns.named(col("unit_category"), "unit_category", "单位类别", "unit category"),
                periodColumn(), yearColumn(), quarterColumn(),
                GoldColumns.indicator(coalesce(col("paired_counties"), lit(0L)), "paired_counties"),
                GoldColumns.indicator(coalesce(col("reported_counties"), lit(0L)), "reported_counties"),
                GoldColumns.named(coalesce(col("carried_counties"), lit(0L)), "carried_counties",
                        "未报本季、沿用其本年上次累计数的县数", "counties whose last year to date was carried into this quarter it did not report")));
        columns.addAll(measureColumns());
        return units.select("unit_code", "unit_name", "unit_level", "unit_category")
                .crossJoin(periods)
                .join(reported, new String[] {"unit_code", "period"}, "left")
                .join(paired, new String[] {"unit_code", "period"}, "left")
                .filter(col("reported_counties").isNotNull().or(col("paired_counties").isNotNull()))
                .select(columns.toArray(Column[]::new));
    }

    /**
     * Gold unit group × quarter: one row per unit category and one per unit level (中央/省/市/县)
     * and quarter, with the units paired (expected) and reporting, and the measures summed over
     * the units that reported. {@code group_kind} is {@code UNIT_CATEGORY} or {@code UNIT_LEVEL}.
     */
    public static Dataset<Row> unitGroupQuarter(Dataset<Row> unitIncrements, Dataset<Row> units, Dataset<Row> pairings) {
        return groupOfUnits(AggregationLevel.UNIT_CATEGORY, "unit_category", unitIncrements, units, pairings)
                .unionByName(groupOfUnits(AggregationLevel.UNIT_LEVEL, "unit_level", unitIncrements, units, pairings));
    }

    private static Dataset<Row> groupOfUnits(AggregationLevel kind, String groupColumn, Dataset<Row> unitIncrements,
            Dataset<Row> units, Dataset<Row> pairings) {
        Dataset<Row> periods = periodsOf(unitIncrements);
        Dataset<Row> unitGroup = units.select(col("unit_code"), col(groupColumn).as("group_name"));
        Dataset<Row> reported = unitIncrements.join(unitGroup, "unit_code").groupBy("group_name", "period")
                .agg(reportedUnits(), withMeasureSums(carriedUnits()));
        Dataset<Row> paired = activePairings(pairings, periods).join(unitGroup, "unit_code")
                .groupBy("group_name", "period").agg(countDistinct("unit_code").as("paired_units"));
        List<Column> columns = new ArrayList<>(List.of(
                GoldColumns.named(lit(kind.name()), "group_kind", "分组方式（UNIT_CATEGORY 单位类别、UNIT_LEVEL 单位层级）",
                        "grouping: UNIT_CATEGORY or UNIT_LEVEL"),
                GoldColumns.named(col("group_name"), "group_name", "单位类别或单位层级的名称", "the unit category or unit level"),
                periodColumn(), yearColumn(), quarterColumn(),
                GoldColumns.indicator(coalesce(col("assisting_units"), lit(0L)), "assisting_units"),
                GoldColumns.indicator(coalesce(col("paired_units"), lit(0L)), "paired_units"),
                carriedUnitsColumn()));
        columns.addAll(measureColumns());
        return unitGroup.select("group_name").distinct()
                .crossJoin(periods)
                .join(reported, new String[] {"group_name", "period"}, "left")
                .join(paired, new String[] {"group_name", "period"}, "left")
                .filter(col("assisting_units").isNotNull().or(col("paired_units").isNotNull()))
                .select(columns.toArray(Column[]::new));
    }

    /**
     * Counties rolled up to a larger area. Unit counts are distinct units of the area, not sums of
     * the counties' counts; a prefecture row names itself as its prefecture.
     */
    private static Dataset<Row> rollup(AreaLevel level, Dataset<Row> unitIncrements, Dataset<Row> counties,
            Dataset<Row> pairings) {
        boolean nation = level == AreaLevel.NATION;
        String areaCode = level == AreaLevel.PREFECTURE ? "prefecture_code" : "province_code";
        String areaName = level == AreaLevel.PREFECTURE ? "prefecture_name" : "province_name";
        Dataset<Row> countyArea = counties.select(col("county_code"),
                nation ? lit(AreaHierarchy.NATION_CODE).as("area_code") : col(areaCode).as("area_code"),
                nation ? lit(AreaHierarchy.NATION_NAME).as("area_name") : col(areaName).as("area_name"),
                nation ? lit("").as("province_code") : col("province_code"),
                nation ? lit("").as("province_name") : col("province_name"));
        Dataset<Row> periods = periodsOf(unitIncrements);
        Dataset<Row> reported = unitIncrements.join(countyArea, "county_code")
                .groupBy("area_code", "period")
                .agg(reportedUnits(), withMeasureSums(carriedUnits()));
        Dataset<Row> paired = activePairings(pairings, periods).join(countyArea, "county_code")
                .groupBy("area_code", "period").agg(countDistinct("unit_code").as("paired_units"));
        Column ownPrefecture = level == AreaLevel.PREFECTURE ? col("area_code") : lit("");
        Column ownPrefectureName = level == AreaLevel.PREFECTURE ? col("area_name") : lit("");
        return countyArea.select("area_code", "area_name", "province_code", "province_name").distinct()
                .select(lit(level.name()).as("level"), col("area_code"), col("area_name"),
                        ownPrefecture.as("prefecture_code"), ownPrefectureName.as("prefecture_name"),
                        lit("").as("poverty_type"), col("province_code"), col("province_name"))
                .crossJoin(periods)
                .join(reported, new String[] {"area_code", "period"}, "left")
                .join(paired, new String[] {"area_code", "period"}, "left")
                .select(goldColumns());
    }

    static Dataset<Row> periodsOf(Dataset<Row> rows) {
        return rows.select("period", "year", "quarter").distinct();
    }

    static Dataset<Row> activePairings(Dataset<Row> pairings, Dataset<Row> periods) {
        Column quarterEnd = expr("last_day(make_date(year, quarter * 3, 1))");
        return pairings.crossJoin(periods)
                .filter(col("start_date").leq(quarterEnd)
                        .and(col("end_date").isNull().or(col("end_date").geq(quarterEnd))))
                .select("unit_code", "county_code", "period");
    }

    /** Units that reported the quarter, and units counted with their last year to date carried. */
    private static Column reportedUnits() {
        return countDistinct(when(not(col(YearToDate.CARRIED)), col("unit_code"))).as("assisting_units");
    }

    private static Column carriedUnits() {
        return countDistinct(when(col(YearToDate.CARRIED), col("unit_code"))).as("carried_units");
    }

    private static Column carriedUnitsColumn() {
        return GoldColumns.named(coalesce(col("carried_units"), lit(0L)), "carried_units",
                "未报本季、沿用其本年上次累计数的单位数（本季数据含其累计数，季度增量为0）",
                "units that did not report this quarter, counted with their last year to date of the year (quarter increment 0)");
    }

    private static Column[] withMeasureSums(Column... leading) {
        List<Column> sums = new ArrayList<>(List.of(leading));
        for (Measure measure : MEASURES) {
            for (String column : measure.goldColumns()) {
                sums.add(sum(col(column)).as(column));
            }
        }
        return sums.toArray(Column[]::new);
    }

    private static List<Column> measureColumns() {
        List<Column> columns = new ArrayList<>();
        for (Measure measure : MEASURES) {
            if (measure.flow()) {
                for (Span span : Span.values()) {
                    columns.add(GoldColumns.indicator(col(measure.name() + "_" + span.goldSuffix()), measure.name(), span));
                }
            } else {
                columns.add(GoldColumns.indicator(col(measure.name()), measure.name()));
            }
        }
        return columns;
    }

    private static Column periodColumn() {
        return GoldColumns.named(col("period"), "period", "报告期（如2019Q4）", "reporting quarter, e.g. 2019Q4");
    }

    private static Column yearColumn() {
        return GoldColumns.named(col("year"), "year", "年度", "year");
    }

    private static Column quarterColumn() {
        return GoldColumns.named(col("quarter"), "quarter", "季度（1-4）", "quarter (1-4)");
    }

    private static Column[] goldColumns() {
        List<Column> columns = new ArrayList<>(GoldColumns.areaAndPeriod());
        columns.add(GoldColumns.indicator(coalesce(col("assisting_units"), lit(0L)), "assisting_units"));
        columns.add(GoldColumns.indicator(coalesce(col("paired_units"), lit(0L)), "paired_units"));
        columns.add(carriedUnitsColumn());
        columns.addAll(measureColumns());
        return columns.toArray(Column[]::new);
    }
}
