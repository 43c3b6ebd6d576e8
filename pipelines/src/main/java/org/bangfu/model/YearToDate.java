package org.bangfu.model;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.last;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.bangfu.indicators.Span;

/**
 * The spans of a year-to-date figure, derived per reporter (a unit in a county for BF-1, a county
 * for BF-3) from its own consecutive reports:
 * <ul>
 *   <li>quarter: this quarter's year to date less the previous quarter's of the same year; the first
 *       quarter's is its year to date; unknown (null) when the previous quarter was not reported;</li>
 *   <li>full year: the fourth quarter's year to date, null in other quarters;</li>
 *   <li>cumulative: this year to date plus, for every earlier year, the year to date of the last
 *       quarter reported in that year.</li>
 * </ul>
 * {@link #deriveCarryingForward} first fills a reporter's missed quarters with its last year to date,
 * so that the quarters of every sum of reporters add up to that sum's year to date.
 */
final class YearToDate {

    /** The boolean column {@link #deriveCarryingForward} adds: true on a row filled in for a missed quarter. */
    static final String CARRIED = "carried_forward";
    private static final String STOOD_FOR = "__stood_for";
    private static final String QUARTERS_OF_THE_YEAR = "__quarters_of_the_year";
    private static final String NEXT_REPORTED = "__next_reported";

    private static final String LAST_QUARTER = "last_quarter_of_year__";
    private static final String YEAR_END = "__year_end";

    private YearToDate() {
    }

    /**
     * @param rows one row per reporter and quarter: the key columns, year, quarter and for each stem
     *     a column {@code <stem>_ytd}; other columns are kept as they are
     * @param reporterKeys the columns that identify one reporter
     * @param stems the flows, each becoming {@code _ytd, _quarter, _full_year, _cumulative}, in that order
     */
    static Dataset<Row> derive(Dataset<Row> rows, List<String> reporterKeys, List<String> stems) {
        return derive(rows, reporterKeys, stems, YearToDate::quarterOfAdjacentReports);
    }

    /**
     * {@link #derive} with the quarter span given by {@code quarterRule}: (the stem's year-to-date
     * column, the window of the reporter's rows of the year in quarter order) → the quarter column.
     */
    private static Dataset<Row> derive(Dataset<Row> rows, List<String> reporterKeys, List<String> stems,
            BiFunction<Column, WindowSpec, Column> quarterRule) {
        Column[] keys = reporterKeys.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        List<Column> keysAndYear = new ArrayList<>(List.of(keys));
        keysAndYear.add(col("year"));
        WindowSpec sameYearInOrder = Window.partitionBy(keysAndYear.toArray(Column[]::new)).orderBy(col("quarter"));
        WindowSpec sameYear = Window.partitionBy(keysAndYear.toArray(Column[]::new));
        WindowSpec earlierYears = Window.partitionBy(keys).orderBy(col("year"))
                .rangeBetween(Window.unboundedPreceding(), -1);

        // One projection per phase, not one withColumn per stem: each withColumn re-analyses the whole
        // plan and adds a Window node, and with twenty stems planning alone took seconds per query.
        Dataset<Row> lastQuarterKnown = rows.withColumn(LAST_QUARTER, max(col("quarter")).over(sameYear));
        Map<String, Column> perYear = new LinkedHashMap<>();
        for (String stem : stems) {
            Column yearToDate = col(stem + "_ytd");
            perYear.put(stem + "_" + Span.QUARTER.goldSuffix(), quarterRule.apply(yearToDate, sameYearInOrder));
            perYear.put(stem + "_" + Span.FULL_YEAR.goldSuffix(), when(col("quarter").equalTo(4), yearToDate));
            perYear.put(stem + YEAR_END, when(col("quarter").equalTo(col(LAST_QUARTER)), yearToDate));
        }
        Dataset<Row> yearEndsKnown = lastQuarterKnown.withColumns(perYear);
        Map<String, Column> acrossYears = new LinkedHashMap<>();
        for (String stem : stems) {
            Column yearToDate = col(stem + "_ytd");
            acrossYears.put(stem + "_" + Span.CUMULATIVE.goldSuffix(), when(yearToDate.isNotNull(),
                    yearToDate.plus(coalesce(sum(col(stem + YEAR_END)).over(earlierYears), lit(0)))));
        }
        Dataset<Row> staged = yearEndsKnown.withColumns(acrossYears);
        List<Column> ordered = new ArrayList<>();
        for (String column : rows.columns()) {
            String stem = column.endsWith("_ytd") ? column.substring(0, column.length() - "_ytd".length()) : null;
            if (stem != null && stems.contains(stem)) {
                for (Span span : Span.values()) {
                    ordered.add(col(stem + "_" + span.goldSuffix()));
                }
            } else {
                ordered.add(col(column));
            }
        }
        return staged.select(ordered.toArray(Column[]::new));
    }

    /**
     * The spans with every reporter's missed quarters filled in, so that quarter figures add up to
     * the year to date for any set of reporters summed together (an area, a unit group):
     * <ul>
     *   <li>from the first quarter a reporter reports in a year to the last quarter anyone reports
     *       in that year, a quarter it did not report gets a row marked {@link #CARRIED}, whose year to
     *       date is the last one it reported that year (what it had given by then cannot have shrunk)
     *       and whose other columns are null; a flow left blank in a report is carried the same way;</li>
     *   <li>quarter: this year to date less the one of the reporter's previous row that year (its
     *       first row: the whole year to date, as nothing was reported before it);</li>
     *   <li>full year and cumulative as in {@link #derive}.</li>
     * </ul>
     * Summed over reporters, quarter 1 to q of an area then add up exactly to its year to date at q.
     */
    static Dataset<Row> deriveCarryingForward(Dataset<Row> rows, List<String> reporterKeys, List<String> stems) {
        List<Column> keysAndYear = new ArrayList<>();
        for (String key : reporterKeys) {
            keysAndYear.add(col(key));
        }
        keysAndYear.add(col("year"));
        WindowSpec sameYearInOrder = Window.partitionBy(keysAndYear.toArray(Column[]::new)).orderBy(col("quarter"));
        // Windows rather than joins with the year's quarters and each reporter's first quarter: each
        // join would read the rows again, and the rows are a Delta table (one scan instead of three).
        Map<String, Column> neighbours = new LinkedHashMap<>();
        neighbours.put(QUARTERS_OF_THE_YEAR, array_sort(collect_set(struct(col("quarter"), col("period")))
                .over(Window.partitionBy(col("year")))));
        neighbours.put(NEXT_REPORTED, lead(col("quarter"), 1).over(sameYearInOrder));
        // A report stands for its own quarter and for the quarters of the year that anyone reported
        // between it and the reporter's next report (after its last, up to the year's last).
        Column quartersStoodFor = filter(col(QUARTERS_OF_THE_YEAR), candidate -> {
            Column quarter = candidate.getField("quarter");
            return quarter.equalTo(col("quarter")).or(quarter.gt(col("quarter"))
                    .and(col(NEXT_REPORTED).isNull().or(quarter.lt(col(NEXT_REPORTED)))));
        });
        // A row without year or quarter has no place among the quarters, and none is filled in for it.
        Dataset<Row> standingFor = rows.filter(col("year").isNotNull().and(col("quarter").isNotNull()))
                .withColumns(neighbours)
                .withColumn(STOOD_FOR, explode(quartersStoodFor));
        Column ownQuarter = col(STOOD_FOR + ".quarter").equalTo(col("quarter"));
        List<Column> columns = new ArrayList<>();
        for (String column : rows.columns()) {
            if (column.equals("period") || column.equals("quarter")) {
                columns.add(col(STOOD_FOR + "." + column).as(column));
            } else if (reporterKeys.contains(column) || column.equals("year")) {
                columns.add(col(column));
            } else {
                columns.add(when(ownQuarter, col(column)).as(column));
            }
        }
        columns.add(not(ownQuarter).as(CARRIED));
        Dataset<Row> dense = standingFor.select(columns.toArray(Column[]::new));

        WindowSpec soFarThisYear = sameYearInOrder.rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        Map<String, Column> filledIn = new LinkedHashMap<>();
        for (String stem : stems) {
            filledIn.put(stem + "_ytd", last(col(stem + "_ytd"), true).over(soFarThisYear));
        }
        return derive(dense.withColumns(filledIn), reporterKeys, stems, YearToDate::quarterOfConsecutiveRows);
    }

    /** This year to date less the previous quarter's; the first quarter's is its year to date; unknown after a gap. */
    private static Column quarterOfAdjacentReports(Column yearToDate, WindowSpec sameYearInOrder) {
        Column previousIsAdjacent = lag(col("quarter"), 1).over(sameYearInOrder).equalTo(col("quarter").minus(1));
        return when(col("quarter").equalTo(1), yearToDate)
                .when(previousIsAdjacent, yearToDate.minus(lag(yearToDate, 1).over(sameYearInOrder)));
    }

    /** With missed quarters filled in, every row has its predecessor or none: this year to date less the previous row's. */
    private static Column quarterOfConsecutiveRows(Column yearToDate, WindowSpec sameYearInOrder) {
        return when(yearToDate.isNotNull(), yearToDate.minus(coalesce(lag(yearToDate, 1).over(sameYearInOrder), lit(0))));
    }
}
