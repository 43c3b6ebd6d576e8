package org.bangfu.model;

import static org.bangfu.model.TinyFrames.frame;
import static org.junit.Assert.assertEquals;
import static org.bangfu.model.TinyFrames.row;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bangfu.testing.SharedSparkDataFrameSuite;
import org.junit.Test;

/**
 * Counties ranked within prefecture and province, 国定 and 省定 apart, standard competition
 * ranking (1, 2, 2, 4). 乙州 has 国定 A and B and 省定 C; 庚州 has 国定 D and F; E is not poor and F
 * did not report people exited.
 */
public class CountyRankingsTest extends SharedSparkDataFrameSuite {

    private static final StructType COUNTY_ROWS = new StructType()
            .add("level", DataTypes.StringType).add("area_code", DataTypes.StringType)
            .add("area_name", DataTypes.StringType).add("prefecture_code", DataTypes.StringType)
            .add("province_code", DataTypes.StringType).add("poverty_type", DataTypes.StringType)
            .add("period", DataTypes.StringType).add("year", DataTypes.IntegerType)
            .add("quarter", DataTypes.IntegerType).add("people_exited_ytd", DataTypes.LongType)
            .add("poverty_incidence", DataTypes.createDecimalType(9, 1))
            .add("funds_total_ytd", DataTypes.createDecimalType(28, 4));

    private static Map<String, Object> county(String code, String prefecture, String type, Long exited,
            String incidence, String funds) {
        return row("level", "COUNTY", "area_code", code, "area_name", code, "prefecture_code", prefecture,
                "province_code", "530000", "poverty_type", type, "period", "2019Q2", "year", 2019, "quarter", 2,
                "people_exited_ytd", exited, "poverty_incidence", incidence, "funds_total_ytd", funds);
    }

    private static Dataset<Row> counties() {
        return frame(COUNTY_ROWS,
                county("A", "530100", "国定", 500L, "5.3", "100"),
                county("B", "530100", "国定", 500L, "7.1", "50"),
                county("C", "530100", "省定", 300L, "2.0", null),
                county("D", "530200", "国定", 800L, "5.3", null),
                county("E", "530200", "非贫困", 900L, "0.5", "900"),
                county("F", "530200", "国定", null, "1.0", null),
                row("level", "PREFECTURE", "area_code", "530100", "prefecture_code", "530100", "province_code", "530000",
                        "poverty_type", "", "period", "2019Q2", "year", 2019, "quarter", 2, "people_exited_ytd", 1300L));
    }

    @Test
    public void tiesShareTheBetterRankTheNextIsSkippedAndLowerIncidenceRanksFirst() {
        Dataset<Row> actual = CountyRankings.rank(counties(), counties())
                .select("indicator_code", "scope", "scope_code", "poverty_type", "county_code", "rank", "group_size");

        Dataset<Row> expected = frame(actual.schema(),
                ranked("people_exited", "PREFECTURE", "530100", "国定", "A", 1, 2),
                ranked("people_exited", "PREFECTURE", "530100", "国定", "B", 1, 2),
                ranked("people_exited", "PREFECTURE", "530100", "省定", "C", 1, 1),
                ranked("people_exited", "PREFECTURE", "530200", "国定", "D", 1, 1),
                ranked("people_exited", "PROVINCE", "530000", "国定", "D", 1, 3),
                ranked("people_exited", "PROVINCE", "530000", "国定", "A", 2, 3),
                ranked("people_exited", "PROVINCE", "530000", "国定", "B", 2, 3),
                ranked("people_exited", "PROVINCE", "530000", "省定", "C", 1, 1),
                ranked("poverty_incidence", "PREFECTURE", "530100", "国定", "A", 1, 2),
                ranked("poverty_incidence", "PREFECTURE", "530100", "国定", "B", 2, 2),
                ranked("poverty_incidence", "PREFECTURE", "530100", "省定", "C", 1, 1),
                ranked("poverty_incidence", "PREFECTURE", "530200", "国定", "F", 1, 2),
                ranked("poverty_incidence", "PREFECTURE", "530200", "国定", "D", 2, 2),
                ranked("poverty_incidence", "PROVINCE", "530000", "国定", "F", 1, 4),
                ranked("poverty_incidence", "PROVINCE", "530000", "国定", "A", 2, 4),
                ranked("poverty_incidence", "PROVINCE", "530000", "国定", "D", 2, 4),
                ranked("poverty_incidence", "PROVINCE", "530000", "国定", "B", 4, 4),
                ranked("poverty_incidence", "PROVINCE", "530000", "省定", "C", 1, 1),
                ranked("funds_total", "PREFECTURE", "530100", "国定", "A", 1, 2),
                ranked("funds_total", "PREFECTURE", "530100", "国定", "B", 2, 2),
                ranked("funds_total", "PROVINCE", "530000", "国定", "A", 1, 2),
                ranked("funds_total", "PROVINCE", "530000", "国定", "B", 2, 2));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    @Test
    public void countiesOfSeveralProvincesAreAlsoRankedNationallyEachTypeApart() {
        Map<String, Object> otherProvince = row("level", "COUNTY", "area_code", "G", "area_name", "G",
                "prefecture_code", "590100", "province_code", "590000", "poverty_type", "国定", "period", "2019Q2",
                "year", 2019, "quarter", 2, "people_exited_ytd", 600L, "poverty_incidence", "3.0", "funds_total_ytd", null);
        Dataset<Row> twoProvinces = counties().unionByName(frame(COUNTY_ROWS, otherProvince));
        Dataset<Row> actual = CountyRankings.rank(twoProvinces, twoProvinces)
                .where("scope = 'NATION' AND indicator_code = 'people_exited'")
                .select("indicator_code", "scope", "scope_code", "poverty_type", "county_code", "rank", "group_size");

        Dataset<Row> expected = frame(actual.schema(),
                ranked("people_exited", "NATION", "000000", "国定", "D", 1, 4),
                ranked("people_exited", "NATION", "000000", "国定", "G", 2, 4),
                ranked("people_exited", "NATION", "000000", "国定", "A", 3, 4),
                ranked("people_exited", "NATION", "000000", "国定", "B", 3, 4),
                ranked("people_exited", "NATION", "000000", "省定", "C", 1, 1));
        assertDataFrameNoOrderEquals(expected, actual);
    }

    @Test
    public void oneProvinceHasNoNationalRankingThatWouldRepeatTheProvincesOne() {
        assertEquals(0, CountyRankings.rank(counties(), counties()).where("scope = 'NATION'").count());
    }

    private static Map<String, Object> ranked(String indicator, String scope, String scopeCode, String type,
            String county, int rank, long groupSize) {
        return row("indicator_code", indicator, "scope", scope, "scope_code", scopeCode, "poverty_type", type,
                "county_code", county, "rank", rank, "group_size", groupSize);
    }
}
