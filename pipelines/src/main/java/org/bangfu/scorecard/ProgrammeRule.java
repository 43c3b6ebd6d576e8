package org.bangfu.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One programme rule of a province profile.
 *
 * @param code stable code quoted in the scorecard, e.g. {@code C-VISITS}
 * @param nameChinese e.g. 主要负责同志每年到县调研
 * @param nameEnglish e.g. Head of unit visits each paired county every year
 * @param measure the figures it reads and what one checked item is
 * @param minimum the least value that meets it, if any (inclusive)
 * @param maximum the greatest value that meets it, if any (inclusive)
 * @param unitLevels the unit levels (中央 / 省 / 市 / 县, ML-3 unit_level) it applies to
 * @param bundled whether it counts in the bundled verdict (三捆绑)
 */
public record ProgrammeRule(
        String code,
        String nameChinese,
        String nameEnglish,
        RuleMeasure measure,
        Optional<BigDecimal> minimum,
        Optional<BigDecimal> maximum,
        List<String> unitLevels,
        boolean bundled) {

    /** The unit levels of ML-3, as the catalogue canonicalises them. */
    public static final List<String> UNIT_LEVELS = List.of("中央", "省", "市", "县");

    public ProgrammeRule {
        unitLevels = List.copyOf(unitLevels);
        if (measure.isYesNo()) {
            minimum = Optional.of(BigDecimal.ONE);
            maximum = Optional.empty();
        }
    }

    /** E.g. "≥2次", "5–10人", "须兼任". */
    public String requirementChinese() {
        if (measure.isYesNo()) {
            return "须为“是”";
        }
        return range(measure.unitChinese());
    }

    /** E.g. "≥2", "5–10", "must be yes". */
    public String requirementEnglish() {
        if (measure.isYesNo()) {
            return "must be yes";
        }
        return range(measure.unitEnglish());
    }

    private String range(String unit) {
        if (minimum.isPresent() && maximum.isPresent()) {
            return plain(minimum.get()) + "–" + plain(maximum.get()) + unit;
        }
        if (minimum.isPresent()) {
            return "≥" + plain(minimum.get()) + unit;
        }
        return "≤" + plain(maximum.orElseThrow()) + unit;
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
