package org.bangfu.model;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.TimeBasis;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.IndicatorCatalogue;
import org.bangfu.indicators.Span;
import org.bangfu.warehouse.WarehouseTable;

/**
 * BF-2 work teams and BF-3 county progress, with the ML-1 and ML-2 registers, per county,
 * prefecture and province × quarter: gold.area_progress_quarter. Pure: Datasets in, a Dataset out.
 *
 * <p>Counts and sums are formed per county and added up; rates (team coverage, members per team,
 * poverty incidence) are recomputed at every level from the summed numerator and denominator and
 * rounded 四舍五入 to the catalogue's precision, so a prefecture's rate is never an average of its
 * counties' rates. A county that did not submit adds nothing and is not a zero: each row carries
 * {@code counties_expected} (poor counties, 国定 and 省定) and {@code counties_reporting} (counties
 * with BF-3 for the quarter), and {@code villages_reporting} beside {@code poor_villages} for BF-2.
 * The denominator of incidence is the rural population of the reporting counties only.
 *
 * <p>BF-3 flows follow the method of BF-1 ({@link AssistanceAggregates}): a county that misses a
 * quarter after its first report of the year is counted in it with the last year to date it
 * reported that year (carried forward), so that at every level the quarters of a year add up to
 * its year to date. {@code carried_counties} says how many counties a row carried; their
 * quarter-end counts (stocks) are never carried, and they do not count as reporting.
 */
public final class AreaProgressAggregates {

    /** The province's team rule: 一村一队、一队三人 unless its profile says otherwise. */
    public static final int DEFAULT_MINIMUM_TEAM_MEMBERS = 3;

    private static final String YES = "是";
    private static final List<String> POOR_COUNTY_TYPES = List.of("国定", "省定");
    private static final String RATE_TYPE = "decimal(9,1)";

    private AreaProgressAggregates() {
    }

    /** BF-3 year-to-date flows; income per head is an estimate per person, not a figure to add up. */
    static List<String> progressFlows() {
        return FormCatalogue.get(FormCatalogue.COUNTY_PROGRESS).fields().stream()
                .filter(field -> field.timeBasis() == TimeBasis.YEAR_TO_DATE)
                .map(FieldDefinition::name)
                .filter(name -> !name.equals("income_per_capita"))
                .toList();
    }

    /** BF-3 counts at a moment: at the start of the year and at the quarter's end. */
    static List<String> progressStocks() {
        return FormCatalogue.get(FormCatalogue.COUNTY_PROGRESS).fields().stream()
                .filter(field -> field.timeBasis() == TimeBasis.YEAR_START || field.timeBasis() == TimeBasis.PERIOD_END)
                .map(FieldDefinition::name)
                .toList();
    }

    /**
     * @param countyProgress silver BF-3 (county_code, period, year, quarter and the BF-3 fields)
     * @param workTeams silver BF-2 (village_code, period, year, quarter, members …)
     * @param counties silver ML-1 (county, prefecture and province codes and names, poverty_type,
     *     exit_year, rural_population)
     * @param villages silver ML-2 (village_code, poor_village)
     * @param minimumTeamMembers the province's smallest acceptable team, e.g. 3
     */
    public static Dataset<Row> areaProgressQuarter(Dataset<Row> countyProgress, Dataset<Row> workTeams,
            Dataset<Row> counties, Dataset<Row> villages, int minimumTeamMembers) {
        Dataset<Row> countyFacts = countyFacts(countyProgress, workTeams, counties, villages, minimumTeamMembers);
        // Each county row counts once for itself, its prefecture and its province: one pass, one aggregation.
        Column areas = explode(array(area(AreaLevel.COUNTY), area(AreaLevel.PREFECTURE), area(AreaLevel.PROVINCE)));
        List<Column> grouping = new ArrayList<>();
        for (String field : List.of("level", "area_code", "area_name", "prefecture_code", "prefecture_name",
                "poverty_type")) {
            grouping.add(col("area__." + field).as(field));
        }
        for (String field : List.of("province_code", "province_name", "period", "year", "quarter")) {
            grouping.add(col(field));
        }
        List<Column> sums = new ArrayList<>();
        for (String column : additiveColumns()) {
            sums.add(sum(col(column)).as(column));
        }
        Dataset<Row> summed = countyFacts.withColumn("area__", areas)
                .groupBy(grouping.toArray(Column[]::new))
                .agg(sums.get(0), sums.subList(1, sums.size()).toArray(Column[]::new));
        return withRates(summed).select(goldColumns());
    }

    /** Who a county row stands for at a level: the county itself, its prefecture or its province. */
    private static Column area(AreaLevel level) {
        return switch (level) {
            case COUNTY -> struct(lit(level.name()).as("level"), col("county_code").as("area_code"),
                    col("county_name").as("area_name"), col("prefecture_code"), col("prefecture_name"),
                    col("poverty_type"));
            case PREFECTURE -> struct(lit(level.name()).as("level"), col("prefecture_code").as("area_code"),
                    col("prefecture_name").as("area_name"), col("prefecture_code"), col("prefecture_name"),
                    lit("").as("poverty_type"));
            case PROVINCE -> struct(lit(level.name()).as("level"), col("province_code").as("area_code"),
                    col("province_name").as("area_name"), lit("").as("prefecture_code"), lit("").as("prefecture_name"),
                    lit("").as("poverty_type"));
            case NATION -> struct(lit(level.name()).as("level"), lit(AreaHierarchy.NATION_CODE).as("area_code"),
                    lit(AreaHierarchy.NATION_NAME).as("area_name"), lit("").as("prefecture_code"),
                    lit("").as("prefecture_name"), lit("").as("poverty_type"));
        };
    }

    /** One row per county of the register and quarter with anything reported, every figure additive. */
    private static Dataset<Row> countyFacts(Dataset<Row> countyProgress, Dataset<Row> workTeams,
            Dataset<Row> counties, Dataset<Row> villages, int minimumTeamMembers) {
        List<Column> reported = new ArrayList<>(List.of(col("county_code"), col("period"), col("year"), col("quarter"),
                lit(1L).as("counties_reporting")));
        for (String flow : progressFlows()) {
            reported.add(col(flow).as(flow + "_ytd"));
        }
        for (String stock : progressStocks()) {
            reported.add(col(stock));
        }
        Dataset<Row> progress = YearToDate.deriveCarryingForward(countyProgress.select(reported.toArray(Column[]::new)),
                        List.of("county_code"), progressFlows())
                .withColumn("carried_counties", when(col(YearToDate.CARRIED), lit(1L)).otherwise(lit(0L)))
                .drop("year", "quarter", YearToDate.CARRIED);

        Dataset<Row> poorVillages = villages.filter(col("poor_village").equalTo(YES))
                .select(col("village_code"), lit(true).as("is_poor"));
        Column poor = coalesce(col("is_poor"), lit(false));
        Column withTeam = col("members").geq(1);
        Dataset<Row> teams = workTeams
                .withColumn("county_code", substring(col("village_code"), 1, 6))
                .join(poorVillages, new String[] {"village_code"}, "left")
                .groupBy("county_code", "period")
                .agg(countDistinct(when(poor, col("village_code"))).as("villages_reporting"),
                        countDistinct(when(poor.and(withTeam), col("village_code"))).as("villages_with_team"),
                        countDistinct(when(poor.and(col("members").geq(minimumTeamMembers)), col("village_code")))
                                .as("villages_meeting_team_rule"),
                        count(when(withTeam, lit(1))).as("work_teams"),
                        sum(col("members")).as("work_team_members"));
        Dataset<Row> poorVillagesPerCounty = poorVillages
                .groupBy(substring(col("village_code"), 1, 6).as("county_code"))
                .agg(count(lit(1)).as("poor_villages"));

        Dataset<Row> periods = AssistanceAggregates.periodsOf(countyProgress)
                .union(AssistanceAggregates.periodsOf(workTeams)).distinct();
        Column isPoorCounty = col("poverty_type").isin(POOR_COUNTY_TYPES.toArray());
        Column reportedProgress = col("counties_reporting").isNotNull();
        return counties.crossJoin(periods)
                .join(progress, new String[] {"county_code", "period"}, "left")
                .join(teams, new String[] {"county_code", "period"}, "left")
                .join(poorVillagesPerCounty, new String[] {"county_code"}, "left")
                .withColumn("rural_population", when(reportedProgress, col("rural_population").cast(DataTypes.LongType)))
                .withColumn("counties_expected", when(isPoorCounty, lit(1L)).otherwise(lit(0L)))
                .withColumn("counties_reporting", coalesce(col("counties_reporting"), lit(0L)))
                .withColumn("carried_counties", coalesce(col("carried_counties"), lit(0L)))
                .withColumn("villages_reporting", coalesce(col("villages_reporting"), lit(0L)))
                .withColumn("poor_villages", coalesce(col("poor_villages"), lit(0L)))
                .withColumn("counties_exited", when(isPoorCounty.and(col("exit_year").equalTo(col("year"))), lit(1L))
                        .otherwise(lit(0L)));
    }

    /** Every column added up from counties to larger areas. */
    private static List<String> additiveColumns() {
        List<String> columns = new ArrayList<>(List.of("counties_expected", "counties_reporting", "carried_counties",
                "villages_reporting",
                "poor_villages", "villages_with_team", "work_teams", "work_team_members", "villages_meeting_team_rule",
                "counties_exited", "rural_population"));
        columns.addAll(progressStocks());
        for (String flow : progressFlows()) {
            for (Span span : Span.values()) {
                columns.add(flow + "_" + span.goldSuffix());
            }
        }
        return columns;
    }

    private static Dataset<Row> withRates(Dataset<Row> summed) {
        Dataset<Row> rates = summed
                .withColumn("team_coverage", rate("team_coverage", col("villages_with_team").multiply(100),
                        col("poor_villages")))
                .withColumn("members_per_team", rate("members_per_team", col("work_team_members"), col("work_teams")))
                .withColumn("poverty_incidence", rate("poverty_incidence", col("poor_people_end").multiply(100),
                        col("rural_population")))
                .withColumn("poverty_incidence_start", rate("poverty_incidence_start",
                        col("poor_people_start").multiply(100), col("rural_population")));
        // The difference of the two published one-decimal rates, so that a text quoting all three adds up.
        return rates.withColumn("poverty_incidence_change",
                col("poverty_incidence").minus(col("poverty_incidence_start")).cast(RATE_TYPE));
    }

    /** numerator ÷ denominator rounded 四舍五入 (Spark's round is HALF_UP) to the indicator's precision. */
    static Column rate(String indicatorCode, Column numerator, Column denominator) {
        int precision = IndicatorCatalogue.byCode(indicatorCode).precision();
        Column exact = numerator.cast("decimal(30,4)").divide(denominator.cast("decimal(30,4)"));
        return when(denominator.gt(0).and(numerator.isNotNull()), round(exact, precision)).cast(RATE_TYPE);
    }

    private static Column[] goldColumns() {
        List<Column> columns = new ArrayList<>(GoldColumns.areaAndPeriod());
        columns.add(GoldColumns.named(col("counties_expected"), "counties_expected",
                "应报送BF-3的贫困县数（国定、省定）", "poor counties (国定, 省定) expected to submit BF-3"));
        columns.add(GoldColumns.named(col("counties_reporting"), "counties_reporting",
                "本季度已报送BF-3的县数", "counties that submitted BF-3 for the quarter"));
        columns.add(GoldColumns.named(col("carried_counties"), "carried_counties",
                "未报本季BF-3、沿用其本年上次累计数的县数",
                "counties whose last BF-3 year to date was carried into this quarter they did not report"));
        columns.add(GoldColumns.named(col("villages_reporting"), "villages_reporting",
                "本季度已报送BF-2的贫困村数（应报数即建档立卡贫困村数）",
                "poor villages with a BF-2 roster for the quarter (expected: registered poor villages)"));
        for (Indicator indicator : IndicatorCatalogue.readFrom(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER)) {
            if (indicator.accumulation() == org.bangfu.indicators.Accumulation.FLOW) {
                for (Span span : Span.values()) {
                    columns.add(GoldColumns.indicator(col(indicator.goldColumn(span)), indicator.code(), span));
                }
            } else {
                columns.add(GoldColumns.indicator(col(indicator.goldColumn()), indicator.code()));
            }
        }
        return columns.toArray(Column[]::new);
    }
}
