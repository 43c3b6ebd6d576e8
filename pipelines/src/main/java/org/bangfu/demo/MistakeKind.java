package org.bangfu.demo;

/**
 * The mistakes and events the generator plants, each with the rule code (FORMS.md, {@code quality.Rule})
 * the pipeline should report it under and what FORMS.md says the pipeline must do about it.
 */
public enum MistakeKind {
    /** A unit code whose GB 32100 check character is wrong. */
    INVALID_CHECK_CHARACTER("S008", ExpectedOutcome.ROW_QUARANTINED),
    /** A county code that is well formed but not in ML-1. */
    UNKNOWN_COUNTY("R001", ExpectedOutcome.ROW_QUARANTINED),
    /** Text such as 约50 in a numeric cell. */
    TEXT_IN_NUMERIC_CELL("S002", ExpectedOutcome.ROW_QUARANTINED),
    /** An amount below zero. */
    NEGATIVE_AMOUNT("S004", ExpectedOutcome.ROW_QUARANTINED),
    /** A reporting period that has not happened yet. */
    FUTURE_PERIOD("S010", ExpectedOutcome.ROW_QUARANTINED),
    /** 其中：产业帮扶资金 greater than direct plus coordinated funds. */
    INDUSTRY_FUNDS_EXCEED_TOTAL("I001", ExpectedOutcome.ROW_QUARANTINED),
    /** A BF-1 row for a unit and county that ML-4 does not pair. */
    UNPAIRED_UNIT_AND_COUNTY("R004", ExpectedOutcome.ROW_ACCEPTED_WITH_WARNING),
    /** A BF-4 resident ID number that is not 18 characters of the GB 11643 layout. */
    RESIDENT_ID_MALFORMED("S015", ExpectedOutcome.ROW_QUARANTINED),
    /** A BF-4 resident ID number whose MOD 11-2 check character is wrong. */
    RESIDENT_ID_CHECK_FAILED("S016", ExpectedOutcome.ROW_QUARANTINED),
    /** A figure outside its possible range: a BF-4 household of 23 people. */
    VALUE_OUT_OF_RANGE("S017", ExpectedOutcome.ROW_QUARANTINED),
    /** A BF-2 annual assessment filled in outside the fourth quarter. */
    ASSESSMENT_OUTSIDE_Q4("S018", ExpectedOutcome.ROW_QUARANTINED),
    /** A BF-5 area code that is neither the province nor one of its prefectures or counties. */
    UNKNOWN_AREA("R006", ExpectedOutcome.ROW_QUARANTINED),
    /** A BF-2 roster row for a village that ML-2 does not register as poor. */
    VILLAGE_NOT_POOR("R007", ExpectedOutcome.ROW_ACCEPTED_WITH_WARNING),
    /** BF-3 poor_people_end ≠ start + newly identified + returned − exited. */
    POVERTY_IDENTITY_BROKEN("I002", ExpectedOutcome.ROW_QUARANTINED),
    /** BF-3 villages exited greater than the county's poor villages in ML-2. */
    VILLAGES_EXITED_EXCEED_POOR("I003", ExpectedOutcome.ROW_QUARANTINED),
    /** BF-2 province + prefecture + county + township members ≠ members. */
    TEAM_SPLIT_MISMATCH("I004", ExpectedOutcome.ROW_QUARANTINED),
    /** BF-2 leader days in the village more than the days of the quarter (91 in a quarter of 90). */
    DAYS_EXCEED_QUARTER("I005", ExpectedOutcome.ROW_QUARANTINED),
    /** A BF-4 household that exited before it was identified. */
    EXIT_BEFORE_IDENTIFIED("I006", ExpectedOutcome.ROW_QUARANTINED),
    /** A BF-1 year-to-date figure lower than the previous quarter's (疑似错报). */
    YEAR_TO_DATE_FELL("P001", ExpectedOutcome.ROW_ACCEPTED_WITH_WARNING),
    /** A BF-1 figure more than ten times its previous quarter's (请核实). */
    JUMP_OVER_TENFOLD("P002", ExpectedOutcome.ROW_ACCEPTED_WITH_WARNING),
    /** A figure fifty times its own (so about fifty times its peers'): 元 typed for 万元, a slipped digit (请核实, P003). */
    OUTLIER_AMONG_PEERS("P003", ExpectedOutcome.ROW_ACCEPTED_WITH_WARNING),
    /** A BF-2 roster whose members differ from the team members its sending unit reports in BF-1. */
    TEAM_MEMBERS_DIFFER("X001", ExpectedOutcome.RECONCILIATION_DIFFERENCE),
    /** A county whose BF-3 people exited for a year differ from the people of its BF-4 households exiting that year. */
    EXITS_DIFFER("X002", ExpectedOutcome.RECONCILIATION_DIFFERENCE),
    /** HTML or a formula typed into a name: stored and shown as the text it is, never run. */
    MARKUP_IN_NAME("", ExpectedOutcome.ROW_ACCEPTED),
    /** The same bytes under a second file name. */
    DUPLICATE_FILE("", ExpectedOutcome.FILE_CHANGES_NOTHING),
    /** A cell changed by a later corrected submission (更正) of the same form, unit and period. */
    CORRECTED_RESUBMISSION("", ExpectedOutcome.LATER_SUBMISSION_WINS),
    /** A row of the first submission that the corrected resubmission leaves out. */
    WITHDRAWN_BY_RESUBMISSION("", ExpectedOutcome.ROW_WITHDRAWN),
    /** A file received after its deadline (period end + 10 days); every submission in it is late. */
    SUBMITTED_LATE("L001", ExpectedOutcome.SUBMISSION_LATE);

    /** What ingestion and checking should make of a planted mistake. */
    public enum ExpectedOutcome {
        /** An error: the row goes to quarantine with the reason. */
        ROW_QUARANTINED,
        /** A warning: the row is accepted and flagged. */
        ROW_ACCEPTED_WITH_WARNING,
        /** Nothing wrong to report: the row is accepted as it is. */
        ROW_ACCEPTED,
        /** Two sources disagree: a row in the reconciliation table, both rows accepted. */
        RECONCILIATION_DIFFERENCE,
        /** Re-ingesting byte-identical content adds no rows. */
        FILE_CHANGES_NOTHING,
        /** The corrected figure replaces the earlier one; the earlier one stays in the history. */
        LATER_SUBMISSION_WINS,
        /** The key is no longer current in silver; it stays in the history. */
        ROW_WITHDRAWN,
        /** The file's submissions are accepted and marked late. */
        SUBMISSION_LATE
    }

    private final String ruleCode;
    private final ExpectedOutcome expectedOutcome;

    MistakeKind(String ruleCode, ExpectedOutcome expectedOutcome) {
        this.ruleCode = ruleCode;
        this.expectedOutcome = expectedOutcome;
    }

    /** The rule code the pipeline reports it under, empty where no rule fires. */
    public String ruleCode() {
        return ruleCode;
    }

    public ExpectedOutcome expectedOutcome() {
        return expectedOutcome;
    }
}
