package org.bangfu.ingest;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param batchId the batch the new files were ingested in, empty when there were none
 * @param filesSeen files found in the inbox
 * @param filesIngested new files landed and read
 * @param filesAlreadyIngested files whose bytes had been ingested before (skipped)
 * @param filesRejected new files that could not be read as a known form (kept, with their reason)
 * @param rowsRead data rows appended to bronze
 * @param rejections one line per rejected file: name and reason
 */
public record IngestReport(
        String batchId,
        int filesSeen,
        int filesIngested,
        int filesAlreadyIngested,
        int filesRejected,
        long rowsRead,
        List<String> rejections) {

    public IngestReport {
        rejections = List.copyOf(rejections);
    }
}
