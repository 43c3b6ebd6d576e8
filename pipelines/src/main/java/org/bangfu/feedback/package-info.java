/**
 * Feedback to submitters: for each form, submitter and period with problems, one Excel workbook in
 * Chinese (English beside it) listing every quarantined row, whole-file rejection and warning with
 * its cell reference, rule and how to fix it, so that a unit or county can correct and resubmit.
 * Reads a pinned snapshot of the check results through {@code org.bangfu.warehouse}; writes only
 * files below the feedback folder.
 */
package org.bangfu.feedback;
