package org.bangfu.documents;

/**
 * A document title as GB/T 9704 wants it printed: on one line when it fits, else broken between
 * words, the lines as even as the wording allows, never a lone character on the last line. The
 * wording marks where a title may break with {@value #BREAK}; the title in the document properties
 * is the same text without the marks.
 *
 * @param text the title on one line, for properties and lists
 * @param printed the title as printed, with a line break ("\n") where a long one breaks
 */
public record DocumentTitle(String text, String printed) {

    /** Where the wording allows a title to break. */
    public static final String BREAK = "|";
    /** The text width (15.6 cm) in characters of the 22 pt title type: 442 pt ÷ 22 pt. */
    static final int CHARACTERS_PER_LINE = 20;

    /** The title filled from the wording, broken at the mark that makes its two lines most even when it is too long for one. */
    public static DocumentTitle of(String marked) {
        String text = marked.replace(BREAK, "");
        // Display width counts a Chinese character as two and a digit as one; a line holds twice its characters.
        if (WordTemplate.displayWidth(text) <= 2 * CHARACTERS_PER_LINE || !marked.contains(BREAK)) {
            return new DocumentTitle(text, text);
        }
        int best = -1;
        int bestDifference = Integer.MAX_VALUE;
        int at = marked.indexOf(BREAK);
        while (at >= 0) {
            String before = marked.substring(0, at).replace(BREAK, "");
            String after = marked.substring(at + BREAK.length()).replace(BREAK, "");
            int difference = Math.abs(WordTemplate.displayWidth(before) - WordTemplate.displayWidth(after));
            if (difference < bestDifference) {
                best = at;
                bestDifference = difference;
            }
            at = marked.indexOf(BREAK, at + BREAK.length());
        }
        String printed = marked.substring(0, best).replace(BREAK, "") + "\n" + marked.substring(best + BREAK.length()).replace(BREAK, "");
        return new DocumentTitle(text, printed);
    }
}
