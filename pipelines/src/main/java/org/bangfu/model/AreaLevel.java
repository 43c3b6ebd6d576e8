package org.bangfu.model;

/** The administrative level a row of figures is for: 全国 → 省 → 市州 → 县. */
public enum AreaLevel {
    /** 全国: every province of the warehouse together. */
    NATION("全国", "Nation"),
    PROVINCE("省", "Province"),
    PREFECTURE("市州", "Prefecture"),
    COUNTY("县", "County");

    private final String chineseName;
    private final String englishName;

    AreaLevel(String chineseName, String englishName) {
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
