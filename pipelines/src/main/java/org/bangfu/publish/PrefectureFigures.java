package org.bangfu.publish;

import java.math.BigDecimal;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.Span;
import org.bangfu.model.AreaQuarterFigures;

/**
 * A prefecture's gold figures for one quarter. They come from gold.prefecture_quarter, not from
 * adding up its counties here: a unit helping two counties of a prefecture is one unit.
 */
record PrefectureFigures(String code, String name, AreaQuarterFigures figures) {

    BigDecimal total(Indicator indicator, Span span) {
        return indicator.valueOrNull(figures, span);
    }
}
