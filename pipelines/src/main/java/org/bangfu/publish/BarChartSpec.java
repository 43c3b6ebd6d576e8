package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one bar chart shows, with every text already labelled from the indicator catalogue.
 *
 * @param chineseTitle the title, in Chinese
 * @param englishTitle the subtitle, in English
 * @param valueAxisLabel the unit axis label, e.g. "万元 CNY 10,000"
 * @param categories the bar groups, e.g. quarters or prefectures, in display order
 * @param series one bar per category each, e.g. direct and coordinated funds
 * @param horizontal whether bars run across (long category names read better so)
 */
record BarChartSpec(
        String chineseTitle,
        String englishTitle,
        String valueAxisLabel,
        List<String> categories,
        List<Series> series,
        boolean horizontal) {

    BarChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series oneSeries : series) {
            if (oneSeries.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + oneSeries.name() + " has " + oneSeries.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /**
     * One series; a null value is a figure not reported and draws no bar (never a zero bar).
     */
    record Series(String name, List<BigDecimal> values) {

        Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }
}
