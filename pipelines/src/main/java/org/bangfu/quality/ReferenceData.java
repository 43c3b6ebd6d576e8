package org.bangfu.quality;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * The codes the current registers hold, against which rows of other forms are checked. Small
 * enough to broadcast: a province has some tens of thousands of units and villages.
 *
 * @param countyCodes county codes of ML-1
 * @param villageCodes village codes of ML-2
 * @param unitCodes unit codes of ML-3
 * @param pairedUnitCounties "unit code|county code" for every pairing of ML-4
 * @param areaCodes every province, prefecture and county code of ML-1 (BF-5 targets name any of them)
 * @param poorVillageCodes villages of ML-2 marked 贫困村
 * @param poorVillagesByCounty number of poor villages per county, for counties that have villages in ML-2
 */
public record ReferenceData(
        Set<String> countyCodes,
        Set<String> villageCodes,
        Set<String> unitCodes,
        Set<String> pairedUnitCounties,
        Set<String> areaCodes,
        Set<String> poorVillageCodes,
        Map<String, Integer> poorVillagesByCounty) implements Serializable {

    public ReferenceData {
        countyCodes = Set.copyOf(countyCodes);
        villageCodes = Set.copyOf(villageCodes);
        unitCodes = Set.copyOf(unitCodes);
        pairedUnitCounties = Set.copyOf(pairedUnitCounties);
        areaCodes = Set.copyOf(areaCodes);
        poorVillageCodes = Set.copyOf(poorVillageCodes);
        poorVillagesByCounty = Map.copyOf(poorVillagesByCounty);
    }

    public static ReferenceData empty() {
        return new ReferenceData(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Map.of());
    }

    public static String pairingKey(String unitCode, String countyCode) {
        return unitCode + "|" + countyCode;
    }

    public boolean isPaired(String unitCode, String countyCode) {
        return pairedUnitCounties.contains(pairingKey(unitCode, countyCode));
    }

    /** The county register: its counties, and every area code (province, prefecture, county) it names. */
    public ReferenceData withCounties(Set<String> counties, Set<String> areas) {
        return new ReferenceData(counties, villageCodes, unitCodes, pairedUnitCounties, areas, poorVillageCodes,
                poorVillagesByCounty);
    }

    public ReferenceData withUnits(Set<String> units) {
        return new ReferenceData(countyCodes, villageCodes, units, pairedUnitCounties, areaCodes, poorVillageCodes,
                poorVillagesByCounty);
    }

    /** The village register: its villages, those of them that are poor, and the poor villages per county. */
    public ReferenceData withVillages(Set<String> villages, Set<String> poorVillages,
            Map<String, Integer> poorByCounty) {
        return new ReferenceData(countyCodes, villages, unitCodes, pairedUnitCounties, areaCodes, poorVillages,
                poorByCounty);
    }

    public ReferenceData withPairings(Set<String> pairings) {
        return new ReferenceData(countyCodes, villageCodes, unitCodes, pairings, areaCodes, poorVillageCodes,
                poorVillagesByCounty);
    }
}
