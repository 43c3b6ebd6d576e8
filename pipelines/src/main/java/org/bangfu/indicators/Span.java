package org.bangfu.indicators;

/** Which part of the year a flow's value covers; each span is a gold column of its own. */
public enum Span {
    YEAR_TO_DATE("本年累计", "year to date", "year_to_date", "ytd"),
    QUARTER("本季度", "in the quarter", "quarter", "quarter"),
    /** The whole year: the fourth quarter's year-to-date figure, present only once Q4 is in. */
    FULL_YEAR("全年", "full year", "full_year", "full_year"),
    /** Since the first reported period: earlier years' last year-to-date figures plus this year's. */
    CUMULATIVE("累计（自首个报告期）", "cumulative since the first period", "cumulative", "cumulative");

    private final String chineseName;
    private final String englishName;
    private final String fieldSuffix;
    private final String goldSuffix;

    Span(String chineseName, String englishName, String fieldSuffix, String goldSuffix) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.fieldSuffix = fieldSuffix;
        this.goldSuffix = goldSuffix;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** Appended to an indicator code to name a published data field, e.g. {@code funds_direct_year_to_date}. */
    public String fieldSuffix() {
        return fieldSuffix;
    }

    /** Appended to a flow's gold column stem to name its gold column, e.g. {@code funds_direct_ytd}. */
    public String goldSuffix() {
        return goldSuffix;
    }
}
