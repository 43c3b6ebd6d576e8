package org.bangfu.publish;

import java.util.Comparator;
import org.bangfu.indicators.OfficialNumberFormat;
import org.bangfu.model.AreaQuarterFigures;

/** A reporting quarter with the labels it is shown under. */
record Quarter(String period, int year, int quarter) implements Comparable<Quarter> {

    private static final Comparator<Quarter> CHRONOLOGICAL =
            Comparator.comparingInt(Quarter::year).thenComparingInt(Quarter::quarter);

    static Quarter of(AreaQuarterFigures figures) {
        return new Quarter(figures.period(), figures.year(), figures.quarter());
    }

    /** "2019年第四季度". */
    String chineseLabel() {
        return OfficialNumberFormat.quarterInChinese(year, quarter);
    }

    /** "2019 Q4". */
    String englishLabel() {
        return OfficialNumberFormat.quarterInEnglish(year, quarter);
    }

    @Override
    public int compareTo(Quarter other) {
        return CHRONOLOGICAL.compare(this, other);
    }
}
