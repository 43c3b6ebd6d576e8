package org.bangfu.indicators;

/** Whether a rise of the indicator is good news; rankings order by it. */
public enum Direction {
    HIGHER_IS_BETTER("越高越好", "higher is better"),
    LOWER_IS_BETTER("越低越好", "lower is better"),
    /** Context figures (e.g. people at the start of the year) that are not judged. */
    NEUTRAL("不评价高低", "not judged");

    private final String chineseName;
    private final String englishName;

    Direction(String chineseName, String englishName) {
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
