package org.bangfu.model;

/**
 * What a model run did.
 *
 * @param upToDate true when silver had not changed since the last run, so gold was not rewritten
 * @param countyQuarterRows rows of gold.county_quarter
 * @param provinceQuarterRows rows of gold.province_quarter
 * @param countyQuarterVersion the version of gold.county_quarter now current
 * @param latestRun the newest complete model run, the one {@code publish} publishes
 */
public record ModelReport(boolean upToDate, long countyQuarterRows, long provinceQuarterRows,
        TableVersion countyQuarterVersion, java.util.Optional<ModelRun> latestRun) {
}
