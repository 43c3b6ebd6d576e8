package org.bangfu.publish;

/**
 * The CSV and XLSX downloads of one gold table, written together so that its rows are converted
 * once ({@link DataTable#ofGold}); tables are written side by side by {@link InOrder}.
 *
 * @param csv the CSV bytes
 * @param xlsx the XLSX bytes
 */
record GoldDownload(byte[] csv, byte[] xlsx) {
}
