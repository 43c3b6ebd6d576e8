package org.bangfu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded randomness. Each part of the province draws from its own stream, derived from the seed and
 * a purpose, so adding a column to one file does not reshuffle the names in another.
 * {@link Random} is used because its algorithm is fixed by its specification: the same seed gives
 * the same numbers on every JVM.
 */
final class DemoRandom {

    private final Random random;

    private DemoRandom(long seed) {
        this.random = new Random(seed);
    }

    static DemoRandom forPurpose(long seed, String purpose) {
        return new DemoRandom(seed * 0x9E3779B97F4A7C15L + purpose.hashCode());
    }

    /** A whole number from minimum to maximum, both included. */
    int between(int minimum, int maximum) {
        if (maximum < minimum) {
            throw new IllegalArgumentException(minimum + " > " + maximum);
        }
        return minimum + random.nextInt(maximum - minimum + 1);
    }

    double uniform(double minimum, double maximum) {
        return minimum + random.nextDouble() * (maximum - minimum);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A factor around 1 with the long right tail real budgets have. */
    double logNormal(double sigma) {
        // StrictMath, not Math: Math may differ by an ulp between platforms, and then so would the files.
        return StrictMath.exp(random.nextGaussian() * sigma - sigma * sigma / 2);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    <T> List<T> shuffled(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        for (int index = copy.size() - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            T swap = copy.get(index);
            copy.set(index, copy.get(other));
            copy.set(other, swap);
        }
        return copy;
    }

    /** A weighted choice; weights need not add up to one. */
    <T> T pickWeighted(List<T> values, List<Double> weights) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double target = random.nextDouble() * total;
        for (int index = 0; index < values.size(); index++) {
            target -= weights.get(index);
            if (target < 0) {
                return values.get(index);
            }
        }
        return values.get(values.size() - 1);
    }

    static BigDecimal amount(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
