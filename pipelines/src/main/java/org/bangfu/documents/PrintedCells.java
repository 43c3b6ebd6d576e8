package org.bangfu.documents;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How much room text takes in a workbook cell, so that the 统计报表 and 考核明细 print at a legible
 * size with wrapped text whole: column widths in Excel units (one digit of the default font; a
 * Chinese character counts two) and row heights in points.
 */
final class PrintedCells {

    /** The type of the documents' workbooks. */
    static final String BODY_FONT = "宋体";
    static final short BODY_POINTS = 10;
    /** One line of 10 pt text with its leading. */
    static final double LINE_POINTS = 13.5;
    /** Cell margins: a text of exactly the column's width would still wrap. */
    private static final int CELL_PADDING = 2;

    private PrintedCells() {
    }

    /**
     * Makes the workbook's default font the body type. Column widths are counted in the default
     * font's digits: left as Calibri, a program without it measures in its substitute, whose wider
     * digits widen every column and shrink every printed page.
     */
    static void useBodyTypeAsDefault(XSSFWorkbook workbook) {
        Font normal = workbook.getFontAt(0);
        normal.setFontName(BODY_FONT);
        normal.setFontHeightInPoints(BODY_POINTS);
    }

    /** Lines the text wraps to in a column of this width; each line break starts a line. */
    static int linesOf(String text, int columnWidth) {
        int usable = Math.max(1, columnWidth - CELL_PADDING);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (WordTemplate.displayWidth(line) + usable - 1) / usable);
        }
        return lines;
    }

    /** The height of a row of this many lines. */
    static float rowHeight(int lines) {
        return (float) (lines * LINE_POINTS + 4);
    }
}
