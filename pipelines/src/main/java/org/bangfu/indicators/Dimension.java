package org.bangfu.indicators;

import java.util.function.Function;
import org.bangfu.model.AreaQuarterFigures;

/** The descriptive columns of a county × quarter row, labelled once like the indicators. */
public enum Dimension {
    COUNTY_CODE(new FieldLabel("县代码", "County code", "county_code"), AreaQuarterFigures::areaCode),
    COUNTY_NAME(new FieldLabel("县名称", "County", "county_name"), AreaQuarterFigures::areaName),
    PREFECTURE_CODE(new FieldLabel("市州代码", "Prefecture code", "prefecture_code"), AreaQuarterFigures::prefectureCode),
    PREFECTURE_NAME(new FieldLabel("市州", "Prefecture", "prefecture_name"), AreaQuarterFigures::prefectureName),
    POVERTY_TYPE(new FieldLabel("贫困县类型", "Poverty county type", "poverty_type"), AreaQuarterFigures::povertyType),
    PERIOD(new FieldLabel("报告期", "Period", "period"), AreaQuarterFigures::period);

    private final FieldLabel label;
    private final Function<AreaQuarterFigures, String> accessor;

    Dimension(FieldLabel label, Function<AreaQuarterFigures, String> accessor) {
        this.label = label;
        this.accessor = accessor;
    }

    public FieldLabel label() {
        return label;
    }

    public String value(AreaQuarterFigures figures) {
        String value = accessor.apply(figures);
        return value == null ? "" : value;
    }
}
