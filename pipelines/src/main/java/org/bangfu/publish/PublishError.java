package org.bangfu.publish;

/** The ways a publish run can fail, each with a stable code that appears in its message. */
public enum PublishError {
    NO_CHINESE_FONT("PUBLISH-001"),
    TEMPLATES_NOT_FOUND("PUBLISH-002"),
    SITE_TEMPLATE_FAILED("PUBLISH-003"),
    BRIEFING_TEMPLATE_FAILED("PUBLISH-004"),
    SNAPSHOT_NOT_PUBLISHABLE("PUBLISH-005"),
    SITE_DIRECTORY_UNUSABLE("PUBLISH-006");

    private final String code;

    PublishError(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
