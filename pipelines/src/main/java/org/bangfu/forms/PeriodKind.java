package org.bangfu.forms;

/** What the reporting period of a form is, and so how its figures add up over time. */
public enum PeriodKind {
    /** A register: no period, replaced as a whole when reissued. */
    NONE,
    /** Quarterly; flows are cumulative for the year to date, stocks are as at quarter end. */
    QUARTERLY_YEAR_TO_DATE,
    /** Annual. */
    ANNUAL
}
