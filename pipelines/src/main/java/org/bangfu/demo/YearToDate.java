package org.bangfu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Year-to-date (本年累计) figures from a yearly total: each quarter reaches a rising share of it, so
 * the figures never fall within a year, and the first quarter already holds a fair part of the year
 * (at least one of a count that is not zero), so no quarter is ten times the one before. Both matter:
 * the pipeline warns about falls (P001) and tenfold jumps (P002), and natural data must not trip them.
 */
final class YearToDate {

    private YearToDate() {
    }

    /** Shares of the year reached by the end of Q1..Q4: rising, the last one whole. */
    static double[] risingShares(DemoRandom random) {
        return new double[] {random.uniform(0.15, 0.25), random.uniform(0.4, 0.5), random.uniform(0.65, 0.78), 1.0};
    }

    /**
     * The figure at the end of a quarter (1..4), rounded to the total's scale.
     *
     * @param total the whole year's figure, null when not reported
     */
    static BigDecimal at(BigDecimal total, double[] shares, int quarter) {
        if (total == null) {
            return null;
        }
        BigDecimal figure = BigDecimal.ZERO.setScale(total.scale());
        for (int reached = 1; reached <= quarter; reached++) {
            BigDecimal share = total.multiply(BigDecimal.valueOf(shares[reached - 1]))
                    .setScale(total.scale(), RoundingMode.HALF_UP);
            if (reached == 1 && total.signum() > 0 && share.signum() == 0) {
                // The smallest step of the figure's scale: 1 of a count, 0.01 of an amount.
                share = BigDecimal.ONE.movePointLeft(total.scale());
            }
            figure = figure.max(share.min(total));
        }
        return figure;
    }

    /** A whole-number total at a quarter. */
    static long at(long total, double[] shares, int quarter) {
        return at(BigDecimal.valueOf(total), shares, quarter).longValueExact();
    }
}
