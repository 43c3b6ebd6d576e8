package org.bangfu.quality;

import java.util.Map;

/**
 * What a check run found, over all files ingested so far.
 *
 * @param upToDate true when nothing had changed since the last check, so nothing was rewritten
 * @param files files in bronze
 * @param rowsRead data rows read from them
 * @param rowsAccepted rows that passed every error-level rule
 * @param rowsQuarantined rows kept in quarantine
 * @param filesRejected files rejected as a whole
 * @param warnings warnings raised on accepted rows
 * @param issuesByRule count of issues by rule code
 */
public record CheckReport(
        boolean upToDate,
        long files,
        long rowsRead,
        long rowsAccepted,
        long rowsQuarantined,
        long filesRejected,
        long warnings,
        Map<String, Long> issuesByRule) {

    public CheckReport {
        issuesByRule = Map.copyOf(issuesByRule);
    }
}
