package org.bangfu.demo;

import static org.bangfu.demo.DemoFileFormat.CSV_GBK;
import static org.bangfu.demo.DemoFileFormat.CSV_UTF8;
import static org.bangfu.demo.DemoFileFormat.CSV_UTF8_BOM;
import static org.bangfu.demo.DemoFileFormat.XLSX;

import java.util.EnumSet;
import java.util.Set;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;

/**
 * How one BF-1 file is laid out: each level's lead department has its own habits (xlsx or CSV,
 * encoding, column order, title block, 合计 row), and the plan below spreads them over the quarters so
 * that every habit FORMS.md names turns up somewhere, along with the one mistake each file carries.
 */
final class AssistanceFileStyle {

    private static final FormDefinition FORM = FormCatalogue.get(FormCatalogue.UNIT_ASSISTANCE);

    enum ColumnOrder {
        CATALOGUE,
        PERIOD_FIRST,
        COUNTY_FIRST,
        /** Identification, then period-end stocks, then flows: how some departments lay out their sheets. */
        STOCKS_FIRST
    }

    enum PeriodSpelling {
        COMPACT,
        HYPHEN,
        CHINESE
    }

    /** Ways real people fill cells that the pipeline must read without complaint. */
    enum Quirk {
        FULL_WIDTH_DIGITS,
        THOUSANDS_SEPARATORS,
        TRAILING_SPACES,
        COUNTY_CODES_AS_NUMBERS
    }

    // One department's habits, set up by forFile and read by AssistanceFiles; nothing else changes them.
    DemoFileFormat format = XLSX;
    ColumnOrder order = ColumnOrder.CATALOGUE;
    boolean englishHeaders;
    /** Headers as some offices word them: the catalogue's first alias where it has one. */
    boolean aliasHeaders;
    /** 直接投入帮扶资金(万元) typed with ASCII brackets. */
    boolean halfWidthBrackets;
    boolean serialColumn;
    boolean unitNameColumn;
    boolean numberingRow;
    boolean totalRow;
    PeriodSpelling periodSpelling = PeriodSpelling.COMPACT;
    boolean instructionsSheet;
    int blankTrailingRows;
    DemoTable.DateStyle dateStyle = DemoTable.DateStyle.ISO;
    Set<Quirk> quirks = EnumSet.noneOf(Quirk.class);
    String formCodeText = "表号：" + FORM.code();
    String sheetName = "Sheet1";

    /** The habits of the department compiling the given quarter's file for a level of units. */
    static AssistanceFileStyle forFile(int quarterIndex, UnitLevel level) {
        AssistanceFileStyle style = new AssistanceFileStyle();
        switch (level) {
            case CENTRAL -> {
                style.serialColumn = true;
                style.unitNameColumn = true;
                style.numberingRow = quarterIndex % 2 == 0;
                style.totalRow = true;
                style.dateStyle = DemoTable.DateStyle.CHINESE;
                style.periodSpelling = quarterIndex == 7 ? PeriodSpelling.CHINESE : PeriodSpelling.COMPACT;
                style.instructionsSheet = quarterIndex == 5;
                style.sheetName = quarterIndex == 5 ? FORM.code() + "定点帮扶" : "Sheet1";
                style.blankTrailingRows = quarterIndex == 0 ? 3 : 0;
                style.formCodeText = quarterIndex == 3 ? "表号：BF－1" : style.formCodeText;
                style.aliasHeaders = quarterIndex == 1;
                if (quarterIndex == 2) {
                    style.quirks.add(Quirk.THOUSANDS_SEPARATORS);
                }
                if (quarterIndex == 6) {
                    style.quirks.add(Quirk.COUNTY_CODES_AS_NUMBERS);
                }
            }
            case PROVINCE -> {
                if (quarterIndex == 3 || quarterIndex == 5) {
                    style.format = CSV_UTF8;
                    style.order = ColumnOrder.PERIOD_FIRST;
                    if (quarterIndex == 5) {
                        style.quirks.add(Quirk.THOUSANDS_SEPARATORS);
                    }
                } else {
                    style.unitNameColumn = true;
                    style.totalRow = true;
                    style.numberingRow = quarterIndex == 0 || quarterIndex == 4;
                    style.order = quarterIndex >= 4 ? ColumnOrder.COUNTY_FIRST : ColumnOrder.CATALOGUE;
                    style.sheetName = "定点帮扶工作情况表";
                }
                style.periodSpelling = quarterIndex == 1 ? PeriodSpelling.HYPHEN : PeriodSpelling.COMPACT;
                if (quarterIndex == 2) {
                    style.quirks.add(Quirk.TRAILING_SPACES);
                }
            }
            case PREFECTURE -> {
                if (quarterIndex == 0 || quarterIndex == 3 || quarterIndex == 5 || quarterIndex == 7) {
                    style.unitNameColumn = true;
                    style.totalRow = true;
                    style.numberingRow = quarterIndex == 3;
                } else {
                    style.format = CSV_UTF8_BOM;
                    style.dateStyle = DemoTable.DateStyle.SLASHES;
                    style.englishHeaders = quarterIndex == 1;
                    style.order = quarterIndex >= 4 ? ColumnOrder.STOCKS_FIRST : ColumnOrder.CATALOGUE;
                }
                if (quarterIndex == 4) {
                    style.quirks.add(Quirk.THOUSANDS_SEPARATORS);
                }
                if (quarterIndex == 2) {
                    style.quirks.add(Quirk.TRAILING_SPACES);
                    style.halfWidthBrackets = true;
                }
            }
            case COUNTY -> {
                if (quarterIndex == 7) {
                    style.unitNameColumn = true;
                    style.totalRow = true;
                } else {
                    style.format = CSV_GBK;
                    style.dateStyle = DemoTable.DateStyle.SLASHES;
                    style.totalRow = quarterIndex == 3;
                }
                style.order = quarterIndex >= 4 ? ColumnOrder.PERIOD_FIRST : ColumnOrder.CATALOGUE;
                style.periodSpelling = quarterIndex == 6 ? PeriodSpelling.CHINESE : PeriodSpelling.COMPACT;
                if (quarterIndex == 1 || quarterIndex == 5) {
                    style.quirks.add(Quirk.FULL_WIDTH_DIGITS);
                }
                if (quarterIndex == 5) {
                    style.quirks.add(Quirk.TRAILING_SPACES);
                }
            }
        }
        return style;
    }

    /** The mistake each file carries, at most one per file so each can be told apart. */
    static MistakeKind plantedMistake(int quarterIndex, UnitLevel level) {
        return switch (level) {
            case CENTRAL -> quarterIndex == 4 ? MistakeKind.NEGATIVE_AMOUNT : null;
            case PROVINCE -> quarterIndex == 1 ? MistakeKind.INVALID_CHECK_CHARACTER
                    : quarterIndex == 5 ? MistakeKind.INDUSTRY_FUNDS_EXCEED_TOTAL : null;
            case PREFECTURE -> quarterIndex == 3 ? MistakeKind.TEXT_IN_NUMERIC_CELL
                    : quarterIndex == 6 ? MistakeKind.UNPAIRED_UNIT_AND_COUNTY : null;
            case COUNTY -> quarterIndex == 2 ? MistakeKind.UNKNOWN_COUNTY
                    : quarterIndex == 4 ? MistakeKind.FUTURE_PERIOD : null;
        };
    }
}
