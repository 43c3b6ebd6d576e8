package org.bangfu.documents;

/**
 * Text bound for a spreadsheet cell that a reader may open in Excel, WPS or LibreOffice.
 *
 * <p>A CSV cell, or an XLSX cell later saved as CSV, that begins with {@code = + - @}, a tab or a
 * carriage return is read as a formula by spreadsheet programs ("CSV injection"): a county name
 * such as {@code =HYPERLINK(…)} submitted in a register would become live in every download. Such
 * text is prefixed with an apostrophe, which Excel shows as nothing and which keeps the cell text.
 * Numbers are never passed through here: a negative number is a number, not text.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text, made inert as a spreadsheet cell; {@code null} stays {@code null}. */
    public static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet program would evaluate this text if it stood alone in a cell. */
    public static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                // Full-width signs are turned into formulas by some spreadsheet programs as well.
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }
}
