package org.bangfu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.UnifiedCreditCode;
import org.bangfu.quality.ReferenceData;
import org.bangfu.quality.Rule;
import org.bangfu.quality.RowValidator;
import org.bangfu.quality.ValidatedRow;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.Warehouse;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.JavaConverters;

/**
 * Every case of the bad-input corpus ({@code src/test/resources/corpus/NN-name/}: input files and
 * {@code expected.properties}) goes through one real ingest run into a real Delta bronze; readable
 * files' rows then go through the {@link RowValidator} the check step uses. One dynamic test per
 * case compares the outcome with what the case expects:
 *
 * <ul>
 *   <li>{@code readable}, {@code rule} (the whole-file F-code), {@code form}, {@code header}, {@code sheet};
 *   <li>{@code rows}: the exact row numbers read; {@code letters}: field:column pairs;
 *   <li>{@code row.N}: the rule codes the validator finds on row N (empty: accepted, no warning);
 *   <li>{@code cell.N.field}: the checked value; {@code absent.N}: fields not reported;
 *       {@code raw.N.field}: the cell as bronze holds it; {@code keyed.N}: fields holding a 64-hex key;
 *   <li>{@code secrets}: texts that must appear nowhere in bronze;
 *   <li>{@code spark.*}: outcomes of the Spark check step (duplicates S014, year to date falling
 *       P001), listed for it and not asserted here.
 * </ul>
 * The zip bomb and the row of a million columns are generated at run time ({@code generated=zip-bomb},
 * {@code generated=wide-row}) instead of being committed.
 */
class BadInputCorpusTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 1, 15);
    private static final String U1 = credit("12530000MB0000001");
    private static final String U2 = credit("12530000MB0000002");
    private static final String U3 = credit("11100000MB0000003");
    private static final ReferenceData REFERENCES = new ReferenceData(
            Set.of("530102", "530103", "530104"), Set.of("530102001001"), Set.of(U1, U2, U3),
            Set.of(ReferenceData.pairingKey(U1, "530102"), ReferenceData.pairingKey(U1, "530103"),
                    ReferenceData.pairingKey(U2, "530103"), ReferenceData.pairingKey(U3, "530104")),
            Set.of("530000", "530100", "530102", "530103", "530104"), Set.of("530102001001"), Map.of("530102", 1));

    @TempDir
    static Path workspace;

    private static Map<String, Properties> cases;
    /** bronze.files rows by "case/file". */
    private static Map<String, Row> filesByCase;
    /** bronze.rows cells by file hash, then row number. */
    private static Map<String, Map<Integer, Map<String, String>>> rowsByHash;
    private static String everythingInBronze;
    private static IngestReport report;

    @BeforeAll
    static void ingestTheWholeCorpusInOneRun() throws IOException, URISyntaxException {
        Path corpus = Path.of(BadInputCorpusTest.class.getResource("/corpus").toURI());
        Path inbox = workspace.resolve("inbox");
        cases = new TreeMap<>();
        try (Stream<Path> folders = Files.list(corpus)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Properties expected = new Properties();
                try (Reader reader = Files.newBufferedReader(folder.resolve("expected.properties"), StandardCharsets.UTF_8)) {
                    expected.load(reader);
                }
                String name = folder.getFileName().toString();
                cases.put(name, expected);
                Path target = Files.createDirectories(inbox.resolve(name));
                if ("zip-bomb".equals(expected.getProperty("generated"))) {
                    writeZipBomb(corpus.resolve("02-numbering-row/bf1.xlsx"), target.resolve("bomb.xlsx"));
                    expected.setProperty("files", "bomb.xlsx");
                }
                if ("wide-row".equals(expected.getProperty("generated"))) {
                    writeWideRow(target.resolve("wide.csv"));
                    expected.setProperty("files", "wide.csv");
                }
                for (String file : files(expected)) {
                    if (!Files.exists(target.resolve(file))) {
                        Files.copy(folder.resolve(file), target.resolve(file));
                    }
                }
            }
        }
        Path saltFile = Files.writeString(workspace.resolve("salt"), "corpus-test-salt-0123456789abcdef");
        Warehouse warehouse = new Warehouse(SharedSpark.session(), workspace.resolve("warehouse").toString());
        report = new IngestJob(warehouse, new IngestSettings(saltFile.toString(), ReadLimits.defaults()))
                .run(inbox.toString());

        filesByCase = new HashMap<>();
        for (Row file : warehouse.read(WarehouseTable.BRONZE_FILES).collectAsList()) {
            Path source = Path.of(java.net.URI.create(file.<String>getAs("source_path")));
            filesByCase.put(source.getParent().getFileName() + "/" + source.getFileName(), file);
        }
        rowsByHash = new HashMap<>();
        for (Row row : warehouse.read(WarehouseTable.BRONZE_ROWS).collectAsList()) {
            rowsByHash.computeIfAbsent(row.getAs("file_hash"), hash -> new TreeMap<>())
                    .put(row.<Integer>getAs("row_number"), JavaConverters.mapAsJavaMap(row.getAs("cells")));
        }
        everythingInBronze = String.join("\n", warehouse.read(WarehouseTable.BRONZE_ROWS).toJSON().collectAsList())
                + String.join("\n", warehouse.read(WarehouseTable.BRONZE_FILES).toJSON().collectAsList());
    }

    @Test
    void theCorpusHasAtLeastTwentyFiveKindsOfInputAndEveryFileWasIngestedOnce() {
        assertThat(cases).as("kinds of bad or awkward input").hasSizeGreaterThanOrEqualTo(25);
        long files = cases.values().stream().mapToLong(expected -> files(expected).size()).sum();
        assertThat(report.filesIngested()).as("no two corpus files share their bytes, none was skipped")
                .isEqualTo((int) files);
        assertThat(report.filesRejected()).as("rejected files did not stop the run")
                .isEqualTo(cases.values().stream().filter(expected -> !readable(expected))
                        .mapToInt(expected -> files(expected).size()).sum());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHasItsExactExpectedOutcome() {
        return cases.entrySet().stream().flatMap(entry -> files(entry.getValue()).stream().map(file ->
                DynamicTest.dynamicTest(entry.getKey() + "/" + file, () -> check(entry.getKey(), file, entry.getValue()))));
    }

    private static void check(String caseName, String fileName, Properties expected) {
        Row file = filesByCase.get(caseName + "/" + fileName);
        assertThat(file).as("%s/%s is recorded in bronze.files", caseName, fileName).isNotNull();
        String why = caseName + " " + expected.getProperty("description");
        assertThat(file.<Boolean>getAs("readable")).as("%s: readable", why).isEqualTo(readable(expected));
        if (expected.containsKey("rule")) {
            assertThat(file.<String>getAs("issue_rule")).as("%s: whole-file rule", why).isEqualTo(expected.getProperty("rule"));
            if (expected.getProperty("rule").compareTo("F004") >= 0) {
                assertThat(List.of(file.<String>getAs("issue_message_zh"), file.<String>getAs("issue_message_en")))
                        .as("%s: the whole-file message names the file, in Chinese and in English", why)
                        .allMatch(message -> message.contains(fileName));
            }
        } else {
            assertThat(file.<String>getAs("issue_rule")).as("%s: no whole-file issue", why).isNull();
        }
        assertThat(file.<java.sql.Timestamp>getAs("received_at")).as("%s: received_at is the inbox file's time", why)
                .isNotNull();
        if (expected.containsKey("form")) {
            assertThat(file.<String>getAs("form_code")).as("%s: form", why).isEqualTo(expected.getProperty("form"));
        }
        if (expected.containsKey("header")) {
            assertThat(file.<Integer>getAs("header_row")).as("%s: header row", why)
                    .isEqualTo(Integer.parseInt(expected.getProperty("header")));
        }
        if (expected.containsKey("sheet")) {
            assertThat(file.<String>getAs("sheet")).as("%s: sheet read", why).isEqualTo(expected.getProperty("sheet"));
        }
        Map<Integer, Map<String, String>> rows = rowsByHash.getOrDefault(file.<String>getAs("file_hash"), Map.of());
        if (!readable(expected)) {
            assertThat(rows).as("%s: a rejected file has no rows in bronze", why).isEmpty();
            assertThat(file.<Integer>getAs("rows_read")).isZero();
            return;
        }
        List<Integer> expectedRows = Arrays.stream(expected.getProperty("rows").split(",")).map(String::strip)
                .map(Integer::valueOf).toList();
        assertThat(rows.keySet()).as("%s: exactly these rows were read", why).containsExactlyElementsOf(expectedRows);
        assertThat(file.<Integer>getAs("rows_read")).as("%s: rows_read", why).isEqualTo(expectedRows.size());
        if (expected.containsKey("letters")) {
            Map<String, String> letters = JavaConverters.mapAsJavaMap(file.getAs("column_letters"));
            for (String pair : expected.getProperty("letters").split(",")) {
                String[] fieldAndLetter = pair.split(":");
                assertThat(letters).as("%s: column letters", why).containsEntry(fieldAndLetter[0], fieldAndLetter[1]);
            }
        }
        RowValidator validator = new RowValidator(REFERENCES, TODAY);
        // What quarantine, warnings and feedback would hold of these rows: checked values and issues.
        StringBuilder everythingChecked = new StringBuilder();
        for (Map.Entry<Integer, Map<String, String>> row : rows.entrySet()) {
            int number = row.getKey();
            ValidatedRow validated = validator.validate(FormCatalogue.get(file.getAs("form_code")), row.getValue());
            everythingChecked.append(validated.values()).append(validated.issues());
            List<String> expectedCodes = codes(expected.getProperty("row." + number));
            List<String> actualCodes = validated.issues().stream().map(issue -> issue.ruleCode()).sorted().toList();
            if (expectedCodes.stream().allMatch(BadInputCorpusTest::ruleExists)) {
                assertThat(actualCodes).as("%s: rules found on row %d", why, number).isEqualTo(expectedCodes);
            } // else: a rule of the checks branch (S015/S016 markers); the raw.N expectations cover the reader's part
            for (String key : expected.stringPropertyNames()) {
                String prefix = "cell." + number + ".";
                if (key.startsWith(prefix)) {
                    assertThat(validated.values().get(key.substring(prefix.length())))
                            .as("%s: checked value of %s", why, key).isEqualTo(expected.getProperty(key));
                }
                String rawPrefix = "raw." + number + ".";
                if (key.startsWith(rawPrefix)) {
                    assertThat(row.getValue().get(key.substring(rawPrefix.length())))
                            .as("%s: bronze cell %s", why, key).isEqualTo(expected.getProperty(key));
                }
            }
            for (String absent : codes(expected.getProperty("absent." + number))) {
                assertThat(validated.values()).as("%s: blank means not reported, not zero", why).doesNotContainKey(absent);
            }
            for (String keyed : codes(expected.getProperty("keyed." + number))) {
                assertThat(row.getValue().get(keyed)).as("%s: %s is a pseudonymous key", why, keyed)
                        .matches("[0-9a-f]{64}");
            }
        }
        for (String secret : codes(expected.getProperty("secrets"))) {
            assertThat(everythingInBronze).as("%s: personal data never reaches bronze", why).doesNotContain(secret);
            assertThat(everythingChecked.toString()).as("%s: personal data never reaches silver, quarantine or feedback", why)
                    .doesNotContain(secret);
        }
    }

    /** A valid workbook whose sheet is a few kilobytes packed and 60 MB unpacked: POI's ratio check must stop it. */
    private static void writeZipBomb(Path template, Path target) throws IOException {
        try (ZipFile source = new ZipFile(template.toFile());
                ZipOutputStream bomb = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                bomb.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    writeHugeSheet(bomb);
                } else {
                    source.getInputStream(entry).transferTo(bomb);
                }
                bomb.closeEntry();
            }
        }
    }

    /** A BF-1 header and a row of a million columns: 2 MB that no form needs (the limit is Excel's 16,384). */
    private static void writeWideRow(Path target) throws IOException {
        StringBuilder text = new StringBuilder("单位代码,县代码,报告期,直接投入帮扶资金（万元）,协调引进帮扶资金（万元）\r\n");
        text.append(U1).append(",530102,2019Q2");
        for (int column = 3; column < 1_000_000; column++) {
            text.append(",1");
        }
        Files.writeString(target, text.append("\r\n"), StandardCharsets.UTF_8);
    }

    private static void writeHugeSheet(OutputStream out) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] zeros = new byte[1 << 20];
        Arrays.fill(zeros, (byte) '0');
        for (int megabyte = 0; megabyte < 60; megabyte++) {
            out.write(zeros);
        }
        out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    private static boolean ruleExists(String code) {
        return Arrays.stream(Rule.values()).anyMatch(rule -> rule.code().equals(code));
    }

    private static boolean readable(Properties expected) {
        return Boolean.parseBoolean(expected.getProperty("readable"));
    }

    private static List<String> files(Properties expected) {
        return codes(expected.getProperty("files"));
    }

    private static List<String> codes(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(code -> !code.isEmpty()).sorted()
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static String credit(String firstSeventeen) {
        return firstSeventeen + UnifiedCreditCode.checkCharacter(firstSeventeen);
    }
}
