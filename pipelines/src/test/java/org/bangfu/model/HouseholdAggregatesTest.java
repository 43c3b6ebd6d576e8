package org.bangfu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_CAUSE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_CAUSE_SHARE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_LABOUR_CAPACITY;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_LABOUR_CAPACITY_SHARE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_MEASURE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_MEASURE_GROUP;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_MEASURE_GROUP_SHARE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_BY_MEASURE_SHARE;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_EXITED_BY_YEAR;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_REGISTERED;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_RETURNED;
import static org.bangfu.model.HouseholdAggregates.HOUSEHOLDS_WITHOUT_HELPER_UNIT;
import static org.bangfu.model.HouseholdAggregates.INCOME_PER_CAPITA_MEAN;
import static org.bangfu.model.HouseholdAggregates.INCOME_PER_CAPITA_MEDIAN;
import static org.bangfu.model.HouseholdAggregates.PEOPLE_EXITED_BY_YEAR;
import static org.bangfu.model.HouseholdAggregates.PEOPLE_REGISTERED;
import static org.bangfu.model.HouseholdAggregates.PEOPLE_RETURNED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.quality.SilverSchema;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.bangfu.warehouse.ColumnMeaning;
import org.junit.Test;

/**
 * Every BF-4 household figure on a handful of households whose expected values are worked out by
 * hand in the comments (JUnit 4, spark-testing-base DataFrame equality on the shared session).
 *
 * <p>The area chain: 甲县 520101 and 乙县 520102 in 丙州 520100, province 丁省 520000.
 */
public class HouseholdAggregatesTest extends SharedSparkDataFrameSuite {

    private static final String JIA_VILLAGE = "520101001001";
    private static final String YI_VILLAGE = "520102001001";
    private static final String JIA_COUNTY = "520101";
    private static final String PREFECTURE = "520100";

    /** Silver BF-4 as the checks write it: the catalogue's stored fields, typed, plus lineage. */
    private static final StructType SILVER = silverSchema();

    private static final StructType COUNTIES = new StructType()
            .add("county_code", DataTypes.StringType)
            .add("county_name", DataTypes.StringType)
            .add("prefecture_code", DataTypes.StringType)
            .add("prefecture_name", DataTypes.StringType)
            .add("province_code", DataTypes.StringType)
            .add("province_name", DataTypes.StringType)
            .add("poverty_type", DataTypes.StringType);

    private static StructType silverSchema() {
        StructType schema = new StructType();
        for (FieldDefinition field : FormCatalogue.get(FormCatalogue.POOR_HOUSEHOLDS).storedFields()) {
            schema = schema.add(field.name(), SilverSchema.typeOf(field));
        }
        return schema.add("file_hash", DataTypes.StringType).add("row_number", DataTypes.LongType);
    }

    /** A household of 2019 with everything reported; change what a test is about. */
    private static Household household(String id, String village) {
        return new Household(id, village);
    }

    private static final class Household {
        private final Map<String, Object> values = new LinkedHashMap<>();

        Household(String id, String village) {
            values.put("household_id", id.repeat(64 / id.length() + 1).substring(0, 64));
            values.put("head_id_number", "f".repeat(64));
            values.put("village_code", village);
            values.put("year", 2019);
            values.put("household_size", 3L);
            values.put("main_cause", "因病");
            values.put("labour_capacity", "有劳动能力");
            values.put("identified_year", 2014);
            values.put("exit_year", null);
            values.put("returned", "否");
            values.put("income_per_capita", new BigDecimal("4000.0000"));
            values.put("measures", "产业");
            values.put("helper_unit_code", "11100000000013127F");
            values.put("file_hash", "a".repeat(64));
            values.put("row_number", 5L);
        }

        Household with(String field, Object value) {
            values.put(field, value);
            return this;
        }

        Household income(String yuan) {
            return with("income_per_capita", yuan == null ? null : new BigDecimal(yuan).setScale(4));
        }

        Row row() {
            return RowFactory.create(Arrays.stream(SILVER.fieldNames()).map(values::get).toArray());
        }
    }

    private Dataset<Row> counties() {
        return spark().createDataFrame(List.of(
                RowFactory.create("520101", "甲县", "520100", "丙州", "520000", "丁省", "国定"),
                RowFactory.create("520102", "乙县", "520100", "丙州", "520000", "丁省", "省定")), COUNTIES);
    }

    /**
     * The gold table for these households, computed once and held as local rows, so that each
     * assertion filters a small table instead of planning the whole transform again.
     */
    private Dataset<Row> gold(Household... households) {
        Dataset<Row> silver = spark().createDataFrame(
                Arrays.stream(households).map(Household::row).toList(), SILVER);
        return computed(HouseholdAggregates.indicators(silver, counties()));
    }

    private Dataset<Row> computed(Dataset<Row> rows) {
        return spark().createDataFrame(rows.collectAsList(), rows.schema());
    }

    /** One indicator's rows for one area (area codes are unique across levels). */
    private static Dataset<Row> figures(Dataset<Row> gold, String indicatorCode, String areaCode) {
        return gold.filter(gold.col("indicator_code").equalTo(indicatorCode)
                        .and(gold.col("area_code").equalTo(areaCode)))
                .select("area_level", "area_code", "category", "value", "households_included");
    }

    private static List<Row> rows(Row... rows) {
        return List.of(rows);
    }

    /** DataFrame equality in any order; the expected rows take the actual schema (column comments included). */
    private void assertFigures(List<Row> expected, Dataset<Row> actual) {
        assertDataFrameNoOrderEquals(spark().createDataFrame(expected, actual.schema()), actual);
    }

    private static Row figure(String level, String area, String category, String value, long included) {
        return RowFactory.create(level, area, category, value == null ? null : new BigDecimal(value), included);
    }

    private static Row county(String category, String value, long included) {
        return figure("COUNTY", "520101", category, value, included);
    }

    @Test
    public void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleIncomesAndBlankIncomesAreLeftOut() {
        // Reported: 3000, 3500, 4200, 9000 → median (3500 + 4200) / 2 = 3850; mean 19700 / 4 = 4925.
        // The fifth household left income blank: not a zero, not included (a zero would make it 3500 and 3940).
        Dataset<Row> gold = gold(
                household("a", JIA_VILLAGE).income("9000"),
                household("b", JIA_VILLAGE).income("3000"),
                household("c", JIA_VILLAGE).income("4200"),
                household("d", JIA_VILLAGE).income("3500"),
                household("e", JIA_VILLAGE).income(null));

        assertFigures(rows(county("", "3850", 4)),
                figures(gold, INCOME_PER_CAPITA_MEDIAN, JIA_COUNTY));
        assertFigures(rows(county("", "4925", 4)),
                figures(gold, INCOME_PER_CAPITA_MEAN, JIA_COUNTY));
    }

    @Test
    public void aMedianOfTwoMiddleIncomesKeepsItsHalfCent() {
        // 1000.0001 and 1000.0002: the exact median 1000.00015 needs a fifth decimal, which gold keeps.
        Dataset<Row> gold = gold(
                household("a", JIA_VILLAGE).income("1000.0001"),
                household("b", JIA_VILLAGE).income("1000.0002"));

        assertFigures(rows(county("", "1000.00015", 2)),
                figures(gold, INCOME_PER_CAPITA_MEDIAN, JIA_COUNTY));
    }

    @Test
    public void aPrefectureMedianIsTakenOverItsHouseholdsNotOverItsCountyMedians() {
        // 甲县 1000, 2000, 3000 → 2000; 乙县 4000, 5000 → 4500. The median of those two county medians
        // would be 3250; the prefecture's five households give 3000, and so does the province.
        Dataset<Row> gold = gold(
                household("a", JIA_VILLAGE).income("1000"),
                household("b", JIA_VILLAGE).income("2000"),
                household("c", JIA_VILLAGE).income("3000"),
                household("d", YI_VILLAGE).income("4000"),
                household("e", YI_VILLAGE).income("5000"));

        Dataset<Row> medians = medians(gold);
        assertFigures(rows(
                figure("COUNTY", "520101", "", "2000", 3),
                figure("COUNTY", "520102", "", "4500", 2),
                figure("PREFECTURE", "520100", "", "3000", 5),
                figure("PROVINCE", "520000", "", "3000", 5),
                figure("NATION", "000000", "", "3000", 5)), medians);
    }

    @Test
    public void equalIncomesInSeveralCountiesEachHoldTheirOwnPositions() {
        // 甲县 1000, 2000, 2000, 2000 → (2000 + 2000) / 2; 乙县 2000, 5000, 6000, 7000 → (5000 + 6000) / 2.
        // The prefecture's eight, in order: 1000, 2000, 2000, 2000, 2000, 5000, 6000, 7000 → 2000. Counting
        // the repeated 2000 once (as a distinct income) would give 5000.
        Dataset<Row> gold = gold(
                household("a", JIA_VILLAGE).income("1000"),
                household("b", JIA_VILLAGE).income("2000"),
                household("c", JIA_VILLAGE).income("2000"),
                household("d", JIA_VILLAGE).income("2000"),
                household("e", YI_VILLAGE).income("2000"),
                household("f", YI_VILLAGE).income("5000"),
                household("g", YI_VILLAGE).income("6000"),
                household("h", YI_VILLAGE).income("7000"));

        Dataset<Row> medians = medians(gold);
        assertFigures(rows(
                figure("COUNTY", "520101", "", "2000", 4),
                figure("COUNTY", "520102", "", "5500", 4),
                figure("PREFECTURE", "520100", "", "2000", 8),
                figure("PROVINCE", "520000", "", "2000", 8),
                figure("NATION", "000000", "", "2000", 8)), medians);
    }

    @Test
    public void householdsByCauseListEveryCatalogueCauseWithItsCountAndShare() {
        // Two households 因病 and one 缺资金 of three: 2 (66.666667 %) and 1 (33.333333 %); the other
        // ten causes 0 and 0 %.
        Dataset<Row> gold = gold(
                household("a", JIA_VILLAGE),
                household("b", JIA_VILLAGE),
                household("c", JIA_VILLAGE).with("main_cause", "缺资金"));

        List<Row> counts = new ArrayList<>();
        List<Row> shares = new ArrayList<>();
        for (String cause : HouseholdAggregates.categoriesOf("main_cause")) {
            String count = cause.equals("因病") ? "2" : cause.equals("缺资金") ? "1" : "0";
            String share = cause.equals("因病") ? "66.666667" : cause.equals("缺资金") ? "33.333333" : "0";
            counts.add(county(cause, count, 3));
            shares.add(county(cause, share, 3));
        }
        assertThat(counts).as("the catalogue's twelve causes").hasSize(12);
        assertFigures(rows(counts.toArray(Row[]::new)), figures(gold, HOUSEHOLDS_BY_CAUSE, JIA_COUNTY));
        assertFigures(rows(shares.toArray(Row[]::new)),
                figures(gold, HOUSEHOLDS_BY_CAUSE_SHARE, JIA_COUNTY));
    }

    @Test
    public void householdsByLabourCapacityCountAndShare() {
        // 有劳动能力 1, 无劳动能力 3, 部分丧失 0 of four households: 25 %, 75 %, 0 %.
        Dataset<Row> gold = gold(
                household("a", JIA_VILLAGE),
                household("b", JIA_VILLAGE).with("labour_capacity", "无劳动能力"),
                household("c", JIA_VILLAGE).with("labour_capacity", "无劳动能力"),
                household("d", JIA_VILLAGE).with("labour_capacity", "无劳动能力"));

        assertFigures(rows(
                county("有劳动能力", "1", 4), county("部分丧失", "0", 4), county("无劳动能力", "3", 4)),
                figures(gold, HOUSEHOLDS_BY_LABOUR_CAPACITY, JIA_COUNTY));
        assertFigures(rows(
                county("有劳动能力", "25", 4), county("部分丧失", "0", 4), county("无劳动能力", "75", 4)),
                figures(gold, HOUSEHOLDS_BY_LABOUR_CAPACITY_SHARE, JIA_COUNTY));
    }

    @Test
    public void aHouseholdWithSeveralMeasuresCountsUnderEachMeasureAndOnceInEachOfItsGroups() {
        // a: 产业、就业、金融、危房改造 — under all four measures, once in 发展生产 (three of its measures
        //    are that group), 危房改造 in no group.
        // b: 兜底、健康 — both measures, once in 社会保障兜底.
        // c: measures blank — not reported: in no count and not in the denominator of the shares (2).
        Dataset<Row> gold = gold(
                household("a", JIA_VILLAGE).with("measures", "产业、就业、金融、危房改造"),
                household("b", JIA_VILLAGE).with("measures", "兜底、健康"),
                household("c", JIA_VILLAGE).with("measures", null));

        Map<String, String> measureCounts = Map.of("产业", "1", "就业", "1", "金融", "1", "危房改造", "1", "兜底", "1",
                "健康", "1");
        List<Row> counts = new ArrayList<>();
        List<Row> shares = new ArrayList<>();
        for (String measure : HouseholdAggregates.categoriesOf("measures")) {
            counts.add(county(measure, measureCounts.getOrDefault(measure, "0"), 2));
            shares.add(county(measure, measureCounts.containsKey(measure) ? "50" : "0", 2));
        }
        assertFigures(rows(counts.toArray(Row[]::new)),
                figures(gold, HOUSEHOLDS_BY_MEASURE, JIA_COUNTY));
        assertFigures(rows(shares.toArray(Row[]::new)),
                figures(gold, HOUSEHOLDS_BY_MEASURE_SHARE, JIA_COUNTY));

        assertFigures(rows(
                county("发展生产脱贫一批", "1", 2), county("易地搬迁脱贫一批", "0", 2), county("生态补偿脱贫一批", "0", 2),
                county("发展教育脱贫一批", "0", 2), county("社会保障兜底一批", "1", 2)),
                figures(gold, HOUSEHOLDS_BY_MEASURE_GROUP, JIA_COUNTY));
        assertFigures(rows(
                county("发展生产脱贫一批", "50", 2), county("易地搬迁脱贫一批", "0", 2), county("生态补偿脱贫一批", "0", 2),
                county("发展教育脱贫一批", "0", 2), county("社会保障兜底一批", "50", 2)),
                figures(gold, HOUSEHOLDS_BY_MEASURE_GROUP_SHARE, JIA_COUNTY));
    }

    @Test
    public void measuresSeparatedBySemicolonsAndRepeatedAreCountedOnce() {
        // Silver joins measures with 、; a ; or ； that slipped through, and a repeat, change nothing.
        Dataset<Row> gold = gold(household("a", JIA_VILLAGE).with("measures", "教育；教育; 生态"));

        Dataset<Row> received = figures(gold, HOUSEHOLDS_BY_MEASURE, JIA_COUNTY);
        assertFigures(rows(county("教育", "1", 1), county("生态", "1", 1)),
                received.filter(received.col("value").gt(0)));
    }

    @Test
    public void registeredExitedReturnedAndWithoutHelperCountHouseholdsAndTheirPeople() {
        // 甲县: a 4 people exited 2017; b 3 people exited 2019, returned, no helper; c 2 people, not
        //       exited, no helper (blank text). 乙县: d 5 people exited 2018.
        // 甲县: 3 households, 9 people; exits 2017 1 (4), 2018 0 (0), 2019 1 (3); returned 1 (3); no helper 2.
        // 丙州: 4 households, 14 people; exits 2017 1 (4), 2018 1 (5), 2019 1 (3); returned 1 (3); no helper 2.
        Dataset<Row> gold = gold(
                household("a", JIA_VILLAGE).with("household_size", 4L).with("exit_year", 2017),
                household("b", JIA_VILLAGE).with("exit_year", 2019).with("returned", "是")
                        .with("helper_unit_code", null),
                household("c", JIA_VILLAGE).with("household_size", 2L).with("helper_unit_code", " "),
                household("d", YI_VILLAGE).with("household_size", 5L).with("exit_year", 2018));

        assertFigures(rows(county("", "3", 3)), figures(gold, HOUSEHOLDS_REGISTERED, JIA_COUNTY));
        assertFigures(rows(county("", "9", 3)), figures(gold, PEOPLE_REGISTERED, JIA_COUNTY));
        assertFigures(rows(county("2017", "1", 3), county("2018", "0", 3), county("2019", "1", 3)),
                figures(gold, HOUSEHOLDS_EXITED_BY_YEAR, JIA_COUNTY));
        assertFigures(rows(county("2017", "4", 3), county("2018", "0", 3), county("2019", "3", 3)),
                figures(gold, PEOPLE_EXITED_BY_YEAR, JIA_COUNTY));
        assertFigures(rows(county("", "1", 3)), figures(gold, HOUSEHOLDS_RETURNED, JIA_COUNTY));
        assertFigures(rows(county("", "3", 3)), figures(gold, PEOPLE_RETURNED, JIA_COUNTY));
        assertFigures(rows(county("", "2", 3)),
                figures(gold, HOUSEHOLDS_WITHOUT_HELPER_UNIT, JIA_COUNTY));

        assertFigures(rows(figure("PREFECTURE", "520100", "", "4", 4)),
                figures(gold, HOUSEHOLDS_REGISTERED, PREFECTURE));
        assertFigures(rows(figure("PREFECTURE", "520100", "", "14", 4)),
                figures(gold, PEOPLE_REGISTERED, PREFECTURE));
        assertFigures(rows(
                figure("PREFECTURE", "520100", "2017", "4", 4), figure("PREFECTURE", "520100", "2018", "5", 4),
                figure("PREFECTURE", "520100", "2019", "3", 4)),
                figures(gold, PEOPLE_EXITED_BY_YEAR, PREFECTURE));
        assertFigures(rows(figure("PREFECTURE", "520100", "", "2", 4)),
                figures(gold, HOUSEHOLDS_WITHOUT_HELPER_UNIT, PREFECTURE));
    }

    @Test
    public void aFigureNoHouseholdReportedIsNullWithNoneIncludedNotZero() {
        // Neither household reported income or measures: no median, no mean, no measure counts —
        // blank, with 0 households included, where a zero would claim "nobody received 产业".
        Dataset<Row> gold = gold(
                household("a", JIA_VILLAGE).income(null).with("measures", null),
                household("b", JIA_VILLAGE).income(null).with("measures", " "));

        assertFigures(rows(county("", null, 0)), figures(gold, INCOME_PER_CAPITA_MEDIAN, JIA_COUNTY));
        assertFigures(rows(county("", null, 0)), figures(gold, INCOME_PER_CAPITA_MEAN, JIA_COUNTY));
        Dataset<Row> groups = figures(gold, HOUSEHOLDS_BY_MEASURE_GROUP_SHARE, JIA_COUNTY);
        assertThat(groups.count()).as("every group still listed").isEqualTo(5);
        assertThat(groups.filter(groups.col("value").isNotNull()).count()).as("but none has a value").isZero();
        Dataset<Row> measures = figures(gold, HOUSEHOLDS_BY_MEASURE, JIA_COUNTY);
        assertThat(measures.filter(measures.col("value").isNotNull().or(measures.col("households_included").gt(0)))
                .count()).as("no measure count is a zero").isZero();
    }

    @Test
    public void everyAreaHasEveryIndicatorOncePerCategoryAndEveryColumnSaysWhatItMeans() {
        Dataset<Row> gold = gold(
                household("a", JIA_VILLAGE).with("exit_year", 2018),
                household("b", YI_VILLAGE));

        List<String> codes = gold.select("indicator_code").distinct().as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList();
        assertThat(codes).as("the table holds exactly the indicators it declares")
                .containsExactlyInAnyOrderElementsOf(HouseholdAggregates.INDICATOR_CODES);
        assertThat(gold.groupBy("area_level", "area_code", "year", "indicator_code", "category").count()
                .filter("count > 1").count()).as("one row per key").isZero();
        assertThat(gold.select("area_level", "area_code", "area_name").distinct().collectAsList())
                .as("two counties, their prefecture, their province and the nation, each named")
                .containsExactlyInAnyOrder(
                        RowFactory.create("COUNTY", "520101", "甲县"), RowFactory.create("COUNTY", "520102", "乙县"),
                        RowFactory.create("PREFECTURE", "520100", "丙州"), RowFactory.create("PROVINCE", "520000", "丁省"),
                        RowFactory.create("NATION", "000000", "全国"));
        for (StructField field : gold.schema().fields()) {
            assertThat(ColumnMeaning.of(field)).as("meaning of " + field.name()).contains(" / ");
        }
    }

    private static Dataset<Row> medians(Dataset<Row> gold) {
        return gold.filter(gold.col("indicator_code").equalTo(INCOME_PER_CAPITA_MEDIAN))
                .select("area_level", "area_code", "category", "value", "households_included");
    }
}
