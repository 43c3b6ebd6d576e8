package org.bangfu.model;

import static org.bangfu.model.TinyFrames.frame;
import static org.bangfu.model.TinyFrames.row;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.junit.Test;

/**
 * A central unit 中 (中央) helps 甲县 in 云南 (530000) and 庚县 in 贵州 (520000); a provincial unit 省
 * helps 甲县 only. 2019Q1 BF-1: 中 gives 10 in 甲县 and 30 in 庚县, 省 gives 5 in 甲县. The central unit
 * is counted once in each province it helps and once nationally; its funds go to each county's
 * province.
 */
public class CentralUnitsAcrossProvincesTest extends SharedSparkDataFrameSuite {

    private static Dataset<Row> counties() {
        return frame(SilverFrames.schemaOf(FormCatalogue.COUNTY_REGISTER),
                county("530102", "甲县", "530100", "乙州", "530000", "云南省"),
                county("520102", "庚县", "520100", "丙市", "520000", "贵州省"));
    }

    private static Map<String, Object> county(String code, String name, String prefectureCode, String prefectureName,
            String provinceCode, String provinceName) {
        return row("county_code", code, "county_name", name, "prefecture_code", prefectureCode,
                "prefecture_name", prefectureName, "province_code", provinceCode, "province_name", provinceName,
                "poverty_type", "国定", "deep_poverty", "否", "rural_population", 10_000L);
    }

    private static Dataset<Row> pairings() {
        return frame(SilverFrames.schemaOf(FormCatalogue.PAIRINGS),
                row("unit_code", "中", "county_code", "530102", "start_date", "2017-01-01", "is_lead", "是"),
                row("unit_code", "中", "county_code", "520102", "start_date", "2017-01-01", "is_lead", "是"),
                row("unit_code", "省", "county_code", "530102", "start_date", "2017-01-01", "is_lead", "否"));
    }

    private static Dataset<Row> increments() {
        return AssistanceAggregates.withQuarterIncrements(frame(SilverFrames.schemaOf(FormCatalogue.UNIT_ASSISTANCE),
                report("中", "530102", "10"), report("中", "520102", "30"), report("省", "530102", "5")));
    }

    private static Map<String, Object> report(String unit, String county, String fundsDirect) {
        return row("unit_code", unit, "county_code", county, "period", "2019Q1", "year", 2019, "quarter", 1,
                "funds_direct", fundsDirect);
    }

    private static Dataset<Row> units() {
        return frame(SilverFrames.schemaOf(FormCatalogue.UNIT_REGISTER),
                row("unit_code", "中", "unit_name", "中央某部", "unit_level", "中央", "unit_category", "党政机关"),
                row("unit_code", "省", "unit_name", "省某厅", "unit_level", "省", "unit_category", "党政机关"));
    }

    @Test
    public void aCentralUnitHelpingTwoProvincesCountsOnceNationallyAndOnceInEachProvince() {
        Dataset<Row> actual = AssistanceAggregates.provinceQuarter(increments(), counties(), pairings())
                .unionByName(AssistanceAggregates.nationQuarter(increments(), counties(), pairings()))
                .select("level", "area_code", "area_name", "province_code", "assisting_units", "paired_units",
                        "funds_direct_ytd");

        // Provinces add up to 3 units, the nation has 2: the central unit is not counted twice.
        Dataset<Row> expected = frame(actual.schema(),
                area("PROVINCE", "530000", "云南省", "530000", 2, "15"),
                area("PROVINCE", "520000", "贵州省", "520000", 1, "30"),
                area("NATION", "000000", "全国", "", 2, "45"));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    private static Map<String, Object> area(String level, String code, String name, String province, long units,
            String funds) {
        return row("level", level, "area_code", code, "area_name", name, "province_code", province,
                "assisting_units", units, "paired_units", units, "funds_direct_ytd", funds);
    }

    @Test
    public void unitLevelsSeparateCentralFromProvincialUnits() {
        Dataset<Row> actual = AssistanceAggregates.unitGroupQuarter(increments(), units(), pairings())
                .filter("group_kind = 'UNIT_LEVEL'")
                .select("group_name", "assisting_units", "paired_units", "funds_direct_ytd");

        Dataset<Row> expected = frame(actual.schema(),
                row("group_name", "中央", "assisting_units", 1L, "paired_units", 1L, "funds_direct_ytd", "40"),
                row("group_name", "省", "assisting_units", 1L, "paired_units", 1L, "funds_direct_ytd", "5"));
        assertDataFrameNoOrderEquals(expected, actual);
    }
}
