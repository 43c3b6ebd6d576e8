package org.bangfu.documents;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Draws a bar chart as PNG with the publication's CJK font; the publisher supplies the site's own
 * chart renderer so that a chart in a document looks like the one on the site.
 */
@FunctionalInterface
public interface ChartPainter {

    /**
     * @param series name → one value per category; a null value draws no bar (not reported)
     */
    byte[] barsPng(String chineseTitle, String englishTitle, String valueAxisLabel, List<String> categories,
            LinkedHashMap<String, List<BigDecimal>> series, boolean horizontal);
}
