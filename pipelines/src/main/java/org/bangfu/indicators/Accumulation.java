package org.bangfu.indicators;

/** How an indicator adds up over a year, which decides what its two {@link Span}s mean. */
public enum Accumulation {
    /**
     * Reported cumulatively for the year to date (本年累计); the quarter value is the increment
     * derived from consecutive year-to-date reports.
     */
    FLOW,
    /**
     * A count at the quarter's end (期末); it does not add up over quarters, so both spans read
     * the same value and renderers show it once.
     */
    STOCK
}
