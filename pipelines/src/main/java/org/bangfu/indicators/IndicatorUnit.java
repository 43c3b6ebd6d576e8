package org.bangfu.indicators;

/** The unit an indicator is held and published in. */
public enum IndicatorUnit {
    /** 万元; written in 亿元 in running text once it reaches 1亿元. */
    TEN_THOUSAND_YUAN("万元", "CNY 10,000", true),
    /** 元, for incomes per head. */
    YUAN("元", "CNY", false),
    /** 个, for units, projects, villages and counties. */
    ITEMS("个", "count", false),
    /** 人次: one person trained twice counts twice. */
    PERSON_TIMES("人次", "person-times", false),
    /** 人. */
    PERSONS("人", "persons", false),
    /** 户. */
    HOUSEHOLDS("户", "households", false),
    /** 次, for visits and meetings. */
    TIMES("次", "times", false),
    /** 公里. */
    KILOMETRES("公里", "km", false),
    /** 人/队: average members per team. */
    PERSONS_PER_TEAM("人/队", "persons per team", false),
    /** %. */
    PERCENT("%", "%", false),
    /** 个百分点: the change of a rate. */
    PERCENTAGE_POINTS("个百分点", "percentage points", false);

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
