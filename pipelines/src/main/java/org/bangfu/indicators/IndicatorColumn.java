package org.bangfu.indicators;

import java.math.BigDecimal;

/**
 * One indicator in one span, as a table or download column. A stock has a single column named by
 * its code; a flow has one per span, named {@code <code>_year_to_date} and {@code <code>_quarter}.
 */
public record IndicatorColumn(Indicator indicator, Span span) {

    public FieldLabel label() {
        if (indicator.accumulation() == Accumulation.STOCK) {
            return new FieldLabel(indicator.chineseLabelWithUnit(), indicator.englishLabelWithUnit(), indicator.code());
        }
        IndicatorUnit unit = indicator.unit();
        return new FieldLabel(
                indicator.chineseName() + "（" + unit.chineseName() + "，" + span.chineseName() + "）",
                indicator.englishName() + ", " + span.englishName() + " (" + unit.englishName() + ")",
                indicator.code() + "_" + span.fieldSuffix());
    }

    public BigDecimal value(GoldFigures figures) {
        return indicator.valueOrNull(figures, span);
    }
}
