package org.bangfu.scorecard;

/** A rule's result for one unit and year. Missing figures are never a pass and never a zero. */
public enum RuleResult {
    MET("达标", "met"),
    NOT_MET("未达标", "not met"),
    /** A figure it needs was not reported (or a year-to-date figure still falls short before Q4). */
    NOT_ASSESSABLE("无法评价", "not assessable");

    private final String chinese;
    private final String english;

    RuleResult(String chinese, String english) {
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
