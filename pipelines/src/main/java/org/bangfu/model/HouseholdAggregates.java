package org.bangfu.model;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.warehouse.ColumnMeaning;

/**
 * BF-4 registered poor households aggregated to county, prefecture, province and nation × year,
 * as one long table: one row per area, year, indicator code and category. Pure: Datasets in, a
 * Dataset out, nothing read or written.
 *
 * <p>The households are read once, into two small county aggregates ({@link #countyFigures},
 * {@link #countyIncomes}); every indicator of every area level is derived from those. At province
 * scale one aggregation and one scan per indicator over the households (four times over, once per
 * level) cost most of the model step; see docs/performance.md.
 *
 * <p>Every figure at every level is computed from the households themselves, never from the
 * figures of the level below: a prefecture's median income is the median of its households, not a
 * median of county medians. A blank field is "not reported": it is left out of that figure and of
 * its {@code households_included}, never counted as zero. A figure nobody reported is null.
 */
public final class HouseholdAggregates {

    /** Households in the year's BF-4 snapshot (户). */
    public static final String HOUSEHOLDS_REGISTERED = "households_registered";
    /** People in those households: the sum of household_size (人). */
    public static final String PEOPLE_REGISTERED = "people_registered";
    /** Households by main cause of poverty (户), category = the cause. */
    public static final String HOUSEHOLDS_BY_CAUSE = "households_by_cause";
    /** Share of households by main cause (%), category = the cause. */
    public static final String HOUSEHOLDS_BY_CAUSE_SHARE = "households_by_cause_share";
    /** Households by labour capacity (户), category = the capacity. */
    public static final String HOUSEHOLDS_BY_LABOUR_CAPACITY = "households_by_labour_capacity";
    /** Share of households by labour capacity (%). */
    public static final String HOUSEHOLDS_BY_LABOUR_CAPACITY_SHARE = "households_by_labour_capacity_share";
    /** Households that received a measure (户), category = the measure; a household counts under each of its measures. */
    public static final String HOUSEHOLDS_BY_MEASURE = "households_by_measure";
    /** Share of households that received a measure (%). */
    public static final String HOUSEHOLDS_BY_MEASURE_SHARE = "households_by_measure_share";
    /** Households helped under each of the 五个一批 (户), category = the group; once per group. */
    public static final String HOUSEHOLDS_BY_MEASURE_GROUP = "households_by_measure_group";
    /** Share of households helped under each of the 五个一批 (%). */
    public static final String HOUSEHOLDS_BY_MEASURE_GROUP_SHARE = "households_by_measure_group_share";
    /** Median over households of the income per head (元). */
    public static final String INCOME_PER_CAPITA_MEDIAN = "income_per_capita_median";
    /** Mean over households of the income per head (元). */
    public static final String INCOME_PER_CAPITA_MEAN = "income_per_capita_mean";
    /** Households exited (户), category = the exit year. */
    public static final String HOUSEHOLDS_EXITED_BY_YEAR = "households_exited_by_year";
    /** People in households exited (人), category = the exit year. */
    public static final String PEOPLE_EXITED_BY_YEAR = "people_exited_by_year";
    /** Households returned to poverty (户): returned = 是. */
    public static final String HOUSEHOLDS_RETURNED = "households_returned";
    /** People in households returned to poverty (人). */
    public static final String PEOPLE_RETURNED = "people_returned";
    /** Households with no helper unit recorded (户). */
    public static final String HOUSEHOLDS_WITHOUT_HELPER_UNIT = "households_without_helper_unit";

    /** Every indicator code the table holds, in publication order. */
    public static final List<String> INDICATOR_CODES = List.of(
            HOUSEHOLDS_REGISTERED, PEOPLE_REGISTERED,
            HOUSEHOLDS_BY_CAUSE, HOUSEHOLDS_BY_CAUSE_SHARE,
            HOUSEHOLDS_BY_LABOUR_CAPACITY, HOUSEHOLDS_BY_LABOUR_CAPACITY_SHARE,
            HOUSEHOLDS_BY_MEASURE, HOUSEHOLDS_BY_MEASURE_SHARE,
            HOUSEHOLDS_BY_MEASURE_GROUP, HOUSEHOLDS_BY_MEASURE_GROUP_SHARE,
            INCOME_PER_CAPITA_MEDIAN, INCOME_PER_CAPITA_MEAN,
            HOUSEHOLDS_EXITED_BY_YEAR, PEOPLE_EXITED_BY_YEAR,
            HOUSEHOLDS_RETURNED, PEOPLE_RETURNED,
            HOUSEHOLDS_WITHOUT_HELPER_UNIT);

    /**
     * Gold values keep six decimals, unrounded for publication: the median of an even count of
     * four-decimal incomes stays exact, and shares keep more than any page shows. Rounding
     * (四舍五入) to the published precision is the indicator catalogue's business.
     */
    public static final DecimalType VALUE_TYPE = DataTypes.createDecimalType(24, 6);

    /** What silver joins several measures with (、), and the other separators submitters use. */
    static final String MEASURE_SEPARATORS = "[、;；]";

    private static final String YES = "是";
    private static final String NO_CATEGORY = "";
    private static final String[] AREA_YEAR =
            {"area_level", "area_code", "area_name", "prefecture_code", "province_code", "year"};
    private static final String[] AREA_YEAR_CATEGORY =
            {"area_level", "area_code", "area_name", "prefecture_code", "province_code", "year", "category"};

    private HouseholdAggregates() {
    }

    /** The catalogue's canonical values of a BF-4 enumeration, in catalogue order (the 12 causes, …). */
    public static List<String> categoriesOf(String field) {
        return FormCatalogue.get(FormCatalogue.POOR_HOUSEHOLDS).requireField(field).allowedValues().values().stream()
                .distinct().toList();
    }

    /**
     * BF-4 counted once at the finest grain every household figure needs: county × year × exit
     * year (null when not exited), with every additive count and sum of {@link #indicators} as a
     * column of its own. A few thousand rows for a province's 1.6 M households, from which every
     * figure of every area level is summed, so the households are scanned once, not once per
     * indicator. Households are placed in their county by the first six digits of the village code.
     *
     * @param households silver BF-4
     */
    public static Dataset<Row> countyFigures(Dataset<Row> households) {
        Column returned = col("returned").equalTo(YES);
        Column returnedReported = col("returned").isNotNull();
        Column noHelper = col("helper_unit_code").isNull().or(trim(col("helper_unit_code")).equalTo(""));
        List<Column> located = new ArrayList<>(List.of(substring(col("village_code"), 1, 6).as("county_code"),
                col("year"), col("exit_year"), col("household_size"), col("returned"), col("income_per_capita"),
                col("helper_unit_code")));
        for (CategoryDimension dimension : dimensions()) {
            located.add(dimension.householdCategories().as(dimension.name()));
        }
        List<Column> sums = new ArrayList<>(List.of(
                count(lit(1)).as("households"),
                sum(col("household_size")).as("people"),
                count(col("household_size")).as("people_included"),
                sum(when(returned, lit(1L)).when(returnedReported, lit(0L))).as("returned_households"),
                sum(when(returned, col("household_size")).when(returnedReported, lit(0L))).as("returned_people"),
                count(col("returned")).as("returned_included"),
                sum(when(noHelper, lit(1L)).otherwise(lit(0L))).as("without_helper"),
                sum(col("income_per_capita")).as("income_sum"),
                count(col("income_per_capita")).as("income_included")));
        for (CategoryDimension dimension : dimensions()) {
            Column categories = col(dimension.name());
            sums.add(count(categories).as(dimension.includedColumn()));
            for (int index = 0; index < dimension.categories().size(); index++) {
                sums.add(sum(when(functions.array_contains(categories, dimension.categories().get(index)), lit(1L))
                        .otherwise(lit(0L))).as(dimension.countColumn(index)));
            }
        }
        return households.select(located.toArray(Column[]::new))
                .groupBy(col("county_code"), col("year"), col("exit_year"))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
    }

    /**
     * The distribution of income per head: county × year × income → households that reported it.
     * The exact median of any area is read from it ({@link #indicators}); it has at most one row per
     * household, and far fewer where incomes repeat.
     *
     * @param households silver BF-4
     */
    public static Dataset<Row> countyIncomes(Dataset<Row> households) {
        return households.filter(col("income_per_capita").isNotNull())
                .groupBy(substring(col("village_code"), 1, 6).as("county_code"), col("year"),
                        col("income_per_capita"))
                .agg(count(lit(1)).as("households"));
    }

    /**
     * Gold household indicators straight from silver BF-4; {@link HouseholdModelStep} computes the
     * two county aggregates once and keeps them, this is the same without keeping them.
     */
    public static Dataset<Row> indicators(Dataset<Row> households, Dataset<Row> counties) {
        return indicators(countyFigures(households), countyIncomes(households), counties);
    }

    /**
     * Gold household indicators: for every area and year that has households, every indicator of
     * {@link #INDICATOR_CODES}; categorised ones for every category of the catalogue (zero when no
     * household falls in it), exits for every exit year found in that year's snapshot. Households
     * of a county the county register does not know are left out; the checks reject them (R006)
     * before they reach silver.
     *
     * @param countyFigures {@link #countyFigures} of silver BF-4
     * @param countyIncomes {@link #countyIncomes} of silver BF-4
     * @param counties silver county register (ML-1): the prefecture and province of each county
     */
    public static Dataset<Row> indicators(Dataset<Row> countyFigures, Dataset<Row> countyIncomes,
            Dataset<Row> counties) {
        List<String> additive = Arrays.stream(countyFigures.columns())
                .filter(column -> !List.of("county_code", "year", "exit_year").contains(column)).toList();
        Dataset<Row> byExitYear = inEveryArea(countyFigures, counties, "exit_year", additive);
        Dataset<Row> areaTotals = byExitYear.groupBy(columns(AREA_YEAR))
                .agg(sum(additive.get(0)).as(additive.get(0)), additive.subList(1, additive.size()).stream()
                        .map(column -> sum(column).as(column)).toArray(Column[]::new));
        Dataset<Row> all = wholeHouseholds(areaTotals)
                .unionByName(exitsByYear(byExitYear, areaTotals))
                .unionByName(medianIncome(countyIncomes, counties, areaTotals));
        return all.select(
                ColumnMeaning.named(col("area_level"), "area_level",
                        "地区层级：COUNTY 县、PREFECTURE 市州、PROVINCE 省、NATION 全国 / Area level: COUNTY, PREFECTURE, PROVINCE or NATION"),
                ColumnMeaning.named(col("area_code"), "area_code",
                        "县、市州或省的区划代码 / Area code of the county, prefecture or province"),
                ColumnMeaning.named(col("area_name"), "area_name",
                        "地区名称，取自县名录 / Area name, from the county register"),
                ColumnMeaning.named(col("prefecture_code"), "prefecture_code",
                        "所属市州代码，市州行为其自身，省行为空 / Prefecture of the area: its own code on a prefecture row,"
                                + " empty on a province row"),
                ColumnMeaning.named(col("province_code"), "province_code", "所属省代码 / Province of the area"),
                ColumnMeaning.named(col("year"), "year", "BF-4 年度快照的年度 / Year of the BF-4 snapshot"),
                ColumnMeaning.named(col("indicator_code"), "indicator_code",
                        "指标代码，定义见 HouseholdIndicators / Indicator code, defined in HouseholdIndicators"),
                ColumnMeaning.named(col("category"), "category",
                        "分类：致贫原因、劳动能力、帮扶措施、五个一批或脱贫年度，无分类时为空 / Category: cause, labour"
                                + " capacity, measure, one of the five groups or exit year; empty when the indicator has none"),
                ColumnMeaning.named(col("value"), "value",
                        "指标值，保留6位小数未舍入，发布时按指标精度四舍五入；无户填报时为空 / Value with six decimals,"
                                + " rounded (half up) to the indicator's precision when published; null when no household"
                                + " reported it"),
                ColumnMeaning.named(col("households_included"), "households_included",
                        "计入该值的户数，即该项已填报的户 / Households whose reported field entered the value"));
    }

    /**
     * A county aggregate summed to every area level: each county row counted in its county, its
     * prefecture, its province and the nation, then summed per area, year and {@code detail}. Every
     * level is summed from the counties' counts, which are exact, never from a figure of the level
     * below.
     */
    private static Dataset<Row> inEveryArea(Dataset<Row> countyRows, Dataset<Row> counties, String detail,
            List<String> additive) {
        List<Column> keys = new ArrayList<>(Arrays.asList(columns(AREA_YEAR)));
        keys.add(col(detail));
        return inEveryLevel(countyRows, counties, detail, additive).groupBy(keys.toArray(Column[]::new))
                .agg(sum(additive.get(0)).as(additive.get(0)), additive.subList(1, additive.size()).stream()
                        .map(column -> sum(column).as(column)).toArray(Column[]::new));
    }

    /** Each county row four times: as a row of its county, its prefecture, its province and the nation. */
    private static Dataset<Row> inEveryLevel(Dataset<Row> countyRows, Dataset<Row> counties, String detail,
            List<String> additive) {
        Dataset<Row> located = countyRows.join(functions.broadcast(counties.select("county_code", "county_name",
                "prefecture_code", "prefecture_name", "province_code", "province_name")), "county_code");
        return inArea(located, AreaLevel.COUNTY, col("county_code"), col("county_name"),
                        col("prefecture_code"), col("province_code"), detail, additive)
                .unionByName(inArea(located, AreaLevel.PREFECTURE, col("prefecture_code"), col("prefecture_name"),
                        col("prefecture_code"), col("province_code"), detail, additive))
                .unionByName(inArea(located, AreaLevel.PROVINCE, col("province_code"), col("province_name"),
                        lit(""), col("province_code"), detail, additive))
                .unionByName(inArea(located, AreaLevel.NATION, lit(AreaHierarchy.NATION_CODE),
                        lit(AreaHierarchy.NATION_NAME), lit(""), lit(""), detail, additive));
    }

    private static Dataset<Row> inArea(Dataset<Row> located, AreaLevel level, Column code, Column name,
            Column prefecture, Column province, String detail, List<String> additive) {
        // Names and codes are join keys further on: never null.
        List<Column> selected = new ArrayList<>(List.of(lit(level.name()).as("area_level"), code.as("area_code"),
                coalesce(name, lit("")).as("area_name"), prefecture.as("prefecture_code"),
                province.as("province_code"), col("year"), col(detail)));
        additive.forEach(column -> selected.add(col(column)));
        return located.select(selected.toArray(Column[]::new));
    }

    /**
     * The figures over all households of an area and year: totals, the mean income and the
     * categorised counts and shares, each categorised one for every category of the catalogue.
     */
    private static Dataset<Row> wholeHouseholds(Dataset<Row> areaTotals) {
        List<Column> figures = new ArrayList<>(List.of(
                figure(HOUSEHOLDS_REGISTERED, col("households"), col("households")),
                figure(PEOPLE_REGISTERED, col("people"), col("people_included")),
                figure(INCOME_PER_CAPITA_MEAN, mean(col("income_sum"), col("income_included")),
                        col("income_included")),
                figure(HOUSEHOLDS_RETURNED, col("returned_households"), col("returned_included")),
                figure(PEOPLE_RETURNED, col("returned_people"), col("returned_included")),
                figure(HOUSEHOLDS_WITHOUT_HELPER_UNIT, col("without_helper"), col("households"))));
        for (CategoryDimension dimension : dimensions()) {
            Column included = col(dimension.includedColumn());
            Column reported = included.gt(0);
            for (int index = 0; index < dimension.categories().size(); index++) {
                Column category = lit(dimension.categories().get(index));
                Column households = col(dimension.countColumn(index));
                figures.add(figure(dimension.countCode(), category, when(reported, households), included));
                figures.add(figure(dimension.shareCode(), category,
                        when(reported, percentOf(households, included)), included));
            }
        }
        return asFigures(areaTotals, AREA_YEAR, figures.toArray(Column[]::new));
    }

    /**
     * The mean as Spark's {@code avg} of the households' incomes computes it (the sum as
     * decimal(28,4) divided by the count, then decimal(22,8)), so that summing the counties'
     * sums first changes no digit.
     */
    private static Column mean(Column incomeSum, Column included) {
        DecimalType sumType = DataTypes.createDecimalType(28, 4);
        return when(included.gt(0), incomeSum.cast(sumType)
                .divide(included.cast(DataTypes.createDecimalType(20, 0)))
                .cast(DataTypes.createDecimalType(22, 8)));
    }

    /**
     * The exact median of income per head over the households that reported it: the middle value,
     * or the mean of the two middle values for an even count (no approximation, no median of
     * medians), found by walking each area's incomes in order with a running count of households
     * and taking the incomes at the middle positions. The counties' distributions are walked as
     * they are, not summed per area first: equal incomes of several counties sort next to each
     * other, so whichever of them covers a position holds the income at that position.
     */
    private static Dataset<Row> medianIncome(Dataset<Row> countyIncomes, Dataset<Row> counties,
            Dataset<Row> areaTotals) {
        // Keyed by level, code and year only: the names need not be shuffled and sorted with every income.
        String[] areaKey = {"area_level", "area_code", "year"};
        WindowSpec area = Window.partitionBy(columns(areaKey));
        Dataset<Row> walked = inEveryLevel(countyIncomes, counties, "income_per_capita", List.of("households"))
                .select(Stream.concat(Arrays.stream(columns(areaKey)), Stream.of(
                        col("income_per_capita"), col("households"),
                        sum(col("households")).over(area.orderBy(col("income_per_capita"))
                                .rowsBetween(Window.unboundedPreceding(), Window.currentRow())).as("up_to"),
                        sum(col("households")).over(area).as("reported"))).toArray(Column[]::new));
        Column before = col("up_to").minus(col("households"));
        Column coversLower = before.lt(expr("(reported + 1) div 2")).and(col("up_to").geq(expr("(reported + 1) div 2")));
        Column coversUpper = before.lt(expr("reported div 2 + 1")).and(col("up_to").geq(expr("reported div 2 + 1")));
        Dataset<Row> medians = walked.filter(coversLower.or(coversUpper)).groupBy(columns(areaKey)).agg(
                max(when(coversLower, col("income_per_capita"))).as("lower"),
                max(when(coversUpper, col("income_per_capita"))).as("upper"),
                max(col("reported")).as("included"));
        return asFigures(areaTotals.select(columns(AREA_YEAR)).join(medians, areaKey, "left"), AREA_YEAR,
                figure(INCOME_PER_CAPITA_MEDIAN, col("lower").plus(col("upper")).divide(lit(2)),
                        coalesce(col("included"), lit(0L))));
    }

    /**
     * Households and people exited, by exit year, for every exit year that occurs in the year's
     * snapshot anywhere (zero where an area had none). Households share exit_year's "blank if
     * not exited", so every household of the area is included.
     */
    private static Dataset<Row> exitsByYear(Dataset<Row> byExitYear, Dataset<Row> areaTotals) {
        Dataset<Row> exited = byExitYear.filter(col("exit_year").isNotNull())
                .withColumn("category", col("exit_year").cast("string"));
        Dataset<Row> counted = exited.select(Stream.concat(Arrays.stream(columns(AREA_YEAR_CATEGORY)),
                Stream.of(col("households").as("exited_households"), col("people").as("exited_people")))
                .toArray(Column[]::new));
        Dataset<Row> exitYears = exited.select("year", "category").distinct();
        Dataset<Row> grid = areaTotals.select(Stream.concat(Arrays.stream(columns(AREA_YEAR)),
                        Stream.of(col("households").as("included"), col("people_included"))).toArray(Column[]::new))
                .join(exitYears, "year")
                .join(counted, AREA_YEAR_CATEGORY, "left");
        return asFigures(grid, AREA_YEAR,
                figure(HOUSEHOLDS_EXITED_BY_YEAR, col("category"), coalesce(col("exited_households"), lit(0L)),
                        col("included")),
                figure(PEOPLE_EXITED_BY_YEAR, col("category"),
                        when(col("people_included").gt(0), coalesce(col("exited_people"), lit(0L))),
                        col("people_included")));
    }

    /**
     * A categorised indicator pair (count and share): the categories each household falls in (null
     * when it did not report the field, an empty array when it reported nothing that falls in
     * any), counted per category of the catalogue.
     */
    private record CategoryDimension(String name, String countCode, String shareCode, Column householdCategories,
            List<String> categories) {

        String includedColumn() {
            return name + "_included";
        }

        String countColumn(int index) {
            return name + "_" + index;
        }
    }

    /** The categorised indicators, in publication order. */
    private static List<CategoryDimension> dimensions() {
        return List.of(
            new CategoryDimension("cause", HOUSEHOLDS_BY_CAUSE, HOUSEHOLDS_BY_CAUSE_SHARE,
                    singleCategory("main_cause"), categoriesOf("main_cause")),
            new CategoryDimension("labour_capacity", HOUSEHOLDS_BY_LABOUR_CAPACITY,
                    HOUSEHOLDS_BY_LABOUR_CAPACITY_SHARE, singleCategory("labour_capacity"),
                    categoriesOf("labour_capacity")),
            new CategoryDimension("measure", HOUSEHOLDS_BY_MEASURE, HOUSEHOLDS_BY_MEASURE_SHARE,
                    expr(measuresReceived()), categoriesOf("measures")),
            new CategoryDimension("measure_group", HOUSEHOLDS_BY_MEASURE_GROUP, HOUSEHOLDS_BY_MEASURE_GROUP_SHARE,
                    expr(measureGroupsReceived()),
                    Arrays.stream(HouseholdMeasureGroup.values()).map(HouseholdMeasureGroup::chineseName).toList()));
    }

    /** The household's one category, null when the field is blank. */
    private static Column singleCategory(String field) {
        return when(col(field).isNotNull(), array(col(field)));
    }

    /** The distinct measures a household received, null when measures is blank. */
    private static String measuresReceived() {
        return whenMeasuresReported("array_distinct(filter(" + measureList() + ", m -> m <> ''))");
    }

    /** The distinct 五个一批 a household was helped under: several measures of one group count once. */
    private static String measureGroupsReceived() {
        StringBuilder groupOfMeasure = new StringBuilder("CASE");
        for (HouseholdMeasureGroup group : HouseholdMeasureGroup.values()) {
            groupOfMeasure.append(" WHEN m IN (")
                    .append(group.measures().stream().map(HouseholdAggregates::quoted).collect(Collectors.joining(", ")))
                    .append(") THEN ").append(quoted(group.chineseName()));
        }
        groupOfMeasure.append(" END");
        return whenMeasuresReported("array_distinct(filter(transform(" + measureList() + ", m -> " + groupOfMeasure
                + "), g -> g IS NOT NULL))");
    }

    private static String measureList() {
        return "transform(split(measures, '" + MEASURE_SEPARATORS + "'), m -> trim(m))";
    }

    private static String whenMeasuresReported(String expression) {
        return "CASE WHEN measures IS NULL OR trim(measures) = '' THEN NULL ELSE " + expression + " END";
    }

    /** {@code part × 100 ÷ whole} in decimals, rounded half up to the gold scale. */
    private static Column percentOf(Column part, Column whole) {
        DecimalType counts = DataTypes.createDecimalType(20, 0);
        return round(part.cast(counts).multiply(lit(100)).divide(whole.cast(counts)), VALUE_TYPE.scale());
    }

    private static Column figure(String code, Column value, Column included) {
        return figure(code, lit(NO_CATEGORY), value, included);
    }

    private static Column figure(String code, Column category, Column value, Column included) {
        return struct(lit(code).as("indicator_code"), category.as("category"),
                round(value.cast(DataTypes.createDecimalType(38, 10)), VALUE_TYPE.scale()).cast(VALUE_TYPE).as("value"),
                included.cast(DataTypes.LongType).as("households_included"));
    }

    /** One output row per figure: the key columns, then indicator_code, category, value, households_included. */
    private static Dataset<Row> asFigures(Dataset<Row> rows, String[] keys, Column... figures) {
        List<Column> selected = new ArrayList<>(Arrays.asList(columns(keys)));
        selected.add(explode(array(figures)).as("figure"));
        return rows.select(selected.toArray(Column[]::new)).select(
                Stream.concat(Arrays.stream(columns(keys)), Stream.of(col("figure.*"))).toArray(Column[]::new));
    }

    private static Column[] columns(String[] names) {
        return Arrays.stream(names).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
