package org.bangfu.publish;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * Which gold.reconciliation_differences rows are differences: the home page's quality card counts
 * them and the data-quality page lists them, with this one condition, so the two give the same count.
 */
final class ReconciliationDifference {

    /** How the data-quality page names the rows of the download that make the whole list. */
    static final String CHINESE_FILTER = "两数是否一致（agrees）为false（各报告期）";
    static final String ENGLISH_FILTER = "the rows with agrees false (all periods)";

    private ReconciliationDifference() {
    }

    /**
     * Rows whose two figures were compared and differ ({@code agrees} false). The model
     * ({@code quality.Reconciliation}) compares a pair only when figure A was reported and counts a
     * missing figure B as 0, so it never writes a null; a null would mean the pair could not be
     * compared, which is not a difference. Read as text, so a table written with text agrees reads too.
     */
    static Column differs() {
        return functions.col("agrees").cast("string").eqNullSafe("false");
    }
}
