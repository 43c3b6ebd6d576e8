package org.bangfu.publish;

import java.util.List;
import org.bangfu.indicators.AssistanceIndicators;
import org.bangfu.indicators.HouseholdCatalogue;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.ProgressIndicators;
import org.bangfu.indicators.RegisterIndicators;
import org.bangfu.indicators.TargetIndicators;
import org.bangfu.indicators.WorkTeamIndicators;

/**
 * The topics of the site, in home-page order. A topic's indicator pages come from its catalogue
 * list, so an indicator added there gets its page, chart, table and downloads with no new code.
 * Units and quality are read from tables rather than indicators; households from the BF-4
 * indicators of {@link HouseholdCatalogue}.
 */
enum SiteTopic {
    FUNDS("funds", "帮扶投入", "Assistance", AssistanceIndicators.ALL, AssistanceIndicators.FUNDS_DIRECT),
    TEAMS("teams", "驻村帮扶", "Village work teams", WorkTeamIndicators.ALL, WorkTeamIndicators.VILLAGES_WITH_TEAM),
    PROGRESS("progress", "脱贫进展", "Progress out of poverty", ProgressIndicators.ALL, ProgressIndicators.PEOPLE_EXITED),
    EXITS("exits", "摘帽出列", "Counties and villages out of poverty", RegisterIndicators.ALL,
            RegisterIndicators.COUNTIES_EXITED_IN_YEAR),
    TARGETS("targets", "目标任务", "Targets", TargetIndicators.ALL, TargetIndicators.PEOPLE_EXITED_ACHIEVEMENT),
    UNITS("units", "帮扶单位", "Assisting units", List.of(), null),
    HOUSEHOLDS("households", "贫困户", "Poor households", HouseholdCatalogue.all(),
            HouseholdCatalogue.all().get(0)),
    QUALITY("quality", "数据质量", "Data quality", List.of(), null);

    private final String slug;
    private final String chineseName;
    private final String englishName;
    private final List<Indicator> indicators;
    private final Indicator headline;

    SiteTopic(String slug, String chineseName, String englishName, List<Indicator> indicators, Indicator headline) {
        this.slug = slug;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.indicators = indicators;
        this.headline = headline;
    }

    String slug() {
        return slug;
    }

    String chineseName() {
        return chineseName;
    }

    String englishName() {
        return englishName;
    }

    List<Indicator> indicators() {
        return indicators;
    }

    /** The figure its home-page card shows; null for topics read from tables. */
    Indicator headline() {
        return headline;
    }

    String path() {
        return "topics/" + slug + ".html";
    }
}
