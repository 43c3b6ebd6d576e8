package org.bangfu.model;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.bangfu.indicators.Span;

/**
 * BF-5 annual targets beside what was achieved, per area and year: gold.area_targets. Pure.
 *
 * <p>The achieved figures are those of gold.area_progress_quarter at the year's latest quarter
 * with any BF-3 submission in the area ({@code as_of_period}); the year-on-year comparison (同比)
 * is with the same quarter of the year before. Targets are the area's own (province, prefecture
 * or county by its code), never added up from lower levels. An area with a target but no figures
 * yet keeps its row with the achieved figures blank.
 *
 * <p>The nation is the exception: BF-5 has no code for it, and the national office's count
 * targets are what its provinces committed to. Its people, villages and counties targets are the
 * sums of the provinces' own targets of the year, formed only when every province of the figures
 * (each PROVINCE row of area progress) has its own; one province short leaves the national figure
 * blank rather than passing a partial sum off as national. Its incidence target stays blank: a
 * rate cannot be added up, and a population-weighted mean of the provinces' targets would be a
 * figure nobody set.
 */
public final class TargetAggregates {

    private static final String RATE_TYPE = "decimal(9,1)";

    /** The BF-5 targets that are counts, so that the nation's is the sum of its provinces'. */
    private static final List<String> SUMMED_TARGETS =
            List.of("target_people_exited", "target_villages_exited", "target_counties_exited");

    private TargetAggregates() {
    }

    /**
     * @param areaProgress the output of {@link AreaProgressAggregates#areaProgressQuarter}
     * @param annualTargets silver BF-5 (area_code, year, target_people_exited, target_villages_exited,
     *     target_counties_exited, target_incidence_rate)
     */
    public static Dataset<Row> areaTargets(Dataset<Row> areaProgress, Dataset<Row> annualTargets) {
        Dataset<Row> reported = areaProgress.filter(col("counties_reporting").gt(0));
        // The same quarter of the year before by a window over the area's reported quarters rather
        // than a join of the figures with themselves, which would read them a second time.
        WindowSpec sameQuarterByYear = Window.partitionBy(col("area_code"), col("quarter")).orderBy(col("year"));
        Column yearBeforeReported = lag(col("year"), 1).over(sameQuarterByYear).equalTo(col("year").minus(1));
        Dataset<Row> achieved = reported
                .withColumn("latest__", row_number().over(
                        Window.partitionBy(col("area_code"), col("year")).orderBy(col("quarter").desc())))
                .withColumn("people_exited_previous_year", when(yearBeforeReported,
                        lag(col("people_exited_" + Span.YEAR_TO_DATE.goldSuffix()), 1).over(sameQuarterByYear)))
                .withColumn("poverty_incidence_previous_year", when(yearBeforeReported,
                        lag(col("poverty_incidence"), 1).over(sameQuarterByYear)))
                .filter(col("latest__").equalTo(1))
                .select(col("area_code"), col("year"), col("quarter"), col("level"), col("area_name"),
                        col("prefecture_code"), col("province_code"), col("period").as("as_of_period"),
                        col("counties_expected"), col("counties_reporting"),
                        col("people_exited_" + Span.YEAR_TO_DATE.goldSuffix()).as("people_exited"),
                        col("villages_exited_" + Span.YEAR_TO_DATE.goldSuffix()).as("villages_exited"),
                        col("counties_exited"), col("poverty_incidence"), col("people_exited_previous_year"),
                        col("poverty_incidence_previous_year"));
        Dataset<Row> ownTargets = annualTargets.select("area_code", "year", "target_people_exited",
                "target_villages_exited", "target_counties_exited", "target_incidence_rate");
        Dataset<Row> targets = ownTargets.unionByName(nationTargets(ownTargets, areaProgress));
        Dataset<Row> joined = achieved.join(targets, new String[] {"area_code", "year"}, "full_outer");

        Column nation = col("area_code").equalTo(AreaHierarchy.NATION_CODE);
        Column levelFromCode = when(nation, lit(AreaLevel.NATION.name()))
                .when(col("area_code").endsWith("0000"), lit(AreaLevel.PROVINCE.name()))
                .when(col("area_code").endsWith("00"), lit(AreaLevel.PREFECTURE.name()))
                .otherwise(lit(AreaLevel.COUNTY.name()));
        return joined.select(
                GoldColumns.named(coalesce(col("level"), levelFromCode), "level", "汇总层级（COUNTY 县、PREFECTURE 市州、PROVINCE 省、NATION 全国）",
                        "level of the row: COUNTY, PREFECTURE, PROVINCE or NATION"),
                GoldColumns.named(col("area_code"), "area_code", "区划代码（GB/T 2260）", "area code (GB/T 2260)"),
                GoldColumns.named(coalesce(col("area_name"), when(nation, lit(AreaHierarchy.NATION_NAME))), "area_name", "区划名称（尚无进展数据时为空）", "area name (blank before any figures)"),
                GoldColumns.named(col("prefecture_code"), "prefecture_code", "所属市州代码", "prefecture code"),
                GoldColumns.named(col("province_code"), "province_code", "省代码", "province code"),
                GoldColumns.named(col("year"), "year", "年度", "year"),
                GoldColumns.named(col("as_of_period"), "as_of_period", "实际数所取的季度（该年最新有BF-3报送的季度）",
                        "the quarter the achieved figures are taken at: the year's latest with BF-3 figures"),
                GoldColumns.named(col("counties_expected"), "counties_expected", "应报送BF-3的贫困县数",
                        "poor counties expected to submit BF-3"),
                GoldColumns.named(col("counties_reporting"), "counties_reporting", "该季度已报送BF-3的县数",
                        "counties that submitted BF-3 for that quarter"),
                GoldColumns.indicator(col("target_people_exited"), "target_people_exited"),
                GoldColumns.named(col("people_exited"), "people_exited", "脱贫人口（人，本年累计）", "people exited, year to date"),
                GoldColumns.indicator(percentOf(col("people_exited"), col("target_people_exited")), "people_exited_achievement"),
                GoldColumns.indicator(col("target_villages_exited"), "target_villages_exited"),
                GoldColumns.named(col("villages_exited"), "villages_exited", "退出贫困村（个，本年累计）",
                        "poor villages exited, year to date"),
                GoldColumns.indicator(percentOf(col("villages_exited"), col("target_villages_exited")),
                        "villages_exited_achievement"),
                GoldColumns.indicator(col("target_counties_exited"), "target_counties_exited"),
                GoldColumns.named(col("counties_exited"), "counties_exited", "摘帽县（个，当年）", "poor counties exited in the year"),
                GoldColumns.indicator(percentOf(col("counties_exited"), col("target_counties_exited")),
                        "counties_exited_achievement"),
                GoldColumns.indicator(col("target_incidence_rate"), "target_incidence_rate"),
                GoldColumns.named(col("poverty_incidence"), "poverty_incidence", "贫困发生率（%）", "poverty incidence (%)"),
                GoldColumns.indicator(round(col("poverty_incidence").minus(col("target_incidence_rate")), 1).cast(RATE_TYPE),
                        "incidence_gap"),
                GoldColumns.named(col("people_exited_previous_year"), "people_exited_previous_year",
                        "上年同季度本年累计脱贫人口（人）", "people exited by the same quarter of last year"),
                GoldColumns.indicator(col("people_exited").minus(col("people_exited_previous_year")),
                        "people_exited_change_on_year"),
                GoldColumns.indicator(growth(col("people_exited"), col("people_exited_previous_year")),
                        "people_exited_change_on_year_rate"),
                GoldColumns.named(col("poverty_incidence_previous_year"), "poverty_incidence_previous_year",
                        "上年同季度贫困发生率（%）", "poverty incidence at the same quarter of last year (%)"),
                GoldColumns.indicator(col("poverty_incidence").minus(col("poverty_incidence_previous_year")).cast(RATE_TYPE),
                        "poverty_incidence_change_on_year"));
    }

    /**
     * The nation's count targets per year: each the sum of the provinces' own, where every province
     * of the figures has one; the incidence target blank. No row for a year no province has a target.
     */
    static Dataset<Row> nationTargets(Dataset<Row> ownTargets, Dataset<Row> areaProgress) {
        // The count beside each province, not aggregated apart and joined back: that reads the figures again.
        Dataset<Row> provinces = areaProgress.filter(col("level").equalTo(AreaLevel.PROVINCE.name()))
                .select(col("area_code")).distinct()
                .withColumn("provinces__", count(lit(1)).over(Window.partitionBy()));
        List<Column> sums = new ArrayList<>();
        for (String target : SUMMED_TARGETS) {
            sums.add(sum(col(target)).as(target));
            sums.add(count(col(target)).as(target + "__provinces"));
        }
        sums.add(max(col("provinces__")).as("provinces__"));
        Dataset<Row> summed = ownTargets.join(provinces, "area_code")
                .groupBy(col("year"))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
        List<Column> columns = new ArrayList<>(List.of(lit(AreaHierarchy.NATION_CODE).as("area_code"), col("year")));
        for (String target : SUMMED_TARGETS) {
            columns.add(when(col(target + "__provinces").equalTo(col("provinces__")), col(target))
                    .cast(ownTargets.schema().apply(target).dataType()).as(target));
        }
        columns.add(lit(null).cast(ownTargets.schema().apply("target_incidence_rate").dataType()).as("target_incidence_rate"));
        return summed.select(columns.toArray(Column[]::new));
    }

    /** achieved ÷ target × 100, one decimal 四舍五入; blank without a positive target. */
    private static Column percentOf(Column achieved, Column target) {
        return AreaProgressAggregates.rate("people_exited_achievement", achieved.multiply(100), target);
    }

    /** (this ÷ before − 1) × 100, one decimal 四舍五入; blank when before is zero or missing. */
    private static Column growth(Column current, Column before) {
        Column exact = current.cast("decimal(30,4)").multiply(100).divide(before.cast("decimal(30,4)")).minus(100);
        return when(before.gt(0).and(current.isNotNull()), round(exact, 1)).cast(RATE_TYPE);
    }

    /** The indicator codes whose columns this table holds, for tests and the README. */
    static List<String> indicatorColumns() {
        return List.of("target_people_exited", "people_exited_achievement", "target_villages_exited",
                "villages_exited_achievement", "target_counties_exited", "counties_exited_achievement",
                "target_incidence_rate", "incidence_gap", "people_exited_change_on_year",
                "people_exited_change_on_year_rate", "poverty_incidence_change_on_year");
    }
}
