package org.bangfu.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the inbox of a synthetic province for statisticians to try the system with and for
 * benchmarks to load: the registers ML-1 to ML-4, BF-1, BF-2 and BF-3 for 2018Q1–2019Q4, BF-4 and
 * BF-5 for 2018 and 2019, as .xlsx and .csv files laid out like real submissions and dated as they
 * were sent, with planted mistakes, late and missing submissions and a withdrawing resubmission.
 *
 * <p>Output is a function of the seed and size alone: two runs give byte-identical files, whatever
 * the clock, time zone or machine.
 */
public final class DemoGenerator {

    private final long seed;
    private final DemoSize size;
    private final int provinces;

    public DemoGenerator(long seed, DemoSize size) {
        this(seed, size, 1);
    }

    /**
     * @param provinces how many provinces, 1 to {@link #MAXIMUM_PROVINCES}: one writes the province
     *     demo as it always was; more write a national demo (see {@link #writeTo})
     */
    public DemoGenerator(long seed, DemoSize size, int provinces) {
        this.seed = seed;
        this.size = Objects.requireNonNull(size, "size");
        if (provinces < 1 || provinces > MAXIMUM_PROVINCES) {
            throw new IllegalArgumentException("provinces must be 1 to " + MAXIMUM_PROVINCES + ", not " + provinces);
        }
        this.provinces = provinces;
    }

    /** As many provinces as the demo has names and codes for. */
    public static final int MAXIMUM_PROVINCES = ProvinceBuilder.PROVINCES.size();

    public long seed() {
        return seed;
    }

    public DemoSize size() {
        return size;
    }

    /**
     * Writes the files into the directory, creating it if need be. Files of the same names are
     * replaced; other files in the directory are left alone.
     *
     * <p>With more than one province it writes a national demo: the national office's registers
     * ML-1 to ML-4 (all provinces in one issue of each, as registers are replaced whole) at the top
     * of the inbox, and each province's periodic forms in a folder of its own, from its own seed, so
     * each has its own mistakes, late files and layouts. The central units of the first province
     * are also the central units of the others: each helps counties in several provinces and
     * reports on each to that province's office.
     *
     * @return what was written and the mistakes planted in it
     */
    public DemoManifest writeTo(Path inboxDirectory) {
        Inbox inbox = new Inbox(inboxDirectory);
        if (provinces == 1) {
            DemoProvince province = province();
            RegisterFiles.write(province, inbox);
            writeForms(province, seed, inbox, false);
        } else {
            List<DemoProvince> nation = nation();
            RegisterFiles.write(registersOf(nation), inbox);
            for (int index = 0; index < nation.size(); index++) {
                DemoProvince province = nation.get(index);
                writeForms(province, seedOf(index), inbox.within(province.name()), true);
            }
        }
        return inbox.manifest(seed, size);
    }

    private void writeForms(DemoProvince province, long provinceSeed, Inbox inbox, boolean centralUnitsShared) {
        List<AssistanceReports.Report> reports = AssistanceReports.build(province, provinceSeed, size);
        AssistanceFiles assistance = new AssistanceFiles(province, reports, inbox, provinceSeed, centralUnitsShared);
        assistance.write();
        WorkTeamFiles teams = new WorkTeamFiles(province, reports, inbox, provinceSeed);
        teams.write();
        teamDifferences(assistance.acceptedTeamMembers(), teams.acceptedMembers(), teams.plantedDifferenceKey())
                .forEach(inbox::reconciliationDifference);
        Map<String, HouseholdFiles.CountyYear> households =
                new HouseholdFiles(province, inbox, provinceSeed, size).write();
        new ProgressFiles(province, households, inbox, provinceSeed).write();
        new TargetFiles(province, households, inbox, provinceSeed).write();
    }

    /** The first province keeps the demo's seed, so it is the one-province demo's province. */
    private long seedOf(int provinceIndex) {
        return provinceIndex == 0 ? seed : seed + 7_919L * provinceIndex;
    }

    /** The provinces of a national demo, the central units of the first shared by all. */
    List<DemoProvince> nation() {
        List<DemoProvince> built = new ArrayList<>();
        for (int index = 0; index < provinces; index++) {
            built.add(new ProvinceBuilder(seedOf(index), size, ProvinceBuilder.PROVINCES.get(index)).build());
        }
        List<DemoProvince.AssistingUnit> central = built.get(0).units().stream()
                .filter(unit -> unit.level() == UnitLevel.CENTRAL).toList();
        List<DemoProvince> nation = new ArrayList<>(List.of(built.get(0)));
        for (DemoProvince province : built.subList(1, built.size())) {
            nation.add(withCentralUnits(province, central));
        }
        return nation;
    }

    /** The province with its own central units replaced, one for one in turn, by the shared ones. */
    static DemoProvince withCentralUnits(DemoProvince province, List<DemoProvince.AssistingUnit> central) {
        Map<String, DemoProvince.AssistingUnit> replaced = new java.util.HashMap<>();
        int next = 0;
        for (DemoProvince.AssistingUnit unit : province.units()) {
            if (unit.level() == UnitLevel.CENTRAL && !central.isEmpty()) {
                replaced.put(unit.code(), central.get(next++ % central.size()));
            }
        }
        Map<String, DemoProvince.AssistingUnit> units = new java.util.LinkedHashMap<>();
        for (DemoProvince.AssistingUnit unit : province.units()) {
            DemoProvince.AssistingUnit kept = replaced.getOrDefault(unit.code(), unit);
            String lead = replaced.containsKey(kept.leadUnitCode()) ? replaced.get(kept.leadUnitCode()).code()
                    : kept.leadUnitCode();
            units.putIfAbsent(kept.code(), replaced.containsKey(unit.code()) ? kept : kept.withLeadUnitCode(lead));
        }
        Map<String, DemoProvince.Pairing> pairings = new java.util.LinkedHashMap<>();
        for (DemoProvince.Pairing pairing : province.pairings()) {
            DemoProvince.AssistingUnit unit = units.get(replaced.getOrDefault(pairing.unit().code(), pairing.unit()).code());
            String key = unit.code() + "|" + pairing.county().code() + "|"
                    + (pairing.village() == null ? "" : pairing.village().code());
            pairings.putIfAbsent(key, new DemoProvince.Pairing(unit, pairing.county(), pairing.village(),
                    pairing.startDate(), pairing.endDate(), pairing.lead()));
        }
        return new DemoProvince(province.code(), province.name(), province.shortName(), province.prefectures(),
                province.counties(), province.villages(), List.copyOf(units.values()), List.copyOf(pairings.values()));
    }

    /** What the national office's registers hold: every province's areas, units (each once) and pairings. */
    static DemoProvince registersOf(List<DemoProvince> nation) {
        Map<String, DemoProvince.AssistingUnit> units = new java.util.LinkedHashMap<>();
        nation.forEach(province -> province.units().forEach(unit -> units.putIfAbsent(unit.code(), unit)));
        return new DemoProvince(RegisterFiles.NATION_CODE, "全国", "全国",
                nation.stream().flatMap(province -> province.prefectures().stream()).toList(),
                nation.stream().flatMap(province -> province.counties().stream()).toList(),
                nation.stream().flatMap(province -> province.villages().stream()).toList(),
                List.copyOf(units.values()),
                nation.stream().flatMap(province -> province.pairings().stream()).toList());
    }

    /**
     * X001 as the accepted rows give it: per unit × county × quarter, the team members the unit
     * reports in BF-1 against the members of the rosters it sends in BF-2, wherever either is not zero
     * and they differ. The planted difference is one; the others follow from rows that are quarantined,
     * left out or added on purpose.
     */
    static List<DemoManifest.ReconciliationDifference> teamDifferences(Map<String, Long> reported,
            Map<String, Long> rostered, String plantedKey) {
        Set<String> keys = new TreeSet<>(reported.keySet());
        keys.addAll(rostered.keySet());
        List<DemoManifest.ReconciliationDifference> differences = new ArrayList<>();
        for (String key : keys) {
            Long first = reported.get(key);
            Long second = rostered.get(key);
            long firstValue = first == null ? 0 : first;
            long secondValue = second == null ? 0 : second;
            if (firstValue != secondValue) {
                int period = key.lastIndexOf('|');
                differences.add(new DemoManifest.ReconciliationDifference("X001", key.substring(0, period),
                        key.substring(period + 1), first, second, key.equals(plantedKey)));
            }
        }
        return differences;
    }

    /** The province behind the files, for tests that check the data rather than its layout. */
    DemoProvince province() {
        return new ProvinceBuilder(seed, size).build();
    }
}
