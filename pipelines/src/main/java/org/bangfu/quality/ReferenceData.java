package org.bangfu.quality;

import java.io.Serializable;
import java.util.Set;

/**
 * The codes the current registers hold, against which rows of other forms are checked. Small
 * enough to broadcast: a province has some tens of thousands of units and villages.
 *
 * @param countyCodes county codes of ML-1
 * @param villageCodes village codes of ML-2
 * @param unitCodes unit codes of ML-3
 * @param pairedUnitCounties "unit code|county code" for every pairing of ML-4
 */
public record ReferenceData(
        Set<String> countyCodes,
        Set<String> villageCodes,
        Set<String> unitCodes,
        Set<String> pairedUnitCounties) implements Serializable {

    public ReferenceData {
        countyCodes = Set.copyOf(countyCodes);
        villageCodes = Set.copyOf(villageCodes);
        unitCodes = Set.copyOf(unitCodes);
        pairedUnitCounties = Set.copyOf(pairedUnitCounties);
    }

    public static ReferenceData empty() {
        return new ReferenceData(Set.of(), Set.of(), Set.of(), Set.of());
    }

    public static String pairingKey(String unitCode, String countyCode) {
        return unitCode + "|" + countyCode;
    }

    public boolean isPaired(String unitCode, String countyCode) {
        return pairedUnitCounties.contains(pairingKey(unitCode, countyCode));
    }
}
