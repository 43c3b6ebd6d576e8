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
import static org.apache.spark.sql.functions.row_number;
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
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.warehouse.ColumnMeaning;

/**
 * BF-4 registered poor households aggregated to county, prefecture and province × year, as one
 * long table: one row per area, year, indicator code and category. Pure: Datasets in, a Dataset
 * out, nothing read or written.
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
     * Each household three times: in its county, its prefecture and its province (county = the
     * first six digits of the village code, the rest of the chain from the county register).
     * Households of a county the register does not know are left out; the checks reject them
     * (R006) before they reach silver.
     *
     * @param households silver BF-4
     * @param counties silver county register (ML-1)
     */
    public static Dataset<Row> householdsByArea(Dataset<Row> households, Dataset<Row> counties) {
        Dataset<Row> located = households
                .select(col("household_id"), substring(col("village_code"), 1, 6).as("county_code"), col("year"),
                        col("household_size"), col("main_cause"), col("labour_capacity"), col("exit_year"),
                        col("returned"), col("income_per_capita"), col("measures"), col("helper_unit_code"))
                .join(counties.select("county_code", "county_name", "prefecture_code", "prefecture_name",
                        "province_code", "province_name"), "county_code");
        return inArea(located, AreaLevel.COUNTY, col("county_code"), col("county_name"), col("prefecture_code"),
                        col("province_code"))
                .unionByName(inArea(located, AreaLevel.PREFECTURE, col("prefecture_code"), col("prefecture_name"),
                        col("prefecture_code"), col("province_code")))
                .unionByName(inArea(located, AreaLevel.PROVINCE, col("province_code"), col("province_name"),
                        lit(""), col("province_code")))
                .unionByName(inArea(located, AreaLevel.NATION, lit(AreaHierarchy.NATION_CODE),
                        lit(AreaHierarchy.NATION_NAME), lit(""), lit("")));
    }

    private static Dataset<Row> inArea(Dataset<Row> located, AreaLevel level, Column code, Column name,
            Column prefecture, Column province) {
        // Names and codes are join keys further on: never null.
        return located.select(lit(level.name()).as("area_level"), code.as("area_code"),
                coalesce(name, lit("")).as("area_name"), prefecture.as("prefecture_code"), province.as("province_code"),
                col("year"), col("household_id"),
                col("household_size"), col("main_cause"), col("labour_capacity"), col("exit_year"), col("returned"),
                col("income_per_capita"), col("measures"), col("helper_unit_code"));
    }

    /**
     * Gold household indicators: for every area and year that has households, every indicator of
     * {@link #INDICATOR_CODES}; categorised ones for every category of the catalogue (zero when no
     * household falls in it), exits for every exit year found in that year's snapshot.
     *
     * @param householdsByArea the output of {@link #householdsByArea}
     */
    public static Dataset<Row> indicators(Dataset<Row> householdsByArea) {
        Dataset<Row> areaYears = householdsByArea.select(columns(AREA_YEAR)).distinct();
        List<Dataset<Row>> parts = List.of(
                wholeHouseholds(householdsByArea),
                byCategory(householdsByArea, HOUSEHOLDS_BY_CAUSE, HOUSEHOLDS_BY_CAUSE_SHARE,
                        singleCategory("main_cause"), categoriesOf("main_cause")),
                byCategory(householdsByArea, HOUSEHOLDS_BY_LABOUR_CAPACITY, HOUSEHOLDS_BY_LABOUR_CAPACITY_SHARE,
                        singleCategory("labour_capacity"), categoriesOf("labour_capacity")),
                byCategory(householdsByArea, HOUSEHOLDS_BY_MEASURE, HOUSEHOLDS_BY_MEASURE_SHARE,
                        expr(measuresReceived()), categoriesOf("measures")),
                byCategory(householdsByArea, HOUSEHOLDS_BY_MEASURE_GROUP, HOUSEHOLDS_BY_MEASURE_GROUP_SHARE,
                        expr(measureGroupsReceived()),
                        Arrays.stream(HouseholdMeasureGroup.values()).map(HouseholdMeasureGroup::chineseName).toList()),
                medianIncome(householdsByArea, areaYears),
                exitsByYear(householdsByArea));
        Dataset<Row> all = parts.get(0);
        for (Dataset<Row> part : parts.subList(1, parts.size())) {
            all = all.unionByName(part);
        }
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

    /** Figures over all households of an area and year, without categories. */
    private static Dataset<Row> wholeHouseholds(Dataset<Row> byArea) {
        Column returned = col("returned").equalTo(YES);
        Column returnedReported = col("returned").isNotNull();
        Column noHelper = col("helper_unit_code").isNull().or(trim(col("helper_unit_code")).equalTo(""));
        Dataset<Row> totals = byArea.groupBy(columns(AREA_YEAR)).agg(
                count(lit(1)).as("households"),
                sum(col("household_size")).as("people"),
                count(col("household_size")).as("people_included"),
                sum(when(returned, lit(1L)).when(returnedReported, lit(0L))).as("returned_households"),
                sum(when(returned, col("household_size")).when(returnedReported, lit(0L))).as("returned_people"),
                count(col("returned")).as("returned_included"),
                sum(when(noHelper, lit(1L)).otherwise(lit(0L))).as("without_helper"),
                avg(col("income_per_capita")).as("income_mean"),
                count(col("income_per_capita")).as("income_included"));
        return asFigures(totals, AREA_YEAR,
                figure(HOUSEHOLDS_REGISTERED, col("households"), col("households")),
                figure(PEOPLE_REGISTERED, col("people"), col("people_included")),
                figure(INCOME_PER_CAPITA_MEAN, col("income_mean"), col("income_included")),
                figure(HOUSEHOLDS_RETURNED, col("returned_households"), col("returned_included")),
                figure(PEOPLE_RETURNED, col("returned_people"), col("returned_included")),
                figure(HOUSEHOLDS_WITHOUT_HELPER_UNIT, col("without_helper"), col("households")));
    }

    /**
     * Households per category and their share of the households that reported the field.
     *
     * @param householdCategories per household the distinct categories it falls in, null when it
     *     did not report the field (an empty array when it reported nothing that falls in any)
     * @param categories every category, so that an empty one reads 0, not missing
     */
    private static Dataset<Row> byCategory(Dataset<Row> byArea, String countCode, String shareCode,
            Column householdCategories, List<String> categories) {
        Dataset<Row> withCategories = byArea.select(Stream.concat(Arrays.stream(columns(AREA_YEAR)),
                Stream.of(householdCategories.as("categories"))).toArray(Column[]::new));
        Dataset<Row> reporting = withCategories.groupBy(columns(AREA_YEAR))
                .agg(count(col("categories")).as("included"));
        Dataset<Row> counted = withCategories
                .select(Stream.concat(Arrays.stream(columns(AREA_YEAR)),
                        Stream.of(explode(col("categories")).as("category"))).toArray(Column[]::new))
                .groupBy(columns(AREA_YEAR_CATEGORY))
                .agg(count(lit(1)).as("households"));
        Dataset<Row> everyCategory = byArea.sparkSession().createDataset(categories, Encoders.STRING()).toDF("category");
        Dataset<Row> grid = reporting.crossJoin(everyCategory)
                .join(counted, AREA_YEAR_CATEGORY, "left");
        Column reported = col("included").gt(0);
        Column households = coalesce(col("households"), lit(0L));
        return asFigures(grid, AREA_YEAR,
                figure(countCode, col("category"), when(reported, households), col("included")),
                figure(shareCode, col("category"), when(reported, percentOf(households, col("included"))),
                        col("included")));
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

    /**
     * The exact median of income per head over the households that reported it: the middle value,
     * or the mean of the two middle values for an even count, found by ranking the households of
     * each area and year (no approximation, no median of medians).
     */
    private static Dataset<Row> medianIncome(Dataset<Row> byArea, Dataset<Row> areaYears) {
        WindowSpec area = Window.partitionBy(columns(AREA_YEAR));
        Dataset<Row> ranked = byArea.filter(col("income_per_capita").isNotNull()).select(
                Stream.concat(Arrays.stream(columns(AREA_YEAR)), Stream.of(
                        col("income_per_capita"),
                        row_number().over(area.orderBy(col("income_per_capita"), col("household_id"))).as("position"),
                        count(lit(1)).over(area).as("reported"))).toArray(Column[]::new));
        Dataset<Row> medians = ranked
                .filter(col("position").equalTo(expr("(reported + 1) div 2"))
                        .or(col("position").equalTo(expr("reported div 2 + 1"))))
                .groupBy(columns(AREA_YEAR))
                .agg(avg(col("income_per_capita")).as("median"), max(col("reported")).as("included"));
        return asFigures(areaYears.join(medians, AREA_YEAR, "left"), AREA_YEAR,
                figure(INCOME_PER_CAPITA_MEDIAN, col("median"), coalesce(col("included"), lit(0L))));
    }

    /**
     * Households and people exited, by exit year, for every exit year that occurs in the year's
     * snapshot anywhere (zero where an area had none). Households share exit_year's "blank if
     * not exited", so every household of the area is included.
     */
    private static Dataset<Row> exitsByYear(Dataset<Row> byArea) {
        Dataset<Row> exited = byArea.filter(col("exit_year").isNotNull())
                .withColumn("category", col("exit_year").cast("string"));
        Dataset<Row> counted = exited.groupBy(columns(AREA_YEAR_CATEGORY))
                .agg(count(lit(1)).as("households"), sum(col("household_size")).as("people"));
        Dataset<Row> exitYears = exited.select("year", "category").distinct();
        Dataset<Row> grid = byArea.groupBy(columns(AREA_YEAR))
                .agg(count(lit(1)).as("included"), count(col("household_size")).as("people_included"))
                .join(exitYears, "year")
                .join(counted, AREA_YEAR_CATEGORY, "left");
        return asFigures(grid, AREA_YEAR,
                figure(HOUSEHOLDS_EXITED_BY_YEAR, col("category"), coalesce(col("households"), lit(0L)),
                        col("included")),
                figure(PEOPLE_EXITED_BY_YEAR, col("category"),
                        when(col("people_included").gt(0), coalesce(col("people"), lit(0L))),
                        col("people_included")));
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
