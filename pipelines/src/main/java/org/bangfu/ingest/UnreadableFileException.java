package org.bangfu.ingest;

import org.bangfu.quality.Rule;

/**
 * A file that cannot be read as a form at all. The rule says which whole-file rejection it is
 * (empty, wrong type, corrupt, zip bomb …); the detail is safe to show the submitter and never
 * holds cell contents.
 */
public final class UnreadableFileException extends Exception {

    private final Rule rule;

    public UnreadableFileException(Rule rule, String detail, Throwable cause) {
        super(detail, cause);
        this.rule = rule;
    }

    public UnreadableFileException(Rule rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
