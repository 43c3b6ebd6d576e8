package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.bangfu.documents.ChartPainter;

/** Lends the site's chart renderer (its CJK font and style) to the documents, so their charts match the site's. */
final class DocumentCharts implements ChartPainter {

    /**
     * A document prints the chart across its 15.6 cm text width: drawn 640 × 320 (the site's 2:1),
     * its 12-pixel labels print at about 8 pt.
     */
    static final int WIDTH = 640;
    static final int HEIGHT = 320;

    private final ChartRenderer renderer;

    DocumentCharts(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public byte[] barsPng(String chineseTitle, String englishTitle, String valueAxisLabel, List<String> categories,
            LinkedHashMap<String, List<BigDecimal>> series, boolean horizontal) {
        List<BarChartSpec.Series> bars = new ArrayList<>();
        series.forEach((name, values) -> bars.add(new BarChartSpec.Series(name, values)));
        return renderer.renderPng(new BarChartSpec(chineseTitle, englishTitle, valueAxisLabel, categories, bars, horizontal), WIDTH, HEIGHT);
    }
}
