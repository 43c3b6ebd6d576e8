package org.bangfu.demo;

import static org.bangfu.demo.DemoProvince.NOT_POOR;
import static org.bangfu.demo.DemoProvince.POVERTY_NATIONAL;
import static org.bangfu.demo.DemoProvince.POVERTY_PROVINCIAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bangfu.demo.DemoProvince.AssistingUnit;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.DemoProvince.Pairing;
import org.bangfu.demo.DemoProvince.Prefecture;
import org.bangfu.demo.DemoProvince.Village;

/**
 * Builds the synthetic province from the seed: prefectures, counties and villages here, units and
 * pairings in {@link AssistingUnitsBuilder} and {@link PairingsBuilder}.
 */
final class ProvinceBuilder {

    static final String PROVINCE_CODE = "580000";
    static final String PROVINCE_NAME = "云岭省";
    static final String PROVINCE_SHORT_NAME = "云岭";

    /**
     * The demo provinces, in order, for {@code demo --provinces N}: made-up names on codes GB/T 2260
     * leaves unused (56–59), so they look real and never clash with a real province.
     */
    static final List<DemoProvince.Identity> PROVINCES = List.of(
            new DemoProvince.Identity(PROVINCE_CODE, PROVINCE_NAME, PROVINCE_SHORT_NAME),
            new DemoProvince.Identity("590000", "黔川省", "黔川"),
            new DemoProvince.Identity("570000", "陇原省", "陇原"),
            new DemoProvince.Identity("560000", "湘岭省", "湘岭"),
            // Codes GB/T 2260 leaves unused, so no demo province passes for a real one.
            new DemoProvince.Identity("550000", "桂岭省", "桂岭"),
            new DemoProvince.Identity("490000", "赣原省", "赣原"),
            new DemoProvince.Identity("480000", "闽山省", "闽山"),
            new DemoProvince.Identity("470000", "晋川省", "晋川"),
            new DemoProvince.Identity("390000", "蒙原省", "蒙原"),
            new DemoProvince.Identity("380000", "皖江省", "皖江"));
    /** The registers describe the province as at the end of this year: exits up to it are filled in. */
    static final int REGISTER_YEAR = 2019;

    private static final List<String> ETHNIC_GROUPS = List.of(
            "彝族", "苗族", "哈尼族彝族", "傣族", "藏族", "土家族苗族", "布依族苗族", "壮族苗族");
    private static final List<String> CONTIGUOUS_AREAS = List.of("乌岭山片区", "西江石漠化片区");

    private final long seed;
    private final DemoSize size;
    private final DemoProvince.Identity identity;

    /** The demo province a county lies in, by the first two digits of its code. */
    static DemoProvince.Identity identityOf(DemoProvince.County county) {
        return PROVINCES.stream().filter(province -> province.code().startsWith(county.code().substring(0, 2)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no demo province for county " + county.code()));
    }

    ProvinceBuilder(long seed, DemoSize size) {
        this(seed, size, PROVINCES.get(0));
    }

    ProvinceBuilder(long seed, DemoSize size, DemoProvince.Identity identity) {
        this.seed = seed;
        this.size = size;
        this.identity = identity;
    }

    DemoProvince build() {
        Set<String> placeStems = new HashSet<>();
        List<Prefecture> prefectures = prefectures(DemoRandom.forPurpose(seed, "prefectures"), placeStems);
        int[] villagesPerCounty = spread(size.villages(), size.counties(), DemoSize.MINIMUM_VILLAGES_PER_COUNTY,
                Integer.MAX_VALUE, DemoRandom.forPurpose(seed, "village counts"));
        List<County> counties = counties(prefectures, villagesPerCounty, DemoRandom.forPurpose(seed, "counties"),
                placeStems);
        List<Village> villages = villages(counties, villagesPerCounty, DemoRandom.forPurpose(seed, "villages"));
        List<AssistingUnit> units = new AssistingUnitsBuilder(size)
                .build(identity, prefectures, counties, DemoRandom.forPurpose(seed, "units"));
        List<Pairing> pairings = PairingsBuilder.build(counties, villages, units, DemoRandom.forPurpose(seed, "pairings"));
        Map<String, AssistingUnit> unitsWithLeads = new LinkedHashMap<>();
        for (AssistingUnit unit : staffedAsRulesAsk(PairingsBuilder.withLeadUnits(units, pairings), pairings)) {
            unitsWithLeads.put(unit.code(), unit);
        }
        List<Pairing> pairingsOfUnitsWithLeads = pairings.stream()
                .map(pairing -> new Pairing(unitsWithLeads.get(pairing.unit().code()), pairing.county(),
                        pairing.village(), pairing.startDate(), pairing.endDate(), pairing.lead()))
                .toList();
        return new DemoProvince(identity.code(), identity.name(), identity.shortName(), prefectures, counties, villages,
                List.copyOf(unitsWithLeads.values()), pairingsOfUnitsWithLeads);
    }

    /**
     * Where the province's rules ask units to send a share of their staff establishment (云南: about
     * 10 %), a unit's establishment is what the teams it sends make a share of a little above that,
     * so most units keep the rule; units that send no team keep the establishment they were drawn with.
     */
    private List<AssistingUnit> staffedAsRulesAsk(List<AssistingUnit> units, List<Pairing> pairings) {
        ProvinceRules rules = ProvinceRules.of(identity.code());
        DemoRandom random = DemoRandom.forPurpose(seed, "staff establishments");
        Map<String, Integer> villagesTaken = new LinkedHashMap<>();
        for (Pairing pairing : pairings) {
            if (pairing.village() != null) {
                villagesTaken.merge(pairing.unit().code(), 1, Integer::sum);
            }
        }
        List<AssistingUnit> staffed = new ArrayList<>();
        for (AssistingUnit unit : units) {
            int villages = villagesTaken.getOrDefault(unit.code(), 0);
            Optional<Double> share = rules.staffSharePercentFor(unit.level());
            if (unit.staffEstablishment() == null || villages == 0 || share.isEmpty()) {
                staffed.add(unit);
                continue;
            }
            double membersSent = villages * (rules.smallestTeamFor(unit.level()) + 1.5);
            double sharePercent = share.get() + random.uniform(0, 10);
            staffed.add(unit.withStaffEstablishment((int) Math.round(membersSent * 100 / sharePercent)));
        }
        return staffed;
    }

    private List<Prefecture> prefectures(DemoRandom random, Set<String> placeStems) {
        List<Prefecture> prefectures = new ArrayList<>();
        for (int index = 0; index < size.prefectures(); index++) {
            String stem = ChineseNames.placeStem(random, placeStems);
            String code = identity.code().substring(0, 2) + String.format("%02d", index + 1) + "00";
            boolean autonomous = index % 4 == 3;
            String name = autonomous ? stem + random.pick(ETHNIC_GROUPS) + "自治州" : stem + "市";
            prefectures.add(new Prefecture(code, stem, name, autonomous ? stem + "州" : stem + "市"));
        }
        return prefectures;
    }

    private List<County> counties(List<Prefecture> prefectures, int[] villagesPerCounty, DemoRandom random,
            Set<String> placeStems) {
        int[] countiesPerPrefecture = spread(size.counties(), prefectures.size(),
                DemoSize.MINIMUM_COUNTIES_PER_PREFECTURE, DemoSize.MAXIMUM_COUNTIES_PER_PREFECTURE, random);
        List<CountyDraft> drafts = new ArrayList<>();
        for (int prefectureIndex = 0; prefectureIndex < prefectures.size(); prefectureIndex++) {
            Prefecture prefecture = prefectures.get(prefectureIndex);
            boolean autonomous = prefecture.name().endsWith("自治州");
            String area = CONTIGUOUS_AREAS.get(prefectureIndex * CONTIGUOUS_AREAS.size() / prefectures.size());
            List<CountyDraft> ofPrefecture = new ArrayList<>();
            for (int index = 0; index < countiesPerPrefecture[prefectureIndex]; index++) {
                String stem = ChineseNames.placeStem(random, placeStems);
                CountyDraft draft = new CountyDraft();
                draft.prefecture = prefecture;
                draft.stem = stem;
                if (index == 0) {
                    // The prefecture seat: a district of a 市, a county-level city of a 州; never poor.
                    draft.code = prefecture.code().substring(0, 4) + (autonomous ? "01" : "02");
                    draft.name = stem + (autonomous ? "市" : "区");
                    draft.povertyType = NOT_POOR;
                } else {
                    draft.code = prefecture.code().substring(0, 4) + String.format("%02d", 20 + index);
                    draft.name = autonomous && random.chance(0.15)
                            ? stem + random.pick(ETHNIC_GROUPS) + "自治县" : stem + "县";
                    draft.povertyType = random.pickWeighted(List.of(POVERTY_NATIONAL, POVERTY_PROVINCIAL, NOT_POOR),
                            autonomous ? List.of(0.8, 0.15, 0.05) : List.of(0.5, 0.31, 0.19));
                }
                draft.contiguousArea = area;
                ofPrefecture.add(draft);
            }
            // Every prefecture has poor counties for its own units to pair with.
            ofPrefecture.stream().skip(1).filter(draft -> !draft.isPoor())
                    .limit(Math.max(0, 2 - ofPrefecture.stream().filter(CountyDraft::isPoor).count()))
                    .forEach(draft -> draft.povertyType = POVERTY_PROVINCIAL);
            drafts.addAll(ofPrefecture);
        }
        ensureEveryPovertyType(drafts);
        for (CountyDraft draft : drafts) {
            boolean autonomous = draft.prefecture.name().endsWith("自治州");
            draft.deepPoverty = switch (draft.povertyType) {
                case POVERTY_NATIONAL -> random.chance(autonomous ? 0.8 : 0.3);
                case POVERTY_PROVINCIAL -> random.chance(0.05);
                default -> false;
            };
        }
        if (drafts.stream().noneMatch(draft -> draft.deepPoverty)) {
            drafts.stream().filter(draft -> POVERTY_NATIONAL.equals(draft.povertyType)).findFirst()
                    .ifPresent(draft -> draft.deepPoverty = true);
        }
        List<County> counties = new ArrayList<>();
        for (int index = 0; index < drafts.size(); index++) {
            CountyDraft draft = drafts.get(index);
            boolean deep = draft.deepPoverty;
            Integer plannedExit = switch (draft.povertyType) {
                case POVERTY_PROVINCIAL -> random.between(2016, 2018);
                case POVERTY_NATIONAL -> deep ? random.between(2019, 2020) : random.between(2017, 2019);
                default -> null;
            };
            Integer exit = plannedExit != null && plannedExit <= REGISTER_YEAR ? plannedExit : null;
            String area = draft.isPoor() && random.chance(0.75) ? draft.contiguousArea : "";
            int villages = villagesPerCounty[index];
            int ruralPopulation = 0;
            for (int village = 0; village < villages; village++) {
                ruralPopulation += random.between(900, 2_600);
            }
            counties.add(new County(draft.code, draft.stem, draft.name, draft.prefecture, draft.povertyType, deep,
                    area, plannedExit, exit, ruralPopulation));
        }
        return counties;
    }

    private static void ensureEveryPovertyType(List<CountyDraft> drafts) {
        if (drafts.stream().noneMatch(draft -> POVERTY_NATIONAL.equals(draft.povertyType))) {
            drafts.stream().filter(CountyDraft::isPoor).findFirst()
                    .ifPresent(draft -> draft.povertyType = POVERTY_NATIONAL);
        }
        if (drafts.stream().noneMatch(draft -> POVERTY_PROVINCIAL.equals(draft.povertyType))) {
            drafts.stream().filter(draft -> POVERTY_NATIONAL.equals(draft.povertyType)).skip(1).findFirst()
                    .ifPresent(draft -> draft.povertyType = POVERTY_PROVINCIAL);
        }
    }

    private static List<Village> villages(List<County> counties, int[] villagesPerCounty, DemoRandom random) {
        List<Village> villages = new ArrayList<>();
        for (int countyIndex = 0; countyIndex < counties.size(); countyIndex++) {
            County county = counties.get(countyIndex);
            int count = villagesPerCounty[countyIndex];
            int townships = Math.max(1, Math.min(150, (int) Math.round(count / random.uniform(6, 12))));
            int[] villagesPerTownship = spread(count, townships, 1, 199, random);
            Set<String> townshipStems = new HashSet<>();
            Set<String> villageStems = new HashSet<>();
            int towns = 0;
            int rural = 0;
            List<Village> ofCounty = new ArrayList<>();
            for (int township = 0; township < townships; township++) {
                // Towns (镇) are numbered 1xx and rural townships (乡) 2xx, towns first.
                boolean town = township < Math.max(1, Math.round(townships * 0.4));
                String townshipCode = town ? String.valueOf(101 + towns++) : String.valueOf(201 + rural++);
                String townshipName = ChineseNames.villageStem(random, townshipStems) + (town ? "镇" : "乡");
                for (int index = 0; index < villagesPerTownship[township]; index++) {
                    // Village committees (村委会) are numbered 2xx in the statistical division code.
                    String code = county.code() + townshipCode + (201 + index);
                    String name = ChineseNames.villageStem(random, villageStems) + "村";
                    boolean poor = random.chance(switch (county.povertyType()) {
                        case POVERTY_NATIONAL -> 0.5;
                        case POVERTY_PROVINCIAL -> 0.4;
                        default -> 0.08;
                    });
                    ofCounty.add(poorVillage(code, name, townshipName, county, poor, random));
                }
            }
            if (county.isPoor() && ofCounty.stream().noneMatch(Village::poor)) {
                Village first = ofCounty.get(0);
                ofCounty.set(0, poorVillage(first.code(), first.name(), first.townshipName(), county, true, random));
            }
            villages.addAll(ofCounty);
        }
        return villages;
    }

    private static Village poorVillage(String code, String name, String townshipName, County county, boolean poor,
            DemoRandom random) {
        if (!poor) {
            return new Village(code, name, townshipName, county, false, false, null, null);
        }
        boolean deep = random.chance(county.deepPoverty() ? 0.45 : 0.05);
        int latestPlan = county.plannedExitYear() == null ? REGISTER_YEAR : Math.max(2016, county.plannedExitYear());
        int plannedExit = deep ? random.between(Math.min(2019, latestPlan), Math.max(2019, latestPlan))
                : random.between(2016, latestPlan);
        Integer exit = plannedExit <= REGISTER_YEAR && random.chance(0.95) ? plannedExit : null;
        return new Village(code, name, townshipName, county, true, deep, plannedExit, exit);
    }

    /**
     * Splits a total into parts of at least {@code minimum} and at most {@code maximum} with random
     * weights, the parts adding up to the total exactly (largest remainders).
     */
    static int[] spread(int total, int parts, int minimum, int maximum, DemoRandom random) {
        int[] result = new int[parts];
        double[] weights = new double[parts];
        double weightSum = 0;
        for (int part = 0; part < parts; part++) {
            result[part] = minimum;
            weights[part] = random.uniform(0.6, 1.4);
            weightSum += weights[part];
        }
        int remaining = total - minimum * parts;
        int given = 0;
        double[] remainders = new double[parts];
        for (int part = 0; part < parts; part++) {
            double share = remaining * weights[part] / weightSum;
            int whole = (int) Math.min(Math.floor(share), (long) maximum - minimum);
            result[part] += whole;
            given += whole;
            remainders[part] = share - whole;
        }
        while (given < remaining) {
            int best = -1;
            for (int part = 0; part < parts; part++) {
                if (result[part] < maximum && (best < 0 || remainders[part] > remainders[best])) {
                    best = part;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException(total + " does not fit in " + parts + " parts of at most " + maximum);
            }
            result[best]++;
            remainders[best] = -1 + remainders[best];
            given++;
        }
        return result;
    }

    /** A county while its poverty type is still being balanced across its prefecture. */
    private static final class CountyDraft {
        Prefecture prefecture;
        String code;
        String stem;
        String name;
        String povertyType;
        boolean deepPoverty;
        String contiguousArea;

        boolean isPoor() {
            return !NOT_POOR.equals(povertyType);
        }
    }
}
