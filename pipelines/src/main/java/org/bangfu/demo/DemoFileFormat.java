package org.bangfu.demo;

/** How a demo file is stored; the CSV variants are the ones Excel and WPS produce in China. */
public enum DemoFileFormat {
    XLSX,
    /** UTF-8 without a byte-order mark, as exported by most systems. */
    CSV_UTF8,
    /** UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" saves it. */
    CSV_UTF8_BOM,
    /** GBK, as Chinese Excel saves plain "CSV (逗号分隔)"; a subset of GB18030. */
    CSV_GBK;

    public boolean isCsv() {
        return this != XLSX;
    }

    public String extension() {
        return isCsv() ? ".csv" : ".xlsx";
    }
}
