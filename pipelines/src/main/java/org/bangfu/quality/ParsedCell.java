package org.bangfu.quality;

/**
 * The outcome of reading one cell: its value in canonical text form (e.g. {@code 2019Q2},
 * {@code 1234.5}, {@code 2019-06-30}), empty when the cell was blank, or the issue that stops it.
 */
public record ParsedCell(String value, Issue issue) {

    static ParsedCell blank() {
        return new ParsedCell("", null);
    }

    static ParsedCell of(String value) {
        return new ParsedCell(value, null);
    }

    static ParsedCell failed(Issue issue) {
        return new ParsedCell("", issue);
    }

    public boolean isBlank() {
        return issue == null && value.isEmpty();
    }

    public boolean failed() {
        return issue != null;
    }
}
