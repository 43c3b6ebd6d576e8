package org.bangfu.scorecard;

/** The bundled verdict (三捆绑) of a unit for a year. */
public enum Rating {
    EXCELLENT("优秀", "excellent"),
    GOOD("良好", "good"),
    FAIR("一般", "fair"),
    POOR("较差", "poor"),
    /** No bundled rule applies to the unit, or none of them could be assessed. */
    NOT_RATED("无法评定", "not rated");

    private final String chinese;
    private final String english;

    Rating(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }
}
