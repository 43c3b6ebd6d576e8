package org.bangfu.documents;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bangfu.indicators.AssistanceIndicators;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.Span;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.model.TableVersion;
import org.bangfu.warehouse.WarehouseTable;

/**
 * A tiny warehouse to write documents from: 示范省 with 东山市 (青松县, 白云县) and 西河州 (红岩县),
 * 2018Q4 and 2019Q4, with gold rows for work teams, exits, targets, reporting and assessment.
 * Figures are chosen so that every sentence can be worked out by hand (see the tests).
 */
final class DocumentFixtures {

    static final LocalDate PUBLISH_DATE = LocalDate.of(2020, 1, 15);

    private DocumentFixtures() {
    }

    static Path templatesDirectory() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
                .resolve("..").resolve("templates").toAbsolutePath().normalize();
    }

    static DocumentOptions options() {
        return new DocumentOptions(PUBLISH_DATE, PUBLISH_DATE, List.of());
    }

    static PublicationSnapshot snapshot() {
        List<TableVersion> versions = new ArrayList<>();
        for (WarehouseTable table : WarehouseTable.values()) {
            if (table.qualifiedName().startsWith("gold.")) {
                versions.add(new TableVersion(table.qualifiedName(), 3, Instant.parse("2020-01-14T07:00:00Z")));
            }
        }
        return new PublicationSnapshot(versions, Instant.parse("2020-01-14T08:00:00Z"), counties(), prefectures(), provinces());
    }

    static List<AreaQuarterFigures> provinces() {
        return List.of(
                area(AreaLevel.PROVINCE, "990000", "示范省", "", "", "", "2018Q4", Map.of(
                        AssistanceIndicators.ASSISTING_UNITS, "360", AssistanceIndicators.FUNDS_DIRECT, "72400",
                        AssistanceIndicators.FUNDS_COORDINATED, "227800", AssistanceIndicators.PROJECTS, "100",
                        AssistanceIndicators.PEOPLE_TRAINED, "26000")),
                area(AreaLevel.PROVINCE, "990000", "示范省", "", "", "", "2019Q4", Map.of(
                        AssistanceIndicators.ASSISTING_UNITS, "370", AssistanceIndicators.FUNDS_DIRECT, "82400",
                        AssistanceIndicators.FUNDS_COORDINATED, "227800", AssistanceIndicators.FUNDS_INDUSTRY, "101500",
                        AssistanceIndicators.PROJECTS, "128", AssistanceIndicators.PEOPLE_TRAINED, "25340",
                        AssistanceIndicators.JOBS_TRANSFERRED, "8200", AssistanceIndicators.FIRST_SECRETARIES, "1544")));
    }

    static List<AreaQuarterFigures> prefectures() {
        return List.of(
                area(AreaLevel.PREFECTURE, "990100", "东山市", "990100", "东山市", "", "2019Q4", Map.of(
                        AssistanceIndicators.ASSISTING_UNITS, "15", AssistanceIndicators.FUNDS_DIRECT, "35678.456")),
                area(AreaLevel.PREFECTURE, "990200", "西河州", "990200", "西河州", "", "2019Q4", Map.of(
                        AssistanceIndicators.ASSISTING_UNITS, "21", AssistanceIndicators.FUNDS_DIRECT, "46756.544")));
    }

    static List<AreaQuarterFigures> counties() {
        return List.of(
                county("990101", "青松县", "990100", "东山市", "2018Q4", "10", "20000"),
                county("990102", "白云县", "990100", "东山市", "2018Q4", "5", "1000"),
                county("990201", "红岩县", "990200", "西河州", "2018Q4", "20", "40000"),
                county("990101", "青松县", "990100", "东山市", "2019Q4", "12", "30000"),
                county("990102", "白云县", "990100", "东山市", "2019Q4", "0", null),
                county("990201", "红岩县", "990200", "西河州", "2019Q4", "21", "46756.544"));
    }

    private static AreaQuarterFigures county(String code, String name, String prefectureCode, String prefectureName,
            String period, String units, String fundsDirect) {
        Map<Indicator, String> figures = new LinkedHashMap<>();
        figures.put(AssistanceIndicators.ASSISTING_UNITS, units);
        if (fundsDirect != null) {
            figures.put(AssistanceIndicators.FUNDS_DIRECT, fundsDirect);
        }
        return area(AreaLevel.COUNTY, code, name, prefectureCode, prefectureName, "国定", period, figures);
    }

    private static AreaQuarterFigures area(AreaLevel level, String code, String name, String prefectureCode,
            String prefectureName, String povertyType, String period, Map<Indicator, String> values) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        values.forEach((indicator, value) -> figures.put(indicator.goldColumn(Span.YEAR_TO_DATE), new BigDecimal(value)));
        int year = Integer.parseInt(period.substring(0, 4));
        int quarter = Integer.parseInt(period.substring(5));
        return new AreaQuarterFigures(level, code, name, prefectureCode, prefectureName, povertyType, period, year, quarter, figures);
    }

    /** Gold beyond the area × quarter figures, as the snapshot would read it. */
    static GoldRecords gold() {
        return gold(Map.of());
    }

    /** The same with some tables taken away (an empty list) or replaced. */
    static GoldRecords gold(Map<WarehouseTable, List<GoldRecord>> replaced) {
        Map<WarehouseTable, List<GoldRecord>> tables = new EnumMap<>(WarehouseTable.class);
        tables.put(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER, List.of(
                record("level", "PROVINCE", "area_code", "990000", "area_name", "示范省", "prefecture_code", "", "period", "2018Q4",
                        "people_exited_ytd", 450000L),
                record("level", "PROVINCE", "area_code", "990000", "area_name", "示范省", "prefecture_code", "", "period", "2019Q4",
                        "poor_villages", 1000L, "villages_with_team", 974L, "team_coverage", new BigDecimal("97.4"),
                        "work_teams", 974L, "work_team_members", 2922L, "people_exited_ytd", 500000L,
                        "households_exited_ytd", 150000L, "poverty_incidence", new BigDecimal("3.9"),
                        "poverty_incidence_start", new BigDecimal("5.1"), "poverty_incidence_change", new BigDecimal("-1.2"),
                        "villages_exited_ytd", 1482L, "counties_exited", 31L),
                record("level", "PREFECTURE", "area_code", "990100", "area_name", "东山市", "prefecture_code", "990100",
                        "period", "2019Q4", "poor_villages", 600L, "villages_with_team", 580L),
                record("level", "COUNTY", "area_code", "990101", "area_name", "青松县", "prefecture_code", "990100",
                        "period", "2019Q4", "poor_villages", 300L, "villages_with_team", 290L)));
        tables.put(WarehouseTable.GOLD_AREA_TARGETS, List.of(
                record("level", "PROVINCE", "area_code", "990000", "area_name", "示范省", "prefecture_code", "", "year", 2019,
                        "target_people_exited", 520000L, "people_exited", 500000L, "people_exited_achievement", new BigDecimal("96.2"),
                        "target_villages_exited", 1500L, "villages_exited", 1482L, "villages_exited_achievement", new BigDecimal("98.8"),
                        "target_counties_exited", 31L, "counties_exited", 31L, "counties_exited_achievement", new BigDecimal("100.0")),
                record("level", "PREFECTURE", "area_code", "990200", "area_name", "西河州", "prefecture_code", "990200", "year", 2019,
                        "people_exited_achievement", new BigDecimal("99.0")),
                record("level", "PREFECTURE", "area_code", "990100", "area_name", "东山市", "prefecture_code", "990100", "year", 2019,
                        "people_exited_achievement", new BigDecimal("90.5"))));
        tables.put(WarehouseTable.GOLD_COMPLETENESS, List.of(
                completeness("BF-1", "U1", "甲单位", "990101", "990100", "东山市", "on_time", null),
                completeness("BF-1", "U2", "乙单位", "990201", "990200", "西河州", "late", 12),
                completeness("BF-3", "990102", "白云县", "990102", "990100", "东山市", "missing", null),
                completeness("BF-3", "990201", "红岩县", "990201", "990200", "西河州", "on_time", null)));
        tables.put(WarehouseTable.GOLD_UNIT_VERDICT, List.of(
                verdict("U1", "甲单位", "党政机关", "优秀", null),
                verdict("U2", "乙单位", "国有企业", "良好", "所驻村未按期退出"),
                verdict("U3", "丙单位", "国有企业", "较差", null)));
        tables.put(WarehouseTable.GOLD_UNIT_SCORECARD, List.of(
                record("year", 2019, "unit_code", "U2", "unit_name", "乙单位", "unit_level", "省", "unit_category", "国有企业",
                        "rule_code", "R1", "rule_name_zh", "选派第一书记", "requirement_zh", "每个结对县至少1名", "bundled", true,
                        "result", "未达标", "items_checked", 2L, "items_met", 1L, "items_not_met", 1L, "items_not_assessable", 0L,
                        "evidence_zh", "=结对县2个，选派第一书记1人")));
        tables.put(WarehouseTable.GOLD_UNIT_GROUP_QUARTER, List.of(
                record("group_kind", "UNIT_CATEGORY", "group_name", "党政机关", "period", "2019Q4", "assisting_units", 200L,
                        "funds_direct_ytd", new BigDecimal("40000")),
                record("group_kind", "UNIT_LEVEL", "group_name", "省", "period", "2019Q4", "assisting_units", 370L,
                        "funds_direct_ytd", new BigDecimal("82400"))));
        tables.putAll(replaced);
        return new GoldRecords(table -> Optional.ofNullable(tables.get(table)).filter(rows -> !rows.isEmpty()));
    }

    private static GoldRecord completeness(String form, String code, String name, String county, String prefecture,
            String prefectureName, String status, Integer daysLate) {
        return record("form_code", form, "period", "2019Q4", "submitter_code", code, "submitter_name", name,
                "county_code", county, "prefecture_code", prefecture, "prefecture_name", prefectureName, "status", status,
                "days_late", daysLate);
    }

    private static GoldRecord verdict(String code, String name, String category, String rating, String capReasons) {
        return record("year", 2019, "unit_code", code, "unit_name", name, "unit_level", "省", "unit_category", category,
                "rating", rating, "cap_reasons_zh", capReasons);
    }

    static GoldRecord record(Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            values.put((String) keysAndValues[index], keysAndValues[index + 1]);
        }
        return new GoldRecord(values);
    }

    /**
     * 示范省 and a second province, 试验省 (980000) with 北岭市 (980100) and its 松林县, and the nation's
     * rows (000000 全国) beside them. The nation's figures are its own gold rows, not sums of the provinces:
     * 2019Q4 funds direct 82,400 + 7,600 = 90,000万元; units 395, not 370 + 30 = 400, since a central unit
     * helping both provinces counts once.
     */
    static PublicationSnapshot nationalSnapshot() {
        List<AreaQuarterFigures> provinces = new ArrayList<>(provinces());
        provinces.add(area(AreaLevel.PROVINCE, "980000", "试验省", "", "", "", "2019Q4", Map.of(
                AssistanceIndicators.ASSISTING_UNITS, "30", AssistanceIndicators.FUNDS_DIRECT, "7600",
                AssistanceIndicators.FUNDS_COORDINATED, "1200")));
        List<AreaQuarterFigures> prefectures = new ArrayList<>(prefectures());
        prefectures.add(area(AreaLevel.PREFECTURE, "980100", "北岭市", "980100", "北岭市", "", "2019Q4", Map.of(
                AssistanceIndicators.ASSISTING_UNITS, "30", AssistanceIndicators.FUNDS_DIRECT, "7600")));
        List<AreaQuarterFigures> counties = new ArrayList<>(counties());
        counties.add(county("980101", "松林县", "980100", "北岭市", "2019Q4", "30", "7600"));
        PublicationSnapshot single = snapshot();
        return new PublicationSnapshot(single.versions(), single.pinnedAt(), counties, prefectures, provinces);
    }

    /** The gold of {@link #nationalSnapshot()}: the nation's BF-1, progress, targets and exits rows added. */
    static GoldRecords nationalGold() {
        Map<WarehouseTable, List<GoldRecord>> tables = new EnumMap<>(WarehouseTable.class);
        tables.put(WarehouseTable.GOLD_NATION_QUARTER, List.of(
                nation("2018Q4", 360, "72400", "227800"),
                nation("2019Q4", 395, "90000", "229000")));
        List<GoldRecord> progress = new ArrayList<>(gold().table(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER).orElseThrow());
        progress.add(record("level", "NATION", "area_code", "000000", "area_name", "全国", "prefecture_code", null,
                "period", "2019Q4", "poor_villages", 1100L, "villages_with_team", 1070L, "team_coverage", new BigDecimal("97.3"),
                "people_exited_ytd", 520000L, "villages_exited_ytd", 1500L));
        progress.add(record("level", "PROVINCE", "area_code", "980000", "area_name", "试验省", "prefecture_code", null,
                "period", "2019Q4", "poor_villages", 100L, "villages_with_team", 96L, "villages_exited_ytd", 18L));
        progress.add(record("level", "PREFECTURE", "area_code", "980100", "area_name", "北岭市", "prefecture_code", "980100",
                "period", "2019Q4", "poor_villages", 100L, "villages_with_team", 96L, "villages_exited_ytd", 18L));
        progress.add(record("level", "COUNTY", "area_code", "980101", "area_name", "松林县", "prefecture_code", "980100",
                "period", "2019Q4", "poor_villages", 100L, "villages_with_team", 96L, "villages_exited_ytd", 18L));
        tables.put(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER, progress);
        List<GoldRecord> targets = new ArrayList<>(gold().table(WarehouseTable.GOLD_AREA_TARGETS).orElseThrow());
        targets.add(record("level", "NATION", "area_code", "000000", "area_name", "全国", "prefecture_code", null, "year", 2019,
                "target_people_exited", 540000L, "people_exited", 520000L, "people_exited_achievement", new BigDecimal("96.3")));
        targets.add(record("level", "PROVINCE", "area_code", "980000", "area_name", "试验省", "prefecture_code", null, "year", 2019,
                "target_people_exited", 20000L, "people_exited", 20000L, "people_exited_achievement", new BigDecimal("100.0")));
        tables.put(WarehouseTable.GOLD_AREA_TARGETS, targets);
        return gold(tables);
    }

    private static GoldRecord nation(String period, long units, String direct, String coordinated) {
        return record("level", "NATION", "area_code", "000000", "area_name", "全国", "period", period,
                "year", Integer.parseInt(period.substring(0, 4)), "quarter", Integer.parseInt(period.substring(5)),
                "assisting_units", units, "funds_direct_ytd", new BigDecimal(direct), "funds_coordinated_ytd", new BigDecimal(coordinated));
    }

    static DocumentContext context(GoldRecords gold) {
        return DocumentContext.of(snapshot(), gold, templatesDirectory(), options(), null);
    }
}
