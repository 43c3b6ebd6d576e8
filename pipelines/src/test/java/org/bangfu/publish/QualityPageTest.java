package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
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
 * The data-quality page lists at most {@link CatalogueSite#LISTED_ROWS} rows of each long list, and
 * under a list cut short says how many of how many and links the gold table's download, whose rows
 * of the same filter are the whole list.
 */
class QualityPageTest {

    private static final int LATE_OR_MISSING = CatalogueSite.LISTED_ROWS + 5;
    private static final int QUARANTINED = CatalogueSite.LISTED_ROWS + 3;
    private static final int DIFFERING = CatalogueSite.LISTED_ROWS + 2;

    private static final StructType COMPLETENESS = new StructType()
            .add("form_code", DataTypes.StringType).add("period", DataTypes.StringType)
            .add("submitter_code", DataTypes.StringType).add("submitter_name", DataTypes.StringType)
            .add("subject_code", DataTypes.StringType).add("subject_name", DataTypes.StringType)
            .add("county_code", DataTypes.StringType).add("county_name", DataTypes.StringType)
            .add("prefecture_code", DataTypes.StringType).add("prefecture_name", DataTypes.StringType)
            .add("status", DataTypes.StringType).add("status_zh", DataTypes.StringType)
            .add("days_late", DataTypes.IntegerType);

    private static final StructType DATA_QUALITY = new StructType()
            .add("outcome", DataTypes.StringType).add("form_code", DataTypes.StringType)
            .add("period", DataTypes.StringType).add("rule_code", DataTypes.StringType)
            .add("submitter_code", DataTypes.StringType).add("submitter_name", DataTypes.StringType)
            .add("rows", DataTypes.LongType).add("submitters", DataTypes.LongType)
            .add("outcome_zh", DataTypes.StringType).add("rule_zh", DataTypes.StringType)
            .add("rule_en", DataTypes.StringType);

    private static final StructType RECONCILIATION = new StructType()
            .add("rule_code", DataTypes.StringType).add("period", DataTypes.StringType)
            .add("subject_kind", DataTypes.StringType).add("subject_code", DataTypes.StringType)
            .add("subject_name", DataTypes.StringType).add("value_a", DataTypes.LongType)
            .add("value_b", DataTypes.LongType).add("difference", DataTypes.LongType)
            .add("agrees", DataTypes.BooleanType).add("rule_zh", DataTypes.StringType);

    @TempDir
    static Path workspace;

    static Path site;

    static String page;

    @BeforeAll
    static void publishMoreLateSubmissionsQuarantinedRowsAndDifferencesThanAPageLists() {
        List<Object[]> completeness = new ArrayList<>();
        for (int index = 0; index < LATE_OR_MISSING; index++) {
            boolean late = index % 2 == 0;
            completeness.add(new Object[] {"BF-1", "2019Q4", String.format("U%04d", index), "单位" + index, "990101", "青松县",
                "990101", "青松县", "990100", "东山市", late ? "late" : "missing", late ? "逾期" : "未报送", late ? 3 : null});
        }
        // Not on the list: on time, or of an earlier quarter.
        completeness.add(new Object[] {"BF-1", "2019Q4", "U9998", "按时单位", "990101", "青松县", "990101", "青松县", "990100", "东山市", "on_time", "按时", null});
        completeness.add(new Object[] {"BF-1", "2019Q3", "U9999", "上季单位", "990101", "青松县", "990101", "青松县", "990100", "东山市", "missing", "未报送", null});
        List<Object[]> quality = new ArrayList<>();
        for (int index = 0; index < QUARANTINED; index++) {
            quality.add(new Object[] {"quarantined", "BF-1", index % 2 == 0 ? "2019Q4" : "2019Q3", "R001",
                String.format("U%04d", index), "单位" + index, 2L, 1L, "隔离", "必填项为空", "required field empty"});
        }
        quality.add(new Object[] {"warned", "BF-1", "2019Q4", "R002", "U0001", "单位1", 1L, 1L, "警告", "数值偏大", "value large"});
        List<Object[]> reconciliation = new ArrayList<>();
        for (int index = 0; index < DIFFERING + 4; index++) {
            boolean agrees = index >= DIFFERING;
            reconciliation.add(new Object[] {"X001", "2019Q4", "unit", String.format("U%04d", index), "单位" + index, 5L,
                agrees ? 5L : 4L, agrees ? 0L : 1L, agrees, "驻村队员"});
        }
        // Could not be compared (the model never writes one): not a difference, on the card or the page.
        reconciliation.add(new Object[] {"X001", "2019Q4", "unit", "U9997", "未核对单位", null, null, null, null, "驻村队员"});
        Map<WarehouseTable, Dataset<Row>> frames = Map.of(
                WarehouseTable.GOLD_COMPLETENESS, frame(COMPLETENESS, completeness),
                WarehouseTable.GOLD_DATA_QUALITY, frame(DATA_QUALITY, quality),
                WarehouseTable.GOLD_RECONCILIATION_DIFFERENCES, frame(RECONCILIATION, reconciliation));
        Map<WarehouseTable, TableVersion> versions = new EnumMap<>(WarehouseTable.class);
        frames.keySet().forEach(table -> versions.put(table, new TableVersion(table.qualifiedName(), 1, Instant.EPOCH)));
        PublicationSnapshot snapshot = PublicationSnapshot.pinned(versions, PublishFixtures.snapshot().pinnedAt(),
                (table, version) -> frames.get(table), PublishFixtures.counties(), PublishFixtures.prefectures(),
                PublishFixtures.provinces());
        site = workspace.resolve("site");
        new Publisher(PublishFixtures.templatesDirectory(), PublishFixtures.options()).publish(snapshot, site);
        try {
            page = Files.readString(site.resolve("topics/quality.html"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void lateAndMissingSubmittersAreCutToTheCapAndTheRestAreTheLatestQuarterRowsNotOnTimeInTheDownload() throws IOException {
        String table = table("逾期和未报送的报送单位");
        assertThat(bodyRows(table)).isEqualTo(CatalogueSite.LISTED_ROWS);
        assertThat(table).doesNotContain("按时单位").doesNotContain("上季单位");
        String note = cutNote(table);
        assertThat(note).contains("表中列出前100行，共105行").contains("报告期（period）为2019Q4、状态（status）不是on_time")
                .contains("The first 100 of 105 are listed");
        assertThat(download(note, "completeness.csv", row -> row.get("period").equals("2019Q4") && !row.get("status").equals("on_time")))
                .isEqualTo(LATE_OR_MISSING);
    }

    @Test
    void quarantinedRowsAreCutToTheCapAndTheRestAreTheQuarantinedRowsOfTheDownload() throws IOException {
        String table = table("各报送者被隔离的行");
        assertThat(bodyRows(table)).isEqualTo(CatalogueSite.LISTED_ROWS);
        String note = cutNote(table);
        assertThat(note).contains("表中列出前100行，共103行").contains("处理结果（outcome）为quarantined")
                .contains("The first 100 of 103 are listed");
        assertThat(download(note, "data_quality.csv", row -> row.get("outcome").equals("quarantined"))).isEqualTo(QUARANTINED);
        assertThat(table("按规则统计的隔离行和警告行")).as("the summary by rule is whole").doesNotContain("table-cut");
    }

    @Test
    void differingComparisonsAreCutToTheCapAndTheRestAreTheRowsThatDoNotAgreeInTheDownload() throws IOException {
        String table = table("不一致的跨来源核对");
        assertThat(bodyRows(table)).isEqualTo(CatalogueSite.LISTED_ROWS);
        String note = cutNote(table);
        assertThat(note).contains("表中列出前100行，共102行").contains("The first 100 of 102 are listed");
        assertThat(page).contains("其中102对不一致");
        assertThat(table).doesNotContain("未核对单位");
        assertThat(download(note, "reconciliation_differences.csv", row -> row.get("agrees").equals("false"))).isEqualTo(DIFFERING);
        assertThat(note).contains("href=\"../downloads/gold/reconciliation_differences.xlsx\"");
        assertThat(site.resolve("downloads/gold/reconciliation_differences.xlsx")).isRegularFile();
    }

    @Test
    void theHomePageCardCountsTheDifferencesThePageLists() throws IOException {
        String home = Files.readString(site.resolve("index.html"));
        Matcher card = Pattern.compile("跨来源差异(\\d+)处").matcher(home);
        assertThat(card.find()).as("the quality card counts differences").isTrue();
        Matcher listed = Pattern.compile("其中(\\d+)对不一致").matcher(page);
        assertThat(listed.find()).as("the quality page counts differences").isTrue();
        assertThat(card.group(1)).as("one definition of a difference: agrees false; a null could not be compared")
                .isEqualTo(listed.group(1)).isEqualTo(String.valueOf(DIFFERING));
        assertThat(page).as("every row, compared or not, is counted as compared").contains("跨来源核对" + (DIFFERING + 5) + "对数");
    }

    private static Dataset<Row> frame(StructType schema, List<Object[]> rows) {
        return SharedSpark.session().createDataFrame(rows.stream().map(RowFactory::create).toList(), schema);
    }

    /** The table captioned {@code caption}, from its caption to the end of what follows it (its note, if any). */
    private static String table(String caption) {
        int start = page.indexOf(caption);
        assertThat(start).as(caption).isNotNegative();
        int next = page.indexOf("<div class=\"table-scroll\"", start);
        int end = page.indexOf("</section>", start);
        return page.substring(start, next < 0 || end < next ? end : next);
    }

    private static int bodyRows(String table) {
        String body = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
        return body.split("<tr>", -1).length - 1;
    }

    private static String cutNote(String table) {
        int start = table.indexOf("<p class=\"note table-cut\">");
        assertThat(start).as("a sentence under the table").isNotNegative();
        return table.substring(start, table.indexOf("</p>", start));
    }

    /**
     * The rows of the linked CSV, which must exist in the site, that pass {@code filter}: each row by
     * column name, a header being "中文含义 column".
     */
    private static long download(String note, String file, Predicate<Map<String, String>> filter) throws IOException {
        Matcher link = Pattern.compile("href=\"([^\"]*/" + Pattern.quote(file) + ")\"").matcher(note);
        assertThat(link.find()).as(file + " linked").isTrue();
        Path target = site.resolve("topics").resolve(link.group(1)).normalize();
        assertThat(target).as("the link's target is published").isRegularFile();
        try (Reader reader = Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
            reader.skip(1); // the byte order mark
            org.apache.commons.csv.CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(reader);
            List<String> headers = csv.getHeaderNames();
            return csv.stream().map(record -> {
                Map<String, String> row = new java.util.HashMap<>();
                for (int column = 0; column < headers.size(); column++) {
                    String header = headers.get(column);
                    row.put(header.substring(header.lastIndexOf(' ') + 1), record.get(column));
                }
                return row;
            }).filter(filter).count();
        }
    }
}
