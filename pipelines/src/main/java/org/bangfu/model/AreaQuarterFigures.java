package org.bangfu.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.StructField;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.GoldFigures;

/**
 * One row of a gold area × quarter table (county, prefecture or the province): who and when, and
 * its figures by gold column name, so that the indicator catalogue reads any column it defines.
 * Amounts are in 万元. A missing or null figure means nothing was reported, never zero.
 *
 * @param level county, prefecture or province
 * @param areaCode GB/T 2260 code of the area
 * @param areaName its name
 * @param prefectureCode the county's prefecture (the prefecture itself on a prefecture row; empty for the province)
 * @param prefectureName the name of that prefecture
 * @param povertyType 国定, 省定 or 非贫困 for a county; empty otherwise
 * @param period the quarter, e.g. {@code 2019Q4}
 * @param year the year of the quarter
 * @param quarter 1 to 4
 * @param figures every numeric gold column by name, e.g. {@code funds_direct_ytd} → 82400
 */
public record AreaQuarterFigures(
        AreaLevel level,
        String areaCode,
        String areaName,
        String prefectureCode,
        String prefectureName,
        String povertyType,
        String period,
        int year,
        int quarter,
        Map<String, BigDecimal> figures) implements GoldFigures {

    public AreaQuarterFigures {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /**
     * The BF-1 figures the walking skeleton published, by position: kept so that existing readers and
     * fixtures build rows the way they did.
     */
    public AreaQuarterFigures(AreaLevel level, String areaCode, String areaName, String prefectureCode,
            String prefectureName, String povertyType, String period, int year, int quarter,
            long assistingUnits, long pairedUnits,
            BigDecimal fundsDirectYearToDate, BigDecimal fundsDirectQuarter,
            BigDecimal fundsCoordinatedYearToDate, BigDecimal fundsCoordinatedQuarter,
            Long projectsYearToDate, Long projectsQuarter,
            Long peopleTrainedYearToDate, Long peopleTrainedQuarter,
            Long jobsTransferredYearToDate, Long jobsTransferredQuarter) {
        this(level, areaCode, areaName, prefectureCode, prefectureName, povertyType, period, year, quarter,
                skeletonFigures(assistingUnits, pairedUnits, fundsDirectYearToDate, fundsDirectQuarter,
                        fundsCoordinatedYearToDate, fundsCoordinatedQuarter, projectsYearToDate, projectsQuarter,
                        peopleTrainedYearToDate, peopleTrainedQuarter, jobsTransferredYearToDate, jobsTransferredQuarter));
    }

    /**
     * A gold area × quarter row as read from Delta: the descriptive columns by name and every
     * integral or decimal column as a figure (decimal trailing zeros stripped).
     */
    public static AreaQuarterFigures fromGoldRow(Row row) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (StructField field : row.schema().fields()) {
            String name = field.name();
            if (name.equals("year") || name.equals("quarter")) {
                continue;
            }
            Object value = row.isNullAt(row.fieldIndex(name)) ? null : row.get(row.fieldIndex(name));
            if (field.dataType() instanceof DecimalType) {
                figures.put(name, value == null ? null : ((BigDecimal) value).stripTrailingZeros());
            } else if (field.dataType() instanceof IntegralType) {
                figures.put(name, value == null ? null : BigDecimal.valueOf(((Number) value).longValue()));
            }
        }
        return new AreaQuarterFigures(AreaLevel.valueOf(row.getAs("level")), row.getAs("area_code"),
                row.getAs("area_name"), row.getAs("prefecture_code"), row.getAs("prefecture_name"),
                row.getAs("poverty_type"), row.getAs("period"), row.<Integer>getAs("year"),
                row.<Integer>getAs("quarter"), figures);
    }

    @Override
    public BigDecimal figure(String goldColumn) {
        return figures.get(goldColumn);
    }

    /** Distinct units that submitted BF-1 for the area and quarter. */
    public long assistingUnits() {
        return count("assisting_units");
    }

    /** Distinct units paired with the area (ML-4) at the quarter's end. */
    public long pairedUnits() {
        return count("paired_units");
    }

    /** 直接投入帮扶资金, year to date, 万元; null when not reported. */
    public BigDecimal fundsDirectYearToDate() {
        return figure("funds_direct_ytd");
    }

    /** The period as a quarter, for ordering and for naming it in Chinese or English. */
    public Quarter reportingQuarter() {
        return Quarter.of(year, quarter);
    }

    private long count(String column) {
        BigDecimal value = figure(column);
        return value == null ? 0 : value.longValueExact();
    }

    private static Map<String, BigDecimal> skeletonFigures(long assistingUnits, long pairedUnits,
            BigDecimal fundsDirectYearToDate, BigDecimal fundsDirectQuarter,
            BigDecimal fundsCoordinatedYearToDate, BigDecimal fundsCoordinatedQuarter,
            Long projectsYearToDate, Long projectsQuarter, Long peopleTrainedYearToDate, Long peopleTrainedQuarter,
            Long jobsTransferredYearToDate, Long jobsTransferredQuarter) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("assisting_units", BigDecimal.valueOf(assistingUnits));
        figures.put("paired_units", BigDecimal.valueOf(pairedUnits));
        figures.put("funds_direct_ytd", fundsDirectYearToDate);
        figures.put("funds_direct_quarter", fundsDirectQuarter);
        figures.put("funds_coordinated_ytd", fundsCoordinatedYearToDate);
        figures.put("funds_coordinated_quarter", fundsCoordinatedQuarter);
        figures.put("projects_ytd", count(projectsYearToDate));
        figures.put("projects_quarter", count(projectsQuarter));
        figures.put("people_trained_ytd", count(peopleTrainedYearToDate));
        figures.put("people_trained_quarter", count(peopleTrainedQuarter));
        figures.put("jobs_transferred_ytd", count(jobsTransferredYearToDate));
        figures.put("jobs_transferred_quarter", count(jobsTransferredQuarter));
        return figures;
    }

    private static BigDecimal count(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
