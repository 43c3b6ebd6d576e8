package org.bangfu.indicators;

/** Which part of the year a value covers. */
public enum Span {
    YEAR_TO_DATE("本年累计", "year to date", "year_to_date"),
    QUARTER("本季度", "in the quarter", "quarter");

    private final String chineseName;
    private final String englishName;
    private final String fieldSuffix;

    Span(String chineseName, String englishName, String fieldSuffix) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.fieldSuffix = fieldSuffix;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** Appended to an indicator code to name a data field, e.g. {@code funds_direct_year_to_date}. */
    public String fieldSuffix() {
        return fieldSuffix;
    }
}
