package org.bangfu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document opens in LibreOffice and converts to PDF with its Chinese text in an embedded CJK
 * font (not boxes). Skipped where LibreOffice or poppler-utils are not installed.
 */
class DocumentsInLibreOfficeTest {

    private static final Pattern CJK_FONT = Pattern.compile("(?i)(CJK|Hei|Song|Kai|Fang|WenQuanYi|Droid Sans Fallback|Ming|Gothic)");

    @Test
    void everyDocumentConvertsToPdfWithAnEmbeddedCjkFont(@TempDir Path directory) throws Exception {
        assumeTrue(installed("soffice") && installed("pdffonts") && installed("pdftotext") && installed("pdfinfo"),
                "LibreOffice or poppler-utils not installed");
        Map<String, byte[]> files = new OfficialDocuments(DocumentFixtures.templatesDirectory(), DocumentFixtures.options(), null)
                .render(DocumentFixtures.snapshot(), DocumentFixtures.gold());
        Map<String, String> expectedText = Map.of(
                "briefings/briefing-2019Q4.docx", "定点帮扶工作进展情况",
                "briefings/statistical-tables-2019Q4.xlsx", "定点帮扶情况（分市州）",
                "briefings/reporting-notice-2019Q4.docx", "报送情况的通报",
                "briefings/assessment-2019.docx", "考核结果的通报",
                "briefings/assessment-2019.xlsx", "考核明细");
        for (Map.Entry<String, String> expected : expectedText.entrySet()) {
            String name = expected.getKey().substring("briefings/".length());
            Path own = Files.createDirectories(directory.resolve(name.replace('.', '_')));
            Path document = Files.write(own.resolve(name), files.get(expected.getKey()));
            run(own, "soffice", "--headless", "-env:UserInstallation=file://" + own.resolve("profile"), "--convert-to", "pdf",
                    "--outdir", own.toString(), document.toString());
            Path pdf = own.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
            assertThat(pdf).as(name + " converted").isRegularFile();
            int pages = Integer.parseInt(run(own, "pdfinfo", pdf.toString()).lines()
                    .filter(line -> line.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
            assertThat(pages).as(name + " pages").isBetween(1, 10);
            List<String> embeddedCjk = run(own, "pdffonts", pdf.toString()).lines().skip(2)
                    .filter(line -> CJK_FONT.matcher(line).find())
                    .filter(line -> line.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))
                    .toList();
            assertThat(embeddedCjk).as(name + ": a CJK font embedded").isNotEmpty();
            assertThat(run(own, "pdftotext", "-layout", pdf.toString(), "-").replaceAll("\\s", ""))
                    .as(name + ": Chinese text extracted, not boxes").contains(expected.getValue());
            if (name.endsWith(".xlsx")) {
                // Figures print at 85 % of 10 pt or larger: a digit's box is about 1.3 × the type size,
                // 13 pt at full size; the 20-column tables once printed at 9.6.
                assertThat(smallestFigureHeight(own, pdf)).as(name + ": figures legible when printed").isGreaterThanOrEqualTo(10.5);
            }
        }
    }

    /** The height in points of the smallest figure (a word of digits) on any page. */
    private static double smallestFigureHeight(Path directory, Path pdf) throws IOException, InterruptedException {
        Pattern word = Pattern.compile("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">([0-9,.]+)</word>");
        double smallest = Double.MAX_VALUE;
        java.util.regex.Matcher matcher = word.matcher(run(directory, "pdftotext", "-bbox", pdf.toString(), "-"));
        while (matcher.find()) {
            smallest = Math.min(smallest, Double.parseDouble(matcher.group(2)) - Double.parseDouble(matcher.group(1)));
        }
        return smallest;
    }

    private static boolean installed(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }

    private static String run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command) + " finished").isTrue();
        return new String(output, StandardCharsets.UTF_8);
    }
}
