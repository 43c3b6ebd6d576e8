package org.bangfu.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.ingest.IngestJob;
import org.bangfu.model.ModelJob;
import org.bangfu.publish.PublishOptions;
import org.bangfu.publish.Publisher;
import org.bangfu.quality.CheckJob;
import org.bangfu.quality.CheckReport;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.GoldSnapshotReader;
import org.bangfu.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national office's first release: an ML-1 county register alone (no periodic form yet), with
 * counties in three provinces and 摘帽 years 2016–2020, through the real ingest, check, model and
 * publish. The site, its CSV and its XLSX must all give the same counts of counties exited by
 * year, nationally and per province; pages of forms not reported yet are not made, and the home
 * page says which forms those are. 四川's name is left blank in the register: GB/T 2260 names it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterOnlyPublicationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Counties exited per year, by hand from the register below: year → [全国, 四川, 贵州, 云南]. */
    private static final Map<String, List<String>> EXITED_BY_YEAR = new TreeMap<>(Map.of(
            "2016", List.of("2", "0", "1", "1"),
            "2017", List.of("1", "1", "0", "0"),
            "2018", List.of("2", "1", "0", "1"),
            "2019", List.of("2", "0", "1", "1"),
            "2020", List.of("4", "1", "2", "1")));

    private static final List<String> AREAS = List.of("000000", "510000", "520000", "530000");

    private Path site;
    private CheckReport check;

    @BeforeAll
    void publishTheRegisterAlone(@TempDir Path workspace) throws IOException {
        Path inbox = Files.createDirectories(workspace.resolve("inbox"));
        Files.writeString(inbox.resolve("全国贫困县名录.csv"), """
                县名录,,,,,,,,,,,
                表号：ML-1,,,,,,,,,,,
                县代码,县名称,市州代码,市州名称,省代码,省名称,贫困县类型,深度贫困县,片区,计划摘帽年度,摘帽年度,乡村人口（人）
                530121,东川县,530100,昆明市,530000,云南省,国定,是,乌蒙山片区,2016,2016,200000
                530122,禄劝县,530100,昆明市,530000,云南省,国定,是,乌蒙山片区,2018,2018,300000
                530123,寻甸县,530100,昆明市,530000,云南省,国定,否,乌蒙山片区,2020,2020,400000
                530321,会泽县,530300,曲靖市,530000,云南省,省定,否,,2019,2019,500000
                530322,麒麟区,530300,曲靖市,530000,云南省,非贫困,否,,,,600000
                520121,开阳县,520100,贵阳市,520000,贵州省,国定,否,,2016,2016,200000
                520122,息烽县,520100,贵阳市,520000,贵州省,国定,否,,2019,2019,200000
                520221,水城县,520200,六盘水市,520000,贵州省,国定,是,乌蒙山片区,2020,2020,700000
                520222,盘州市,520200,六盘水市,520000,贵州省,国定,是,乌蒙山片区,2019,2020,900000
                510121,金堂县,510100,成都市,510000,,国定,否,,2017,2017,500000
                510122,大邑县,510100,成都市,510000,,国定,否,,2018,2018,300000
                510123,蒲江县,510100,成都市,510000,,省定,否,,2020,2020,200000
                """, StandardCharsets.UTF_8);
        Warehouse warehouse = new Warehouse(SharedSpark.session(), workspace.resolve("warehouse").toString());
        new IngestJob(warehouse).run(inbox.toString());
        check = new CheckJob(warehouse, TODAY).run();
        new ModelJob(warehouse).run();
        site = workspace.resolve("site");
        new Publisher(Path.of("..", "templates"), PublishOptions.publishedOn(TODAY))
                .publish(new GoldSnapshotReader(warehouse).pinCurrent(), site);
    }

    @Test
    void everyRowOfTheRegisterIsAccepted() {
        assertThat(check.toString()).as("nothing of the register quarantined: %s", check).doesNotContain("隔离 1");
        assertThat(Files.exists(site.resolve("index.html"))).isTrue();
    }

    @Test
    void theHomePageGivesCountiesExitedByYearForTheNationAndEachProvince() throws IOException {
        String home = Files.readString(site.resolve("index.html"));
        Map<String, List<String>> table = htmlTable(home, "各省各年度当年摘帽县");
        assertThat(table.keySet()).as("one row per province, named (四川省 from GB/T 2260), then the total")
                .containsExactly("四川省", "贵州省", "云南省", "合计");
        List<String> years = new ArrayList<>(EXITED_BY_YEAR.keySet());
        for (int year = 0; year < years.size(); year++) {
            List<String> expected = EXITED_BY_YEAR.get(years.get(year));
            assertThat(table.get("合计").get(year)).as("nation " + years.get(year)).isEqualTo(expected.get(0));
            assertThat(table.get("四川省").get(year)).as("四川 " + years.get(year)).isEqualTo(expected.get(1));
            assertThat(table.get("贵州省").get(year)).as("贵州 " + years.get(year)).isEqualTo(expected.get(2));
            assertThat(table.get("云南省").get(year)).as("云南 " + years.get(year)).isEqualTo(expected.get(3));
        }
    }

    @Test
    void theIndicatorCsvAndXlsxGiveTheSameCounts() throws IOException {
        Path csv = site.resolve("downloads/indicators/counties_exited_in_year.csv");
        Map<String, String> fromCsv = new TreeMap<>();
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8)))) {
            for (CSVRecord record : parser) {
                fromCsv.put(record.get(1) + "@" + record.get(3), record.get(4));
            }
        }
        Map<String, String> fromXlsx = new TreeMap<>();
        try (InputStream in = Files.newInputStream(site.resolve("downloads/indicators/counties_exited_in_year.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet data = workbook.getSheetAt(0);
            for (Row row : data) {
                if (row.getRowNum() > 0) {
                    fromXlsx.put(row.getCell(1).getStringCellValue() + "@" + row.getCell(3).getStringCellValue(),
                            String.valueOf((long) row.getCell(4).getNumericCellValue()));
                }
            }
        }
        EXITED_BY_YEAR.forEach((year, counts) -> {
            for (int area = 0; area < AREAS.size(); area++) {
                String key = AREAS.get(area) + "@" + year;
                assertThat(fromCsv.get(key)).as("CSV " + key).isEqualTo(counts.get(area));
                assertThat(fromXlsx.get(key)).as("XLSX " + key).isEqualTo(counts.get(area));
            }
        });
    }

    @Test
    void topicsOfFormsNotReportedYetHaveNoPagesAndTheHomePageSaysWhichTheyAre() throws IOException {
        assertThat(site.resolve("topics/exits.html")).exists();
        assertThat(site.resolve("topics/funds.html")).as("no BF-1 yet: no page of dashes").doesNotExist();
        assertThat(site.resolve("topics/progress.html")).doesNotExist();
        assertThat(site.resolve("areas/000000.html")).as("the nation's page").exists();
        assertThat(site.resolve("areas/510000.html")).as("a page per province").exists();
        String home = Files.readString(site.resolve("index.html"));
        assertThat(home).contains("尚未报送").contains("BF-1 定点帮扶工作情况表").contains("BF-3 县脱贫攻坚进展情况表")
                .contains("ML-1 县名录");
        try (Stream<Path> pages = Files.walk(site).filter(path -> path.toString().endsWith(".html"))) {
            for (Path page : pages.toList()) {
                String html = Files.readString(page);
                assertThat(html).as(site.relativize(page) + " shows something").containsAnyOf("<table", "<ul class=\"links\"");
                assertThat(html).as(site.relativize(page) + " links no county chart page that was not made")
                        .doesNotContain("counties/5");
            }
        }
    }

    /** The rows of the table whose caption starts with a text: row heading → its cells. */
    private static Map<String, List<String>> htmlTable(String html, String caption) {
        int start = html.indexOf("<caption>" + caption);
        assertThat(start).as("table " + caption + " on the page").isNotNegative();
        String table = html.substring(start, html.indexOf("</table>", start));
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            String heading = row.group(1).replaceAll("<span.*?</span>", "").replaceAll("<[^>]+>", "").trim();
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td>(.*?)</td>").matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(1).trim());
            }
            rows.put(heading, cells);
        }
        return rows;
    }
}
