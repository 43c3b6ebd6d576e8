package org.bangfu.model;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Every table adds up the same unit × county × quarter facts ({@link #unitCountyQuarters}), which
 * a model run computes once ({@link UnitAssistanceFacts}). Units are counted in two steps, first
 * one row per unit and area (or group), then the rows of an area, rather than with DISTINCT (which
 * Spark plans by copying every row once per distinct count).
 */
public final class AssistanceAggregates {

    /** The flags of {@link #unitCountyQuarters}. */
    private static final String REPORTED = "reported";
    private static final String CARRIED = "carried";
    private static final String PAIRED = "paired";

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
        Map<String, Column> missing = new LinkedHashMap<>();
        for (FieldDefinition field : FormCatalogue.get(FormCatalogue.UNIT_ASSISTANCE).fields()) {
            if (field.isFigure() && !present.contains(field.name())) {
                missing.put(field.name(), lit(null).cast(SilverSchema.typeOf(field)));
            }
        }
        return unitAssistance.withColumns(missing);
    }

    /**
     * The BF-1 facts every table below adds up: one row per unit, county and quarter in which the
     * unit reported for the county ({@code reported}), was counted with its year to date carried
     * ({@code carried}) or was paired with it at the quarter's end ({@code paired}), with its
     * measures (null unless it reported or was carried). Small (units × counties × quarters) and read
     * by six gold tables, so a model run computes it once and materialises it.
     *
     * @param unitIncrements the output of {@link #withQuarterIncrements}
     * @param pairings silver pairings (unit_code, county_code, start_date, end_date)
     */
    public static Dataset<Row> unitCountyQuarters(Dataset<Row> unitIncrements, Dataset<Row> pairings) {
        List<Column> reports = new ArrayList<>(List.of(col("unit_code"), col("county_code"), col("period"),
                col("year"), col("quarter"), not(col(YearToDate.CARRIED)).as(REPORTED), col(YearToDate.CARRIED).as(CARRIED),
                lit(false).as(PAIRED)));
        List<Column> pairs = new ArrayList<>(List.of(col("unit_code"), col("county_code"), col("period"),
                col("year"), col("quarter"), lit(false).as(REPORTED), lit(false).as(CARRIED), lit(true).as(PAIRED)));
        for (String column : measureGoldColumns()) {
            reports.add(col(column));
            pairs.add(lit(null).cast(unitIncrements.schema().apply(column).dataType()).as(column));
        }
        return unitIncrements.select(reports.toArray(Column[]::new))
                .unionByName(activePairings(pairings, periodsOf(unitIncrements)).select(pairs.toArray(Column[]::new)))
                .groupBy("unit_code", "county_code", "period", "year", "quarter")
                .agg(max(col(REPORTED)).as(REPORTED), withMeasureSums(null, max(col(CARRIED)).as(CARRIED),
                        max(col(PAIRED)).as(PAIRED)));
    }

    /**
     * The figures of every county, prefecture, province and the nation × quarter, before naming
     * them as gold columns ({@link #ofLevel} does): units are counted once per area however many of
     * its counties they help, the measures summed over its units' county rows. One aggregation
     * for the four levels, each county row counted in its county, prefecture, province and nation.
     *
     * @param unitCountyQuarters the output of {@link #unitCountyQuarters}
     * @param counties silver county register
     */
    public static Dataset<Row> areaQuarterFigures(Dataset<Row> unitCountyQuarters, Dataset<Row> counties) {
        // Each county row of the register puts its facts in four areas (the register has one row per
        // county: the county table's key); the areas are listed as each level's table lists them.
        Dataset<Row> countyAreas = null;
        Dataset<Row> areas = null;
        for (AreaLevel level : AREA_LEVELS) {
            countyAreas = unionOf(countyAreas, counties.select(col("county_code"), lit(level.name()).as("level"),
                    areaCodeOf(level).as("area_code")));
            areas = unionOf(areas, areasOf(level, counties));
        }
        Dataset<Row> unitsOfArea = unitCountyQuarters.join(countyAreas, "county_code")
                .groupBy("level", "area_code", "period", "unit_code")
                .agg(max(col(REPORTED)).as(REPORTED), withMeasureSums(unitCountyQuarters, max(col(CARRIED)).as(CARRIED),
                        max(col(PAIRED)).as(PAIRED)));
        Dataset<Row> figures = unitsOfArea.groupBy("level", "area_code", "period")
                .agg(count_if(col(REPORTED)).as("assisting_units"), withMeasureSums(unitCountyQuarters,
                        count_if(col(PAIRED)).as("paired_units"), count_if(col(CARRIED)).as("carried_units")));
        return areas.crossJoin(periodsOf(unitCountyQuarters))
                .join(figures, new String[] {"level", "area_code", "period"}, "left");
    }

    /** The gold table of one level from {@link #areaQuarterFigures}. */
    public static Dataset<Row> ofLevel(Dataset<Row> areaQuarterFigures, AreaLevel level) {
        return areaQuarterFigures.filter(col("level").equalTo(level.name())).select(goldColumns());
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
        return areaQuarter(AreaLevel.COUNTY, unitIncrements, counties, pairings);
    }

    /** Gold prefecture × quarter: units counted once however many of its counties they help. */
    public static Dataset<Row> prefectureQuarter(Dataset<Row> unitIncrements, Dataset<Row> counties, Dataset<Row> pairings) {
        return areaQuarter(AreaLevel.PREFECTURE, unitIncrements, counties, pairings);
    }

    /** Gold province × quarter: units counted once however many counties they help. */
    public static Dataset<Row> provinceQuarter(Dataset<Row> unitIncrements, Dataset<Row> counties, Dataset<Row> pairings) {
        return areaQuarter(AreaLevel.PROVINCE, unitIncrements, counties, pairings);
    }

    /**
     * Gold nation × quarter: every province of the warehouse together; a unit helping counties in
     * several provinces (a central unit) counts once here, as it counts once in each province.
     */
    public static Dataset<Row> nationQuarter(Dataset<Row> unitIncrements, Dataset<Row> counties, Dataset<Row> pairings) {
        return areaQuarter(AreaLevel.NATION, unitIncrements, counties, pairings);
    }

    private static Dataset<Row> areaQuarter(AreaLevel level, Dataset<Row> unitIncrements, Dataset<Row> counties,
            Dataset<Row> pairings) {
        return ofLevel(areaQuarterFigures(unitCountyQuarters(unitIncrements, pairings), counties), level);
    }

    /**
     * Gold unit × quarter: each unit of the register, in every quarter it was paired with a county
     * or reported, with its measures summed over its counties, the counties it was paired with at
     * the quarter's end (the reports expected) and the counties it reported for.
     *
     * @param units silver unit register (unit_code, unit_name, unit_level, unit_category)
     */
    public static Dataset<Row> unitQuarter(Dataset<Row> unitIncrements, Dataset<Row> units, Dataset<Row> pairings) {
        return unitQuarterOf(unitCountyQuarters(unitIncrements, pairings), units);
    }

    /** {@link #unitQuarter} from the output of {@link #unitCountyQuarters}. */
    public static Dataset<Row> unitQuarterOf(Dataset<Row> unitCountyQuarters, Dataset<Row> units) {
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
        // A unit has a row for a quarter it reported, was carried or was paired in: those are its facts' rows.
        return units.select("unit_code", "unit_name", "unit_level", "unit_category")
                .join(unitFigures(unitCountyQuarters), "unit_code")
                .select(columns.toArray(Column[]::new));
    }

    /**
     * Gold unit group × quarter: one row per unit category and one per unit level (中央/省/市/县)
     * and quarter, with the units paired (expected) and reporting, and the measures summed over
     * the units that reported. {@code group_kind} is {@code UNIT_CATEGORY} or {@code UNIT_LEVEL}.
     */
    public static Dataset<Row> unitGroupQuarter(Dataset<Row> unitIncrements, Dataset<Row> units, Dataset<Row> pairings) {
        return unitGroupQuarterOf(unitCountyQuarters(unitIncrements, pairings), units);
    }

    /** {@link #unitGroupQuarter} from the output of {@link #unitCountyQuarters}: its units' rows added up. */
    public static Dataset<Row> unitGroupQuarterOf(Dataset<Row> unitCountyQuarters, Dataset<Row> units) {
        Column groups = explode(array(
                struct(lit(AggregationLevel.UNIT_CATEGORY.name()).as("group_kind"), col("unit_category").as("group_name")),
                struct(lit(AggregationLevel.UNIT_LEVEL.name()).as("group_kind"), col("unit_level").as("group_name"))));
        Dataset<Row> unitGroups = units.select(col("unit_code"), groups.as("unit_group"))
                .select(col("unit_code"), col("unit_group.group_kind").as("group_kind"),
                        col("unit_group.group_name").as("group_name"))
                .filter(col("group_name").isNotNull());
        Dataset<Row> unitsOfGroup = unitFigures(unitCountyQuarters).join(unitGroups, "unit_code")
                .groupBy("group_kind", "group_name", "period", "year", "quarter", "unit_code")
                .agg(max(col("reported_counties").gt(0)).as(REPORTED), withMeasureSums(unitCountyQuarters,
                        max(col("carried_counties").gt(0)).as(CARRIED), max(col("paired_counties").gt(0)).as(PAIRED)));
        Dataset<Row> figures = unitsOfGroup.groupBy("group_kind", "group_name", "period", "year", "quarter")
                .agg(count_if(col(REPORTED)).as("assisting_units"), withMeasureSums(unitCountyQuarters,
                        count_if(col(PAIRED)).as("paired_units"), count_if(col(CARRIED)).as("carried_units")));
        List<Column> columns = new ArrayList<>(List.of(
                GoldColumns.named(col("group_kind"), "group_kind", "分组方式（UNIT_CATEGORY 单位类别、UNIT_LEVEL 单位层级）",
                        "grouping: UNIT_CATEGORY or UNIT_LEVEL"),
                GoldColumns.named(col("group_name"), "group_name", "单位类别或单位层级的名称", "the unit category or unit level"),
                periodColumn(), yearColumn(), quarterColumn(),
                GoldColumns.indicator(coalesce(col("assisting_units"), lit(0L)), "assisting_units"),
                GoldColumns.indicator(coalesce(col("paired_units"), lit(0L)), "paired_units"),
                carriedUnitsColumn()));
        columns.addAll(measureColumns());
        return figures.select(columns.toArray(Column[]::new));
    }

    /** One row per unit and quarter: the counties it reported for, was carried in and was paired with. */
    private static Dataset<Row> unitFigures(Dataset<Row> unitCountyQuarters) {
        return unitCountyQuarters.groupBy("unit_code", "period", "year", "quarter")
                .agg(count_if(col(REPORTED)).as("reported_counties"), withMeasureSums(unitCountyQuarters,
                        count_if(col(CARRIED)).as("carried_counties"), count_if(col(PAIRED)).as("paired_counties")));
    }

    private static final List<AreaLevel> AREA_LEVELS = List.of(AreaLevel.COUNTY, AreaLevel.PREFECTURE,
            AreaLevel.PROVINCE, AreaLevel.NATION);

    private static Column areaCodeOf(AreaLevel level) {
        return switch (level) {
            case COUNTY -> col("county_code");
            case PREFECTURE -> col("prefecture_code");
            case PROVINCE -> col("province_code");
            case NATION -> lit(AreaHierarchy.NATION_CODE);
        };
    }

    /**
     * The areas of a level, each with the codes and names of the areas above it: a county as the
     * register has it; a prefecture names itself as its prefecture; the nation has no province.
     */
    private static Dataset<Row> areasOf(AreaLevel level, Dataset<Row> counties) {
        if (level == AreaLevel.COUNTY) {
            return counties.select(lit(level.name()).as("level"), col("county_code").as("area_code"),
                    col("county_name").as("area_name"), col("prefecture_code"), col("prefecture_name"),
                    col("poverty_type"), col("province_code"), col("province_name"));
        }
        boolean nation = level == AreaLevel.NATION;
        Dataset<Row> areas = counties.select(areaCodeOf(level).as("area_code"),
                level == AreaLevel.PREFECTURE ? col("prefecture_name").as("area_name")
                        : nation ? lit(AreaHierarchy.NATION_NAME).as("area_name") : col("province_name").as("area_name"),
                nation ? lit("").as("province_code") : col("province_code"),
                nation ? lit("").as("province_name") : col("province_name")).distinct();
        Column ownPrefecture = level == AreaLevel.PREFECTURE ? col("area_code") : lit("");
        Column ownPrefectureName = level == AreaLevel.PREFECTURE ? col("area_name") : lit("");
        return areas.select(lit(level.name()).as("level"), col("area_code"), col("area_name"),
                ownPrefecture.as("prefecture_code"), ownPrefectureName.as("prefecture_name"),
                lit("").as("poverty_type"), col("province_code"), col("province_name"));
    }

    private static Dataset<Row> unionOf(Dataset<Row> first, Dataset<Row> second) {
        return first == null ? second : first.unionByName(second);
    }

    static Dataset<Row> periodsOf(Dataset<Row> rows) {
        return rows.select("period", "year", "quarter").distinct();
    }

    /** Pairings in force at each quarter's end: unit_code, county_code, period, year, quarter. */
    static Dataset<Row> activePairings(Dataset<Row> pairings, Dataset<Row> periods) {
        Column quarterEnd = expr("last_day(make_date(year, quarter * 3, 1))");
        return pairings.crossJoin(periods)
                .filter(col("start_date").leq(quarterEnd)
                        .and(col("end_date").isNull().or(col("end_date").geq(quarterEnd))))
                .select("unit_code", "county_code", "period", "year", "quarter");
    }

    private static Column carriedUnitsColumn() {
        return GoldColumns.named(coalesce(col("carried_units"), lit(0L)), "carried_units",
                "未报本季、沿用其本年上次累计数的单位数（本季数据含其累计数，季度增量为0）",
                "units that did not report this quarter, counted with their last year to date of the year (quarter increment 0)");
    }

    /**
     * The leading aggregates, then every measure column summed. Summed again over sums, a column
     * keeps the type a single sum over {@code typed} gives it (decimal precision unchanged, values
     * exact); {@code typed} null: the plain sum.
     */
    private static Column[] withMeasureSums(Dataset<Row> typed, Column... leading) {
        List<Column> sums = new ArrayList<>(List.of(leading));
        for (String column : measureGoldColumns()) {
            Column total = sum(col(column));
            sums.add((typed == null ? total : total.cast(typed.schema().apply(column).dataType())).as(column));
        }
        return sums.toArray(Column[]::new);
    }

    private static List<String> measureGoldColumns() {
        return MEASURES.stream().flatMap(measure -> measure.goldColumns().stream()).toList();
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
