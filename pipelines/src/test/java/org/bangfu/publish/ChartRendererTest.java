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
    void thePngHoldsExactlyThePixelsJFreeChartDrew() throws java.io.IOException {
        List<BigDecimal> figures = List.of(new BigDecimal("12.5"), new BigDecimal("30"));
        BarChartSpec spec = new BarChartSpec("投入帮扶资金", "Funds invested", "万元 10k yuan", List.of("2019Q1", "2019Q2"),
                List.of(new BarChartSpec.Series("直接投入 direct", figures)), false);
        ChartRenderer renderer = new ChartRenderer(ChineseFont.installedFamily());
        int width = 300;
        int height = 200;
        java.awt.image.BufferedImage drawn = new java.awt.image.BufferedImage(width * 2, height * 2,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = drawn.createGraphics();
        graphics.scale(2, 2);
        renderer.buildChart(spec).draw(graphics, new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        graphics.dispose();

        java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(renderer.renderPng(spec, width, height)));

        assertThat(decoded.getWidth()).isEqualTo(width * 2);
        assertThat(decoded.getHeight()).isEqualTo(height * 2);
        int[] expected = drawn.getRGB(0, 0, width * 2, height * 2, null, 0, width * 2);
        int[] actual = decoded.getRGB(0, 0, width * 2, height * 2, null, 0, width * 2);
        assertThat(actual).as("lossless: every pixel as drawn").isEqualTo(expected);
        assertThat(java.util.Arrays.stream(expected).distinct().count()).as("a real chart, not a blank canvas")
                .isGreaterThan(10);
    }

    @Test
    void ratesKeepTheirDecimalsOnTheAxis() {
        NumberAxis axis = valueAxis("2.3", "1.8", "0.9");

        assertThat(axis.getNumberFormatOverride().format(0.5)).isEqualTo("0.5");
    }
}
