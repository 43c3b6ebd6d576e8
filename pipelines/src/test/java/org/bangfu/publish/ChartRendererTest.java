package org.bangfu.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

/** The value axis of a site chart reads as the figures do. */
class ChartRendererTest {

    private static NumberAxis valueAxis(String... values) {
        List<BigDecimal> figures = java.util.Arrays.stream(values).map(BigDecimal::new).toList();
        BarChartSpec spec = new BarChartSpec("当年摘帽县", "Counties exited", "个 count",
                figures.stream().map(value -> "c" + value).toList(), List.of(new BarChartSpec.Series("s", figures)), false);
        return (NumberAxis) ((CategoryPlot) new ChartRenderer(ChineseFont.installedFamily()).buildChart(spec).getPlot())
                .getRangeAxis();
    }

    @Test
    void countsOfAFewCountiesGetWholeTicksSoNoLabelRepeats() {
        NumberAxis axis = valueAxis("3", "2", "2", "4", "0");

        assertThat(axis.getStandardTickUnits().getCeilingTickUnit(0.4).getSize())
                .as("a tick step under 1 would print 0, 0, 1, 1 with a whole-number format").isGreaterThanOrEqualTo(1.0);
        assertThat(axis.getNumberFormatOverride().format(2.0)).isEqualTo("2");
    }

    @Test
    void ratesKeepTheirDecimalsOnTheAxis() {
        NumberAxis axis = valueAxis("2.3", "1.8", "0.9");

        assertThat(axis.getNumberFormatOverride().format(0.5)).isEqualTo("0.5");
    }
}
