package org.bangfu.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.bangfu.model.AreaQuarterFigures;

/**
 * Every indicator bangfu publishes, in the order it is published, and the few other labels that
 * appear on every output. The only place these names, units and precisions are written.
 */
public final class IndicatorCatalogue {

    private static final String QUARTER_INCREMENT_CHINESE =
            "本年累计为年初至季末；本季度为本季末累计减上季末累计，上季未报送时不推算。";
    private static final String QUARTER_INCREMENT_ENGLISH =
            " Year to date runs from January to the quarter's end; the quarter value is this quarter's"
                    + " year-to-date figure less last quarter's, and is left blank when last quarter was not reported.";

    public static final Indicator FUNDS_DIRECT = new Indicator(
            "funds_direct",
            "直接投入帮扶资金",
            "Funds invested directly",
            IndicatorUnit.TEN_THOUSAND_YUAN,
            "帮扶单位以自有资金直接投入的帮扶资金，为各单位报送的BF-1表“直接投入帮扶资金”之和。" + QUARTER_INCREMENT_CHINESE,
            "Money the assisting units put in from their own funds: the sum of BF-1 funds_direct over units."
                    + QUARTER_INCREMENT_ENGLISH,
            2,
            RoundingMode.HALF_UP,
            true,
            Accumulation.FLOW,
            AreaQuarterFigures::fundsDirectYearToDate,
            AreaQuarterFigures::fundsDirectQuarter);

    public static final Indicator FUNDS_COORDINATED = new Indicator(
            "funds_coordinated",
            "协调引进帮扶资金",
            "Funds brought in from others",
            IndicatorUnit.TEN_THOUSAND_YUAN,
            "帮扶单位协调、引进的其他方面资金，为BF-1表“协调引进帮扶资金”之和，与直接投入分列，不重复计算。"
                    + QUARTER_INCREMENT_CHINESE,
            "Money the assisting units brought in from other sources: the sum of BF-1 funds_coordinated,"
                    + " kept apart from funds invested directly so nothing is counted twice."
                    + QUARTER_INCREMENT_ENGLISH,
            2,
            RoundingMode.HALF_UP,
            true,
            Accumulation.FLOW,
            AreaQuarterFigures::fundsCoordinatedYearToDate,
            AreaQuarterFigures::fundsCoordinatedQuarter);

    public static final Indicator ASSISTING_UNITS = new Indicator(
            "assisting_units",
            "帮扶单位",
            "Assisting units",
            IndicatorUnit.ITEMS,
            "报送了该季度BF-1表的不同帮扶单位个数（季末数，不跨季度累加）。",
            "Distinct units that submitted BF-1 for the area and quarter (a quarter-end count, not added up over quarters).",
            0,
            RoundingMode.HALF_UP,
            true,
            Accumulation.STOCK,
            figures -> BigDecimal.valueOf(figures.assistingUnits()),
            figures -> BigDecimal.valueOf(figures.assistingUnits()));

    public static final Indicator PAIRED_UNITS = new Indicator(
            "paired_units",
            "结对帮扶单位",
            "Paired units",
            IndicatorUnit.ITEMS,
            "季末与该地区有结对帮扶关系（ML-4结对帮扶关系表）的不同单位个数。",
            "Distinct units paired with the area (ML-4 pairings) at the quarter's end.",
            0,
            RoundingMode.HALF_UP,
            true,
            Accumulation.STOCK,
            figures -> BigDecimal.valueOf(figures.pairedUnits()),
            figures -> BigDecimal.valueOf(figures.pairedUnits()));

    public static final Indicator PROJECTS = new Indicator(
            "projects",
            "引进帮扶项目",
            "Projects brought in",
            IndicatorUnit.ITEMS,
            "BF-1表“引进帮扶项目”之和。" + QUARTER_INCREMENT_CHINESE,
            "The sum of BF-1 projects." + QUARTER_INCREMENT_ENGLISH,
            0,
            RoundingMode.HALF_UP,
            true,
            Accumulation.FLOW,
            figures -> count(figures.projectsYearToDate()),
            figures -> count(figures.projectsQuarter()));

    public static final Indicator PEOPLE_TRAINED = new Indicator(
            "people_trained",
            "培训基层干部和技术人员",
            "Local cadres and technicians trained",
            IndicatorUnit.PERSON_TIMES,
            "BF-1表“培训基层干部”与“培训技术人员”之和，按人次计。" + QUARTER_INCREMENT_CHINESE,
            "BF-1 trained_cadres plus trained_technicians, counted in person-times." + QUARTER_INCREMENT_ENGLISH,
            0,
            RoundingMode.HALF_UP,
            true,
            Accumulation.FLOW,
            figures -> count(figures.peopleTrainedYearToDate()),
            figures -> count(figures.peopleTrainedQuarter()));

    public static final Indicator JOBS_TRANSFERRED = new Indicator(
            "jobs_transferred",
            "帮助转移就业",
            "Rural workers helped into off-farm jobs",
            IndicatorUnit.PERSONS,
            "BF-1表“帮助转移就业”之和，按人计。" + QUARTER_INCREMENT_CHINESE,
            "The sum of BF-1 jobs_transferred, counted in persons." + QUARTER_INCREMENT_ENGLISH,
            0,
            RoundingMode.HALF_UP,
            true,
            Accumulation.FLOW,
            figures -> count(figures.jobsTransferredYearToDate()),
            figures -> count(figures.jobsTransferredQuarter()));

    /** Stamped on every output: the gold table versions it was built from. */
    public static final FieldLabel DATA_VERSION = new FieldLabel("数据版本", "Data version", "data_version");

    /** The day a publication was made. */
    public static final FieldLabel PUBLISHED_ON = new FieldLabel("发布日期", "Published", "published_on");

    private static final List<Indicator> ALL = List.of(
            FUNDS_DIRECT, FUNDS_COORDINATED, ASSISTING_UNITS, PAIRED_UNITS, PROJECTS, PEOPLE_TRAINED, JOBS_TRANSFERRED);

    private IndicatorCatalogue() {
    }

    /** All indicators, in publication order. */
    public static List<Indicator> all() {
        return ALL;
    }

    /** The indicator with a code; fails naming the codes that exist. */
    public static Indicator byCode(String code) {
        return ALL.stream()
                .filter(indicator -> indicator.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator has code '" + code + "'; known codes: "
                        + ALL.stream().map(Indicator::code).collect(Collectors.joining(", "))));
    }

    /** Every published column: each flow year to date and in the quarter, each stock once. */
    public static List<IndicatorColumn> columns() {
        return ALL.stream()
                .flatMap(indicator -> indicator.publishedSpans().stream().map(span -> new IndicatorColumn(indicator, span)))
                .toList();
    }

    private static BigDecimal count(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
