package org.bangfu.ingest;

/** A file that cannot be read as a spreadsheet at all; the reason is safe to show the submitter. */
public final class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public UnreadableFileException(String reason) {
        super(reason);
    }
}
