package org.bangfu.documents;

import java.nio.file.Path;
import org.bangfu.model.PublicationSnapshot;

/**
 * What every document of one release shares: the snapshot and its gold tables, the editable
 * templates and wording, the office settings, the dates and the warnings collected on the way.
 */
public record DocumentContext(PublicationSnapshot snapshot, GoldRecords gold, Path templatesDirectory, Wording wording,
        OfficeSettings office, DocumentOptions options, ChartPainter charts, Warnings warnings) {

    public static final String DIRECTORY = "documents";
    public static final String WORDING_FILE_NAME = "wording.properties";

    /** Reads the wording and office settings from {@code <templates>/documents/}. */
    public static DocumentContext of(PublicationSnapshot snapshot, GoldRecords gold, Path templatesDirectory,
            DocumentOptions options, ChartPainter charts) {
        Path directory = templatesDirectory.resolve(DIRECTORY);
        return new DocumentContext(snapshot, gold, templatesDirectory, Wording.read(directory.resolve(WORDING_FILE_NAME)),
                OfficeSettings.read(directory.resolve(OfficeSettings.FILE_NAME)).overriddenBy(options), options, charts, new Warnings());
    }

    public Path template(String fileName) {
        return templatesDirectory.resolve(DIRECTORY).resolve(fileName);
    }

    /** The footer line of every Word document: release label and publish date (never the full data version). */
    public String footerLine() {
        return wording.fill("briefing.footer", java.util.Map.of("release", releaseLabel(),
                "published", org.bangfu.indicators.OfficialNumberFormat.dateInChinese(options.publishDate())));
    }

    public String releaseLabel() {
        return org.bangfu.publish.ReleaseLabel.of(snapshot);
    }
}
