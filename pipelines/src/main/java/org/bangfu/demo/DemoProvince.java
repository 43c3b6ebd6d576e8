package org.bangfu.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The synthetic province behind the registers: areas, villages, units and their pairings, before
 * anything is laid out in a file. Nullable components are blank in the registers.
 */
record DemoProvince(
        String code,
        String name,
        String shortName,
        List<Prefecture> prefectures,
        List<County> counties,
        List<Village> villages,
        List<AssistingUnit> units,
        List<Pairing> pairings) {

    /** Who a province is: its GB/T 2260-style code, official name and the short name units are named with. */
    record Identity(String code, String name, String shortName) {
    }

    static final String POVERTY_NATIONAL = "国定";
    static final String POVERTY_PROVINCIAL = "省定";
    static final String NOT_POOR = "非贫困";

    DemoProvince {
        prefectures = List.copyOf(prefectures);
        counties = List.copyOf(counties);
        villages = List.copyOf(villages);
        units = List.copyOf(units);
        pairings = List.copyOf(pairings);
    }

    /**
     * @param stem the two-character place name, e.g. 青岚
     * @param name the official name, e.g. 青岚彝族自治州
     * @param shortName the name in everyday use and in unit names, e.g. 青岚州
     */
    record Prefecture(String code, String stem, String name, String shortName) {
    }

    /**
     * @param plannedExitYear null for a county that is not poor
     * @param exitYear null until the county has exited (摘帽)
     */
    record County(
            String code,
            String stem,
            String name,
            Prefecture prefecture,
            String povertyType,
            boolean deepPoverty,
            String contiguousArea,
            Integer plannedExitYear,
            Integer exitYear,
            int ruralPopulation) {

        boolean isPoor() {
            return !NOT_POOR.equals(povertyType);
        }
    }

    /** @param exitYear null until the village has exited (出列) */
    record Village(
            String code,
            String name,
            String townshipName,
            County county,
            boolean poor,
            boolean deepPoverty,
            Integer plannedExitYear,
            Integer exitYear) {
    }

    /**
     * @param homeAreaCode the area the unit is registered in: the province, its prefecture or county
     * @param leadUnitCode the 牵头单位 coordinating it in its first county, empty for lead units
     * @param staffEstablishment null where the unit has no establishment (enterprises, social groups)
     * @param fundsWeight how much it gives relative to other units, from its level, category and chance
     */
    record AssistingUnit(
            String code,
            String name,
            UnitLevel level,
            UnitCategory category,
            String homeAreaCode,
            String leadUnitCode,
            Integer staffEstablishment,
            double fundsWeight) {

        AssistingUnit withLeadUnitCode(String newLeadUnitCode) {
            return new AssistingUnit(code, name, level, category, homeAreaCode, newLeadUnitCode,
                    staffEstablishment, fundsWeight);
        }

        AssistingUnit withStaffEstablishment(Integer newStaffEstablishment) {
            return new AssistingUnit(code, name, level, category, homeAreaCode, leadUnitCode,
                    newStaffEstablishment, fundsWeight);
        }
    }

    /**
     * A row of ML-4.
     *
     * @param village the village taken on (包村), null when the unit only links to the county (挂县)
     * @param endDate null while the pairing is active
     */
    record Pairing(AssistingUnit unit, County county, Village village, LocalDate startDate, LocalDate endDate,
            boolean lead) {

        boolean isActive() {
            return endDate == null;
        }
    }

    List<County> poorCounties() {
        return counties.stream().filter(County::isPoor).toList();
    }

    List<Pairing> activePairings() {
        return pairings.stream().filter(Pairing::isActive).toList();
    }

    Map<String, County> countiesByCode() {
        return counties.stream().collect(Collectors.toMap(County::code, Function.identity()));
    }
}
