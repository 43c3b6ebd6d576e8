package org.bangfu.model;

import org.apache.spark.sql.Column;
import org.bangfu.indicators.Accumulation;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.IndicatorCatalogue;
import org.bangfu.indicators.Span;
import org.bangfu.warehouse.ColumnMeaning;

/**
 * Names gold columns with their meaning (the Delta column comment), taking the words from the
 * indicator catalogue so that a column and the indicator it holds are described the same way.
 */
public final class GoldColumns {

    private GoldColumns() {
    }

    /** A descriptive or bookkeeping column: Chinese meaning, then English. */
    public static Column named(Column column, String name, String chinese, String english) {
        return ColumnMeaning.named(column, name, chinese + " / " + english);
    }

    /** The gold column of an indicator's span (a stock has one column whatever the span). */
    public static Column indicator(Column column, String indicatorCode, Span span) {
        Indicator indicator = IndicatorCatalogue.byCode(indicatorCode);
        String name = indicator.goldColumn(span);
        if (indicator.accumulation() == Accumulation.STOCK) {
            return named(column, name, indicator.chineseLabelWithUnit(), indicator.englishLabelWithUnit());
        }
        return named(column, name, indicator.chineseLabelWithUnit() + "，" + span.chineseName(),
                indicator.englishLabelWithUnit() + ", " + span.englishName());
    }

    /**
     * The descriptive columns every area × quarter row starts with, in this order: level, area_code,
     * area_name, prefecture_code, prefecture_name, poverty_type, province_code, province_name,
     * period, year, quarter.
     */
    public static java.util.List<Column> areaAndPeriod() {
        return java.util.List.of(
                named(org.apache.spark.sql.functions.col("level"), "level", "汇总层级（COUNTY 县、PREFECTURE 市州、PROVINCE 省、NATION 全国）",
                        "level of the row: COUNTY, PREFECTURE, PROVINCE or NATION"),
                named(org.apache.spark.sql.functions.col("area_code"), "area_code", "区划代码（GB/T 2260；全国为000000）", "area code (GB/T 2260; 000000 for the nation)"),
                named(org.apache.spark.sql.functions.col("area_name"), "area_name", "区划名称", "area name"),
                named(org.apache.spark.sql.functions.col("prefecture_code"), "prefecture_code", "所属市州代码（省级行为空）",
                        "prefecture of the county, the prefecture itself on a prefecture row, empty for the province"),
                named(org.apache.spark.sql.functions.col("prefecture_name"), "prefecture_name", "所属市州名称", "prefecture name"),
                named(org.apache.spark.sql.functions.col("poverty_type"), "poverty_type", "贫困县类型（国定/省定/非贫困；县以上为空）",
                        "poverty county type (国定/省定/非贫困), empty above county level"),
                named(org.apache.spark.sql.functions.col("province_code"), "province_code", "省代码", "province code"),
                named(org.apache.spark.sql.functions.col("province_name"), "province_name", "省名称", "province name"),
                named(org.apache.spark.sql.functions.col("period"), "period", "报告期（如2019Q4）", "reporting quarter, e.g. 2019Q4"),
                named(org.apache.spark.sql.functions.col("year"), "year", "年度", "year"),
                named(org.apache.spark.sql.functions.col("quarter"), "quarter", "季度（1-4）", "quarter (1-4)"));
    }

    /** The one column of a stock indicator. */
    public static Column indicator(Column column, String indicatorCode) {
        return indicator(column, indicatorCode, Span.QUARTER);
    }
}
