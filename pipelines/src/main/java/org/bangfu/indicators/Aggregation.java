package org.bangfu.indicators;

/**
 * How an indicator's value for a larger group is formed from its inputs. A ratio is never the
 * mean of the parts' ratios: it is recomputed from the summed numerator and denominator.
 */
public enum Aggregation {
    SUM("求和", "sum"),
    DISTINCT_COUNT("不重复计数", "distinct count"),
    COUNT("计数", "count of rows"),
    RATIO_OF_SUMS("分子分母分别求和后相除", "ratio of sums"),
    DIFFERENCE("两期之差", "difference between two periods"),
    MEDIAN("中位数", "median"),
    MEAN("平均数", "mean");

    private final String chineseName;
    private final String englishName;

    Aggregation(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
