package org.bangfu.model;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.bangfu.indicators.Direction;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.IndicatorCatalogue;
import org.bangfu.indicators.Span;

/**
 * Counties ranked within their prefecture, within their province and, when the warehouse holds
 * more than one province, within the nation, 国定 and 省定 separately, on a few headline
 * indicators, per quarter: gold.county_rankings. Pure.
 *
 * <p>Ranking is standard competition ranking ("1224"): counties with the same value share the
 * better rank and the next rank is skipped, so a rank always says how many counties did better.
 * Rates are ranked on their published one-decimal value, so equal published figures tie. The order
 * follows the catalogue's direction (poverty incidence: lowest first). A county without the figure
 * (not reported) is not ranked and not counted in {@code group_size}.
 */
public final class CountyRankings {

    /** What is ranked and the gold column holding it. */
    public record RankedIndicator(String indicatorCode, Span span, boolean fromAssistance) {

        Indicator indicator() {
            return IndicatorCatalogue.byCode(indicatorCode);
        }

        String goldColumn() {
            return indicator().goldColumn(span);
        }
    }

    /** People exited so far this year, poverty incidence, and assistance funds so far this year. */
    public static final List<RankedIndicator> HEADLINES = List.of(
            new RankedIndicator("people_exited", Span.YEAR_TO_DATE, false),
            new RankedIndicator("poverty_incidence", Span.QUARTER, false),
            new RankedIndicator("funds_total", Span.YEAR_TO_DATE, true));

    /** The scopes a county is ranked in. */
    public enum Scope {
        PREFECTURE("prefecture_code"),
        PROVINCE("province_code"),
        /** All counties of the warehouse: only when a quarter's counties lie in more than one province. */
        NATION(null);

        private final String codeColumn;

        Scope(String codeColumn) {
            this.codeColumn = codeColumn;
        }

        private Column code() {
            return codeColumn == null ? lit(AreaHierarchy.NATION_CODE) : col(codeColumn);
        }
    }

    private static final List<String> RANKED_TYPES = List.of("国定", "省定");

    private CountyRankings() {
    }

    /**
     * @param areaProgress gold.area_progress_quarter
     * @param countyQuarter gold.county_quarter (BF-1 per county)
     */
    public static Dataset<Row> rank(Dataset<Row> areaProgress, Dataset<Row> countyQuarter) {
        // One plan for every headline and scope: each source's headlines are stacked into rows and each
        // row repeated per scope, so a window per (headline, scope) group ranks them all in one pass.
        Dataset<Row> values = null;
        for (boolean fromAssistance : new boolean[] {false, true}) {
            Dataset<Row> source = fromAssistance ? countyQuarter : areaProgress;
            List<Column> headlines = new java.util.ArrayList<>();
            for (RankedIndicator ranked : HEADLINES) {
                boolean fromThisSource = ranked.fromAssistance() == fromAssistance;
                // A gold table built before the column existed: that headline waits for the next model run.
                if (fromThisSource && java.util.Arrays.asList(source.columns()).contains(ranked.goldColumn())) {
                    headlines.add(struct(lit(HEADLINES.indexOf(ranked)).as("headline_index"),
                            lit(ranked.indicatorCode()).as("indicator_code"),
                            col(ranked.goldColumn()).isNotNull().as("reported"),
                            col(ranked.goldColumn()).cast("decimal(28,4)").as("value"),
                            lit(ranked.indicator().direction() == Direction.LOWER_IS_BETTER).as("lower_is_better")));
                }
            }
            if (headlines.isEmpty()) {
                continue;
            }
            Dataset<Row> stacked = source
                    .filter(col("level").equalTo(AreaLevel.COUNTY.name())
                            .and(col("poverty_type").isin(RANKED_TYPES.toArray())))
                    .select(col("period"), col("year"), col("quarter"), col("province_code"), col("prefecture_code"),
                            col("poverty_type"), col("area_code"), col("area_name"),
                            explode(array(headlines.toArray(Column[]::new))).as("headline"))
                    .select(col("*"), col("headline.*")).drop("headline")
                    .filter(col("reported"));
            values = values == null ? stacked : values.unionByName(stacked);
        }
        if (values == null) {
            return null;
        }
        List<Column> scopes = new java.util.ArrayList<>();
        for (Scope scope : Scope.values()) {
            scopes.add(struct(lit(scope.name()).as("scope"), scope.code().as("scope_code")));
        }
        // One province: a national ranking would repeat the province's, so it is not written.
        Dataset<Row> scoped = values
                .withColumn("provinces_in_period", size(collect_set(col("province_code"))
                        .over(Window.partitionBy(col("headline_index"), col("period")))))
                .withColumn("ranked_in", explode(array(scopes.toArray(Column[]::new))))
                .select(col("*"), col("ranked_in.*")).drop("ranked_in")
                .filter(col("scope").notEqual(Scope.NATION.name()).or(col("provinces_in_period").gt(1)));
        Column value = col("value");
        Column order = when(col("lower_is_better"), value).otherwise(value.unary_$minus()).asc();
        Column[] group = {col("headline_index"), col("scope"), col("period"), col("scope_code"), col("poverty_type")};
        WindowSpec ordered = Window.partitionBy(group).orderBy(order);
        WindowSpec whole = Window.partitionBy(group);
        return scoped
                .select(
                        GoldColumns.named(col("indicator_code"), "indicator_code", "排名所依据的指标代码（见指标目录）",
                                "code of the indicator ranked on (see the indicator catalogue)"),
                        GoldColumns.named(col("period"), "period", "报告期", "reporting quarter"),
                        GoldColumns.named(col("year"), "year", "年度", "year"),
                        GoldColumns.named(col("quarter"), "quarter", "季度", "quarter"),
                        GoldColumns.named(col("scope"), "scope",
                                "排名范围（PREFECTURE 市州内、PROVINCE 全省、NATION 全国，仅在数据含多个省时）",
                                "ranked within: PREFECTURE, PROVINCE or NATION (only when the warehouse holds several provinces)"),
                        GoldColumns.named(col("scope_code"), "scope_code", "排名范围的区划代码（全国为000000）",
                                "code of the prefecture, province or nation (000000)"),
                        GoldColumns.named(col("poverty_type"), "poverty_type", "贫困县类型（国定、省定分别排名）",
                                "poverty county type; 国定 and 省定 are ranked separately"),
                        GoldColumns.named(col("area_code"), "county_code", "县代码", "county code"),
                        GoldColumns.named(col("area_name"), "county_name", "县名称", "county name"),
                        GoldColumns.named(col("prefecture_code"), "prefecture_code", "所属市州代码", "prefecture code"),
                        GoldColumns.named(value, "value", "排名所依据的数值（比率为发布的一位小数）",
                                "the value ranked on (rates as published, one decimal)"),
                        GoldColumns.named(org.apache.spark.sql.functions.rank().over(ordered), "rank", "名次（并列同名次，其后名次顺延：1、2、2、4）",
                                "rank, standard competition: ties share a rank and the next is skipped (1, 2, 2, 4)"),
                        GoldColumns.named(count(lit(1)).over(whole), "group_size", "参与排名的县数",
                                "counties ranked in the group"));
    }
}
