package org.bangfu.ingest;

import java.io.Closeable;

/**
 * The non-blank rows of one sheet (or csv file), read one at a time so that a sheet of millions
 * of rows never sits in memory at once.
 */
interface GridRowStream extends Closeable {

    /** The sheet being read; empty for csv. */
    String sheetName();

    /** The next non-blank row, or null at the end of the sheet. */
    GridRow nextRow() throws UnreadableFileException;

    @Override
    void close();
}
