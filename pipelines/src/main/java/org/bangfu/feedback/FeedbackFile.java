package org.bangfu.feedback;

import java.time.LocalDateTime;

/**
 * One file behind a feedback workbook, with the counts a submitter can check against their own.
 *
 * @param fileName the file as it was named when submitted
 * @param receivedAt when it was received (its time in the inbox)
 * @param readable whether it could be read at all; an unreadable file was rejected as a whole
 * @param current whether it is the current revision of its submission (a later file replaces it otherwise)
 * @param rowsRead data rows read from it
 * @param rowsQuarantined rows not accepted because of an error
 * @param warnings warnings about its accepted rows
 */
public record FeedbackFile(String fileName, LocalDateTime receivedAt, boolean readable, boolean current,
        long rowsRead, long rowsQuarantined, long warnings) {

    public long rowsAccepted() {
        return Math.max(0, rowsRead - rowsQuarantined);
    }
}
