package org.bangfu.publish;

import ar.com.hjg.pngj.FilterType;
import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineByte;
import ar.com.hjg.pngj.PngWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws bar charts as PNG. JFreeChart objects are not thread-safe, so each call builds its own
 * chart, dataset and formats and shares nothing mutable: calls may run in parallel, one chart per
 * task. Fonts are set on every text element rather than through the library's global chart theme.
 */
final class ChartRenderer {

    static final int WIDTH = 960;
    static final int HEIGHT = 480;
    /** Drawn at twice the size shown so text stays sharp on high-density screens and in print. */
    private static final int PIXEL_DENSITY = 2;
    private static final int MOST_BARS_WITH_VALUE_LABELS = 24;
    private static final int MOST_CATEGORIES_WRITTEN_LEVEL = 6;

    /** Red for money invested directly, then gold, teal, slate; distinguishable in greyscale too. */
    private static final List<Color> SERIES_COLOURS = List.of(
            new Color(0xB7, 0x1C, 0x1C), new Color(0xD9, 0x8E, 0x04), new Color(0x1F, 0x6F, 0x78), new Color(0x55, 0x5B, 0x6E));

    private static final Color TEXT_COLOUR = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED_TEXT_COLOUR = new Color(0x55, 0x55, 0x55);
    private static final Color GRID_COLOUR = new Color(0xDD, 0xDD, 0xDD);

    /** Written where a whole group of bars is missing, so a gap is not read as zero. */
    private static final String NOT_REPORTED = "未报送 Not reported";

    private final String fontFamily;

    ChartRenderer(String fontFamily) {
        this.fontFamily = fontFamily;
    }

    byte[] renderPng(BarChartSpec spec) {
        return renderPng(spec, WIDTH, HEIGHT);
    }

    /** Drawn on a canvas of this size (the type keeps its pixel size): a document's smaller chart prints larger type. */
    byte[] renderPng(BarChartSpec spec, int width, int height) {
        JFreeChart chart = buildChart(spec);
        // Opaque RGB: charts have a white background, and PNGs without alpha encode faster and smaller.
        BufferedImage image = new BufferedImage(width * PIXEL_DENSITY, height * PIXEL_DENSITY, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(PIXEL_DENSITY, PIXEL_DENSITY);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return encodedPng(image);
    }

    /**
     * PNG of an opaque RGB image. ImageIO's encoder took a third of publish's time: it tries every
     * filter on every row and computes its checksums in Java. PNGJ's fast adaptive filter at
     * ImageIO's deflate level (4) writes files of the same size in half the time; the pixels are
     * the same, PNG being lossless.
     */
    private static byte[] encodedPng(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ImageInfo info = new ImageInfo(width, height, 8, false);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PngWriter writer = new PngWriter(png, info);
        writer.setFilterType(FilterType.FILTER_ADAPTIVE_FAST);
        writer.setCompLevel(4);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ImageLineByte line = new ImageLineByte(info);
        byte[] samples = line.getScanline();
        for (int row = 0; row < height; row++) {
            for (int column = 0; column < width; column++) {
                int pixel = pixels[row * width + column];
                samples[3 * column] = (byte) (pixel >> 16);
                samples[3 * column + 1] = (byte) (pixel >> 8);
                samples[3 * column + 2] = (byte) pixel;
            }
            writer.writeRow(line);
        }
        writer.end();
        return png.toByteArray();
    }

    JFreeChart buildChart(BarChartSpec spec) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (BarChartSpec.Series series : spec.series()) {
            for (int index = 0; index < spec.categories().size(); index++) {
                dataset.addValue(series.values().get(index), series.name(), spec.categories().get(index));
            }
        }
        Font tickFont = new Font(fontFamily, Font.PLAIN, 12);
        Font labelFont = new Font(fontFamily, Font.PLAIN, 13);

        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setTickLabelFont(tickFont);
        categoryAxis.setTickLabelPaint(TEXT_COLOUR);
        categoryAxis.setCategoryMargin(0.25);
        if (!spec.horizontal() && spec.categories().size() > MOST_CATEGORIES_WRITTEN_LEVEL) {
            categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }

        NumberAxis valueAxis = new NumberAxis(spec.valueAxisLabel());
        valueAxis.setLabelFont(labelFont);
        valueAxis.setLabelPaint(TEXT_COLOUR);
        valueAxis.setTickLabelFont(tickFont);
        valueAxis.setTickLabelPaint(TEXT_COLOUR);
        // Whole figures (counts) get whole ticks: a chart of 0 to 4 counties must not read 0, 0, 1, 1, 2.
        boolean wholeFigures = spec.series().stream().flatMap(series -> series.values().stream())
                .filter(java.util.Objects::nonNull).allMatch(value -> value.stripTrailingZeros().scale() <= 0);
        if (wholeFigures) {
            valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        valueAxis.setNumberFormatOverride(new DecimalFormat(wholeFigures ? "#,##0" : "#,##0.##"));
        valueAxis.setUpperMargin(0.12);
        // Small figures (rates) keep their decimals on the bars; large ones read better whole.
        boolean smallFigures = spec.series().stream().flatMap(series -> series.values().stream())
                .filter(java.util.Objects::nonNull).allMatch(value -> value.abs().compareTo(java.math.BigDecimal.valueOf(100)) < 0);
        String itemLabelPattern = smallFigures ? "#,##0.##" : "#,##0";

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(0.12);
        for (int index = 0; index < spec.series().size(); index++) {
            renderer.setSeriesPaint(index, SERIES_COLOURS.get(index % SERIES_COLOURS.size()));
        }
        if (spec.categories().size() * spec.series().size() <= MOST_BARS_WITH_VALUE_LABELS) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat(itemLabelPattern)));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(new Font(fontFamily, Font.PLAIN, 11));
            renderer.setDefaultItemLabelPaint(TEXT_COLOUR);
            renderer.setDefaultPositiveItemLabelPosition(spec.horizontal()
                    ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                    : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        }

        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(spec.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID_COLOUR);
        plot.setRangeGridlineStroke(new BasicStroke(1.0f));
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage(NOT_REPORTED);
        plot.setNoDataMessageFont(labelFont);
        markCategoriesNotReported(spec, plot, tickFont);

        JFreeChart chart = new JFreeChart(spec.chineseTitle(), new Font(fontFamily, Font.BOLD, 18), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(TEXT_COLOUR);
        if (spec.chineseTitle().isEmpty()) {
            // A document captions the chart in its own text.
            chart.setTitle((TextTitle) null);
        }
        if (!spec.englishTitle().isEmpty()) {
            TextTitle englishSubtitle = new TextTitle(spec.englishTitle(), new Font(fontFamily, Font.PLAIN, 13));
            englishSubtitle.setPaint(MUTED_TEXT_COLOUR);
            chart.addSubtitle(englishSubtitle);
        }
        chart.getLegend().setItemFont(labelFont);
        chart.getLegend().setFrame(BlockBorder.NONE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        return chart;
    }

    private static void markCategoriesNotReported(BarChartSpec spec, CategoryPlot plot, Font font) {
        for (int index = 0; index < spec.categories().size(); index++) {
            int category = index;
            boolean nothingReported = spec.series().stream().allMatch(series -> series.values().get(category) == null);
            if (nothingReported && !spec.series().isEmpty()) {
                CategoryTextAnnotation note = new CategoryTextAnnotation(NOT_REPORTED, spec.categories().get(index), 0.0);
                note.setFont(font);
                note.setPaint(MUTED_TEXT_COLOUR);
                note.setTextAnchor(spec.horizontal() ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER);
                plot.addAnnotation(note);
            }
        }
    }
}
