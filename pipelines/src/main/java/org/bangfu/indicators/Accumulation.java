package org.bangfu.indicators;

/** How an indicator adds up over a year, which decides which {@link Span}s it has in gold. */
public enum Accumulation {
    /**
     * Reported cumulatively for the year to date (本年累计); gold holds it year to date, as the
     * quarter increment derived from consecutive year-to-date reports, for the full year and
     * cumulatively since the first period.
     */
    FLOW,
    /**
     * A count at a moment (期末 or 年初), or a ratio or a target; it does not add up over quarters,
     * so every span reads the same single gold column and renderers show it once.
     */
    STOCK
}
