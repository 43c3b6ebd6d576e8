package org.bangfu.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bangfu.scorecard.ProfileCatalogue;
import org.bangfu.scorecard.ProgrammeRule;
import org.bangfu.scorecard.ProvinceProfile;
import org.bangfu.scorecard.RuleMeasure;

/**
 * The programme rules a demo province is scored by (its profile in provinces.json), as far as they
 * shape what its units send: units mostly keep the rules they are scored on (a province of 5–10
 * member teams does not send teams of two), so the scorecards single out the few that do not.
 */
record ProvinceRules(ProvinceProfile profile) {

    /** Teams of two or more where no rule of the profile asks for more. */
    static final int DEFAULT_SMALLEST_TEAM = 2;

    private static final Set<RuleMeasure> TEAM_SIZE_MEASURES =
            Set.of(RuleMeasure.TEAM_MEMBERS, RuleMeasure.POOR_VILLAGE_TEAM_MEMBERS);

    static ProvinceRules of(String provinceCode) {
        return new ProvinceRules(ProfileCatalogue.fromClassPath().profileFor(provinceCode));
    }

    /** The fewest members the province's rules ask of a village work team sent by a unit of this level. */
    int smallestTeamFor(UnitLevel level) {
        int least = DEFAULT_SMALLEST_TEAM;
        for (ProgrammeRule rule : rulesFor(level, TEAM_SIZE_MEASURES)) {
            least = Math.max(least, rule.minimum().map(BigDecimal::intValue).orElse(least));
        }
        return least;
    }

    /** The least share of its staff establishment, in per cent, a unit of this level must send, if a rule asks one. */
    Optional<Double> staffSharePercentFor(UnitLevel level) {
        return rulesFor(level, Set.of(RuleMeasure.STAFF_SHARE_SENT)).stream()
                .flatMap(rule -> rule.minimum().stream())
                .map(BigDecimal::doubleValue)
                .max(Double::compare);
    }

    private List<ProgrammeRule> rulesFor(UnitLevel level, Set<RuleMeasure> measures) {
        return profile.rules().stream()
                .filter(rule -> measures.contains(rule.measure()) && rule.unitLevels().contains(level.registerValue()))
                .toList();
    }
}
