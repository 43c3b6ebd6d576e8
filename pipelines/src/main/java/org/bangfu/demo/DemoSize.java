package org.bangfu.demo;

/**
 * How big a demo province is. {@link #standard()} is the size statisticians try the system with;
 * {@link #scaled(double)} gives smaller sets for tests and larger ones for benchmarks.
 *
 * @param prefectures 市州, 2 to 90 (the county code scheme leaves two digits for them)
 * @param counties 县（市、区）, at least 3 per prefecture (a seat district and two poor counties to pair with)
 *     and at most 79 per prefecture
 * @param villages 行政村, at least 5 per county
 * @param units assisting units of all levels, at least {@value #MINIMUM_UNITS} so every level and category appears,
 *     and at least one per county so every poor county can have a lead unit
 * @param households registered poor households (建档立卡贫困户) of the province by the end of 2019; each
 *     appears once in the BF-4 snapshot of every year from the one it was identified in, so BF-4
 *     holds a little under twice as many rows
 */
public record DemoSize(int prefectures, int counties, int villages, int units, int households) {

    static final int MINIMUM_PREFECTURES = 2;
    static final int MAXIMUM_PREFECTURES = 90;
    static final int MINIMUM_COUNTIES_PER_PREFECTURE = 3;
    static final int MAXIMUM_COUNTIES_PER_PREFECTURE = 79;
    static final int MINIMUM_VILLAGES_PER_COUNTY = 5;
    static final int MINIMUM_UNITS = 30;
    static final int MINIMUM_HOUSEHOLDS_PER_COUNTY = 10;

    public DemoSize {
        if (prefectures < MINIMUM_PREFECTURES || prefectures > MAXIMUM_PREFECTURES) {
            throw new IllegalArgumentException("a demo province has " + MINIMUM_PREFECTURES + " to "
                    + MAXIMUM_PREFECTURES + " prefectures, not " + prefectures);
        }
        if (counties < prefectures * MINIMUM_COUNTIES_PER_PREFECTURE
                || counties > prefectures * MAXIMUM_COUNTIES_PER_PREFECTURE) {
            throw new IllegalArgumentException(prefectures + " prefectures need " + MINIMUM_COUNTIES_PER_PREFECTURE
                    + " to " + MAXIMUM_COUNTIES_PER_PREFECTURE + " counties each, not " + counties + " in all");
        }
        if (villages < counties * MINIMUM_VILLAGES_PER_COUNTY) {
            throw new IllegalArgumentException(counties + " counties need at least "
                    + MINIMUM_VILLAGES_PER_COUNTY + " villages each, not " + villages + " in all");
        }
        if (units < MINIMUM_UNITS) {
            throw new IllegalArgumentException("at least " + MINIMUM_UNITS
                    + " units are needed for every level and category to appear, not " + units);
        }
        if (units < counties) {
            throw new IllegalArgumentException("every poor county needs a lead unit: at least " + counties
                    + " units for " + counties + " counties, not " + units);
        }
        if (households < counties * MINIMUM_HOUSEHOLDS_PER_COUNTY) {
            throw new IllegalArgumentException(counties + " counties need at least " + MINIMUM_HOUSEHOLDS_PER_COUNTY
                    + " poor households each, not " + households + " in all");
        }
    }

    /** The four area and unit dimensions alone: households at the standard number per village. */
    public DemoSize(int prefectures, int counties, int villages, int units) {
        this(prefectures, counties, villages, units, Math.max(counties * MINIMUM_HOUSEHOLDS_PER_COUNTY,
                (int) Math.round((double) villages * STANDARD_HOUSEHOLDS / STANDARD_VILLAGES)));
    }

    private static final int STANDARD_VILLAGES = 2_000;
    private static final int STANDARD_HOUSEHOLDS = 6_000;

    /**
     * One province: 8 prefectures, 40 counties, 2,000 villages, 300 assisting units and 6,000 poor
     * households (about 12,000 BF-4 rows over 2018 and 2019), small enough for a demo run of minutes.
     */
    public static DemoSize standard() {
        return new DemoSize(8, 40, STANDARD_VILLAGES, 300, STANDARD_HOUSEHOLDS);
    }

    /**
     * A province at real scale, Yunnan's order of magnitude: 16 prefectures, 129 counties, 14,000
     * villages, 17,000 assisting units and 820,000 registered poor households, so that BF-4 for
     * 2018 and 2019 together holds about 1.6 million rows. For benchmarks.
     */
    public static DemoSize province() {
        return new DemoSize(16, 129, 14_000, 17_000, 820_000);
    }

    /**
     * The standard size multiplied by a factor, each dimension kept within its limits, so
     * {@code scaled(0.01)} is the smallest sensible province and {@code scaled(10)} a benchmark.
     */
    public static DemoSize scaled(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("the factor must be a positive number, not " + factor);
        }
        DemoSize standard = standard();
        int prefectures = clamp(Math.round(standard.prefectures * factor), MINIMUM_PREFECTURES, MAXIMUM_PREFECTURES);
        int counties = clamp(Math.round(standard.counties * factor),
                prefectures * MINIMUM_COUNTIES_PER_PREFECTURE, prefectures * MAXIMUM_COUNTIES_PER_PREFECTURE);
        int villages = clamp(Math.round(standard.villages * factor),
                counties * MINIMUM_VILLAGES_PER_COUNTY, Integer.MAX_VALUE);
        int units = clamp(Math.round(standard.units * factor), Math.max(MINIMUM_UNITS, counties), Integer.MAX_VALUE);
        int households = clamp(Math.round(standard.households * factor), counties * MINIMUM_HOUSEHOLDS_PER_COUNTY,
                Integer.MAX_VALUE);
        return new DemoSize(prefectures, counties, villages, units, households);
    }

    private static int clamp(long value, int minimum, int maximum) {
        return (int) Math.max(minimum, Math.min(maximum, value));
    }
}
