package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.model.TableVersion;
import org.bangfu.testing.SharedSpark;
import org.bangfu.warehouse.WarehouseTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The units topic lists prefectures, not units: each prefecture's units of the latest year are on a
 * page of their own (a unit paired in two prefectures on both), the units paired with no county on
 * one more page when there are any, and 无法评定 is counted by its reason.
 *
 * <p>The fixture's 2019: U001 (东山市, 优秀), U002 (东山市 and 西河州, no bundled rule applied), U003
 * (西河州, every rule lacked figures), U004 (paired only in 2018, 良好). U009 was rated in 2018 only.
 */
class UnitDirectoryTest {

    private static final StructType COMPLETENESS = new StructType()
            .add("form_code", DataTypes.StringType).add("period", DataTypes.StringType)
            .add("submitter_code", DataTypes.StringType).add("submitter_name", DataTypes.StringType)
            .add("subject_code", DataTypes.StringType).add("subject_name", DataTypes.StringType)
            .add("county_code", DataTypes.StringType).add("county_name", DataTypes.StringType)
            .add("prefecture_code", DataTypes.StringType).add("prefecture_name", DataTypes.StringType)
            .add("status", DataTypes.StringType).add("status_zh", DataTypes.StringType)
            .add("days_late", DataTypes.IntegerType);

    private static final StructType VERDICT = new StructType()
            .add("year", DataTypes.IntegerType).add("unit_code", DataTypes.StringType)
            .add("unit_name", DataTypes.StringType).add("unit_level", DataTypes.StringType)
            .add("unit_category", DataTypes.StringType).add("bundled_rules", DataTypes.LongType)
            .add("rules_not_assessable", DataTypes.LongType)
            .add("share_met_percent", DataTypes.createDecimalType(5, 1))
            .add("rating", DataTypes.StringType).add("rating_en", DataTypes.StringType);

    private static final StructType UNIT_QUARTER = new StructType()
            .add("unit_code", DataTypes.StringType).add("unit_name", DataTypes.StringType)
            .add("unit_level", DataTypes.StringType).add("unit_category", DataTypes.StringType)
            .add("period", DataTypes.StringType);

    @TempDir
    static Path workspace;

    static Path site;

    static String topic;

    @BeforeAll
    static void publishFourUnitsOneOfThemPairedInTwoPrefecturesAndOneInNone() throws IOException {
        List<Object[]> completeness = new ArrayList<>(List.of(
                bf1("2019Q4", "U001", "990101", "青松县", "990100", "东山市"),
                bf1("2019Q4", "U002", "990102", "白云县", "990100", "东山市"),
                bf1("2019Q4", "U002", "990201", "红岩县", "990200", "西河州"),
                bf1("2019Q3", "U002", "990201", "红岩县", "990200", "西河州"),
                bf1("2019Q4", "U003", "990201", "红岩县", "990200", "西河州"),
                // Paired only the year before: not in 2019's directories.
                bf1("2018Q4", "U004", "990101", "青松县", "990100", "东山市")));
        site = publish("site", completeness, verdicts(true));
        topic = Files.readString(site.resolve("topics/units.html"));
    }

    @Test
    void aUnitPairedInTwoPrefecturesIsListedInBothDirectories() throws IOException {
        String dongshan = Files.readString(site.resolve("units/prefectures/990100.html"));
        String xihe = Files.readString(site.resolve("units/prefectures/990200.html"));
        assertThat(unitLinks(dongshan)).as("东山市: its counties' units of 2019").containsExactly("U001", "U002");
        assertThat(unitLinks(xihe)).as("西河州: U002 again, once for its two quarters").containsExactly("U002", "U003");
        assertThat(dongshan).contains("东山市帮扶单位").contains("href=\"../../topics/units.html#directories\"")
                .contains("href=\"../../areas/990100.html\"");
        assertThat(xihe).as("the verdict says why a unit is not rated").contains("无法评定（报送数据不全）");
        assertThat(dongshan).contains("无法评定（无适用规则）").contains("优秀");
        for (String unit : List.of("U001", "U002", "U003", "U004")) {
            assertThat(site.resolve("units/" + unit + ".html")).as("the directories link published unit pages").isRegularFile();
        }
    }

    @Test
    void unitsPairedWithNoCountyInTheYearHaveAPageOfTheirOwn() throws IOException {
        String unpaired = Files.readString(site.resolve(CatalogueSite.UNPAIRED_UNITS_PATH));
        assertThat(unitLinks(unpaired)).as("U004 was paired in 2018 only; U009 has no 2019 verdict").containsExactly("U004");
        assertThat(unpaired).contains("未结对县的单位").contains("Units not paired with a county");
        assertThat(topic).contains("href=\"../" + CatalogueSite.UNPAIRED_UNITS_PATH + "\"").contains("未结对县的单位（1个）");
    }

    @Test
    void theTopicLinksEveryDirectoryAndListsNoUnit() {
        assertThat(unitLinks(topic)).as("no per-unit table on the topic page").isEmpty();
        assertThat(topic).doesNotContain("各帮扶单位评定");
        assertThat(topic).contains("href=\"../units/prefectures/990100.html\"").contains("href=\"../units/prefectures/990200.html\"");
        String table = topic.substring(topic.indexOf("2019年各市州帮扶单位"));
        assertThat(rowCells(table, "990100")).as("东山市: units, then 优秀, 良好, 无法评定 by reason")
                .containsExactly("2", "1", "0", "1", "0");
        assertThat(rowCells(table, "990200")).containsExactly("2", "0", "0", "1", "1");
    }

    @Test
    void theVerdictSummaryCountsUnitsNotRatedByTheAssessmentNoticesReasons() {
        String summary = topic.substring(topic.indexOf("2019年帮扶单位三捆绑评定"), topic.indexOf("</table>", topic.indexOf("2019年帮扶单位三捆绑评定")));
        assertThat(summary).contains("无法评定：没有适用的计入“三捆绑”评定的考核规则").contains("无法评定：报送数据不全")
                .contains("Not rated: reported data incomplete");
        assertThat(summary).as("no count of 无法评定 without its reason").doesNotContain(">无法评定<");
        assertThat(summary.indexOf("优秀")).as("in the order results are read out").isLessThan(summary.indexOf("良好"));
        assertThat(summary.indexOf("良好")).isLessThan(summary.indexOf("无法评定："));
        assertThat(summary).as("U009's 2018 verdict is not the latest year's").doesNotContain("较差");
    }

    @Test
    void theAssessmentNoticeGivesTheSameReasonsForTheSameUnits() throws IOException {
        try (java.io.InputStream in = Files.newInputStream(site.resolve("briefings/assessment-2019.docx"));
                org.apache.poi.xwpf.extractor.XWPFWordExtractor notice = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
                        new org.apache.poi.xwpf.usermodel.XWPFDocument(in))) {
            assertThat(notice.getText()).as("U002 and U003, as the topic page counts them")
                    .contains("另有1个单位2019年度没有适用的计入“三捆绑”评定的考核规则").contains("还有1个单位因报送数据不全");
        }
        assertThat(topic).contains("无法评定：没有适用的计入“三捆绑”评定的考核规则").contains("无法评定：报送数据不全");
    }

    @Test
    void aPrefecturesAreaPageLinksItsDirectory() throws IOException {
        assertThat(Files.readString(site.resolve("areas/990100.html"))).contains("href=\"../units/prefectures/990100.html\"")
                .contains("东山市帮扶单位名录（2019年，2个）");
        assertThat(Files.readString(site.resolve("areas/990101.html"))).as("a county's page lists its own units instead")
                .doesNotContain("units/prefectures/");
    }

    @Test
    void noPageOfUnpairedUnitsWhenEveryUnitIsPaired() throws IOException {
        List<Object[]> completeness = List.of(
                bf1("2019Q4", "U001", "990101", "青松县", "990100", "东山市"),
                bf1("2019Q4", "U002", "990201", "红岩县", "990200", "西河州"),
                bf1("2019Q4", "U003", "990201", "红岩县", "990200", "西河州"));
        Path allPaired = publish("all-paired", completeness, verdicts(false));
        assertThat(allPaired.resolve(CatalogueSite.UNPAIRED_UNITS_PATH)).doesNotExist();
        assertThat(Files.readString(allPaired.resolve("topics/units.html"))).doesNotContain("unpaired.html").doesNotContain("未结对");
        assertThat(allPaired.resolve("units/prefectures/990100.html")).isRegularFile();
    }

    private static List<Object[]> verdicts(boolean withUnpairedUnit) {
        List<Object[]> verdicts = new ArrayList<>(List.of(
                verdict(2019, "U001", "中央甲部", "中央", 3, 0, "100.0", "优秀", "excellent"),
                verdict(2019, "U002", "省乙厅", "省", 0, 0, null, "无法评定", "not rated"),
                verdict(2019, "U003", "市丙局", "市", 2, 2, "0.0", "无法评定", "not rated"),
                verdict(2018, "U009", "县丁局", "县", 2, 0, "0.0", "较差", "poor")));
        if (withUnpairedUnit) {
            verdicts.add(verdict(2019, "U004", "省戊公司", "省", 2, 0, "50.0", "良好", "good"));
        }
        return verdicts;
    }

    private static Path publish(String folder, List<Object[]> completeness, List<Object[]> verdicts) {
        List<Object[]> quarters = verdicts.stream()
                .map(row -> new Object[] {row[1], row[2], row[3], "党政机关", "2019Q4"}).toList();
        Map<WarehouseTable, Dataset<Row>> frames = Map.of(
                WarehouseTable.GOLD_COMPLETENESS, frame(COMPLETENESS, completeness),
                WarehouseTable.GOLD_UNIT_VERDICT, frame(VERDICT, verdicts),
                WarehouseTable.GOLD_UNIT_QUARTER, frame(UNIT_QUARTER, quarters));
        Map<WarehouseTable, TableVersion> versions = new EnumMap<>(WarehouseTable.class);
        frames.keySet().forEach(table -> versions.put(table, new TableVersion(table.qualifiedName(), 1, Instant.EPOCH)));
        PublicationSnapshot snapshot = PublicationSnapshot.pinned(versions, PublishFixtures.snapshot().pinnedAt(),
                (table, version) -> frames.get(table), PublishFixtures.counties(), PublishFixtures.prefectures(),
                PublishFixtures.provinces());
        Path target = workspace.resolve(folder);
        new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options()).publish(snapshot, target);
        return target;
    }

    private static Object[] bf1(String period, String unit, String county, String countyName, String prefecture,
            String prefectureName) {
        return new Object[] {"BF-1", period, unit, "单位" + unit, county, countyName, county, countyName, prefecture,
            prefectureName, "on_time", "按时", null};
    }

    private static Object[] verdict(int year, String unit, String name, String level, long bundled, long notAssessable,
            String share, String rating, String ratingEnglish) {
        return new Object[] {year, unit, name, level, "党政机关", bundled, notAssessable, share == null ? null : new BigDecimal(share),
            rating, ratingEnglish};
    }

    private static Dataset<Row> frame(StructType schema, List<Object[]> rows) {
        return SharedSpark.session().createDataFrame(rows.stream().map(RowFactory::create).toList(), schema);
    }

    /** The unit codes a page links to unit pages, in order. */
    private static List<String> unitLinks(String page) {
        Matcher link = Pattern.compile("href=\"(?:\\.\\./)+units/(U\\d+)\\.html\"").matcher(page);
        List<String> codes = new ArrayList<>();
        while (link.find()) {
            codes.add(link.group(1));
        }
        return codes;
    }

    /** The cells of the table row whose heading links {@code code}'s directory. */
    private static List<String> rowCells(String table, String code) {
        int start = table.indexOf("units/prefectures/" + code + ".html");
        assertThat(start).as(code + " in the table").isNotNegative();
        String row = table.substring(start, table.indexOf("</tr>", start));
        Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
        List<String> cells = new ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(1));
        }
        return cells;
    }
}
