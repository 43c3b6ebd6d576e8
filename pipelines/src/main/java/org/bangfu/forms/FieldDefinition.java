package org.bangfu.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * One column of a form.
 *
 * @param name the English field name, used as the column name from bronze onwards and accepted as a header
 * @param header the Chinese header text as FORMS.md prints it
 * @param aliases other header texts seen in real submissions
 * @param type how the text is read
 * @param required whether a blank cell is an error (blank otherwise means "not reported", never zero)
 * @param unit the unit the figure is reported in, empty when it has none
 * @param allowedValues for enumerations: canonical value by accepted spelling (the canonical values map to themselves)
 * @param timeBasis for figures, whether they are year to date, period end, year start or annual
 * @param pseudonymised whether the clear text is replaced at ingestion by a salted pseudonymous key
 *     (BF-4 household ID and ID number): the clear text never reaches bronze
 * @param plausibleRange for numbers, the values one row can plausibly hold (null for other fields)
 */
public record FieldDefinition(
        String name,
        String header,
        List<String> aliases,
        FieldType type,
        boolean required,
        String unit,
        Map<String, String> allowedValues,
        TimeBasis timeBasis,
        boolean pseudonymised,
        PlausibleRange plausibleRange) {

    public FieldDefinition {
        aliases = List.copyOf(aliases);
        // Insertion order is the catalogue's order, which lists and messages keep.
        allowedValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(allowedValues));
    }

    public static FieldDefinition required(String name, String header, FieldType type) {
        return new FieldDefinition(name, header, List.of(), type, true, "", Map.of(), TimeBasis.NONE, false, null);
    }

    public static FieldDefinition optional(String name, String header, FieldType type) {
        return new FieldDefinition(name, header, List.of(), type, false, "", Map.of(), TimeBasis.NONE, false, null);
    }

    public FieldDefinition withAliases(String... moreAliases) {
        return new FieldDefinition(name, header, List.of(moreAliases), type, required, unit, allowedValues, timeBasis,
                pseudonymised, plausibleRange);
    }

    public FieldDefinition withUnit(String newUnit) {
        return new FieldDefinition(name, header, aliases, type, required, newUnit, allowedValues, timeBasis, pseudonymised, plausibleRange);
    }

    public FieldDefinition withAllowedValues(Map<String, String> values) {
        return new FieldDefinition(name, header, aliases, type, required, unit, values, timeBasis, pseudonymised, plausibleRange);
    }

    public FieldDefinition yearToDate() {
        return withTimeBasis(TimeBasis.YEAR_TO_DATE);
    }

    public FieldDefinition periodEnd() {
        return withTimeBasis(TimeBasis.PERIOD_END);
    }

    public FieldDefinition yearStart() {
        return withTimeBasis(TimeBasis.YEAR_START);
    }

    public FieldDefinition annual() {
        return withTimeBasis(TimeBasis.ANNUAL);
    }

    public FieldDefinition withTimeBasis(TimeBasis basis) {
        return new FieldDefinition(name, header, aliases, type, required, unit, allowedValues, basis, pseudonymised, plausibleRange);
    }

    /** Marks the field as replaced by a salted pseudonymous key when it is read. */
    public FieldDefinition pseudonymisedAtIngestion() {
        return new FieldDefinition(name, header, aliases, type, required, unit, allowedValues, timeBasis, true, plausibleRange);
    }

    /** The plausible values of one row's figure, e.g. {@code withRange(0, 5_000)} projects. */
    public FieldDefinition withRange(long lowest, long highest) {
        return new FieldDefinition(name, header, aliases, type, required, unit, allowedValues, timeBasis, pseudonymised,
                PlausibleRange.of(lowest, highest));
    }

    public java.util.Optional<PlausibleRange> range() {
        return java.util.Optional.ofNullable(plausibleRange);
    }

    /** Whether the field is a reported figure (a count or an amount) rather than a code or a label. */
    public boolean isFigure() {
        return timeBasis != TimeBasis.NONE;
    }

    /** The 状态/备注 column of a periodic form: read into bronze, never stored in silver. */
    public boolean isRowStatus() {
        return name.equals(FormCatalogue.ROW_STATUS);
    }

    /** Personal data that is dropped after validation (names, phone numbers). */
    public boolean isPersonal() {
        return type == FieldType.PERSONAL;
    }

    /** The canonical value for an accepted spelling of an enumeration, if it is one. */
    public Optional<String> canonicalValue(String text) {
        return Optional.ofNullable(allowedValues.get(text));
    }

    /** Whether a header cell names this field: the Chinese header, an alias or the English name. */
    public boolean matchesHeader(String normalizedHeader) {
        if (normalizedHeader.equalsIgnoreCase(name) || normalizedCatalogueText(header).equals(normalizedHeader)) {
            return true;
        }
        for (String alias : aliases) {
            if (normalizedCatalogueText(alias).equals(normalizedHeader)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Headers and aliases come from the catalogue, a fixed few hundred texts: normalised once each,
     * not once for every cell a header search compares (a profile of ingest showed that regex work
     * among its top frames).
     */
    private static String normalizedCatalogueText(String catalogueText) {
        return NORMALIZED_CATALOGUE_TEXT.computeIfAbsent(catalogueText, FieldDefinition::normalize);
    }

    private static final ConcurrentMap<String, String> NORMALIZED_CATALOGUE_TEXT =
            new ConcurrentHashMap<>();
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000]+");

    /**
     * Header text as compared: no white space, full-width brackets and colons folded to ASCII, so
     * that "直接投入帮扶资金 (万元)" and "直接投入帮扶资金（万元）" are the same header.
     */
    public static String normalize(String headerText) {
        if (headerText == null) {
            return "";
        }
        return headerText
                .replace('（', '(')
                .replace('）', ')')
                .replace('：', ':')
                .transform(text -> WHITE_SPACE.matcher(text).replaceAll(""))
                .trim();
    }
}
