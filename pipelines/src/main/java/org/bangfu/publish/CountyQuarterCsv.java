package org.bangfu.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bangfu.documents.SpreadsheetText;
import org.bangfu.indicators.Dimension;
import org.bangfu.indicators.IndicatorCatalogue;
import org.bangfu.indicators.IndicatorColumn;
import org.bangfu.model.AreaQuarterFigures;

/**
 * The county × quarter download. Written for Excel as much as for programs:
 * <ul>
 *   <li>UTF-8 with a byte-order mark, which Excel needs to read Chinese correctly;</li>
 *   <li>one header row, each header the Chinese name then the English field name, e.g.
 *       {@code 直接投入帮扶资金（万元，本年累计） funds_direct_year_to_date}, so both readers and
 *       programs (splitting at the last space) find their name;</li>
 *   <li>one row per county and quarter, in county code then time order;</li>
 *   <li>numbers plain, at the catalogue's precision, without units or thousands separators; an
 *       empty cell means not reported, never zero;</li>
 *   <li>the gold stamp in a last column, {@code 数据版本 data_version}, on every row, so that any
 *       extract of rows still says which release it came from (a comment line would break Excel
 *       and most CSV readers).</li>
 * </ul>
 */
final class CountyQuarterCsv {

    static final String RELATIVE_PATH = "downloads/county_quarter.csv";
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final List<Dimension> DIMENSIONS = List.of(
            Dimension.COUNTY_CODE, Dimension.COUNTY_NAME, Dimension.PREFECTURE_CODE, Dimension.PREFECTURE_NAME,
            Dimension.POVERTY_TYPE, Dimension.PERIOD);

    private CountyQuarterCsv() {
    }

    static List<String> headers() {
        List<String> headers = new ArrayList<>();
        DIMENSIONS.forEach(dimension -> headers.add(dimension.label().bilingualHeader()));
        IndicatorCatalogue.columns().forEach(column -> headers.add(column.label().bilingualHeader()));
        headers.add(IndicatorCatalogue.DATA_VERSION.bilingualHeader());
        return headers;
    }

    static byte[] render(SnapshotView view) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            writer.write(BYTE_ORDER_MARK);
            printer.printRecord(headers());
            for (String countyCode : view.countyCodes()) {
                for (AreaQuarterFigures figures : view.countyByQuarter(countyCode)) {
                    printer.printRecord(row(figures, view.stamp()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the county × quarter CSV in memory", e);
        }
        return bytes.toByteArray();
    }

    private static List<String> row(AreaQuarterFigures figures, String stamp) {
        List<String> cells = new ArrayList<>();
        // Names come from registers anyone can fill in: a name like =HYPERLINK(…) must stay text.
        DIMENSIONS.forEach(dimension -> cells.add(SpreadsheetText.inert(dimension.value(figures))));
        for (IndicatorColumn column : IndicatorCatalogue.columns()) {
            cells.add(column.indicator().formatData(column.value(figures)));
        }
        cells.add(stamp);
        return cells;
    }
}
