package org.bangfu.publish;

import static org.bangfu.indicators.IndicatorCatalogue.ASSISTING_UNITS;
import static org.bangfu.indicators.IndicatorCatalogue.FUNDS_COORDINATED;
import static org.bangfu.indicators.IndicatorCatalogue.FUNDS_DIRECT;
import static org.bangfu.indicators.IndicatorCatalogue.JOBS_TRANSFERRED;
import static org.bangfu.indicators.IndicatorCatalogue.PEOPLE_TRAINED;
import static org.bangfu.indicators.IndicatorCatalogue.PROJECTS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.Span;
import org.bangfu.model.AreaQuarterFigures;

/**
 * The one paragraph that says how the programme stands, written from the province's figures for a
 * quarter in official number style. The briefing and the home page print the same words.
 */
final class ProgressSummary {

    /** The year-to-date flows the paragraph reports, in the order official texts list them. */
    static final List<Indicator> REPORTED_FLOWS =
            List.of(FUNDS_DIRECT, FUNDS_COORDINATED, PROJECTS, PEOPLE_TRAINED, JOBS_TRANSFERRED);

    private ProgressSummary() {
    }

    /**
     * E.g. "截至2019年第四季度，全省共有128个帮扶单位报送定点帮扶情况，本年累计直接投入帮扶资金8.24亿元，
     * 协调引进帮扶资金22.78亿元，引进帮扶项目12个，培训基层干部和技术人员3400人次，帮助转移就业560人。"
     * Figures not reported are named in a closing sentence instead of being written as zero.
     */
    static String chinese(AreaQuarterFigures province) {
        Quarter quarter = province.reportingQuarter();
        List<String> reported = new ArrayList<>();
        List<String> notReported = new ArrayList<>();
        for (Indicator indicator : REPORTED_FLOWS) {
            BigDecimal value = indicator.valueOrNull(province, Span.YEAR_TO_DATE);
            if (value == null) {
                notReported.add(indicator.chineseName());
            } else {
                reported.add(indicator.chineseName() + indicator.formatChineseText(value));
            }
        }
        StringBuilder paragraph = new StringBuilder()
                .append("截至").append(quarter.chineseName()).append("，全省共有")
                .append(ASSISTING_UNITS.formatChineseText(ASSISTING_UNITS.valueOrNull(province, Span.QUARTER)))
                .append(ASSISTING_UNITS.chineseName()).append("报送定点帮扶情况");
        if (!reported.isEmpty()) {
            paragraph.append("，").append(Span.YEAR_TO_DATE.chineseName()).append(String.join("，", reported));
        }
        paragraph.append("。");
        if (!notReported.isEmpty()) {
            paragraph.append(String.join("、", notReported)).append("本期未报送。");
        }
        return paragraph.toString();
    }

    /** The same in English: "By the end of 2019 Q4, 128 assisting units had reported. Year to date: …". */
    static String english(AreaQuarterFigures province) {
        Quarter quarter = province.reportingQuarter();
        List<String> clauses = new ArrayList<>();
        for (Indicator indicator : REPORTED_FLOWS) {
            BigDecimal value = indicator.valueOrNull(province, Span.YEAR_TO_DATE);
            clauses.add(lowerCaseFirst(indicator.englishName()) + ", "
                    + (value == null ? "not reported" : indicator.formatEnglishText(value)));
        }
        return "By the end of " + quarter.englishName() + ", "
                + ASSISTING_UNITS.formatEnglishText(ASSISTING_UNITS.valueOrNull(province, Span.QUARTER)) + " "
                + lowerCaseFirst(ASSISTING_UNITS.englishName()) + " had reported. "
                + upperCaseFirst(Span.YEAR_TO_DATE.englishName()) + ": " + String.join("; ", clauses) + ".";
    }

    private static String lowerCaseFirst(String text) {
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private static String upperCaseFirst(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
