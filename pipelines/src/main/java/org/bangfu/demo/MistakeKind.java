package org.bangfu.demo;

/** The mistakes the generator plants, each with what FORMS.md says the pipeline must do about it. */
public enum MistakeKind {
    /** A unit code whose GB 32100 check character is wrong. */
    INVALID_CHECK_CHARACTER(ExpectedOutcome.ROW_QUARANTINED),
    /** A county code that is well formed but not in ML-1. */
    UNKNOWN_COUNTY(ExpectedOutcome.ROW_QUARANTINED),
    /** Text such as 约50 in a numeric cell. */
    TEXT_IN_NUMERIC_CELL(ExpectedOutcome.ROW_QUARANTINED),
    /** An amount below zero. */
    NEGATIVE_AMOUNT(ExpectedOutcome.ROW_QUARANTINED),
    /** A reporting period that has not happened yet. */
    FUTURE_PERIOD(ExpectedOutcome.ROW_QUARANTINED),
    /** 其中：产业帮扶资金 greater than direct plus coordinated funds. */
    INDUSTRY_FUNDS_EXCEED_TOTAL(ExpectedOutcome.ROW_QUARANTINED),
    /** A BF-1 row for a unit and county that ML-4 does not pair. */
    UNPAIRED_UNIT_AND_COUNTY(ExpectedOutcome.ROW_ACCEPTED_WITH_WARNING),
    /** The same bytes under a second file name. */
    DUPLICATE_FILE(ExpectedOutcome.FILE_CHANGES_NOTHING),
    /** A cell changed by a later corrected submission (更正) of the same form, unit and period. */
    CORRECTED_RESUBMISSION(ExpectedOutcome.LATER_SUBMISSION_WINS);

    /** What ingestion and checking should make of a planted mistake. */
    public enum ExpectedOutcome {
        /** An error: the row goes to quarantine with the reason. */
        ROW_QUARANTINED,
        /** A warning: the row is accepted and flagged. */
        ROW_ACCEPTED_WITH_WARNING,
        /** Re-ingesting byte-identical content adds no rows. */
        FILE_CHANGES_NOTHING,
        /** The corrected figure replaces the earlier one; the earlier one stays in the history. */
        LATER_SUBMISSION_WINS
    }

    private final ExpectedOutcome expectedOutcome;

    MistakeKind(ExpectedOutcome expectedOutcome) {
        this.expectedOutcome = expectedOutcome;
    }

    public ExpectedOutcome expectedOutcome() {
        return expectedOutcome;
    }
}
