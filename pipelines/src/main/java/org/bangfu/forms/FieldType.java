package org.bangfu.forms;

/** How a field's text is read and checked; parsing itself lives in {@code org.bangfu.quality}. */
public enum FieldType {
    TEXT,
    /** A whole number; FORMS.md counts (人, 个, 次) are never fractional. */
    INTEGER,
    /** An amount or measure, kept as a decimal with two places (万元, 公里). */
    DECIMAL,
    /** GB/T 2260 county code: six digits. */
    COUNTY_CODE,
    /** GB/T 2260 code of a province, prefecture or county: six digits (BF-5 targets, register parents). */
    AREA_CODE,
    /** Statistical division code of a village: twelve digits, the first six its county. */
    VILLAGE_CODE,
    /** GB 32100 unified social credit code: eighteen characters with a check character. */
    CREDIT_CODE,
    /** A quarter: 2019Q2, 2019-Q2 or 2019年第二季度. */
    QUARTER,
    /** A four-digit year. */
    YEAR,
    /** A calendar date: 2019-06-30, 2019/6/30 or 2019年6月30日. */
    DATE,
    /** One of a fixed list of values, with tolerated variants. */
    ENUMERATION,
    /** 是 or 否. */
    YES_NO,
    /** Several values of a fixed list, separated by 、 or ; (BF-4 measures), kept joined by 、. */
    ENUMERATION_LIST,
    /** GB 11643 resident ID number: eighteen characters, MOD 11-2 check; always pseudonymised at ingestion. */
    RESIDENT_ID_NUMBER,
    /** Personal data: read only to validate, never stored (FORMS.md, "Personal data"). */
    PERSONAL
}
