package org.bangfu.forms;

/** What the reporting period of a form is, and so how its figures add up over time. */
public enum PeriodKind {
    /** A register: no period, replaced as a whole when reissued. */
    NONE,
    /** Quarterly; each figure's {@link TimeBasis} says whether it is year to date or at quarter end. */
    QUARTERLY,
    /** Annual. */
    ANNUAL
}
