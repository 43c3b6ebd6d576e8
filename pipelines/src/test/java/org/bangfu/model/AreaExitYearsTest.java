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
 * gold.area_exit_year and gold.area_county_groups from ML-1 and ML-2 alone, on two provinces worked
 * by hand. 云南 (530000, prefecture 乙州): 甲县 国定, 深度贫困, 乌蒙山片区, planned and exited 2018;
 * 丁县 省定, planned 2019 but exited 2020; 戊县 not poor; 己县 省定, planned and exited 2019.
 * 贵州 (520000, its name left blank in the register, prefecture 丙市): 庚县 国定, 深度贫困, 乌蒙山片区,
 * planned and exited 2019. Poor villages: two in 甲县 (one planned and exited 2017, one planned 2018
 * and not exited), one in 庚县 (planned and exited 2019); 丁县's only village is not poor.
 * The years span 2017 (the earliest village plan) to 2020 (the latest exit).
 */
public class AreaExitYearsTest extends SharedSparkDataFrameSuite {

    private static Dataset<Row> counties() {
        return frame(SilverFrames.schemaOf(FormCatalogue.COUNTY_REGISTER),
                county("530102", "甲县", "530100", "乙州", "530000", "云南省", "国定", "是", "乌蒙山片区", 2018, 2018),
                county("530103", "丁县", "530100", "乙州", "530000", "云南省", "省定", "否", null, 2019, 2020),
                county("530104", "戊县", "530100", "乙州", "530000", "云南省", "非贫困", "否", "", null, null),
                county("530105", "己县", "530100", "乙州", "530000", "云南省", "省定", "否", null, 2019, 2019),
                county("520102", "庚县", "520100", "丙市", "520000", "", "国定", "是", "乌蒙山片区", 2019, 2019));
    }

    private static Map<String, Object> county(String code, String name, String prefectureCode, String prefectureName,
            String provinceCode, String provinceName, String type, String deep, String contiguousArea,
            Integer plannedExitYear, Integer exitYear) {
        return row("county_code", code, "county_name", name, "prefecture_code", prefectureCode,
                "prefecture_name", prefectureName, "province_code", provinceCode, "province_name", provinceName,
                "poverty_type", type, "deep_poverty", deep, "contiguous_area", contiguousArea,
                "planned_exit_year", plannedExitYear, "exit_year", exitYear, "rural_population", 10_000L);
    }

    private static Dataset<Row> villages() {
        return frame(SilverFrames.schemaOf(FormCatalogue.VILLAGE_REGISTER),
                village("530102001001", "是", "是", 2017, 2017),
                village("530102001002", "是", "否", 2018, null),
                village("530103001001", "否", "否", 2018, 2018),
                village("520102001001", "是", "否", 2019, 2019));
    }

    private static Map<String, Object> village(String code, String poor, String deep, Integer planned, Integer exited) {
        return row("village_code", code, "village_name", "村", "township_name", "镇", "poor_village", poor,
                "deep_poverty_village", deep, "planned_exit_year", planned, "exit_year", exited);
    }

    @Test
    public void nationAndProvincesCountCountiesAndVillagesPlannedAgainstExitedByYearWithRatesFromSums() {
        Dataset<Row> actual = AreaExitYears.areaExitYear(counties(), villages())
                .filter("level in ('NATION', 'PROVINCE')")
                .select("level", "area_code", "area_name", "year", "counties", "national_poor_counties",
                        "provincial_poor_counties", "non_poor_counties", "deep_poverty_counties",
                        "contiguous_area_counties", "counties_planned_exit", "counties_exited",
                        "counties_planned_exited", "counties_exit_on_schedule_rate", "counties_exited_cumulative",
                        "poor_counties_remaining", "poor_villages", "deep_poverty_villages", "villages_planned_exit",
                        "villages_exited", "villages_exit_on_schedule_rate", "villages_exited_cumulative",
                        "poor_villages_remaining");

        // 2019 nationally: 3 planned (丁, 己, 庚), 2 on schedule → 66.7 %, not the mean of 云南 50.0 and 贵州 100.0.
        Dataset<Row> expected = frame(actual.schema(),
                area("NATION", "000000", "全国", 2017, 5, 2, 2, 1, 2, 2, 0, 0, 0, null, 0, 4, 3, 1, 1, 1, "100.0", 1, 2),
                area("NATION", "000000", "全国", 2018, 5, 2, 2, 1, 2, 2, 1, 1, 1, "100.0", 1, 3, 3, 1, 1, 0, "0.0", 1, 2),
                area("NATION", "000000", "全国", 2019, 5, 2, 2, 1, 2, 2, 3, 2, 2, "66.7", 3, 1, 3, 1, 1, 1, "100.0", 2, 1),
                area("NATION", "000000", "全国", 2020, 5, 2, 2, 1, 2, 2, 0, 1, 0, null, 4, 0, 3, 1, 0, 0, null, 2, 1),
                area("PROVINCE", "530000", "云南省", 2017, 4, 1, 2, 1, 1, 1, 0, 0, 0, null, 0, 3, 2, 1, 1, 1, "100.0", 1, 1),
                area("PROVINCE", "530000", "云南省", 2018, 4, 1, 2, 1, 1, 1, 1, 1, 1, "100.0", 1, 2, 2, 1, 1, 0, "0.0", 1, 1),
                area("PROVINCE", "530000", "云南省", 2019, 4, 1, 2, 1, 1, 1, 2, 1, 1, "50.0", 2, 1, 2, 1, 0, 0, null, 1, 1),
                area("PROVINCE", "530000", "云南省", 2020, 4, 1, 2, 1, 1, 1, 0, 1, 0, null, 3, 0, 2, 1, 0, 0, null, 1, 1),
                area("PROVINCE", "520000", "贵州省", 2017, 1, 1, 0, 0, 1, 1, 0, 0, 0, null, 0, 1, 1, 0, 0, 0, null, 0, 1),
                area("PROVINCE", "520000", "贵州省", 2018, 1, 1, 0, 0, 1, 1, 0, 0, 0, null, 0, 1, 1, 0, 0, 0, null, 0, 1),
                area("PROVINCE", "520000", "贵州省", 2019, 1, 1, 0, 0, 1, 1, 1, 1, 1, "100.0", 1, 0, 1, 0, 1, 1, "100.0", 1, 0),
                area("PROVINCE", "520000", "贵州省", 2020, 1, 1, 0, 0, 1, 1, 0, 0, 0, null, 1, 0, 1, 0, 0, 0, null, 1, 0));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    private static Map<String, Object> area(String level, String code, String name, int year, long counties,
            long national, long provincial, long nonPoor, long deep, long contiguous, long plannedExit, long exited,
            long plannedExited, String onSchedule, long exitedCumulative, long remaining, long poorVillages,
            long deepVillages, long villagesPlanned, long villagesExited, String villagesOnSchedule,
            long villagesCumulative, long villagesRemaining) {
        return row("level", level, "area_code", code, "area_name", name, "year", year, "counties", counties,
                "national_poor_counties", national, "provincial_poor_counties", provincial,
                "non_poor_counties", nonPoor, "deep_poverty_counties", deep, "contiguous_area_counties", contiguous,
                "counties_planned_exit", plannedExit, "counties_exited", exited, "counties_planned_exited", plannedExited,
                "counties_exit_on_schedule_rate", onSchedule, "counties_exited_cumulative", exitedCumulative,
                "poor_counties_remaining", remaining, "poor_villages", poorVillages, "deep_poverty_villages", deepVillages,
                "villages_planned_exit", villagesPlanned, "villages_exited", villagesExited,
                "villages_exit_on_schedule_rate", villagesOnSchedule, "villages_exited_cumulative", villagesCumulative,
                "poor_villages_remaining", villagesRemaining);
    }

    @Test
    public void countyAndPrefectureRowsCarryTheirHierarchyWithTheProvinceNamedFromGbT2260WhereTheRegisterIsBlank() {
        Dataset<Row> actual = AreaExitYears.areaExitYear(counties(), villages())
                .filter("year = 2019 and (area_code in ('530103', '520102', '520100'))")
                .select("level", "area_code", "area_name", "prefecture_code", "prefecture_name", "province_code",
                        "province_name", "poverty_type", "planned_exit_year", "exit_year", "counties_planned_exit",
                        "counties_exited", "counties_exit_on_schedule_rate", "poor_villages");

        Dataset<Row> expected = frame(actual.schema(),
                row("level", "COUNTY", "area_code", "530103", "area_name", "丁县", "prefecture_code", "530100",
                        "prefecture_name", "乙州", "province_code", "530000", "province_name", "云南省",
                        "poverty_type", "省定", "planned_exit_year", 2019, "exit_year", 2020,
                        "counties_planned_exit", 1L, "counties_exited", 0L, "counties_exit_on_schedule_rate", "0.0",
                        "poor_villages", 0L),
                row("level", "COUNTY", "area_code", "520102", "area_name", "庚县", "prefecture_code", "520100",
                        "prefecture_name", "丙市", "province_code", "520000", "province_name", "贵州省",
                        "poverty_type", "国定", "planned_exit_year", 2019, "exit_year", 2019,
                        "counties_planned_exit", 1L, "counties_exited", 1L, "counties_exit_on_schedule_rate", "100.0",
                        "poor_villages", 1L),
                row("level", "PREFECTURE", "area_code", "520100", "area_name", "丙市", "prefecture_code", "520100",
                        "prefecture_name", "丙市", "province_code", "520000", "province_name", "贵州省",
                        "poverty_type", "", "planned_exit_year", null, "exit_year", null,
                        "counties_planned_exit", 1L, "counties_exited", 1L, "counties_exit_on_schedule_rate", "100.0",
                        "poor_villages", 1L));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    @Test
    public void countiesByTypeDeepPovertyAndContiguousAreaEachAddUpToTheAreasCounties() {
        Dataset<Row> actual = AreaExitYears.areaCountyGroups(counties(), villages())
                .filter("level = 'NATION' and year = 2019")
                .select("group_kind", "group_name", "counties", "poor_counties", "counties_exited",
                        "counties_exited_cumulative", "poor_counties_remaining");

        Dataset<Row> expected = frame(actual.schema(),
                group("poverty_type", "国定", 2, 2, 1, 2, 0),
                group("poverty_type", "省定", 2, 2, 1, 1, 1),
                group("poverty_type", "非贫困", 1, 0, 0, 0, 0),
                group("deep_poverty", "深度贫困县", 2, 2, 1, 2, 0),
                group("deep_poverty", "非深度贫困县", 3, 2, 1, 1, 1),
                group("contiguous_area", "乌蒙山片区", 2, 2, 1, 2, 0),
                group("contiguous_area", "片区外", 3, 2, 1, 1, 1));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    private static Map<String, Object> group(String kind, String name, long counties, long poor, long exited,
            long cumulative, long remaining) {
        return row("group_kind", kind, "group_name", name, "counties", counties, "poor_counties", poor,
                "counties_exited", exited, "counties_exited_cumulative", cumulative, "poor_counties_remaining", remaining);
    }

    @Test
    public void registersWithoutAnyYearGiveNoRowsRatherThanRowsOfZeros() {
        Dataset<Row> undated = frame(SilverFrames.schemaOf(FormCatalogue.COUNTY_REGISTER),
                county("530102", "甲县", "530100", "乙州", "530000", "云南省", "国定", "是", null, null, null));
        org.assertj.core.api.Assertions.assertThat(AreaExitYears.areaExitYear(undated,
                        SilverFrames.emptyOf(spark(), FormCatalogue.VILLAGE_REGISTER)).count())
                .as("no year to count exits in").isZero();
    }
}
