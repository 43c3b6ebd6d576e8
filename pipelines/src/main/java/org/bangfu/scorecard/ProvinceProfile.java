package org.bangfu.scorecard;

import java.util.List;

/**
 * A province's programme rules and verdict policy, as read from {@code profiles/<code>.json}.
 *
 * @param code the file's name without {@code .json}, e.g. {@code yunnan-like}
 * @param nameChinese e.g. 云南式
 * @param nameEnglish e.g. Yunnan-like
 * @param rules its own rules followed by those of the profiles it includes
 * @param verdictPolicy how the bundled verdict is reached
 * @param source where it was read from, for messages
 */
public record ProvinceProfile(
        String code,
        String nameChinese,
        String nameEnglish,
        List<ProgrammeRule> rules,
        VerdictPolicy verdictPolicy,
        String source) {

    public ProvinceProfile {
        rules = List.copyOf(rules);
    }
}
