package org.bangfu.demo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DemoGenerator#writeTo} wrote and what the pipeline should make of it: every file with
 * its form and number of data rows, and every planted mistake with the place a user would look for it.
 *
 * @param seed the seed the files were generated from
 * @param size the size of the demo province
 * @param files the files in the order they were written
 * @param mistakes the planted mistakes, resubmissions and duplicates
 */
public record DemoManifest(long seed, DemoSize size, List<WrittenFile> files, List<PlantedMistake> mistakes) {

    public DemoManifest {
        Objects.requireNonNull(size, "size");
        files = List.copyOf(files);
        mistakes = List.copyOf(mistakes);
    }

    /**
     * One file in the inbox.
     *
     * @param fileName the file name, Chinese as submitters name them
     * @param formCode the 表号 of its content, e.g. {@code BF-1}
     * @param format xlsx or one of the CSV encodings
     * @param sheetName the sheet holding the data, empty for CSV
     * @param dataRows rows of data: title, header, numbering, 合计 and blank rows are not counted, so
     *     rows read from the file must equal rows accepted plus rows quarantined
     * @param duplicateOf the file this one is a byte-identical copy of, empty for an original
     */
    public record WrittenFile(
            String fileName, String formCode, DemoFileFormat format, String sheetName, int dataRows, String duplicateOf) {

        public boolean isDuplicate() {
            return !duplicateOf.isEmpty();
        }
    }

    /**
     * A mistake planted in a file, located as a user sees it.
     *
     * @param kind what is wrong, and so what the pipeline should do
     * @param fileName the file holding it
     * @param sheetName the sheet, empty for CSV
     * @param rowNumber the 1-based row number Excel shows (CSV: the 1-based line number); 0 when
     *     the mistake is the whole file
     * @param fieldName the English field name of the cell, empty when the mistake is the whole row or file
     * @param description a short description in Chinese
     */
    public record PlantedMistake(
            MistakeKind kind, String fileName, String sheetName, int rowNumber, String fieldName, String description) {
    }

    public Optional<WrittenFile> file(String fileName) {
        return files.stream().filter(file -> file.fileName().equals(fileName)).findFirst();
    }

    public List<WrittenFile> filesOfForm(String formCode) {
        return files.stream().filter(file -> file.formCode().equals(formCode)).toList();
    }

    /** Rows of data the file holds, as a reader should count them. */
    public int expectedDataRows(String fileName) {
        return file(fileName).orElseThrow(() -> new IllegalArgumentException("no demo file " + fileName)).dataRows();
    }

    public List<PlantedMistake> mistakesOfKind(MistakeKind kind) {
        return mistakes.stream().filter(mistake -> mistake.kind() == kind).toList();
    }

    public List<PlantedMistake> mistakesIn(String fileName) {
        return mistakes.stream().filter(mistake -> mistake.fileName().equals(fileName)).toList();
    }

    /** Rows of the file that checking should quarantine: one per row holding a planted error. */
    public long expectedQuarantinedRows(String fileName) {
        return mistakesIn(fileName).stream()
                .filter(mistake -> mistake.kind().expectedOutcome() == MistakeKind.ExpectedOutcome.ROW_QUARANTINED)
                .map(PlantedMistake::rowNumber)
                .distinct()
                .count();
    }

    /** A plain-text account for people: one line per file, then one per planted mistake. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("演示数据 seed=").append(seed).append(' ').append(size).append('\n');
        for (WrittenFile file : files) {
            text.append(file.formCode()).append('\t').append(file.dataRows()).append(" 行\t")
                    .append(file.format()).append('\t').append(file.fileName());
            if (file.isDuplicate()) {
                text.append("\t（与 ").append(file.duplicateOf()).append(" 完全相同）");
            }
            text.append('\n');
        }
        for (PlantedMistake mistake : mistakes) {
            text.append(mistake.kind()).append('\t').append(mistake.fileName());
            if (!mistake.sheetName().isEmpty()) {
                text.append(" [").append(mistake.sheetName()).append(']');
            }
            if (mistake.rowNumber() > 0) {
                text.append(" 第").append(mistake.rowNumber()).append("行");
            }
            if (!mistake.fieldName().isEmpty()) {
                text.append(' ').append(mistake.fieldName());
            }
            text.append('\t').append(mistake.description()).append('\n');
        }
        return text.toString();
    }
}
