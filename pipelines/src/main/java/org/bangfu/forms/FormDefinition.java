package org.bangfu.forms;

import java.util.List;
import java.util.Optional;

/**
 * A register or form of the reporting system.
 *
 * @param code the 表号, e.g. {@code BF-1}
 * @param titleChinese the official title
 * @param titleEnglish the English title
 * @param kind register or periodic form
 * @param periodKind how its figures relate to time
 * @param fields its columns, in the order of FORMS.md
 * @param keyFields the fields that identify one row; a later accepted row with the same key replaces an earlier one
 */
public record FormDefinition(
        String code,
        String titleChinese,
        String titleEnglish,
        FormKind kind,
        PeriodKind periodKind,
        List<FieldDefinition> fields,
        List<String> keyFields) {

    public FormDefinition {
        fields = List.copyOf(fields);
        keyFields = List.copyOf(keyFields);
        for (String key : keyFields) {
            if (fields.stream().noneMatch(field -> field.name().equals(key))) {
                throw new IllegalArgumentException(code + ": key field " + key + " is not a field");
            }
        }
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    public FieldDefinition requireField(String name) {
        return field(name).orElseThrow(() -> new IllegalArgumentException(code + " has no field " + name));
    }

    /** The field a header cell names, if any. */
    public Optional<FieldDefinition> fieldForHeader(String headerText) {
        String normalized = FieldDefinition.normalize(headerText);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return fields.stream().filter(field -> field.matchesHeader(normalized)).findFirst();
    }

    public List<FieldDefinition> requiredFields() {
        return fields.stream().filter(FieldDefinition::required).toList();
    }

    /** Fields that may be stored: everything but personal data and the row status that steers the check. */
    public List<FieldDefinition> storedFields() {
        return fields.stream().filter(field -> !field.isPersonal() && !field.isRowStatus()).toList();
    }

    /** The header line a blank form carries, as a submitter would see it. */
    public List<String> headers() {
        return fields.stream().map(FieldDefinition::header).toList();
    }
}
