/**
 * Ingestion: files in the inbox are landed by content hash (original bytes kept for ever), then
 * read as streams of rows (xlsx through POI's package reader and a StAX pull parser, csv in any
 * Chinese encoding) on the Spark executors from their landing path, matched to a form of the
 * catalogue by their 表号 or header signature, and appended to bronze as rows of raw text with
 * their lineage (file hash, sheet, row number, batch). A file that cannot be read at all (empty,
 * too large, wrong type, damaged, a zip bomb, an XML external entity) is recorded as unreadable
 * with its F-code and the run goes on. Personal data is dropped here and never leaves; BF-4's
 * household and ID numbers leave only as salted pseudonymous keys.
 */
package org.bangfu.ingest;
