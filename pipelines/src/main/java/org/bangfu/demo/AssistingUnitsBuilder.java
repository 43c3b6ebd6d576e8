package org.bangfu.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bangfu.demo.DemoProvince.AssistingUnit;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.DemoProvince.Prefecture;

/**
 * The assisting units of ML-3: how many of each level, which categories, their names, credit codes,
 * staff establishments and how much each gives. Central and provincial units are at home in the
 * province, prefecture units in a prefecture, county units in a poor county.
 */
final class AssistingUnitsBuilder {

    /** Categories every level must show, so that the smallest province still covers ML-3's list. */
    private static final Map<UnitLevel, List<UnitCategory>> CORE_CATEGORIES = new EnumMap<>(Map.of(
            UnitLevel.CENTRAL, List.of(UnitCategory.GOVERNMENT, UnitCategory.UNIVERSITY, UnitCategory.STATE_ENTERPRISE,
                    UnitCategory.FINANCIAL_INSTITUTION, UnitCategory.MILITARY),
            UnitLevel.PROVINCE, List.of(UnitCategory.GOVERNMENT, UnitCategory.DEMOCRATIC_PARTIES_AND_COMMERCE,
                    UnitCategory.PEOPLES_ORGANISATION, UnitCategory.UNIVERSITY, UnitCategory.HOSPITAL,
                    UnitCategory.STATE_ENTERPRISE, UnitCategory.FINANCIAL_INSTITUTION,
                    UnitCategory.PUBLIC_INSTITUTION, UnitCategory.PRIVATE_ENTERPRISE,
                    UnitCategory.SOCIAL_ORGANISATION),
            UnitLevel.PREFECTURE, List.of(UnitCategory.GOVERNMENT, UnitCategory.HOSPITAL,
                    UnitCategory.STATE_ENTERPRISE, UnitCategory.MILITARY, UnitCategory.PRIVATE_ENTERPRISE),
            UnitLevel.COUNTY, List.of(UnitCategory.GOVERNMENT, UnitCategory.HOSPITAL, UnitCategory.PUBLIC_INSTITUTION,
                    UnitCategory.FINANCIAL_INSTITUTION, UnitCategory.PEOPLES_ORGANISATION,
                    UnitCategory.SOCIAL_ORGANISATION)));

    /** How often each category appears beyond the core: government departments dominate every level. */
    private static final Map<UnitLevel, Map<UnitCategory, Double>> CATEGORY_WEIGHTS = new EnumMap<>(Map.of(
            UnitLevel.CENTRAL, weights(UnitCategory.GOVERNMENT, 3.0, UnitCategory.STATE_ENTERPRISE, 3.0,
                    UnitCategory.FINANCIAL_INSTITUTION, 3.0, UnitCategory.UNIVERSITY, 1.0, UnitCategory.MILITARY, 1.0,
                    UnitCategory.PUBLIC_INSTITUTION, 1.0),
            UnitLevel.PROVINCE, weights(UnitCategory.GOVERNMENT, 10.0, UnitCategory.UNIVERSITY, 2.0,
                    UnitCategory.HOSPITAL, 2.0, UnitCategory.STATE_ENTERPRISE, 3.0,
                    UnitCategory.FINANCIAL_INSTITUTION, 1.0, UnitCategory.PUBLIC_INSTITUTION, 2.0,
                    UnitCategory.DEMOCRATIC_PARTIES_AND_COMMERCE, 1.0, UnitCategory.PEOPLES_ORGANISATION, 1.0,
                    UnitCategory.PRIVATE_ENTERPRISE, 2.0, UnitCategory.SOCIAL_ORGANISATION, 1.0),
            UnitLevel.PREFECTURE, weights(UnitCategory.GOVERNMENT, 10.0, UnitCategory.HOSPITAL, 1.0,
                    UnitCategory.STATE_ENTERPRISE, 2.0, UnitCategory.PRIVATE_ENTERPRISE, 2.0,
                    UnitCategory.UNIVERSITY, 0.5, UnitCategory.FINANCIAL_INSTITUTION, 0.5,
                    UnitCategory.PEOPLES_ORGANISATION, 1.0, UnitCategory.PUBLIC_INSTITUTION, 1.0,
                    UnitCategory.SOCIAL_ORGANISATION, 0.5, UnitCategory.DEMOCRATIC_PARTIES_AND_COMMERCE, 0.3,
                    UnitCategory.MILITARY, 0.3),
            UnitLevel.COUNTY, weights(UnitCategory.GOVERNMENT, 10.0, UnitCategory.HOSPITAL, 1.0,
                    UnitCategory.PUBLIC_INSTITUTION, 1.0, UnitCategory.FINANCIAL_INSTITUTION, 1.0,
                    UnitCategory.PEOPLES_ORGANISATION, 1.0, UnitCategory.SOCIAL_ORGANISATION, 0.5,
                    UnitCategory.PRIVATE_ENTERPRISE, 2.0, UnitCategory.STATE_ENTERPRISE, 0.5,
                    UnitCategory.DEMOCRATIC_PARTIES_AND_COMMERCE, 0.3, UnitCategory.MILITARY, 0.3)));

    private final DemoSize size;

    AssistingUnitsBuilder(DemoSize size) {
        this.size = size;
    }

    /** Category weights as alternating category and weight, so the table above reads like one. */
    private static Map<UnitCategory, Double> weights(Object... categoryThenWeight) {
        Map<UnitCategory, Double> weights = new EnumMap<>(UnitCategory.class);
        for (int index = 0; index < categoryThenWeight.length; index += 2) {
            weights.put((UnitCategory) categoryThenWeight[index], (Double) categoryThenWeight[index + 1]);
        }
        return weights;
    }

    List<AssistingUnit> build(DemoProvince.Identity province, List<Prefecture> prefectures, List<County> counties,
            DemoRandom random) {
        UnitNames names = new UnitNames(province.shortName(), prefectures);
        Set<String> usedNames = new HashSet<>();
        Set<String> usedCodes = new HashSet<>();
        List<County> poorCounties = random.shuffled(counties.stream().filter(County::isPoor).toList());
        List<Prefecture> shuffledPrefectures = random.shuffled(prefectures);
        List<AssistingUnit> units = new ArrayList<>();
        Map<UnitLevel, Integer> unitsPerLevel = unitsPerLevel();
        for (UnitLevel level : UnitLevel.values()) {
            List<UnitCategory> core = CORE_CATEGORIES.get(level);
            Map<UnitCategory, Double> weights = CATEGORY_WEIGHTS.get(level);
            List<UnitCategory> weighted = weights.keySet().stream().sorted().toList();
            for (int index = 0; index < unitsPerLevel.get(level); index++) {
                UnitCategory category = index < core.size() ? core.get(index)
                        : random.pickWeighted(weighted, weighted.stream().map(weights::get).toList());
                Prefecture prefecture = level == UnitLevel.PREFECTURE
                        ? shuffledPrefectures.get(index % shuffledPrefectures.size()) : null;
                County county = level == UnitLevel.COUNTY ? poorCounties.get(index % poorCounties.size()) : null;
                if (county != null) {
                    prefecture = county.prefecture();
                }
                Optional<String> name = names.nextName(level, category, prefecture, county, random, usedNames);
                if (name.isEmpty()) {
                    category = UnitCategory.PRIVATE_ENTERPRISE;
                    name = names.nextName(level, category, prefecture, county, random, usedNames);
                }
                String unitName = name.orElseGet(() -> names.fallbackPrivateName(random, usedNames));
                if (name.isEmpty()) {
                    category = UnitCategory.PRIVATE_ENTERPRISE;
                }
                String homeArea = county != null ? county.code()
                        : prefecture != null ? prefecture.code() : province.code();
                String code = CreditCodes.newCode(category, unitName, homeArea, random, usedCodes);
                double fundsWeight = level.fundsWeight() * category.fundsWeight() * random.logNormal(0.5);
                units.add(new AssistingUnit(code, unitName, level, category, homeArea, "",
                        staffEstablishment(level, category, random), fundsWeight));
            }
        }
        return units;
    }

    /** Shares of the units by level, but never fewer than the core categories of each level. */
    private Map<UnitLevel, Integer> unitsPerLevel() {
        Map<UnitLevel, Integer> counts = new EnumMap<>(UnitLevel.class);
        for (UnitLevel level : UnitLevel.values()) {
            counts.put(level, Math.max(CORE_CATEGORIES.get(level).size(),
                    (int) Math.round(size.units() * level.shareOfUnits())));
        }
        while (counts.values().stream().mapToInt(Integer::intValue).sum() > size.units()) {
            UnitLevel mostSpare = counts.keySet().stream()
                    .max(Comparator.comparingInt(level -> counts.get(level) - CORE_CATEGORIES.get(level).size()))
                    .orElseThrow();
            counts.merge(mostSpare, -1, Integer::sum);
        }
        while (counts.values().stream().mapToInt(Integer::intValue).sum() < size.units()) {
            counts.merge(UnitLevel.PROVINCE, 1, Integer::sum);
        }
        return counts;
    }

    private static Integer staffEstablishment(UnitLevel level, UnitCategory category, DemoRandom random) {
        if (!category.hasStaffEstablishment()) {
            return null;
        }
        return switch (category) {
            case UNIVERSITY -> random.between(900, 3_500);
            case HOSPITAL -> random.between(400, 2_600);
            case DEMOCRATIC_PARTIES_AND_COMMERCE -> random.between(10, 40);
            case PEOPLES_ORGANISATION -> random.between(15, 80);
            case PUBLIC_INSTITUTION -> random.between(30, 400);
            default -> switch (level) {
                case CENTRAL -> random.between(80, 600);
                case PROVINCE -> random.between(40, 260);
                case PREFECTURE -> random.between(25, 150);
                case COUNTY -> random.between(12, 90);
            };
        };
    }

}
