package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.bangfu.indicators.Accumulation;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.Span;
import org.bangfu.model.AreaQuarterFigures;

/**
 * A prefecture's figures for one quarter, added up from its counties. The snapshot carries counties
 * and the province only, so prefecture totals are sums of what counties reported: a county that
 * reported nothing adds nothing, and a prefecture none of whose counties reported is "not
 * reported", not zero.
 */
record PrefectureFigures(String code, String name, List<AreaQuarterFigures> counties) {

    PrefectureFigures {
        counties = List.copyOf(counties);
    }

    /**
     * The sum over counties. Only flows add up: counting distinct units per county and adding them
     * would count a unit that helps two counties twice.
     */
    BigDecimal total(Indicator indicator, Span span) {
        if (indicator.accumulation() != Accumulation.FLOW) {
            throw new IllegalArgumentException(indicator.code() + " is a count of distinct units and cannot be summed over counties");
        }
        return counties.stream()
                .map(county -> indicator.valueOrNull(county, span))
                .filter(Objects::nonNull)
                .reduce(BigDecimal::add)
                .orElse(null);
    }
}
