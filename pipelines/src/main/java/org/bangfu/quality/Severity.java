package org.bangfu.quality;

/** An error keeps the row out of silver (it goes to quarantine); a warning only flags it. */
public enum Severity {
    ERROR,
    WARNING
}
