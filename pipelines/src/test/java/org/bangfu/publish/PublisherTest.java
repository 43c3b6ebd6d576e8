package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishes the fixture snapshot once and reads every kind of output back. */
class PublisherTest {

    private static final String LATEST_SUMMARY = "截至2019年第四季度，全省共有370个帮扶单位报送定点帮扶情况，本年累计直接投入帮扶资金8.24亿元，"
            + "协调引进帮扶资金22.78亿元，引进帮扶项目128个，培训基层干部和技术人员25340人次，帮助转移就业8200人。";

    @TempDir
    static Path workspace;

    static Path site;

    static PublishedOutputs outputs;

    @BeforeAll
    static void publishTheFixtureSnapshot() {
        site = workspace.resolve("site");
        outputs = new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options())
                .publish(PublishFixtures.snapshot(), site);
    }

    @Test
    void theIndexShowsTheLatestQuarterHeadlinesInOfficialNumberStyle() throws IOException {
        String index = Files.readString(outputs.indexPage());
        assertThat(outputs.indexPage()).isEqualTo(site.resolve("index.html").toAbsolutePath().normalize());
        assertThat(index).as("the summary paragraph, same words as the briefing").contains(LATEST_SUMMARY);
        assertThat(index).as("82,435 万元 rounded half up in 亿元").contains("8.24亿元").contains("22.78亿元");
        assertThat(index).as("English follows").contains("CNY 824.35 million");
        assertThat(index).contains("<html lang=\"zh-CN\">").contains("lang=\"en\"");
    }

    @Test
    void everyPageCarriesTheGoldStampAndThePublishDate() throws IOException {
        try (Stream<Path> files = Files.walk(site.toRealPath())) {
            List<Path> pages = files.filter(path -> path.toString().endsWith(".html")).toList();
            assertThat(pages).as("home, county, area, indicator, topic, download and release pages").hasSizeGreaterThan(1 + 3);
            for (Path page : pages) {
                String html = Files.readString(page);
                assertThat(html).as(page + ": the full stamp in the page's metadata")
                        .contains("<meta name=\"bangfu-data-version\" content=\"" + PublishFixtures.STAMP + "\">");
                if (page.getParent().getFileName().toString().equals("briefings")) {
                    // The documents' own list, written by OfficialDocuments: the label and date in its text.
                    assertThat(html).as(page.toString()).contains(PublishFixtures.snapshot().releaseLabel())
                            .contains("2020年1月15日");
                    continue;
                }
                if (page.getParent().getFileName().toString().equals("counties")) {
                    continue; // the old county addresses only send the reader on to the area page
                }
                assertThat(html).as(page.toString()).contains("2020年1月15日").contains("datetime=\"2020-01-15\"");
                assertThat(html.substring(html.indexOf("<footer"))).as(page + ": the footer has the short label, not the stamp")
                        .doesNotContain(PublishFixtures.STAMP).contains("pages/release.html");
            }
        }
    }

    @Test
    void everyCountyHasAPageLinkedFromTheIndexUnderItsPrefecture() throws IOException {
        String index = Files.readString(outputs.indexPage());
        for (String county : List.of("990101", "990102", "990201")) {
            assertThat(site.resolve("areas/" + county + ".html")).isRegularFile();
            assertThat(index).contains("href=\"areas/" + county + ".html\"");
        }
        assertThat(index.indexOf("东山市")).as("prefectures in code order").isLessThan(index.indexOf("西河州"));
        String baiyun = Files.readString(site.resolve("areas/990102.html"));
        assertThat(baiyun).contains("白云县").contains("东山市").contains("省定")
                .as("its unreported figures show as a dash").contains("<td>—</td>")
                .contains("5,678.46");
    }

    @Test
    void countyPagesShowEveryQuarterYearToDateAndQuarterIncrement() throws IOException {
        String qingsong = Files.readString(site.resolve("areas/990101.html"));
        assertThat(qingsong).contains("2019年第三季度").contains("2019年第四季度")
                .contains("本年累计").contains("本季度")
                .contains("30,000.00").as("Q4 increment of direct funds").contains("8,000.00")
                .contains("src=\"../charts/county-990101.png\"")
                .contains("href=\"../assets/style.css\"");
    }

    @Test
    void theCsvIsExcelFriendlyWithOneRowPerCountyAndQuarter() throws IOException {
        byte[] bytes = Files.readAllBytes(outputs.countyQuarterCsv());
        assertThat(bytes).as("UTF-8 byte-order mark").startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("县代码 county_code,县名称 county_name,")
                .contains("直接投入帮扶资金（万元，本年累计） funds_direct_year_to_date")
                .contains("帮扶单位（个） assisting_units")
                .endsWith("数据版本 data_version");
        assertThat(lines).as("header + 3 counties × 2 quarters").hasSize(1 + 6);
        assertThat(lines.get(1)).startsWith("990101,青松县,990100,东山市,国定,2019Q3,22000.00,7000.00,")
                .endsWith(",\"" + PublishFixtures.STAMP + "\"");
        assertThat(lines.get(3)).as("白云县 reported nothing in Q3: blanks, not zeros")
                .startsWith("990102,白云县,990100,东山市,省定,2019Q3,,,,,0,4,,,,,,,");
    }

    @Test
    void chartsArePngImagesThatDecode() throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("charts"))) {
            List<String> charts = files.map(path -> path.getFileName().toString()).sorted().toList();
            assertThat(charts).contains("indicator-funds_direct-province.png", "indicator-funds_direct-prefectures.png");
            assertThat(charts).contains("county-990101.png", "county-990102.png", "county-990201.png",
                    "prefecture-funds-2019Q4.png", "province-funds-by-quarter.png");
        }
        BufferedImage chart = ImageIO.read(site.resolve("charts/province-funds-by-quarter.png").toFile());
        assertThat(chart).as("decodes as an image").isNotNull();
        assertThat(chart.getWidth()).as("drawn at twice the 960 px shown").isEqualTo(1920);
        assertThat(chart.getHeight()).isEqualTo(960);
        assertThat(Files.readString(outputs.indexPage()))
                .contains("<img src=\"charts/province-funds-by-quarter.png\" width=\"960\" height=\"480\" alt=\"柱状图：");
    }

    @Test
    void theBriefingIsAWordDocumentWithMastheadSectionsAndPrefectureTable() throws IOException {
        assertThat(outputs.briefing()).isEqualTo(site.resolve("briefings/briefing-2019Q4.docx").toAbsolutePath().normalize());
        try (InputStream in = Files.newInputStream(outputs.briefing()); XWPFDocument briefing = new XWPFDocument(in)) {
            String body = briefing.getParagraphs().stream().map(paragraph -> paragraph.getText())
                    .collect(Collectors.joining("\n"));
            assertThat(body).contains("定点帮扶工作简报")
                    .as("issue number counted from office.properties' first issue, 2019Q1 = 第1期").contains("第4期")
                    .contains("示范省定点帮扶工作领导小组办公室")
                    .contains("2020年1月15日")
                    .contains("2019年第四季度定点帮扶工作进展情况")
                    .contains("截至2019年第四季度，全省370个帮扶单位（同比增加10个）".substring(0, 19))
                    .contains("本年累计直接投入帮扶资金8.24亿元");
            assertThat(briefing.getTables()).hasSize(1);
            XWPFTable table = briefing.getTables().get(0);
            assertThat(table.getRows()).as("header, province, 东山市, 西河州").hasSize(4);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("直接投入帮扶资金（万元）");
            assertThat(table.getRow(1).getCell(1).getText()).as("the province's own figure first").isEqualTo("82,435.00");
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("东山市");
            assertThat(table.getRow(2).getCell(1).getText()).as("青松县 30,000 + 白云县 5,678.456").isEqualTo("35,678.46");
            String footer = briefing.getFooterList().stream().map(f -> f.getText()).collect(Collectors.joining());
            assertThat(footer).contains("发布版本：" + PublishFixtures.snapshot().releaseLabel());
            try (XWPFWordExtractor everything = new XWPFWordExtractor(briefing)) {
                assertThat(everything.getText()).as("every tag filled").doesNotContain("{{").doesNotContain("}}");
            }
        }
    }

    @Test
    void theResultCountsEveryFileWritten() throws IOException {
        try (Stream<Path> files = Files.walk(site.toRealPath())) {
            long onDisk = files.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().equals(SiteWriter.MANIFEST_NAME))
                    .count();
            assertThat(outputs.filesWritten()).isEqualTo((int) onDisk);
        }
        assertThat(site.resolve("downloads/release.zip")).as("the whole release as one file").isRegularFile();
        assertThat(site.resolve("briefings/index.html")).as("the document list").isRegularFile();
        assertThat(site.resolve("assets/style.css")).isRegularFile();
    }

    @Test
    void theReleaseZipHoldsEveryOtherPublishedFileAsPublishedInPathOrder() throws IOException {
        Path root = site.toRealPath();
        List<String> published;
        try (Stream<Path> files = Files.walk(root)) {
            published = files.filter(Files::isRegularFile).map(path -> root.relativize(path).toString())
                    .filter(path -> !path.equals(SiteWriter.MANIFEST_NAME) && !path.equals(ReleaseZip.RELATIVE_PATH))
                    .sorted().toList();
        }
        List<String> zipped = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(root.resolve(ReleaseZip.RELATIVE_PATH)))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                zipped.add(entry.getName());
                assertThat(zip.readAllBytes()).as(entry.getName() + ": the same bytes as on the site")
                        .isEqualTo(Files.readAllBytes(root.resolve(entry.getName())));
                assertThat(entry.getMethod()).as(entry.getName() + ": office files and images stored, not deflated twice")
                        .isEqualTo(entry.getName().matches(".*\\.(xlsx|docx|png)$") ? java.util.zip.ZipEntry.STORED
                                : java.util.zip.ZipEntry.DEFLATED);
            }
        }
        assertThat(zipped).as("every file of the release, in path order, whichever thread wrote it first").isEqualTo(published);
    }

    @Test
    void pagesUseNoNetworkResources() throws IOException {
        try (Stream<Path> files = Files.walk(site.toRealPath())) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html") || path.toString().endsWith(".css")).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("http://").doesNotContain("https://")
                        .doesNotContain("//fonts.").doesNotContain("<script");
            }
        }
    }

    @Test
    void everyIndicatorWithGoldFiguresHasItsOwnPageWithTheProvinceSeriesAndCountyTable() throws IOException {
        String page = Files.readString(site.resolve("indicators/funds_direct.html"));
        assertThat(page).as("definition, unit and source fields from the catalogue")
                .contains("直接投入帮扶资金").contains("万元").contains("BF-1")
                .as("the province series, year to date, as in gold").contains("82,435.00").contains("60,120.50")
                .as("each county is linked to its area page").contains("../areas/990101.html")
                .as("every county reported direct funds in the latest quarter").contains("3个县2019年第四季度均已报送");
        assertThat(Files.readString(site.resolve("indicators/funds_coordinated.html")))
                .as("a county that did not report is counted").contains("3个县中有1个县2019年第四季度未报送");
        assertThat(site.resolve("downloads/indicators/funds_direct.csv")).isRegularFile();
        assertThat(site.resolve("downloads/indicators/funds_direct.xlsx")).isRegularFile();
        assertThat(Files.readString(site.resolve("downloads/indicators/funds_direct.csv")))
                .as("the download holds exactly the values shown, at the published precision").contains("990000,示范省,2019Q4,82435.00");
    }

    @Test
    void theHomePageHasATopicCardWithTheChangeOnLastYear() throws IOException {
        String index = Files.readString(outputs.indexPage());
        assertThat(index).contains("topics/funds.html").contains("帮扶投入").contains("上年同期无数据");
        assertThat(Files.readString(site.resolve("topics/funds.html"))).contains("../indicators/funds_direct.html");
    }

    @Test
    void everyPageShowsTheShortReleaseLabelLinkedToTheReleasePage() throws IOException {
        for (String page : List.of("index.html", "indicators/projects.html", "areas/990101.html", "pages/release.html")) {
            assertThat(Files.readString(site.resolve(page))).as(page)
                    .contains(PublishFixtures.snapshot().releaseLabel()).contains("pages/release.html");
        }
        assertThat(Files.readString(site.resolve("pages/release.html"))).contains("gold.county_quarter").contains("gold.province_quarter");
    }
}
