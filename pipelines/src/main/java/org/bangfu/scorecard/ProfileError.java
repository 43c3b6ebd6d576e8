package org.bangfu.scorecard;

/** The ways a province profile can be wrong, each with a stable code that appears in its message. */
public enum ProfileError {
    FILE_NOT_FOUND("PROFILE-001"),
    NOT_VALID_JSON("PROFILE-002"),
    KEY_MISSING("PROFILE-003"),
    VALUE_INVALID("PROFILE-004"),
    KEY_UNKNOWN("PROFILE-005"),
    INCLUDES_CYCLE("PROFILE-006"),
    RULE_CODE_DUPLICATED("PROFILE-007");

    private final String code;

    ProfileError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
