package org.bangfu.demo;

/** The level of an assisting unit, as ML-3 spells it; weights say how much a unit of it gives. */
enum UnitLevel {
    CENTRAL("中央", "中央单位", 0.07, 5.0),
    PROVINCE("省", "省直单位", 0.36, 1.5),
    PREFECTURE("市", "市州级单位", 0.30, 0.6),
    COUNTY("县", "县级单位", 0.27, 0.25);

    private final String registerValue;
    private final String fileLabel;
    private final double shareOfUnits;
    private final double fundsWeight;

    UnitLevel(String registerValue, String fileLabel, double shareOfUnits, double fundsWeight) {
        this.registerValue = registerValue;
        this.fileLabel = fileLabel;
        this.shareOfUnits = shareOfUnits;
        this.fundsWeight = fundsWeight;
    }

    String registerValue() {
        return registerValue;
    }

    /** How the lead departments label their compiled BF-1 files, e.g. 省直单位. */
    String fileLabel() {
        return fileLabel;
    }

    double shareOfUnits() {
        return shareOfUnits;
    }

    /** Relative direct funds per paired county; central units give the most. */
    double fundsWeight() {
        return fundsWeight;
    }
}
