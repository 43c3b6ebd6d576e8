package org.bangfu.publish;

import java.nio.file.Path;

/**
 * Where a publish run put its main outputs.
 *
 * @param indexPage the site's home page
 * @param briefing the Word briefing for the latest quarter; null when there are no BF-1 figures of one
 *     province to brief (only registers have come in, or several provinces)
 * @param countyQuarterCsv the county × quarter download; null without BF-1 figures
 * @param filesWritten how many files the run wrote into the site directory (pages, charts,
 *     downloads, briefing, assets; not counting its own list of written files)
 */
public record PublishedOutputs(Path indexPage, Path briefing, Path countyQuarterCsv, int filesWritten) {

    PublishedOutputs withFilesWritten(int count) {
        return new PublishedOutputs(indexPage, briefing, countyQuarterCsv, count);
    }
}
