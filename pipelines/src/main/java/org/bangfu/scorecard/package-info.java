/**
 * The unit scorecard (issue 4): programme rules as configuration per province profile, each
 * unit × year's result for every applicable rule with its evidence, and the bundled verdict
 * (三捆绑).
 *
 * <p>Profiles are JSON files, {@code profiles/<code>.json}, with {@code profiles/provinces.json}
 * saying which profile each province uses; the copies on the class path are the defaults and a
 * directory named by the environment variable {@code BANGFU_PROFILES} replaces them
 * ({@link org.bangfu.scorecard.ProfileCatalogue}). A rule names one {@link
 * org.bangfu.scorecard.RuleMeasure} (which figures it reads, coded here once) and the thresholds,
 * unit levels and bundling the profile gives it. {@link org.bangfu.scorecard.UnitScorecard} is the
 * pure transform, silver Datasets in and gold Datasets out; {@link
 * org.bangfu.scorecard.ScorecardJob} reads and writes through {@code org.bangfu.warehouse}.
 */
package org.bangfu.scorecard;
