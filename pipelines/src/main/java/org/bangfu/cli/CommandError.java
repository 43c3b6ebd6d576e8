package org.bangfu.cli;

/** The coded failures of the workbench commands; the code starts every message so users can look it up. */
enum CommandError {
    /** A statement that is not a query: bangfu sql only reads. */
    SQL_NOT_A_QUERY("SQL-001", BangfuCommand.EXIT_BAD_INPUT),
    /** A statement Spark cannot parse. */
    SQL_SYNTAX("SQL-002", BangfuCommand.EXIT_BAD_INPUT),
    /** A query that parses but names a table, column or function that is not there. */
    SQL_ANALYSIS("SQL-003", BangfuCommand.EXIT_BAD_INPUT),
    /** An output format that needs a file (xlsx) was asked for on the terminal. */
    SQL_OUTPUT("SQL-004", BangfuCommand.EXIT_USAGE),
    /** A configuration file with a key bangfu does not know. */
    CONFIG_UNKNOWN_KEY("CONFIG-001", BangfuCommand.EXIT_USAGE),
    /** A configuration file that cannot be read or whose value has the wrong type. */
    CONFIG_UNREADABLE("CONFIG-002", BangfuCommand.EXIT_USAGE);

    private final String code;
    private final int exitCode;

    CommandError(String code, int exitCode) {
        this.code = code;
        this.exitCode = exitCode;
    }

    String code() {
        return code;
    }

    /** The failure, its message starting with the code, then Chinese, then English. */
    BangfuException failure(String chinese, String english) {
        return new BangfuException(exitCode, code + " " + chinese + " / " + english);
    }
}
