/**
 * Ingestion: files in the inbox are landed by content hash (original bytes kept for ever), read
 * as grids of text (xlsx or csv in any Chinese encoding), matched to a form of the catalogue by
 * their 表号 or header signature, and appended to bronze as rows of raw text with their lineage
 * (file hash, sheet, row number, batch). Personal data is dropped here and never leaves.
 */
package org.bangfu.ingest;
