package org.bangfu.demo;

import static org.bangfu.demo.DemoProvince.POVERTY_NATIONAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bangfu.demo.DemoProvince.AssistingUnit;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.DemoProvince.Pairing;
import org.bangfu.demo.DemoProvince.Village;

/**
 * ML-4: which units are linked to which poor counties (挂县) and villages (包村), since when, and
 * which unit leads in each poor county. Central units go to 国定 counties, prefecture and county
 * units stay in their own area, and every poor county gets at least one unit.
 */
final class PairingsBuilder {

    private static final LocalDate FIRST_PAIRING_DAY = LocalDate.of(2015, 1, 1);
    private static final LocalDate LAST_PAIRING_DAY = LocalDate.of(2017, 12, 31);

    private PairingsBuilder() {
    }

    static List<Pairing> build(List<County> counties, List<Village> villages, List<AssistingUnit> units,
            DemoRandom random) {
        List<County> poor = counties.stream().filter(County::isPoor).toList();
        List<County> national = poor.stream().filter(county -> POVERTY_NATIONAL.equals(county.povertyType())).toList();
        Map<AssistingUnit, List<County>> countiesOfUnit = new LinkedHashMap<>();
        for (AssistingUnit unit : units) {
            List<County> candidates = switch (unit.level()) {
                case CENTRAL -> national;
                case PROVINCE -> poor;
                case PREFECTURE -> poor.stream()
                        .filter(county -> county.prefecture().code().equals(unit.homeAreaCode())).toList();
                case COUNTY -> poor.stream().filter(county -> county.code().equals(unit.homeAreaCode())).toList();
            };
            int wanted = switch (unit.level()) {
                case CENTRAL -> random.chance(0.45) ? 2 : 1;
                case PROVINCE -> random.chance(0.35) ? 2 : 1;
                case PREFECTURE -> random.chance(0.2) ? 2 : 1;
                case COUNTY -> 1;
            };
            List<County> chosen = new ArrayList<>();
            List<County> remaining = new ArrayList<>(candidates);
            while (chosen.size() < wanted && !remaining.isEmpty()) {
                // Central units go to the deepest poverty first, as the central guideline asks.
                County county = random.pickWeighted(remaining,
                        remaining.stream().map(candidate -> candidate.deepPoverty() ? 2.0 : 1.0).toList());
                chosen.add(county);
                remaining.remove(county);
            }
            countiesOfUnit.put(unit, chosen);
        }
        coverEveryPoorCounty(poor, countiesOfUnit, random);
        return pairingRows(counties, villages, countiesOfUnit, random);
    }

    /** Every poor county gets a unit: a province unit with one county takes it as its second. */
    private static void coverEveryPoorCounty(List<County> poor, Map<AssistingUnit, List<County>> countiesOfUnit,
            DemoRandom random) {
        for (County county : poor) {
            boolean covered = countiesOfUnit.values().stream().anyMatch(chosen -> chosen.contains(county));
            if (covered) {
                continue;
            }
            List<AssistingUnit> donors = random.shuffled(countiesOfUnit.keySet().stream()
                    .filter(unit -> unit.level() == UnitLevel.PROVINCE || unit.level() == UnitLevel.CENTRAL
                            && POVERTY_NATIONAL.equals(county.povertyType()))
                    .toList());
            Optional<AssistingUnit> withOneCounty = donors.stream()
                    .filter(unit -> countiesOfUnit.get(unit).size() == 1).findFirst();
            if (withOneCounty.isPresent()) {
                countiesOfUnit.get(withOneCounty.get()).add(county);
                continue;
            }
            // All donors have two counties: move a second county that other units also cover.
            for (AssistingUnit donor : donors) {
                List<County> chosen = countiesOfUnit.get(donor);
                County second = chosen.get(chosen.size() - 1);
                long coverers = countiesOfUnit.values().stream().filter(other -> other.contains(second)).count();
                if (coverers > 1) {
                    chosen.set(chosen.size() - 1, county);
                    break;
                }
            }
        }
    }

    private static List<Pairing> pairingRows(List<County> counties, List<Village> villages,
            Map<AssistingUnit, List<County>> countiesOfUnit, DemoRandom random) {
        Map<String, List<Village>> poorVillagesByCounty = new HashMap<>();
        for (Village village : villages) {
            if (village.poor()) {
                poorVillagesByCounty.computeIfAbsent(village.county().code(), ignored -> new ArrayList<>()).add(village);
            }
        }
        Set<Village> taken = new HashSet<>();
        List<Pairing> rows = new ArrayList<>();
        for (Map.Entry<AssistingUnit, List<County>> entry : countiesOfUnit.entrySet()) {
            AssistingUnit unit = entry.getKey();
            List<County> chosen = entry.getValue();
            LocalDate firstStart = randomDay(FIRST_PAIRING_DAY, LAST_PAIRING_DAY, random);
            // A few units were moved from another county before 2018; the old link stays in ML-4 with its end date.
            if (unit.level() != UnitLevel.COUNTY && random.chance(0.05)) {
                List<County> others = counties.stream()
                        .filter(county -> county.isPoor() && !chosen.contains(county)).toList();
                if (!others.isEmpty()) {
                    LocalDate oldStart = randomDay(FIRST_PAIRING_DAY, LocalDate.of(2015, 12, 31), random);
                    firstStart = randomDay(LocalDate.of(2016, 3, 1), LAST_PAIRING_DAY, random);
                    rows.add(new Pairing(unit, random.pick(others), null, oldStart, firstStart.minusDays(1), false));
                }
            }
            for (int index = 0; index < chosen.size(); index++) {
                County county = chosen.get(index);
                Village village = null;
                double takesVillage = switch (unit.level()) {
                    case CENTRAL -> 0.8;
                    case PROVINCE -> 0.75;
                    case PREFECTURE -> 0.55;
                    case COUNTY -> 0.6;
                };
                if (index == 0 && random.chance(takesVillage)) {
                    List<Village> free = poorVillagesByCounty.getOrDefault(county.code(), List.of()).stream()
                            .filter(candidate -> !taken.contains(candidate)).toList();
                    if (!free.isEmpty()) {
                        village = random.pickWeighted(free, free.stream().map(v -> v.deepPoverty() ? 3.0 : 1.0).toList());
                        taken.add(village);
                    }
                }
                LocalDate start = index == 0 ? firstStart : randomDay(firstStart, LAST_PAIRING_DAY, random);
                rows.add(new Pairing(unit, county, village, start, null, false));
            }
        }
        return markLeads(rows);
    }

    /** One lead per poor county: the highest-level unit there, the one giving most among equals. */
    private static List<Pairing> markLeads(List<Pairing> rows) {
        Map<String, Pairing> leadByCounty = new HashMap<>();
        Comparator<Pairing> leadFirst = Comparator.<Pairing>comparingInt(pairing -> pairing.unit().level().ordinal())
                .thenComparing(pairing -> -pairing.unit().fundsWeight());
        for (Pairing pairing : rows) {
            if (pairing.isActive() && pairing.county().isPoor()) {
                leadByCounty.merge(pairing.county().code(), pairing,
                        (current, candidate) -> leadFirst.compare(candidate, current) < 0 ? candidate : current);
            }
        }
        Set<Pairing> leads = new HashSet<>(leadByCounty.values());
        return rows.stream()
                .map(pairing -> leads.contains(pairing) ? new Pairing(pairing.unit(), pairing.county(),
                        pairing.village(), pairing.startDate(), pairing.endDate(), true) : pairing)
                .toList();
    }

    /** ML-3's 牵头单位代码: the lead of the unit's first active county, blank for the lead itself. */
    static List<AssistingUnit> withLeadUnits(List<AssistingUnit> units, List<Pairing> pairings) {
        Map<String, String> leadUnitByCounty = new HashMap<>();
        Map<String, String> firstCountyOfUnit = new HashMap<>();
        for (Pairing pairing : pairings) {
            if (pairing.lead()) {
                leadUnitByCounty.put(pairing.county().code(), pairing.unit().code());
            }
            if (pairing.isActive()) {
                firstCountyOfUnit.putIfAbsent(pairing.unit().code(), pairing.county().code());
            }
        }
        return units.stream().map(unit -> {
            String lead = leadUnitByCounty.getOrDefault(firstCountyOfUnit.get(unit.code()), "");
            return unit.withLeadUnitCode(lead.equals(unit.code()) ? "" : lead);
        }).toList();
    }

    private static LocalDate randomDay(LocalDate first, LocalDate last, DemoRandom random) {
        return LocalDate.ofEpochDay(first.toEpochDay()
                + random.between(0, (int) (last.toEpochDay() - first.toEpochDay())));
    }

}
