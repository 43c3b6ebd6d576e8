package org.bangfu.quality;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FieldType;
import org.bangfu.forms.Quarter;
import org.bangfu.forms.UnifiedCreditCode;

/**
 * Reads the text of one cell as its field's type, tolerating what real submitters type
 * (full-width digits, thousands separators, stray spaces, 2019年6月30日) and rejecting the rest
 * with the rule that explains it.
 */
public final class CellParser {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("(\\d{5})(?:\\.0+)?");
    /** Excel's day 0 (its 1900 leap-year bug included): serial 43651 is 2019-07-05. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serials of 1990-01-01 and 2099-12-31: a five-digit number outside them is no date of this programme. */
    private static final long FIRST_PLAUSIBLE_SERIAL = 32_874;
    private static final long LAST_PLAUSIBLE_SERIAL = 73_050;
    private static final int PSEUDONYM_LENGTH = 64;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、;；,，/]");
    private static final String MARKER = "!";
    /** The xlsx reader's mark of a formula saved without its value, followed by the formula. */
    private static final String FORMULA_MARKER = MARKER + Rule.FORMULA_WITHOUT_VALUE.code() + " ";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern GROUPED_THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    /** Decimal places of an amount in silver ({@code SilverSchema.AMOUNT}, decimal(18,4)). */
    static final int AMOUNT_SCALE = 4;
    /** Digits of an amount in silver: 18, of which 4 after the point. */
    static final int AMOUNT_PRECISION = 18;
    static final BigDecimal LARGEST_AMOUNT = BigDecimal.TEN.pow(AMOUNT_PRECISION - AMOUNT_SCALE)
            .subtract(BigDecimal.ONE.movePointLeft(AMOUNT_SCALE));
    /** Counts are longs in silver. */
    static final BigDecimal LARGEST_COUNT = BigDecimal.valueOf(Long.MAX_VALUE);

    /** Shown instead of a personal value that failed a check: the clear text never gets this far. */
    public static final String WITHHELD = "（已隐去）";

    private final LocalDate today;

    /** @param today the date against which "period in the future" is judged */
    public CellParser(LocalDate today) {
        this.today = today;
    }

    public ParsedCell parse(FieldDefinition field, String rawText) {
        String text = clean(rawText);
        if (text.isEmpty()) {
            return field.required()
                    ? ParsedCell.failed(Rule.REQUIRED_VALUE_MISSING.about(field.name(), field.header(), ""))
                    : ParsedCell.blank();
        }
        if (text.indexOf('\uFFFD') >= 0) {
            return ParsedCell.failed(Rule.CELL_ENCODING_MIXED.about(field.name(), field.header(), text));
        }
        if (text.startsWith(FORMULA_MARKER)) {
            return ParsedCell.failed(Rule.FORMULA_WITHOUT_VALUE.about(field.name(), field.header(),
                    text.substring(FORMULA_MARKER.length()).strip()));
        }
        if (field.pseudonymised()) {
            return parsePseudonym(field, text);
        }
        // The reader masked an ID or mobile number here: in a figure or a code it is a mistake to
        // point out; in free text the masked text is kept.
        if (PersonalDataMask.isMasked(text) && field.type() != FieldType.TEXT) {
            return ParsedCell.failed(Rule.PERSONAL_DATA_IN_CELL.about(field.name(), field.header(), text,
                    expectedContent(field)));
        }
        return switch (field.type()) {
            // A pseudonymised field holds the key the reader derived; its clear text never got this far.
            case TEXT, PERSONAL, RESIDENT_ID_NUMBER -> ParsedCell.of(text);
            case INTEGER -> parseNumber(field, text, true);
            case DECIMAL -> parseNumber(field, text, false);
            case COUNTY_CODE, AREA_CODE -> parseDigits(field, text, 6, Rule.COUNTY_CODE_MALFORMED);
            case VILLAGE_CODE -> parseDigits(field, text, 12, Rule.VILLAGE_CODE_MALFORMED);
            case CREDIT_CODE -> parseCreditCode(field, text);
            case QUARTER -> parseQuarter(field, text);
            case YEAR -> parseYear(field, text);
            case DATE -> parseDate(field, text);
            case ENUMERATION, YES_NO -> parseEnumeration(field, text);
            case ENUMERATION_LIST -> parseEnumerationList(field, text);
        };
    }

    /**
     * A pseudonymised cell holds the key the reader derived (64 lower-case hex characters) or the
     * reader's marker of the rule the clear text broke ({@code !S015}, {@code !S016}). Anything
     * else could be clear text that escaped pseudonymisation: it is rejected and never shown.
     */
    private static ParsedCell parsePseudonym(FieldDefinition field, String text) {
        if (isPseudonym(text)) {
            return ParsedCell.of(text);
        }
        Rule rule = text.equals(MARKER + Rule.RESIDENT_ID_CHECK_FAILED.code())
                ? Rule.RESIDENT_ID_CHECK_FAILED
                : Rule.RESIDENT_ID_MALFORMED;
        return ParsedCell.failed(rule.about(field.name(), field.header(), WITHHELD));
    }

    /** 64 lower-case hex characters: checked on every household row, where a regular expression costs more. */
    private static boolean isPseudonym(String text) {
        if (text.length() != PSEUDONYM_LENGTH) {
            return false;
        }
        for (int index = 0; index < PSEUDONYM_LENGTH; index++) {
            char character = text.charAt(index);
            if (!(character >= '0' && character <= '9' || character >= 'a' && character <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** What the field holds, for messages: 数字（个） / a number (个), 日期, 6位代码 … */
    static String expectedContent(FieldDefinition field) {
        return switch (field.type()) {
            case INTEGER, DECIMAL -> field.unit().isEmpty() ? "数字 / a number" : "数字（" + field.unit() + "） / a number (" + field.unit() + ")";
            case COUNTY_CODE, AREA_CODE -> "6位区划代码 / a 6-digit division code";
            case VILLAGE_CODE -> "12位村代码 / a 12-digit village code";
            case CREDIT_CODE -> "18位统一社会信用代码 / an 18-character credit code";
            case QUARTER -> "报告期 / a quarter";
            case YEAR -> "年份 / a year";
            case DATE -> "日期 / a date";
            default -> "规定的内容 / what the form asks";
        };
    }

    /** Full-width forms to ASCII (１２３ → 123, ＡＢ → AB), no-break and ideographic spaces trimmed. */
    static String clean(String rawText) {
        if (rawText == null) {
            return "";
        }
        return Normalizer.normalize(rawText, Normalizer.Form.NFKC).strip();
    }

    /**
     * Read exactly, never through a double: the text is the number. Commas are thousands separators
     * only between groups of three digits (1,234.5); anything else (1.234,56) is ambiguous and an
     * error. Scientific notation is read exactly too (1E+3 is 1000, 1e-7 is 0.0000001, which then
     * has more decimals than an amount keeps). What the silver column cannot hold is an error,
     * never a blank.
     */
    private static ParsedCell parseNumber(FieldDefinition field, String text, boolean wholeNumber) {
        String compact = withoutUnit(field, text.replace(" ", ""));
        if (compact.indexOf(',') >= 0) {
            if (!GROUPED_THOUSANDS.matcher(compact).matches()) {
                return ParsedCell.failed(Rule.NUMBER_SEPARATORS_AMBIGUOUS.about(field.name(), field.header(), text));
            }
            compact = compact.replace(",", "");
        }
        if (!PLAIN_NUMBER.matcher(compact).matches()) {
            return ParsedCell.failed(Rule.NOT_A_NUMBER.about(field.name(), field.header(), text));
        }
        BigDecimal number;
        try {
            number = new BigDecimal(compact);
        } catch (NumberFormatException exponentTooLarge) {
            return ParsedCell.failed(Rule.NUMBER_TOO_LARGE.about(field.name(), field.header(), text,
                    (wholeNumber ? LARGEST_COUNT : LARGEST_AMOUNT).toPlainString()));
        }
        if (number.signum() < 0) {
            return ParsedCell.failed(Rule.NEGATIVE_VALUE.about(field.name(), field.header(), text));
        }
        BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (wholeNumber && stripped.scale() > 0) {
            return ParsedCell.failed(Rule.NOT_A_WHOLE_NUMBER.about(field.name(), field.header(), text));
        }
        BigDecimal largest = wholeNumber ? LARGEST_COUNT : LARGEST_AMOUNT;
        if (stripped.compareTo(largest) > 0) {
            return ParsedCell.failed(Rule.NUMBER_TOO_LARGE.about(field.name(), field.header(), text,
                    largest.toPlainString()));
        }
        if (!wholeNumber && stripped.scale() > AMOUNT_SCALE) {
            return ParsedCell.failed(Rule.TOO_MANY_DECIMALS.about(field.name(), field.header(), text,
                    String.valueOf(AMOUNT_SCALE)));
        }
        return ParsedCell.of(stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString());
    }

    /**
     * 12个, 35人, 8户, 3.5% in fields of that unit: the unit written after the figure (人 also for 人次).
     * Only the field's own unit: 12.5万 in a 万元 field stays an error.
     */
    private static String withoutUnit(FieldDefinition field, String text) {
        String unit = field.unit();
        if (!unit.isEmpty() && text.endsWith(unit) && text.length() > unit.length()) {
            return text.substring(0, text.length() - unit.length());
        }
        if (unit.equals("人次") && text.endsWith("人") && text.length() > 1) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static ParsedCell parseDigits(FieldDefinition field, String text, int length, Rule rule) {
        String compact = text.replace(" ", "");
        // Excel's exports of a code typed as a number: 530622.0, 5.30622E+5. Exactly that integer, or
        // S034 when the notation dropped digits (5.30622E+11 for a 12-digit village code).
        if (!DIGITS.matcher(compact).matches() && PLAIN_NUMBER.matcher(compact).matches()) {
            BigDecimal number = new BigDecimal(compact);
            boolean scientific = compact.indexOf('E') >= 0 || compact.indexOf('e') >= 0;
            String mantissa = scientific ? compact.substring(0, compact.toUpperCase().indexOf('E')) : compact;
            int writtenDigits = mantissa.replace(".", "").replaceFirst("^[+-]?0+", "").length();
            if (number.signum() > 0 && number.stripTrailingZeros().scale() <= 0) {
                String digits = number.toBigIntegerExact().toString();
                if (digits.length() == length && (!scientific || writtenDigits >= length)) {
                    return ParsedCell.of(digits);
                }
                if (digits.length() == length) {
                    return ParsedCell.failed(Rule.CODE_DIGITS_LOST.about(field.name(), field.header(), text,
                            String.valueOf(length)));
                }
            }
        }
        if (compact.length() != length || !DIGITS.matcher(compact).matches()) {
            return ParsedCell.failed(rule.about(field.name(), field.header(), text));
        }
        return ParsedCell.of(compact);
    }

    private static ParsedCell parseCreditCode(FieldDefinition field, String text) {
        String code = text.replace(" ", "").toUpperCase();
        if (!UnifiedCreditCode.isWellFormed(code)) {
            return ParsedCell.failed(Rule.CREDIT_CODE_MALFORMED.about(field.name(), field.header(), text));
        }
        if (!UnifiedCreditCode.hasValidCheckCharacter(code)) {
            String expected = String.valueOf(UnifiedCreditCode.checkCharacter(code.substring(0, 17)));
            return ParsedCell.failed(Rule.CREDIT_CODE_CHECK_FAILED.about(field.name(), field.header(), text, expected));
        }
        return ParsedCell.of(code);
    }

    private ParsedCell parseQuarter(FieldDefinition field, String text) {
        Optional<Quarter> quarter = Quarter.parse(text);
        if (quarter.isEmpty()) {
            return ParsedCell.failed(Rule.PERIOD_MALFORMED.about(field.name(), field.header(), text));
        }
        if (quarter.get().lastDay().isAfter(today)) {
            return ParsedCell.failed(Rule.PERIOD_IN_FUTURE.about(field.name(), field.header(), text));
        }
        return ParsedCell.of(quarter.get().toString());
    }

    private static ParsedCell parseYear(FieldDefinition field, String text) {
        Matcher year = YEAR.matcher(text);
        if (!year.matches()) {
            return ParsedCell.failed(Rule.YEAR_MALFORMED.about(field.name(), field.header(), text));
        }
        return ParsedCell.of(year.group(1));
    }

    private static ParsedCell parseDate(FieldDefinition field, String text) {
        Matcher serial = EXCEL_SERIAL.matcher(text);
        if (serial.matches()) {
            // An Excel date saved as its serial number (43651 = 2019-07-05), as CSV exports do.
            long days = Long.parseLong(serial.group(1));
            if (days >= FIRST_PLAUSIBLE_SERIAL && days <= LAST_PLAUSIBLE_SERIAL) {
                return ParsedCell.of(EXCEL_EPOCH.plusDays(days).toString());
            }
        }
        Matcher date = DATE.matcher(text);
        if (date.matches()) {
            try {
                return ParsedCell.of(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3))).toString());
            } catch (java.time.DateTimeException impossibleDate) {
                return ParsedCell.failed(Rule.DATE_MALFORMED.about(field.name(), field.header(), text));
            }
        }
        try {
            return ParsedCell.of(LocalDate.parse(text).toString());
        } catch (DateTimeParseException notADate) {
            return ParsedCell.failed(Rule.DATE_MALFORMED.about(field.name(), field.header(), text));
        }
    }

    /** 产业、就业;教育 → 产业、就业、教育, in the catalogue's order, each value once. */
    private static ParsedCell parseEnumerationList(FieldDefinition field, String text) {
        java.util.Set<String> values = new java.util.LinkedHashSet<>();
        for (String part : LIST_SEPARATOR.split(text)) {
            String item = part.replace(" ", "");
            if (item.isEmpty()) {
                continue;
            }
            ParsedCell parsed = parseEnumeration(field, item);
            if (parsed.issue() != null) {
                return parsed;
            }
            values.add(parsed.value());
        }
        List<String> ordered = field.allowedValues().values().stream().distinct().filter(values::contains).toList();
        return ordered.isEmpty() ? ParsedCell.blank() : ParsedCell.of(String.join("、", ordered));
    }

    private static ParsedCell parseEnumeration(FieldDefinition field, String text) {
        Optional<String> canonical = field.canonicalValue(text.replace(" ", ""));
        if (canonical.isPresent()) {
            return ParsedCell.of(canonical.get());
        }
        String allowed = String.join("、", new TreeSet<>(field.allowedValues().values()));
        return ParsedCell.failed(Rule.VALUE_NOT_ALLOWED.about(field.name(), field.header(), text, allowed));
    }
}
