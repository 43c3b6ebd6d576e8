package org.bangfu.forms;

/** Registers are kept by the office; periodic forms are filled in by units and counties. */
public enum FormKind {
    REGISTER,
    PERIODIC_FORM
}
