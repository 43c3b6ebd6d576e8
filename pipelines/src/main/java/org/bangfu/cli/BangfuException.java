package org.bangfu.cli;

/** A failure the user can act on, with the exit code that classifies it. */
final class BangfuException extends RuntimeException {

    private final int exitCode;

    BangfuException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
