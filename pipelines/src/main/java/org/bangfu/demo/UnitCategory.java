package org.bangfu.demo;

/**
 * The categories of ML-3, with what drives their credit codes and figures. The registration
 * authority and kind are the first two characters of a GB 32100 code: 11 government organ,
 * 12 public institution, 13 people's organisation, 51 social group, 91 enterprise, A1 military.
 */
enum UnitCategory {
    GOVERNMENT("党政机关", "11", 1.0),
    DEMOCRATIC_PARTIES_AND_COMMERCE("民主党派和工商联", "13", 0.3),
    PEOPLES_ORGANISATION("群团组织", "13", 0.5),
    UNIVERSITY("高校", "12", 0.8),
    HOSPITAL("医院", "12", 0.7),
    STATE_ENTERPRISE("国有企业", "91", 1.5),
    FINANCIAL_INSTITUTION("金融机构", "91", 1.3),
    MILITARY("军队武警", "A1", 0.8),
    PUBLIC_INSTITUTION("其他事业单位", "12", 0.6),
    PRIVATE_ENTERPRISE("民营企业", "91", 1.0),
    SOCIAL_ORGANISATION("社会组织", "51", 0.4);

    private final String registerValue;
    private final String creditCodePrefix;
    private final double fundsWeight;

    UnitCategory(String registerValue, String creditCodePrefix, double fundsWeight) {
        this.registerValue = registerValue;
        this.creditCodePrefix = creditCodePrefix;
        this.fundsWeight = fundsWeight;
    }

    String registerValue() {
        return registerValue;
    }

    String creditCodePrefix() {
        return creditCodePrefix;
    }

    double fundsWeight() {
        return fundsWeight;
    }

    /** Whether its staff are counted in an establishment (编制); enterprises and social groups have none. */
    boolean hasStaffEstablishment() {
        return switch (this) {
            case GOVERNMENT, DEMOCRATIC_PARTIES_AND_COMMERCE, PEOPLES_ORGANISATION, UNIVERSITY, HOSPITAL,
                    PUBLIC_INSTITUTION -> true;
            case STATE_ENTERPRISE, FINANCIAL_INSTITUTION, MILITARY, PRIVATE_ENTERPRISE, SOCIAL_ORGANISATION -> false;
        };
    }
}
