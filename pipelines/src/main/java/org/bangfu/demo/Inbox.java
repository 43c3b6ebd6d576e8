package org.bangfu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bangfu.demo.DemoManifest.PlantedMistake;
import org.bangfu.demo.DemoManifest.ReconciliationDifference;
import org.bangfu.demo.DemoManifest.Submission;
import org.bangfu.demo.DemoManifest.WithdrawnKey;
import org.bangfu.demo.DemoManifest.WrittenFile;

/** The inbox directory being filled: writes files and keeps the manifest's account of them. */
final class Inbox {

    /**
     * A mistake planted in a table before it is written, located by its data row; the row number a
     * user sees is known only once the table's layout is.
     */
    record PendingMistake(MistakeKind kind, int dataRowIndex, String fieldName, String description) {
    }

    private final Path directory;
    /** Where this inbox's files are below the top inbox, e.g. "黔川省/"; empty for the top. */
    private final String folder;
    private final List<WrittenFile> files;
    private final List<PlantedMistake> mistakes;
    private final List<Submission> missingSubmissions;
    private final List<WithdrawnKey> withdrawnKeys;
    private final List<ReconciliationDifference> reconciliationDifferences;

    Inbox(Path directory) {
        this(directory, "", new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    private Inbox(Path directory, String folder, List<WrittenFile> files, List<PlantedMistake> mistakes,
            List<Submission> missingSubmissions, List<WithdrawnKey> withdrawnKeys,
            List<ReconciliationDifference> reconciliationDifferences) {
        this.directory = directory;
        this.folder = folder;
        this.files = files;
        this.mistakes = mistakes;
        this.missingSubmissions = missingSubmissions;
        this.withdrawnKeys = withdrawnKeys;
        this.reconciliationDifferences = reconciliationDifferences;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox " + directory, e);
        }
    }

    /**
     * A folder of the inbox (one province's submissions in a national demo) writing into the same
     * manifest; its files are named in the manifest with the folder in front ("黔川省/…").
     */
    Inbox within(String subfolder) {
        return new Inbox(directory.resolve(subfolder), folder + subfolder + "/", files, mistakes, missingSubmissions,
                withdrawnKeys, reconciliationDifferences);
    }

    /** A register: no period, no submitters, issued by the office. */
    void write(String fileName, String formCode, DemoFileFormat format, DemoTable table, List<String> instructions,
            String author, LocalDateTime savedAt, List<PendingMistake> plantedMistakes) {
        write(fileName, formCode, "", List.of(), format, table, instructions, author, savedAt, plantedMistakes);
    }

    /**
     * Writes the file, dates it and records it; a file sent after its deadline is recorded as late.
     *
     * @param period the period of its rows, {@code 2019Q2} or {@code 2019}, empty for a register
     * @param submitters the submitter codes of its rows (DemoManifest.WrittenFile#submitters)
     * @param instructions a 填报说明 sheet before the data sheet (xlsx), none for no such sheet
     * @param author the organisation the workbook names as its author (xlsx)
     * @param savedAt when it was saved and sent, China time: the xlsx properties and the file's
     *     last-modified time say so, as the inbox would show it
     */
    void write(String fileName, String formCode, String period, List<String> submitters, DemoFileFormat format,
            DemoTable table, List<String> instructions, String author, LocalDateTime savedAt,
            List<PendingMistake> plantedMistakes) {
        Path target = directory.resolve(fileName);
        if (format == DemoFileFormat.XLSX) {
            XlsxFileWriter.write(new XlsxFileWriter.Workbook(table, instructions, author, savedAt), target);
        } else {
            CsvFileWriter.write(table, format, target);
        }
        datedAsSent(target, savedAt);
        String sheetName = format == DemoFileFormat.XLSX ? table.sheetName() : "";
        WrittenFile file = new WrittenFile(folder + fileName, formCode, format, sheetName, table.rows().size(), "", period,
                savedAt, submitters);
        files.add(file);
        for (PendingMistake mistake : plantedMistakes) {
            mistakes.add(new PlantedMistake(mistake.kind(), folder + fileName, sheetName, rowNumber(table, format, mistake),
                    mistake.fieldName(), mistake.description()));
        }
        if (file.isLate()) {
            mistakes.add(new PlantedMistake(MistakeKind.SUBMITTED_LATE, folder + fileName, "", 0, "",
                    "报送时间 " + savedAt.toLocalDate() + " 晚于截止日期 " + file.deadline().orElseThrow()));
        }
    }

    /** The row number a user sees for a data row of a table written in the given format. */
    static int rowNumber(DemoTable table, DemoFileFormat format, PendingMistake mistake) {
        return format == DemoFileFormat.XLSX
                ? table.spreadsheetRowNumber(mistake.dataRowIndex())
                : DemoTable.csvLineNumber(mistake.dataRowIndex());
    }

    void missing(Submission submission) {
        missingSubmissions.add(submission);
    }

    void withdrawn(WithdrawnKey key) {
        withdrawnKeys.add(key);
    }

    void reconciliationDifference(ReconciliationDifference difference) {
        reconciliationDifferences.add(difference);
    }

    /** The file's last-modified time is when it was sent: ingestion takes it as the submission time. */
    private static void datedAsSent(Path target, LocalDateTime savedAt) {
        try {
            Files.setLastModifiedTime(target, FileTime.from(savedAt.atZone(DemoManifest.SUBMITTERS_ZONE).toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot date " + target, e);
        }
    }

    /** Saves an already written file a second time under another name, as a careless upload does. */
    void duplicate(String originalName, String copyName) {
        WrittenFile original = files.stream().filter(file -> file.fileName().equals(folder + originalName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(originalName + " has not been written"));
        try {
            Files.copy(directory.resolve(originalName), directory.resolve(copyName), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + originalName, e);
        }
        // Uploaded again an hour later.
        LocalDateTime copiedAt = original.submittedAt().plusHours(1);
        datedAsSent(directory.resolve(copyName), copiedAt);
        files.add(new WrittenFile(folder + copyName, original.formCode(), original.format(), original.sheetName(),
                original.dataRows(), folder + originalName, original.period(), copiedAt, original.submitters()));
        mistakes.add(new PlantedMistake(MistakeKind.DUPLICATE_FILE, folder + copyName, "", 0, "",
                "与“" + originalName + "”字节完全相同，重复上传"));
    }

    List<WrittenFile> files() {
        return List.copyOf(files);
    }

    List<PlantedMistake> mistakes() {
        return List.copyOf(mistakes);
    }

    /** The sheet a written file holds its data in, empty for CSV. */
    String sheetOf(String fileName) {
        return files.stream().filter(file -> file.fileName().equals(folder + fileName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(fileName + " has not been written")).sheetName();
    }

    /** Records a mistake located directly, for files written without a pending list. */
    void planted(PlantedMistake mistake) {
        mistakes.add(mistake);
    }

    DemoManifest manifest(long seed, DemoSize size) {
        return new DemoManifest(seed, size, files, mistakes, missingSubmissions, withdrawnKeys,
                reconciliationDifferences);
    }
}
