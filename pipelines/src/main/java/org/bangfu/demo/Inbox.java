package org.bangfu.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bangfu.demo.DemoManifest.PlantedMistake;
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
    private final List<WrittenFile> files = new ArrayList<>();
    private final List<PlantedMistake> mistakes = new ArrayList<>();

    Inbox(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox " + directory, e);
        }
    }

    /**
     * @param instructions a 填报说明 sheet before the data sheet (xlsx), none for no such sheet
     * @param author the organisation the workbook names as its author (xlsx)
     * @param savedAt the time the xlsx claims it was saved
     */
    void write(String fileName, String formCode, DemoFileFormat format, DemoTable table, List<String> instructions,
            String author, LocalDateTime savedAt, List<PendingMistake> plantedMistakes) {
        Path target = directory.resolve(fileName);
        if (format == DemoFileFormat.XLSX) {
            XlsxFileWriter.write(new XlsxFileWriter.Workbook(table, instructions, author, savedAt), target);
        } else {
            CsvFileWriter.write(table, format, target);
        }
        String sheetName = format == DemoFileFormat.XLSX ? table.sheetName() : "";
        files.add(new WrittenFile(fileName, formCode, format, sheetName, table.rows().size(), ""));
        for (PendingMistake mistake : plantedMistakes) {
            int rowNumber = format == DemoFileFormat.XLSX
                    ? table.spreadsheetRowNumber(mistake.dataRowIndex())
                    : DemoTable.csvLineNumber(mistake.dataRowIndex());
            mistakes.add(new PlantedMistake(mistake.kind(), fileName, sheetName, rowNumber, mistake.fieldName(),
                    mistake.description()));
        }
    }

    /** Saves an already written file a second time under another name, as a careless upload does. */
    void duplicate(String originalName, String copyName) {
        WrittenFile original = files.stream().filter(file -> file.fileName().equals(originalName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(originalName + " has not been written"));
        try {
            Files.copy(directory.resolve(originalName), directory.resolve(copyName), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + originalName, e);
        }
        files.add(new WrittenFile(copyName, original.formCode(), original.format(), original.sheetName(),
                original.dataRows(), originalName));
        mistakes.add(new PlantedMistake(MistakeKind.DUPLICATE_FILE, copyName, "", 0, "",
                "与“" + originalName + "”字节完全相同，重复上传"));
    }

    List<WrittenFile> files() {
        return List.copyOf(files);
    }

    List<PlantedMistake> mistakes() {
        return List.copyOf(mistakes);
    }
}
