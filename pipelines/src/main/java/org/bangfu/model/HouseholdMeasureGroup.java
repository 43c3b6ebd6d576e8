package org.bangfu.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 五个一批 (five groups) that the nine BF-4 measures (帮扶措施) are published under. A household
 * that received several measures of one group counts once for that group.
 *
 * <p>The mapping follows the groups as the programme names them: production and employment (产业,
 * 就业, and 金融 because 扶贫小额信贷 finances a household's own production); relocation; ecological
 * compensation (生态, incl. 生态护林员); education; social security as the safety net (兜底, and 健康
 * because medical insurance and medical assistance are social protection). 危房改造 (housing safety)
 * belongs to none of the five: it is published only on its own, as a measure.
 */
public enum HouseholdMeasureGroup {
    PRODUCTION_AND_EMPLOYMENT("发展生产脱贫一批", "Out of poverty through production and employment",
            List.of("产业", "就业", "金融")),
    RELOCATION("易地搬迁脱贫一批", "Out of poverty through relocation", List.of("易地搬迁")),
    ECOLOGICAL_COMPENSATION("生态补偿脱贫一批", "Out of poverty through ecological compensation", List.of("生态")),
    EDUCATION("发展教育脱贫一批", "Out of poverty through education", List.of("教育")),
    SOCIAL_SECURITY("社会保障兜底一批", "Supported by social security", List.of("兜底", "健康"));

    /** The BF-4 measure that is outside the five groups and published only as a measure. */
    public static final String HOUSING_SAFETY_MEASURE = "危房改造";

    private final String chineseName;
    private final String englishName;
    private final List<String> measures;

    HouseholdMeasureGroup(String chineseName, String englishName, List<String> measures) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.measures = measures;
    }

    /** The official name, also the category written in gold, e.g. 发展生产脱贫一批. */
    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** The BF-4 measures (catalogue values) counted under this group. */
    public List<String> measures() {
        return measures;
    }

    /** The group a measure counts under; empty for 危房改造 and for anything not a catalogue measure. */
    public static Optional<HouseholdMeasureGroup> of(String measure) {
        return Arrays.stream(values()).filter(group -> group.measures.contains(measure)).findFirst();
    }
}
