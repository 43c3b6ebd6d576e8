package org.bangfu.scorecard;

import java.util.List;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.TimeBasis;

/**
 * What a programme rule measures: the figures it reads and what one checked item is. The
 * thresholds, unit levels and bundling come from the province profile; the meaning of each figure
 * is coded once here, from the form catalogue.
 *
 * <p>Phrases hold {@code {value}} where the figure goes; they are completed into evidence such as
 * "2019年主要负责同志到县调研1次，要求≥2次".
 */
public enum RuleMeasure {
    /** BF-1 leader_visits, year to date, for each county the unit is paired with. */
    LEADER_VISITS(Scope.PAIRED_COUNTY, FormCatalogue.UNIT_ASSISTANCE, List.of("leader_visits"), "次", "",
            "主要负责同志到县调研{value}次", "head of unit visited the county {value} time(s)"),
    /** BF-1 meetings, year to date, for each paired county. */
    MEETINGS(Scope.PAIRED_COUNTY, FormCatalogue.UNIT_ASSISTANCE, List.of("meetings"), "次", "",
            "研究帮扶工作会议{value}次", "{value} meeting(s) on the assistance work"),
    /** BF-1 seconded_cadres at the end of the year's latest quarter, for each paired county. */
    SECONDED_CADRES(Scope.PAIRED_COUNTY, FormCatalogue.UNIT_ASSISTANCE, List.of("seconded_cadres"), "人", "",
            "在岗挂职干部{value}人", "{value} seconded cadre(s) in post"),
    /** BF-1 first_secretaries at the end of the year's latest quarter, for each paired county. */
    FIRST_SECRETARIES(Scope.PAIRED_COUNTY, FormCatalogue.UNIT_ASSISTANCE, List.of("first_secretaries"), "人", "",
            "在岗第一书记{value}人", "{value} first secretary(ies) in post"),
    /** BF-2 members of each village work team the unit sends (sending_unit_code), year's latest quarter. */
    TEAM_MEMBERS(Scope.SENT_TEAM, FormCatalogue.WORK_TEAMS, List.of("members"), "人", "",
            "驻村工作队员{value}人（含队长）", "{value} team member(s) including the leader"),
    /** BF-2 leader_is_first_secretary of each team the unit sends: 是 counts 1, 否 counts 0. */
    LEADER_IS_FIRST_SECRETARY(Scope.SENT_TEAM, FormCatalogue.WORK_TEAMS, List.of("leader_is_first_secretary"), "", "",
            "队长兼任第一书记：{value}", "team leader is also first secretary: {value}"),
    /**
     * BF-1 team_members summed over the paired counties, as a percentage of the ML-3
     * staff_establishment; a rule on it applies only to units whose establishment is known.
     */
    STAFF_SHARE_SENT(Scope.WHOLE_UNIT, FormCatalogue.UNIT_ASSISTANCE, List.of("team_members"), "%", "%",
            "在岗驻村工作队员占编制数{value}%", "team members in post are {value}% of the staff establishment"),
    /**
     * BF-2 members of the team of each registered poor village (ML-2 poor_village 是) the unit is
     * paired with (ML-4 village_code), whoever sent the team (一村一队); a rule on it applies only to
     * units paired with a poor village.
     */
    POOR_VILLAGE_TEAM_MEMBERS(Scope.PAIRED_POOR_VILLAGE, FormCatalogue.WORK_TEAMS, List.of("members"), "人", "",
            "驻村工作队员{value}人（含队长）", "{value} team member(s) including the leader");

    /** What one checked item of a rule is. */
    public enum Scope {
        /** Each county the unit is paired with that year (ML-4), from its BF-1 row. */
        PAIRED_COUNTY,
        /** Each village whose BF-2 roster names the unit as sending unit. */
        SENT_TEAM,
        /** Each registered poor village the unit is paired with (ML-4 village_code, ML-2). */
        PAIRED_POOR_VILLAGE,
        /** The unit as a whole. */
        WHOLE_UNIT
    }

    private final Scope scope;
    private final String formCode;
    private final List<String> fields;
    private final String unitChinese;
    private final String unitEnglish;
    private final String phraseChinese;
    private final String phraseEnglish;

    RuleMeasure(Scope scope, String formCode, List<String> fields, String unitChinese, String unitEnglish,
            String phraseChinese, String phraseEnglish) {
        this.scope = scope;
        this.formCode = formCode;
        this.fields = fields;
        this.unitChinese = unitChinese;
        this.unitEnglish = unitEnglish;
        this.phraseChinese = phraseChinese;
        this.phraseEnglish = phraseEnglish;
    }

    public Scope scope() {
        return scope;
    }

    /** The form whose figures are measured. */
    public String formCode() {
        return formCode;
    }

    public List<String> fields() {
        return fields;
    }

    /** The figure (the first field) as the catalogue defines it. */
    public FieldDefinition field() {
        return FormCatalogue.get(formCode).requireField(fields.get(0));
    }

    /** Year to date figures only reach their year's value in Q4; a lower figure before that is not yet a failure. */
    public boolean isYearToDate() {
        return field().timeBasis() == TimeBasis.YEAR_TO_DATE && scope != Scope.WHOLE_UNIT;
    }

    /** Whether the figure is a yes/no answer rather than a count: its rule needs no thresholds. */
    public boolean isYesNo() {
        return this == LEADER_IS_FIRST_SECRETARY;
    }

    /** E.g. "BF-1 主要负责同志到县调研（次） / leader_visits", plus the registers the rule also reads. */
    public String figuresUsed() {
        StringBuilder figures = new StringBuilder();
        for (String name : fields) {
            FieldDefinition definition = FormCatalogue.get(formCode).requireField(name);
            if (figures.length() > 0) {
                figures.append("；");
            }
            figures.append(formCode).append(' ').append(definition.header()).append(" / ").append(name);
        }
        figures.append(switch (scope) {
            case PAIRED_COUNTY -> "；ML-4 结对县 / paired counties";
            case SENT_TEAM -> "；BF-2 派出单位代码 / sending_unit_code";
            case PAIRED_POOR_VILLAGE -> "；ML-4 包村 / paired villages；ML-2 贫困村 / poor_village";
            case WHOLE_UNIT -> "；ML-3 编制数（人） / staff_establishment；ML-4 结对县 / paired counties";
        });
        return figures.toString();
    }

    public String unitChinese() {
        return unitChinese;
    }

    public String unitEnglish() {
        return unitEnglish;
    }

    public String phraseChinese() {
        return phraseChinese;
    }

    public String phraseEnglish() {
        return phraseEnglish;
    }
}
