package org.bangfu.feedback;

import java.nio.file.Path;

/**
 * What a feedback run did.
 *
 * @param directory the feedback folder
 * @param workbooks feedback workbooks the snapshot calls for
 * @param written of those, the ones new or changed on disk (a re-run with nothing new writes none)
 * @param removed workbooks of an earlier run whose problems are gone, deleted
 * @param errors problems that kept rows or files out
 * @param warnings problems about accepted rows
 * @param snapshot the table versions the workbooks were written from
 */
public record FeedbackResult(Path directory, int workbooks, int written, int removed, long errors, long warnings, String snapshot) {
}
