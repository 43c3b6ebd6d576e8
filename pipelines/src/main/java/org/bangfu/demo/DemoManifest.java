package org.bangfu.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@link DemoGenerator#writeTo} wrote and what the pipeline should make of it: every file with
 * its form, period, submitters, submission time and number of data rows; every planted mistake with
 * the place a user would look for it and the rule code it should be reported under; the submissions
 * left out on purpose, the keys a resubmission withdraws and the differences reconciliation should find.
 *
 * @param seed the seed the files were generated from
 * @param size the size of the demo province
 * @param files the files in the order they were written
 * @param mistakes the planted mistakes, resubmissions, duplicates and late files
 * @param missingSubmissions submissions that completeness should report as missing
 * @param withdrawnKeys rows of an earlier submission that its corrected resubmission leaves out
 * @param reconciliationDifferences the differences between sources reconciliation should record
 */
public record DemoManifest(
        long seed,
        DemoSize size,
        List<WrittenFile> files,
        List<PlantedMistake> mistakes,
        List<Submission> missingSubmissions,
        List<WithdrawnKey> withdrawnKeys,
        List<ReconciliationDifference> reconciliationDifferences) {

    /** Days after the end of the period a submission is due, the pipeline's default (FORMS.md contract). */
    public static final int DEADLINE_DAYS = 10;
    /** The time zone of the submitters: file times are China Standard Time. */
    public static final ZoneId SUBMITTERS_ZONE = ZoneId.of("Asia/Shanghai");

    public DemoManifest {
        Objects.requireNonNull(size, "size");
        files = List.copyOf(files);
        mistakes = List.copyOf(mistakes);
        missingSubmissions = List.copyOf(missingSubmissions);
        withdrawnKeys = List.copyOf(withdrawnKeys);
        reconciliationDifferences = List.copyOf(reconciliationDifferences);
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
     * @param period the reporting period of its rows, {@code 2019Q2} or {@code 2019}; empty for registers
     * @param submittedAt when it was sent, China time; also the file's last-modified time in the inbox
     * @param submitters the submitter codes of its rows as the contract defines them (BF-1 unit, BF-2
     *     and BF-4 county, BF-3 county, BF-5 province), in first-appearance order; empty for registers
     */
    public record WrittenFile(
            String fileName,
            String formCode,
            DemoFileFormat format,
            String sheetName,
            int dataRows,
            String duplicateOf,
            String period,
            LocalDateTime submittedAt,
            List<String> submitters) {

        public WrittenFile {
            submitters = List.copyOf(submitters);
        }

        public boolean isDuplicate() {
            return !duplicateOf.isEmpty();
        }

        /** The last day it was due: period end + {@value #DEADLINE_DAYS} days; empty for registers. */
        public Optional<LocalDate> deadline() {
            return period.isEmpty() ? Optional.empty() : Optional.of(DemoManifest.deadline(period, DEADLINE_DAYS));
        }

        /** Received on a later date than its deadline. */
        public boolean isLate() {
            return deadline().map(deadline -> submittedAt.toLocalDate().isAfter(deadline)).orElse(false);
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

        /** The rule code the pipeline should report it under, e.g. {@code S016}; empty where no rule fires. */
        public String ruleCode() {
            return kind.ruleCode();
        }
    }

    /** One submission as completeness counts them: a form, a submitter and a period. */
    public record Submission(String formCode, String submitterCode, String period) {
    }

    /**
     * A row of an earlier submission that the corrected resubmission for the same form, submitter and
     * period leaves out, so it is no longer current.
     *
     * @param key the row's key fields as the catalogue names them, e.g. unit_code, county_code, period
     */
    public record WithdrawnKey(Submission submission, Map<String, String> key, String originalFile, int originalRow,
            String resubmissionFile) {

        public WithdrawnKey {
            key = Map.copyOf(key);
        }
    }

    /**
     * A difference reconciliation should record.
     *
     * @param ruleCode X001 (BF-1 team members vs BF-2 roster) or X002 (BF-3 vs BF-4 people exited)
     * @param key what is compared: {@code unit_code|county_code} for X001, {@code county_code} for X002
     * @param period the quarter (X001) or year (X002)
     * @param firstValue the first source's figure as accepted (BF-1 team members, BF-3 people exited), null if none
     * @param secondValue the second source's figure as accepted (BF-2 members, BF-4 people exiting), null if none
     * @param planted true for the difference planted on purpose, false for one that follows from a
     *     quarantined or missing row
     */
    public record ReconciliationDifference(String ruleCode, String key, String period, Long firstValue,
            Long secondValue, boolean planted) {
    }

    /** The last day a submission for the period is due: quarter end or 31 December, plus the days given. */
    public static LocalDate deadline(String period, int deadlineDays) {
        int year = Integer.parseInt(period.substring(0, 4));
        LocalDate end = period.length() == 4 ? LocalDate.of(year, 12, 31)
                : LocalDate.of(year, (period.charAt(5) - '0') * 3, 1).plusMonths(1).minusDays(1);
        return end.plusDays(deadlineDays);
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

    /** Rows of the file that checking should accept: rows read less rows quarantined. */
    public long expectedAcceptedRows(String fileName) {
        return expectedDataRows(fileName) - expectedQuarantinedRows(fileName);
    }

    /**
     * Planted warnings by rule code over the whole inbox, row warnings and late files alike. Natural
     * data never falls within a year nor jumps tenfold, but the peer outlier rule (P003) may flag rows
     * of its own: those are not counted here.
     */
    public Map<String, Long> expectedWarningsByRule() {
        Map<String, Long> byRule = new TreeMap<>();
        for (PlantedMistake mistake : mistakes) {
            MistakeKind.ExpectedOutcome outcome = mistake.kind().expectedOutcome();
            if (outcome == MistakeKind.ExpectedOutcome.ROW_ACCEPTED_WITH_WARNING
                    || outcome == MistakeKind.ExpectedOutcome.SUBMISSION_LATE) {
                byRule.merge(mistake.ruleCode(), 1L, Long::sum);
            }
        }
        return byRule;
    }

    /** Planted errors by rule code over the whole inbox: each quarantines its row. */
    public Map<String, Long> expectedErrorsByRule() {
        Map<String, Long> byRule = new TreeMap<>();
        for (PlantedMistake mistake : mistakes) {
            if (mistake.kind().expectedOutcome() == MistakeKind.ExpectedOutcome.ROW_QUARANTINED) {
                byRule.merge(mistake.ruleCode(), 1L, Long::sum);
            }
        }
        return byRule;
    }

    /** Files received after their deadline, byte-identical copies left out (they are never ingested). */
    public List<WrittenFile> lateFiles() {
        return files.stream().filter(file -> !file.isDuplicate() && file.isLate()).toList();
    }

    /** Every submission a late file carries: one per submitter in it. */
    public List<Submission> lateSubmissions() {
        List<Submission> late = new ArrayList<>();
        for (WrittenFile file : lateFiles()) {
            file.submitters().forEach(submitter -> late.add(new Submission(file.formCode(), submitter, file.period())));
        }
        return late;
    }

    /** Files by form code, with the rows they hold, for a summary. */
    public Map<String, Long> dataRowsByForm() {
        Map<String, Long> rows = new LinkedHashMap<>();
        files.stream().filter(file -> !file.isDuplicate())
                .forEach(file -> rows.merge(file.formCode(), (long) file.dataRows(), Long::sum));
        return rows;
    }

    /** A plain-text account for people: one line per file, then one per planted mistake and expectation. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("演示数据 seed=").append(seed).append(' ').append(size).append('\n');
        for (WrittenFile file : files) {
            text.append(file.formCode()).append('\t').append(file.period()).append('\t').append(file.dataRows())
                    .append(" 行\t").append(file.format()).append('\t').append(file.submittedAt()).append('\t')
                    .append(file.fileName());
            if (file.isDuplicate()) {
                text.append("\t（与 ").append(file.duplicateOf()).append(" 完全相同）");
            }
            text.append('\n');
        }
        for (PlantedMistake mistake : mistakes) {
            text.append(mistake.kind()).append(mistake.ruleCode().isEmpty() ? "" : " " + mistake.ruleCode())
                    .append('\t').append(mistake.fileName());
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
        missingSubmissions.forEach(missing -> text.append("MISSING\t").append(missing).append('\n'));
        withdrawnKeys.forEach(withdrawn -> text.append("WITHDRAWN\t").append(withdrawn).append('\n'));
        reconciliationDifferences.forEach(difference -> text.append("RECONCILIATION\t").append(difference).append('\n'));
        return text.toString();
    }
}
