package org.bangfu.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.Quarter;

/**
 * The checks of each form beyond the types of its cells (FORMS.md groups 2 and 3): codes against
 * the registers, and the identities between a row's figures. One small check per rule; each form
 * lists the checks it gets, so a new form adds a line here and no new mechanism.
 */
final class FormRowChecks {

    /** One rule applied to one row. */
    @FunctionalInterface
    interface Check {
        void apply(RowContext row);
    }

    private static final Map<String, List<Check>> BY_FORM = Map.of(
            FormCatalogue.VILLAGE_REGISTER, List.of(FormRowChecks::villageCountyKnown),
            FormCatalogue.PAIRINGS, List.of(row -> row.requireUnit("unit_code"), row -> row.requireCounty("county_code"),
                    FormRowChecks::pairedVillageInCounty),
            FormCatalogue.UNIT_ASSISTANCE, List.of(FormRowChecks::unitPairedWithCounty,
                    FormRowChecks::industryFundsWithinTotal),
            FormCatalogue.WORK_TEAMS, List.of(FormRowChecks::rosterVillageIsPoor,
                    row -> row.requireUnit("sending_unit_code"), FormRowChecks::memberSplitAddsUp,
                    FormRowChecks::assessmentOnlyInFourthQuarter, FormRowChecks::daysWithinQuarter),
            FormCatalogue.COUNTY_PROGRESS, List.of(row -> row.requireCounty("county_code"),
                    FormRowChecks::povertyIdentityHolds, FormRowChecks::villagesExitedWithinPoorVillages),
            FormCatalogue.POOR_HOUSEHOLDS, List.of(row -> row.requireVillage("village_code"),
                    row -> row.requireUnit("helper_unit_code"), FormRowChecks::exitNotBeforeIdentified),
            FormCatalogue.ANNUAL_TARGETS, List.of(FormRowChecks::areaKnown));

    private FormRowChecks() {
    }

    static List<Check> of(String formCode) {
        return BY_FORM.getOrDefault(formCode, List.of());
    }

    /** R001: a village register row's first six digits name a county of ML-1. */
    static void villageCountyKnown(RowContext row) {
        row.value("village_code").ifPresent(village -> {
            String county = village.substring(0, 6);
            if (!row.references().countyCodes().contains(county)) {
                row.report(Rule.UNKNOWN_COUNTY, "village_code", county);
            }
        });
    }

    /** R005, R003: a pairing's village lies in its county and is in the village register. */
    static void pairedVillageInCounty(RowContext row) {
        Optional<String> village = row.value("village_code");
        Optional<String> county = row.value("county_code");
        if (village.isEmpty()) {
            return;
        }
        if (county.isPresent() && !village.get().startsWith(county.get())) {
            row.report(Rule.VILLAGE_NOT_IN_COUNTY, "village_code", village.get(), county.get());
        } else {
            row.requireVillage("village_code");
        }
    }

    /** R002, R001, then R004 (warning) when both are known but ML-4 does not pair them. */
    static void unitPairedWithCounty(RowContext row) {
        boolean unitKnown = row.requireUnit("unit_code");
        boolean countyKnown = row.requireCounty("county_code");
        if (unitKnown && countyKnown) {
            String unit = row.value("unit_code").orElseThrow();
            String county = row.value("county_code").orElseThrow();
            if (!row.references().isPaired(unit, county)) {
                row.report(Rule.UNIT_NOT_PAIRED, "unit_code", unit, county);
            }
        }
    }

    /** I001: industry funds are part of direct plus coordinated funds. */
    static void industryFundsWithinTotal(RowContext row) {
        row.number("funds_industry").ifPresent(industry -> {
            BigDecimal total = row.numberOrZero("funds_direct").add(row.numberOrZero("funds_coordinated"));
            if (industry.compareTo(total) > 0) {
                row.report(Rule.INDUSTRY_FUNDS_EXCEED_TOTAL, "funds_industry", industry.toPlainString(),
                        total.toPlainString());
            }
        });
    }

    /** R003, then R007 (warning) when the roster's village is registered but not as a poor village. */
    static void rosterVillageIsPoor(RowContext row) {
        if (row.requireVillage("village_code")) {
            String village = row.value("village_code").orElseThrow();
            if (!row.references().poorVillageCodes().contains(village)) {
                row.report(Rule.VILLAGE_NOT_POOR, "village_code", village);
            }
        }
    }

    private static final List<String> MEMBER_SPLIT =
            List.of("members_province", "members_prefecture", "members_county", "members_township");

    /** I004: when any part of the split is given, the parts add up to the members. */
    static void memberSplitAddsUp(RowContext row) {
        Optional<BigDecimal> members = row.number("members");
        boolean splitGiven = MEMBER_SPLIT.stream().anyMatch(part -> row.value(part).isPresent());
        if (members.isEmpty() || !splitGiven) {
            return;
        }
        BigDecimal sum = MEMBER_SPLIT.stream().map(row::numberOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(members.get()) != 0) {
            row.report(Rule.TEAM_SPLIT_MISMATCH, "members", members.get().toPlainString(), sum.toPlainString());
        }
    }

    /** S018: the annual assessment is given in the fourth quarter only. */
    static void assessmentOnlyInFourthQuarter(RowContext row) {
        Optional<Quarter> quarter = row.value("period").flatMap(Quarter::parse);
        row.value("assessment").ifPresent(assessment -> {
            if (quarter.isPresent() && quarter.get().quarter() != 4) {
                row.report(Rule.ASSESSMENT_OUTSIDE_Q4, "assessment", assessment, quarter.get().toString());
            }
        });
    }

    /** I005: the leader cannot have spent more days in the village than the quarter has. */
    static void daysWithinQuarter(RowContext row) {
        Optional<Quarter> quarter = row.value("period").flatMap(Quarter::parse);
        Optional<BigDecimal> days = row.number("leader_days_in_village");
        if (quarter.isEmpty() || days.isEmpty() || row.hasIssueAbout("leader_days_in_village")) {
            return;
        }
        LocalDate lastDay = quarter.get().lastDay();
        long daysInQuarter = ChronoUnit.DAYS.between(lastDay.minusMonths(2).withDayOfMonth(1), lastDay) + 1;
        if (days.get().compareTo(BigDecimal.valueOf(daysInQuarter)) > 0) {
            row.report(Rule.DAYS_EXCEED_QUARTER, "leader_days_in_village", days.get().toPlainString(),
                    String.valueOf(daysInQuarter));
        }
    }

    /** I002: poor people at the end = at the start + newly identified + returned − exited. */
    static void povertyIdentityHolds(RowContext row) {
        Optional<BigDecimal> end = row.number("poor_people_end");
        List<String> parts = List.of("poor_people_start", "newly_identified", "returned_to_poverty", "people_exited");
        if (end.isEmpty() || parts.stream().anyMatch(part -> row.value(part).isEmpty())) {
            return;
        }
        BigDecimal expected = row.numberOrZero("poor_people_start").add(row.numberOrZero("newly_identified"))
                .add(row.numberOrZero("returned_to_poverty")).subtract(row.numberOrZero("people_exited"));
        if (end.get().compareTo(expected) != 0) {
            row.report(Rule.POVERTY_IDENTITY_BROKEN, "poor_people_end", end.get().toPlainString(),
                    expected.toPlainString());
        }
    }

    /** I003: a county cannot exit more villages than it has poor villages in the village register. */
    static void villagesExitedWithinPoorVillages(RowContext row) {
        Optional<BigDecimal> exited = row.number("villages_exited");
        Optional<Integer> poorVillages = row.value("county_code")
                .map(county -> row.references().poorVillagesByCounty().get(county));
        if (exited.isPresent() && poorVillages.isPresent()
                && exited.get().compareTo(BigDecimal.valueOf(poorVillages.get())) > 0) {
            row.report(Rule.VILLAGES_EXITED_EXCEED_POOR, "villages_exited", exited.get().toPlainString(),
                    String.valueOf(poorVillages.get()));
        }
    }

    /** I006: a household cannot exit poverty before it was identified as poor. */
    static void exitNotBeforeIdentified(RowContext row) {
        Optional<String> exit = row.value("exit_year");
        Optional<String> identified = row.value("identified_year");
        if (exit.isPresent() && identified.isPresent() && Integer.parseInt(exit.get()) < Integer.parseInt(identified.get())) {
            row.report(Rule.EXIT_BEFORE_IDENTIFIED, "exit_year", exit.get(), identified.get());
        }
    }

    /** R006: a target's area is a province, prefecture or county of the county register. */
    static void areaKnown(RowContext row) {
        row.value("area_code").ifPresent(area -> {
            if (!row.references().areaCodes().contains(area)) {
                row.report(Rule.UNKNOWN_AREA, "area_code", area);
            }
        });
    }
}
