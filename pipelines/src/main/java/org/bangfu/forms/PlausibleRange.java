package org.bangfu.forms;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The values a figure can plausibly take for one row of its form (S017 beyond): chosen from the
 * programme's own figures (DOMAIN.md) with room to spare, so that real reports pass and a typing
 * error of a few extra digits, a wrong unit or an ID number in a count does not.
 *
 * @param lowest the smallest plausible value
 * @param highest the largest plausible value
 */
public record PlausibleRange(BigDecimal lowest, BigDecimal highest) implements Serializable {

    public PlausibleRange {
        if (lowest.compareTo(highest) > 0) {
            throw new IllegalArgumentException("a range runs from its lowest to its highest value");
        }
    }

    public static PlausibleRange of(long lowest, long highest) {
        return new PlausibleRange(BigDecimal.valueOf(lowest), BigDecimal.valueOf(highest));
    }

    public boolean contains(BigDecimal value) {
        return value.compareTo(lowest) >= 0 && value.compareTo(highest) <= 0;
    }

    /** E.g. {@code 1～20}. */
    public String describe() {
        return lowest.toPlainString() + "～" + highest.toPlainString();
    }
}
