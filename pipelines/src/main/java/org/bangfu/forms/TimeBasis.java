package org.bangfu.forms;

/**
 * How a reported figure relates to its period (FORMS.md, "Periods"). Aggregations and the
 * across-period checks read this instead of keeping their own lists of fields.
 */
public enum TimeBasis {
    /** Not a figure: codes, names, dates, enumerations. */
    NONE,
    /** A flow, cumulative for the year to date (本年累计): the Q3 report holds January to September. */
    YEAR_TO_DATE,
    /** A stock as at the end of the period (期末). */
    PERIOD_END,
    /** A stock as at 1 January of the report's year (年初). */
    YEAR_START,
    /** A figure for the whole year, reported once a year (annual forms and targets). */
    ANNUAL;

    /** Whether the figure adds up over the quarters of a year, so that a quarter increment exists. */
    public boolean isFlow() {
        return this == YEAR_TO_DATE;
    }
}
