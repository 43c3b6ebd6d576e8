package org.bangfu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One cell of a demo table, as its writer should store it: xlsx keeps types, CSV writes text. */
sealed interface Cell {

    /** Text as typed, kept verbatim, trailing spaces and full-width digits included. */
    record Text(String text) implements Cell {
    }

    /** A number stored as a number; {@code scale} is its decimal places (2 for 万元, 0 for counts). */
    record Figure(BigDecimal value, int scale) implements Cell {
    }

    /** A code typed into a General cell, which Excel turns into a number: 580121, not "580121". */
    record CodeAsNumber(String digits) implements Cell {
    }

    /** A date, a date cell in xlsx and formatted text in CSV. */
    record Day(LocalDate date) implements Cell {
    }

    /** Nothing reported. */
    record Blank() implements Cell {
    }

    static Cell text(String text) {
        return new Text(text);
    }

    static Cell blank() {
        return new Blank();
    }

    static Cell amount(BigDecimal value) {
        return value == null ? blank() : new Figure(value, 2);
    }

    static Cell count(BigDecimal value) {
        return value == null ? blank() : new Figure(value, 0);
    }

    static Cell year(Integer year) {
        return year == null ? blank() : new Figure(BigDecimal.valueOf(year), 0);
    }

    static Cell day(LocalDate date) {
        return date == null ? blank() : new Day(date);
    }
}
