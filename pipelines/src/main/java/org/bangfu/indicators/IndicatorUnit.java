package org.bangfu.indicators;

/** The unit an indicator is held and published in. */
public enum IndicatorUnit {
    /** 万元; written in 亿元 in running text once it reaches 1亿元. */
    TEN_THOUSAND_YUAN("万元", "CNY 10,000", true),
    /** 个, for units and projects. */
    ITEMS("个", "count", false),
    /** 人次: one person trained twice counts twice. */
    PERSON_TIMES("人次", "person-times", false),
    /** 人. */
    PERSONS("人", "persons", false);

    private final String chineseName;
    private final String englishName;
    private final boolean amountOfMoney;

    IndicatorUnit(String chineseName, String englishName, boolean amountOfMoney) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.amountOfMoney = amountOfMoney;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public boolean isAmountOfMoney() {
        return amountOfMoney;
    }
}
