package org.bangfu.indicators;

/** The units of observation an indicator is published for. */
public enum AggregationLevel {
    COUNTY("县", "County"),
    PREFECTURE("市州", "Prefecture"),
    PROVINCE("省", "Province"),
    NATION("全国", "Nation"),
    UNIT("帮扶单位", "Assisting unit"),
    UNIT_CATEGORY("单位类别", "Unit category"),
    UNIT_LEVEL("单位层级", "Unit level (中央/省/市/县)");

    private final String chineseName;
    private final String englishName;

    AggregationLevel(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }
}
