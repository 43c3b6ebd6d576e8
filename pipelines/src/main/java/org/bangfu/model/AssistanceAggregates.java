package org.bangfu.model;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * BF-1 figures aggregated to county × quarter and province × quarter. Pure: Datasets in, a
 * Dataset out, nothing read or written.
 *
 * <p>BF-1 flows are year to date. The quarter increment of a unit in a county is its year-to-date
 * figure minus the one it reported for the previous quarter of the same year (the first quarter's
 * increment is its year-to-date figure); when that previous quarter was not reported, the
 * increment is unknown (null) rather than guessed. Aggregates add what was reported: a null stays
 * null when nobody reported the figure, never zero.
 */
public final class AssistanceAggregates {

    /** Gold measure name and its BF-1 source: a field, or the sum of several where any was reported. */
    public static final List<Measure> MEASURES = List.of(
            new Measure("funds_direct", List.of("funds_direct")),
            new Measure("funds_coordinated", List.of("funds_coordinated")),
            new Measure("projects", List.of("projects")),
            new Measure("people_trained", List.of("trained_cadres", "trained_technicians")),
            new Measure("jobs_transferred", List.of("jobs_transferred")));

    /** A gold measure computed from one or more BF-1 fields. */
    public record Measure(String name, List<String> sourceFields) {

        public Measure {
            sourceFields = List.copyOf(sourceFields);
        }

        Column yearToDate() {
            Column total = null;
            Column anyReported = lit(false);
            for (String field : sourceFields) {
                Column value = coalesce(col(field), lit(0));
                total = total == null ? value : total.plus(value);
                anyReported = anyReported.or(col(field).isNotNull());
            }
            return when(anyReported, total);
        }
    }

    private AssistanceAggregates() {
    }

    /**
     * One row per unit, county and quarter with each measure's year-to-date figure
     * ({@code <measure>_ytd}) and quarter increment ({@code <measure>_quarter}).
     *
     * @param unitAssistance silver BF-1: unit_code, county_code, period, year, quarter and the BF-1 fields
     */
    public static Dataset<Row> withQuarterIncrements(Dataset<Row> unitAssistance) {
        WindowSpec earlierQuarters = Window.partitionBy(col("unit_code"), col("county_code"), col("year"))
                .orderBy(col("quarter"));
        List<Column> columns = new ArrayList<>(List.of(col("unit_code"), col("county_code"), col("period"),
                col("year"), col("quarter")));
        Column previousQuarter = lag(col("quarter"), 1).over(earlierQuarters);
        Column previousIsAdjacent = previousQuarter.equalTo(col("quarter").minus(1));
        for (Measure measure : MEASURES) {
            Column yearToDate = measure.yearToDate();
            Column previous = lag(yearToDate, 1).over(earlierQuarters);
            columns.add(yearToDate.as(measure.name() + "_ytd"));
            columns.add(when(col("quarter").equalTo(1), yearToDate)
                    .when(previousIsAdjacent, yearToDate.minus(previous))
                    .as(measure.name() + "_quarter"));
        }
        return unitAssistance.select(columns.toArray(Column[]::new));
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
        Dataset<Row> periods = unitIncrements.select("period", "year", "quarter").distinct();
        Dataset<Row> reported = unitIncrements.groupBy("county_code", "period")
                .agg(reportedUnits(), measureSums());
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
     * Counties rolled up to a larger area. Unit counts are distinct units of the area, not sums of
     * the counties' counts; a prefecture row names itself as its prefecture.
     */
    private static Dataset<Row> rollup(AreaLevel level, Dataset<Row> unitIncrements, Dataset<Row> counties,
            Dataset<Row> pairings) {
        String areaCode = level == AreaLevel.PREFECTURE ? "prefecture_code" : "province_code";
        String areaName = level == AreaLevel.PREFECTURE ? "prefecture_name" : "province_name";
        Dataset<Row> countyArea = counties.select(col("county_code"), col(areaCode).as("area_code"),
                col(areaName).as("area_name"), col("province_code"), col("province_name"));
        Dataset<Row> periods = unitIncrements.select("period", "year", "quarter").distinct();
        Dataset<Row> reported = unitIncrements.join(countyArea, "county_code")
                .groupBy("area_code", "period")
                .agg(reportedUnits(), measureSums());
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

    private static Dataset<Row> activePairings(Dataset<Row> pairings, Dataset<Row> periods) {
        Column quarterEnd = expr("last_day(make_date(year, quarter * 3, 1))");
        return pairings.crossJoin(periods)
                .filter(col("start_date").leq(quarterEnd)
                        .and(col("end_date").isNull().or(col("end_date").geq(quarterEnd))))
                .select("unit_code", "county_code", "period");
    }

    private static Column reportedUnits() {
        return countDistinct("unit_code").as("assisting_units");
    }

    private static Column[] measureSums() {
        List<Column> sums = new ArrayList<>();
        for (Measure measure : MEASURES) {
            sums.add(sum(col(measure.name() + "_ytd")).as(measure.name() + "_ytd"));
            sums.add(sum(col(measure.name() + "_quarter")).as(measure.name() + "_quarter"));
        }
        return sums.toArray(Column[]::new);
    }

    private static Column[] goldColumns() {
        List<Column> columns = new ArrayList<>(List.of(col("level"), col("area_code"), col("area_name"),
                col("prefecture_code"), col("prefecture_name"), col("poverty_type"), col("province_code"),
                col("province_name"), col("period"), col("year"), col("quarter"),
                coalesce(col("assisting_units"), lit(0L)).as("assisting_units"),
                coalesce(col("paired_units"), lit(0L)).as("paired_units")));
        for (Measure measure : MEASURES) {
            columns.add(col(measure.name() + "_ytd"));
            columns.add(col(measure.name() + "_quarter"));
        }
        return columns.toArray(Column[]::new);
    }
}
