package org.bangfu.documents;

import static org.bangfu.indicators.AssistanceIndicators.ASSISTING_UNITS;
import static org.bangfu.indicators.AssistanceIndicators.FIRST_SECRETARIES;
import static org.bangfu.indicators.AssistanceIndicators.FUNDS_COORDINATED;
import static org.bangfu.indicators.AssistanceIndicators.FUNDS_DIRECT;
import static org.bangfu.indicators.AssistanceIndicators.FUNDS_INDUSTRY;
import static org.bangfu.indicators.AssistanceIndicators.JOBS_TRANSFERRED;
import static org.bangfu.indicators.AssistanceIndicators.PEOPLE_TRAINED;
import static org.bangfu.indicators.AssistanceIndicators.PROJECTS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.IndicatorUnit;
import org.bangfu.indicators.OfficialNumberFormat;
import org.bangfu.indicators.ProgressIndicators;
import org.bangfu.indicators.RegisterIndicators;
import org.bangfu.indicators.Span;
import org.bangfu.indicators.TargetIndicators;
import org.bangfu.indicators.WorkTeamIndicators;
import org.bangfu.model.AreaLevel;
import org.bangfu.model.AreaQuarterFigures;
import org.bangfu.model.PublicationSnapshot;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The sections of the 工作简报 for one area and quarter, each written from gold in the words of
 * {@code templates/documents/wording.properties}. A section whose figures are not in the snapshot
 * is left out with a warning; a single figure not reported is left out of its sentence, never
 * written as zero.
 */
public final class WorkBriefingText {

    static final String DOCUMENT = "工作简报";

    private final PublicationSnapshot snapshot;
    private final GoldRecords gold;
    private final Wording wording;
    private final DocumentArea area;
    private final Quarter quarter;
    private final Warnings warnings;

    public WorkBriefingText(PublicationSnapshot snapshot, GoldRecords gold, Wording wording, DocumentArea area,
            Warnings warnings) {
        this.snapshot = snapshot;
        this.gold = gold;
        this.wording = wording;
        this.area = area;
        this.quarter = area.latest().reportingQuarter();
        this.warnings = warnings;
    }

    public Quarter quarter() {
        return quarter;
    }

    /** The sections that have data, numbered 一、二、… in the order they appear. */
    public List<BriefingSection> sections() {
        List<BriefingSection> sections = new ArrayList<>();
        addIfPresent(sections, "overview", overview());
        addIfPresent(sections, "teams", teams());
        addIfPresent(sections, "exits", exits());
        addIfPresent(sections, "targets", targets());
        // The doubtful rows named in 五 are those of the forms the sections above actually quote.
        List<String> quoted = new ArrayList<>();
        sections.forEach(section -> FORMS_QUOTED_BY_SECTION.getOrDefault(section.key(), List.of()).stream()
                .filter(form -> !quoted.contains(form)).forEach(quoted::add));
        quotedForms = QUOTED_FORMS.stream().filter(quoted::contains).toList();
        addIfPresent(sections, "reporting", reporting());
        return sections;
    }

    private static final Map<String, List<String>> FORMS_QUOTED_BY_SECTION = Map.of(
            "overview", List.of("BF-1", "BF-2"), "teams", List.of("BF-1", "BF-2"), "exits", List.of("BF-3"),
            "targets", List.of("BF-3", "BF-5"));
    /** The forms whose figures the 简报 quotes; all four until {@link #sections()} knows which sections it has. */
    private List<String> quotedForms = QUOTED_FORMS;

    private void addIfPresent(List<BriefingSection> sections, String key, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        String number = wording.text("section.numbers").split(",")[sections.size()].strip();
        String heading = wording.fill("section.heading", Map.of("number", number, "title", wording.text("section." + key)));
        sections.add(new BriefingSection(key, heading, paragraphs));
    }

    /** "全国" for the nation, "全省" for a province, the area's own name below it. */
    String areaWord() {
        return switch (area.level()) {
            case NATION -> wording.text("area.nation");
            case PROVINCE -> wording.text("area.province");
            default -> area.name();
        };
    }

    /** Whether the area's data problems include the units' BF-1 rows, which have no area of their own. */
    private boolean countsUnitsForms() {
        return area.level() == AreaLevel.NATION || area.level() == AreaLevel.PROVINCE;
    }

    // 一、总体进展 ---------------------------------------------------------------------------

    List<String> overview() {
        AreaQuarterFigures now = area.latest();
        Optional<AreaQuarterFigures> lastYear = area.in(sameQuarterLastYear());
        List<String> paragraphs = new ArrayList<>();
        BigDecimal units = ASSISTING_UNITS.valueOrNull(now, Span.QUARTER);
        if (units == null) {
            warn("本季度无帮扶单位报送数，总体进展从略", "no assisting units reported this quarter: overview left out");
            return paragraphs;
        }
        Map<String, String> blanks = base();
        blanks.put("units", ASSISTING_UNITS.formatChineseText(units));
        blanks.put("unitsChange", wrappedChange(ASSISTING_UNITS, units,
                lastYear.map(row -> ASSISTING_UNITS.valueOrNull(row, Span.QUARTER)).orElse(null)));
        // A county's own 简报 does not count itself among the counties helped.
        Long counties = area.level() == AreaLevel.COUNTY ? null : countiesCovered(quarter.toString());
        Long countiesLastYear = area.level() == AreaLevel.COUNTY ? null : countiesCovered(sameQuarterLastYear());
        blanks.put("counties", counties == null ? "" : wording.fill("overview.counties", Map.of(
                "counties", OfficialNumberFormat.integerInText(counties) + IndicatorUnit.ITEMS.chineseName(),
                "change", wrappedChange(ASSISTING_UNITS, toDecimal(counties), countiesLastYear == null || countiesLastYear == 0
                        ? null : toDecimal(countiesLastYear)))));
        Optional<GoldRecord> progress = progressRow(quarter.toString());
        BigDecimal villages = progress.map(row -> WorkTeamIndicators.VILLAGES_WITH_TEAM.valueOrNull(row, Span.QUARTER))
                .orElse(null);
        blanks.put("villages", villages == null ? "" : wording.fill("overview.villages",
                Map.of("villages", WorkTeamIndicators.VILLAGES_WITH_TEAM.formatChineseText(villages))));
        paragraphs.add(wording.fill("overview.coverage", blanks));

        List<String> funds = items(List.of(FUNDS_DIRECT, FUNDS_COORDINATED), Span.YEAR_TO_DATE, now, lastYear);
        if (!funds.isEmpty()) {
            Map<String, String> fundBlanks = base();
            fundBlanks.put("items", String.join(wording.text("list.comma"), funds));
            BigDecimal industry = FUNDS_INDUSTRY.valueOrNull(now, Span.YEAR_TO_DATE);
            fundBlanks.put("industry", industry == null ? "" : wording.fill("overview.industry", Map.of(
                    "value", FUNDS_INDUSTRY.formatChineseText(industry),
                    "change", wrappedChange(FUNDS_INDUSTRY, industry,
                            lastYear.map(row -> FUNDS_INDUSTRY.valueOrNull(row, Span.YEAR_TO_DATE)).orElse(null)))));
            paragraphs.add(wording.fill("overview.funds", fundBlanks));
        }
        List<String> activities = items(List.of(PROJECTS, PEOPLE_TRAINED, JOBS_TRANSFERRED), Span.YEAR_TO_DATE, now, lastYear);
        if (!activities.isEmpty()) {
            Map<String, String> activityBlanks = base();
            activityBlanks.put("items", String.join(wording.text("list.comma"), activities));
            paragraphs.add(wording.fill("overview.activities", activityBlanks));
        }
        return paragraphs;
    }

    /** "直接投入帮扶资金8.24亿元（同比增加1.02亿元）" for each indicator reported; the unreported are named in a warning. */
    private List<String> items(List<Indicator> indicators, Span span, AreaQuarterFigures now,
            Optional<AreaQuarterFigures> lastYear) {
        List<String> items = new ArrayList<>();
        for (Indicator indicator : indicators) {
            BigDecimal value = indicator.valueOrNull(now, span);
            if (value == null) {
                warn(indicator.chineseName() + "本期未报送，句中从略", indicator.englishName() + " not reported: left out");
                continue;
            }
            BigDecimal before = lastYear.map(row -> indicator.valueOrNull(row, span)).orElse(null);
            items.add(wording.fill("item", Map.of("label", label(indicator), "value", indicator.formatChineseText(value),
                    "change", wrappedChange(indicator, value, before))));
        }
        return items;
    }

    private String label(Indicator indicator) {
        String key = "label." + indicator.code();
        return wording.has(key) ? wording.text(key) : indicator.chineseName();
    }

    /** "（同比增加12个）", "（与上年同期持平）", or "" when last year's figure is not in the snapshot. */
    String wrappedChange(Indicator indicator, BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        BigDecimal difference = indicator.rounded(now).subtract(indicator.rounded(before));
        String change;
        if (difference.signum() == 0) {
            change = wording.text("change.same");
        } else {
            change = wording.fill(difference.signum() > 0 ? "change.up" : "change.down",
                    Map.of("amount", indicator.formatChineseText(difference.abs())));
        }
        return wording.fill("change.wrap", Map.of("change", change));
    }

    /** Counties in the area with at least one assisting unit reporting in the period; null when none are in the snapshot. */
    private Long countiesCovered(String period) {
        List<AreaQuarterFigures> counties = snapshot.counties().stream()
                .filter(row -> row.period().equals(period))
                .filter(row -> area.contains(row.areaCode(), row.prefectureCode()))
                .toList();
        if (counties.isEmpty()) {
            return null;
        }
        return counties.stream().filter(row -> row.assistingUnits() > 0).count();
    }

    // 二、驻村帮扶 ---------------------------------------------------------------------------

    List<String> teams() {
        Optional<GoldRecord> row = progressRow(quarter.toString());
        if (row.isEmpty()) {
            warn("快照中没有本季度驻村工作队数据（gold.area_progress_quarter），驻村帮扶从略",
                    "no work-team figures for the quarter in the snapshot: section left out");
            return List.of();
        }
        GoldRecord progress = row.get();
        BigDecimal poor = WorkTeamIndicators.POOR_VILLAGES.valueOrNull(progress, Span.QUARTER);
        BigDecimal withTeam = WorkTeamIndicators.VILLAGES_WITH_TEAM.valueOrNull(progress, Span.QUARTER);
        BigDecimal teams = WorkTeamIndicators.WORK_TEAMS_IN_POST.valueOrNull(progress, Span.QUARTER);
        BigDecimal members = WorkTeamIndicators.WORK_TEAM_MEMBERS.valueOrNull(progress, Span.QUARTER);
        if (poor == null || withTeam == null || teams == null || members == null) {
            warn("本季度无BF-2报送，驻村帮扶从略", "nothing of BF-2 reported for the quarter: section left out");
            return List.of();
        }
        Map<String, String> blanks = base();
        blanks.put("poorVillages", WorkTeamIndicators.POOR_VILLAGES.formatChineseText(poor));
        blanks.put("villagesWithTeam", WorkTeamIndicators.VILLAGES_WITH_TEAM.formatChineseText(withTeam));
        blanks.put("coverage", WorkTeamIndicators.TEAM_COVERAGE.formatChineseText(
                WorkTeamIndicators.TEAM_COVERAGE.valueOrNull(progress, Span.QUARTER)));
        blanks.put("teams", WorkTeamIndicators.WORK_TEAMS_IN_POST.formatChineseText(teams));
        blanks.put("members", WorkTeamIndicators.WORK_TEAM_MEMBERS.formatChineseText(members));
        BigDecimal secretaries = FIRST_SECRETARIES.valueOrNull(area.latest(), Span.QUARTER);
        blanks.put("secretaries", secretaries == null ? "" : wording.fill("teams.secretaries",
                Map.of("secretaries", FIRST_SECRETARIES.formatChineseText(secretaries))));
        return List.of(wording.fill("teams.paragraph", blanks));
    }

    // 三、脱贫成效 ---------------------------------------------------------------------------

    List<String> exits() {
        Optional<GoldRecord> row = progressRow(quarter.toString());
        BigDecimal people = row.map(r -> ProgressIndicators.PEOPLE_EXITED.valueOrNull(r, Span.YEAR_TO_DATE)).orElse(null);
        if (people == null) {
            warn("本季度无BF-3脱贫数据，脱贫成效从略", "no BF-3 exits for the quarter: section left out");
            return List.of();
        }
        GoldRecord progress = row.get();
        List<String> paragraphs = new ArrayList<>();
        Map<String, String> blanks = base();
        blanks.put("people", ProgressIndicators.PEOPLE_EXITED.formatChineseText(people));
        BigDecimal households = ProgressIndicators.HOUSEHOLDS_EXITED.valueOrNull(progress, Span.YEAR_TO_DATE);
        blanks.put("households", households == null ? "" : wording.fill("exits.households",
                Map.of("households", ProgressIndicators.HOUSEHOLDS_EXITED.formatChineseText(households))));
        BigDecimal peopleLastYear = progressRow(sameQuarterLastYear())
                .map(r -> ProgressIndicators.PEOPLE_EXITED.valueOrNull(r, Span.YEAR_TO_DATE)).orElse(null);
        blanks.put("change", wrappedChange(ProgressIndicators.PEOPLE_EXITED, people, peopleLastYear));
        paragraphs.add(wording.fill("exits.people", blanks));

        BigDecimal incidence = ProgressIndicators.POVERTY_INCIDENCE.valueOrNull(progress, Span.QUARTER);
        BigDecimal change = ProgressIndicators.POVERTY_INCIDENCE_CHANGE.valueOrNull(progress, Span.QUARTER);
        if (incidence != null && change != null) {
            Indicator changeIndicator = ProgressIndicators.POVERTY_INCIDENCE_CHANGE;
            BigDecimal rounded = changeIndicator.rounded(change);
            Map<String, String> incidenceBlanks = new LinkedHashMap<>();
            incidenceBlanks.put("incidence", ProgressIndicators.POVERTY_INCIDENCE.formatChineseText(incidence));
            incidenceBlanks.put("start", ProgressIndicators.POVERTY_INCIDENCE_START.formatChineseText(
                    ProgressIndicators.POVERTY_INCIDENCE_START.valueOrNull(progress, Span.QUARTER)));
            incidenceBlanks.put("points", changeIndicator.formatChineseText(rounded.abs()));
            String key = rounded.signum() < 0 ? "exits.incidenceDown" : rounded.signum() > 0 ? "exits.incidenceUp"
                    : "exits.incidenceSame";
            paragraphs.add(wording.fill(key, incidenceBlanks));
        } else {
            warn("贫困发生率未报送，句中从略", "poverty incidence not reported: left out");
        }

        Optional<String> register = exitsAgainstRegisterPlan();
        if (register.isPresent()) {
            paragraphs.add(register.get());
        } else {
            exitsAgainstTargets(progress).ifPresent(paragraphs::add);
        }
        return paragraphs;
    }

    /**
     * Villages 出列 and counties 摘帽 in the year against the year's plan in the registers (ML-2, ML-1),
     * from gold.area_exit_year: "2019年全省计划出列贫困村150个，已出列148个，其中按期出列145个，按期出列率96.7%；……".
     * Empty (with a warning) when the snapshot has no row for the area and year.
     */
    Optional<String> exitsAgainstRegisterPlan() {
        Optional<GoldRecord> row = gold.table(WarehouseTable.GOLD_AREA_EXIT_YEAR).orElse(List.of()).stream()
                .filter(record -> record.text("area_code").equals(area.code()))
                .filter(record -> Integer.valueOf(quarter.year()).equals(record.integer("year")))
                .findFirst();
        if (row.isEmpty()) {
            warn("快照中没有本年度名录出列摘帽数（gold.area_exit_year），出列、摘帽按BF-3和BF-5目标表述",
                    "no register exits for the year (gold.area_exit_year): villages and counties stated from BF-3 against BF-5");
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        registerItem(row.get(), "exits.registerVillages", RegisterIndicators.VILLAGES_PLANNED_EXIT,
                RegisterIndicators.VILLAGES_EXITED_IN_YEAR, RegisterIndicators.VILLAGES_PLANNED_EXITED,
                RegisterIndicators.VILLAGES_EXIT_ON_SCHEDULE_RATE).ifPresent(items::add);
        // A county's own 简报 does not count itself among the counties 摘帽.
        if (area.level() != AreaLevel.COUNTY) {
            registerItem(row.get(), "exits.registerCounties", RegisterIndicators.COUNTIES_PLANNED_EXIT,
                    RegisterIndicators.COUNTIES_EXITED_IN_YEAR, RegisterIndicators.COUNTIES_PLANNED_EXITED,
                    RegisterIndicators.COUNTIES_EXIT_ON_SCHEDULE_RATE).ifPresent(items::add);
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> blanks = base();
        blanks.put("year", Integer.toString(quarter.year()));
        blanks.put("items", String.join(wording.text("list.semicolon"), items));
        return Optional.of(wording.fill("exits.register", blanks));
    }

    /** One clause: the plan and the exits, and those on schedule with their rate where the year had a plan; empty when neither. */
    private Optional<String> registerItem(GoldRecord row, String key, Indicator planned, Indicator exited,
            Indicator plannedExited, Indicator rate) {
        BigDecimal plan = planned.valueOrNull(row, Span.QUARTER);
        BigDecimal done = exited.valueOrNull(row, Span.QUARTER);
        if (plan == null || done == null || (plan.signum() == 0 && done.signum() == 0)) {
            return Optional.empty();
        }
        BigDecimal onSchedule = plannedExited.valueOrNull(row, Span.QUARTER);
        BigDecimal onScheduleRate = rate.valueOrNull(row, Span.QUARTER);
        String schedule = onSchedule == null || onScheduleRate == null || plan.signum() == 0 ? ""
                : wording.fill(key + "OnSchedule", Map.of("count", plannedExited.formatChineseText(onSchedule),
                        "rate", rate.formatChineseText(onScheduleRate)));
        return Optional.of(wording.fill(key, Map.of("planned", planned.formatChineseText(plan),
                "exited", exited.formatChineseText(done), "onSchedule", schedule)));
    }

    /** Without the registers' exits: villages and counties from BF-3 against the BF-5 targets. */
    private Optional<String> exitsAgainstTargets(GoldRecord progress) {
        Optional<GoldRecord> target = targetRow();
        List<String> plan = new ArrayList<>();
        BigDecimal villages = ProgressIndicators.VILLAGES_EXITED.valueOrNull(progress, Span.YEAR_TO_DATE);
        if (villages != null) {
            plan.add(againstPlan("exits.villages", ProgressIndicators.VILLAGES_EXITED.formatChineseText(villages), target,
                    TargetIndicators.TARGET_VILLAGES_EXITED, TargetIndicators.VILLAGES_EXITED_ACHIEVEMENT));
        }
        BigDecimal counties = ProgressIndicators.COUNTIES_EXITED.valueOrNull(progress, Span.QUARTER);
        if (counties != null && area.level() != AreaLevel.COUNTY) {
            plan.add(againstPlan("exits.counties", ProgressIndicators.COUNTIES_EXITED.formatChineseText(counties), target,
                    TargetIndicators.TARGET_COUNTIES_EXITED, TargetIndicators.COUNTIES_EXITED_ACHIEVEMENT));
        }
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(wording.fill("exits.plan", Map.of("items", String.join(wording.text("list.semicolon"), plan))));
    }

    /** "退出贫困村120个，为年度计划150个的80.0%", or without the plan when no target was set. */
    private String againstPlan(String key, String done, Optional<GoldRecord> target, Indicator planned, Indicator achievement) {
        BigDecimal plan = target.map(row -> planned.valueOrNull(row, Span.QUARTER)).orElse(null);
        BigDecimal achieved = target.map(row -> achievement.valueOrNull(row, Span.QUARTER)).orElse(null);
        if (plan == null || achieved == null) {
            return wording.fill(key, Map.of("done", done));
        }
        return wording.fill(key + "AgainstPlan", Map.of("done", done, "plan", planned.formatChineseText(plan),
                "achievement", achievement.formatChineseText(achieved)));
    }

    // 四、目标任务 ---------------------------------------------------------------------------

    List<String> targets() {
        Optional<GoldRecord> row = targetRow();
        BigDecimal achievement = row.map(r -> TargetIndicators.PEOPLE_EXITED_ACHIEVEMENT.valueOrNull(r, Span.QUARTER))
                .orElse(null);
        BigDecimal target = row.map(r -> TargetIndicators.TARGET_PEOPLE_EXITED.valueOrNull(r, Span.QUARTER)).orElse(null);
        if (achievement == null || target == null) {
            warn("快照中没有本年度目标任务（BF-5）或完成数，目标任务从略", "no BF-5 target or achievement this year: section left out");
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        Map<String, String> blanks = base();
        blanks.put("year", Integer.toString(quarter.year()));
        blanks.put("target", TargetIndicators.TARGET_PEOPLE_EXITED.formatChineseText(target));
        blanks.put("done", ProgressIndicators.PEOPLE_EXITED.formatChineseText(row.get().figure("people_exited")));
        blanks.put("achievement", TargetIndicators.PEOPLE_EXITED_ACHIEVEMENT.formatChineseText(achievement));
        paragraphs.add(wording.fill("targets.people", blanks));

        List<GoldRecord> behind = furthestBehind();
        if (!behind.isEmpty()) {
            List<String> names = behind.stream().map(child -> wording.fill("targets.behindItem", Map.of(
                    "name", child.text("area_name"),
                    "achievement", TargetIndicators.PEOPLE_EXITED_ACHIEVEMENT.formatChineseText(
                            TargetIndicators.PEOPLE_EXITED_ACHIEVEMENT.valueOrNull(child, Span.QUARTER))))).toList();
            paragraphs.add(wording.fill("targets.behind", Map.of(
                    "level", WorkBriefing.childLevel(area.level()).chineseName(),
                    "items", String.join(wording.text("list.pause"), names))));
        }
        return paragraphs;
    }

    /** The child areas with the lowest share of their people-exited target, lowest first. */
    private List<GoldRecord> furthestBehind() {
        if (area.level() == AreaLevel.COUNTY) {
            return List.of();
        }
        String childLevel = WorkBriefing.childLevel(area.level()).name();
        int count = Integer.parseInt(wording.text("targets.behindCount"));
        return gold.table(WarehouseTable.GOLD_AREA_TARGETS).orElse(List.of()).stream()
                .filter(row -> row.text("level").equals(childLevel))
                .filter(row -> Integer.valueOf(quarter.year()).equals(row.integer("year")))
                .filter(row -> area.contains(row.text("area_code"), row.text("prefecture_code")))
                .filter(row -> row.has("people_exited_achievement") && !row.text("area_name").isEmpty())
                .sorted(Comparator.comparing((GoldRecord row) -> row.figure("people_exited_achievement"))
                        .thenComparing(row -> row.text("area_code")))
                .limit(count)
                .toList();
    }

    // 五、报送情况 ---------------------------------------------------------------------------

    List<String> reporting() {
        Optional<ReportingStatus> status = ReportingStatus.of(gold, area, quarter);
        if (status.isEmpty()) {
            warn("快照中没有本季度报送情况（gold.completeness），报送情况从略", "no completeness for the quarter: section left out");
            return List.of();
        }
        ReportingStatus reported = status.get();
        List<String> paragraphs = new ArrayList<>();
        Map<String, String> blanks = base();
        blanks.put("expected", OfficialNumberFormat.integerInText((long) reported.expected()));
        blanks.put("onTime", OfficialNumberFormat.integerInText((long) reported.onTime()));
        blanks.put("late", OfficialNumberFormat.integerInText((long) reported.late()));
        blanks.put("missing", OfficialNumberFormat.integerInText((long) reported.missing()));
        blanks.put("rate", reported.onTimeRateText());
        paragraphs.add(wording.fill("reporting.rate", blanks));
        int most = Integer.parseInt(wording.text("reporting.mostNamed"));
        if (!reported.lateSubmitters().isEmpty()) {
            paragraphs.add(wording.fill("reporting.late", Map.of("items",
                    ReportingStatus.namedList(wording, "reporting.", reported.lateSubmitters(), most, true))));
        }
        if (!reported.missingSubmitters().isEmpty()) {
            paragraphs.add(wording.fill("reporting.missing", Map.of("items",
                    ReportingStatus.namedList(wording, "reporting.", reported.missingSubmitters(), most, false))));
        }
        dataProblems().ifPresent(paragraphs::add);
        doubtfulFigures().ifPresent(paragraphs::add);
        if (reported.late() + reported.missing() > 0) {
            paragraphs.add(wording.text("reporting.closing"));
        }
        return paragraphs;
    }

    /**
     * The rows the checks found wrong (quarantined, sent back) or doubtful (warned) in the quarter,
     * from gold.data_quality, and the rules that found most. Empty with a warning when the snapshot
     * has no gold.data_quality: "no problems" is said only when the table says so.
     */
    Optional<String> dataProblems() {
        Optional<List<GoldRecord>> table = gold.table(WarehouseTable.GOLD_DATA_QUALITY);
        if (table.isEmpty()) {
            warn("快照中没有数据质量汇总（gold.data_quality），数据问题从略", "gold.data_quality not in the snapshot: data problems left out");
            return Optional.empty();
        }
        List<GoldRecord> rows = table.get().stream()
                .filter(row -> row.text("period").equals(quarter.toString()))
                .filter(row -> countsUnitsForms() && row.text("county_code").isEmpty() && row.text("prefecture_code").isEmpty()
                        || area.contains(row.text("county_code"), row.text("prefecture_code")))
                .filter(row -> row.figure("rows") != null)
                .toList();
        long quarantined = rowsWhere(rows, "quarantined");
        long warned = rowsWhere(rows, "warned");
        // Below the province only the areas' own forms have an area: the units' BF-1 is counted province-wide.
        if (quarantined + warned == 0) {
            return Optional.of(wording.fill(countsUnitsForms() ? "reporting.noProblems" : "reporting.areaNoProblems",
                    base()));
        }
        List<String> parts = new ArrayList<>();
        if (quarantined > 0) {
            parts.add(wording.fill("reporting.problemsQuarantined", Map.of("rows", OfficialNumberFormat.integerInText(quarantined))));
        }
        if (warned > 0) {
            parts.add(wording.fill("reporting.problemsWarned", Map.of("rows", OfficialNumberFormat.integerInText(warned))));
        }
        Map<String, Long> byRule = new java.util.TreeMap<>();
        rows.forEach(row -> byRule.merge(row.text("rule_zh"), row.figure("rows").longValue(), Long::sum));
        int most = Integer.parseInt(wording.text("reporting.problemRulesCount"));
        List<String> rules = byRule.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(most)
                .map(rule -> wording.fill("reporting.problemRule", Map.of("rule", rule.getKey(),
                        "rows", OfficialNumberFormat.integerInText(rule.getValue()))))
                .toList();
        Map<String, String> blanks = base();
        blanks.put("rows", OfficialNumberFormat.integerInText(quarantined + warned));
        blanks.put("parts", String.join(wording.text("list.semicolon"), parts));
        blanks.put("rules", String.join(wording.text("list.pause"), rules));
        return Optional.of(wording.fill(countsUnitsForms() ? "reporting.problems" : "reporting.areaProblems", blanks));
    }

    /** The checks that question a figure itself (not its sender or timing): across periods and across sources. */
    static final java.util.Set<String> DOUBTFUL_FIGURE_RULES = java.util.Set.of(
            org.bangfu.quality.Rule.YEAR_TO_DATE_FELL.code(), org.bangfu.quality.Rule.JUMP_OVER_TENFOLD.code(),
            org.bangfu.quality.Rule.OUTLIER_AMONG_PEERS.code(), org.bangfu.quality.Rule.TEAM_MEMBERS_DIFFER.code(),
            org.bangfu.quality.Rule.EXITS_DIFFER.code());
    /** The forms whose figures the 简报 quotes: BF-1 (一), BF-2 (二), BF-3 (三) and BF-5 (四). */
    static final List<String> QUOTED_FORMS = List.of("BF-1", "BF-2", "BF-3", "BF-5");

    /**
     * Warned rows are in the figures quoted above: the reader is told which forms' figures include rows
     * the checks found doubtful and that are not yet confirmed, e.g. "本简报引用的数据中，BF-1表有1行……".
     * From gold.data_quality, this quarter's rows (and the year's, for the annual BF-5); empty when none.
     */
    Optional<String> doubtfulFigures() {
        List<GoldRecord> rows = gold.table(WarehouseTable.GOLD_DATA_QUALITY).orElse(List.of()).stream()
                .filter(row -> row.text("outcome").equals(org.bangfu.model.DataQuality.WARNED))
                .filter(row -> DOUBTFUL_FIGURE_RULES.contains(row.text("rule_code")))
                .filter(row -> row.text("period").equals(quarter.toString()) || row.text("period").equals(Integer.toString(quarter.year())))
                .filter(row -> countsUnitsForms() && row.text("county_code").isEmpty() && row.text("prefecture_code").isEmpty()
                        || area.contains(row.text("county_code"), row.text("prefecture_code")))
                .filter(row -> row.figure("rows") != null)
                .toList();
        List<String> items = new ArrayList<>();
        for (String form : quotedForms) {
            long count = rows.stream().filter(row -> row.text("form_code").equals(form)).mapToLong(row -> row.figure("rows").longValue()).sum();
            if (count > 0) {
                items.add(wording.fill("reporting.doubtfulItem", Map.of("form", form, "rows", OfficialNumberFormat.integerInText(count))));
            }
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(wording.fill("reporting.doubtful", Map.of("items", String.join(wording.text("list.pause"), items))));
    }

    private static long rowsWhere(List<GoldRecord> rows, String outcome) {
        return rows.stream().filter(row -> row.text("outcome").equals(outcome)).mapToLong(row -> row.figure("rows").longValue()).sum();
    }

    // shared ---------------------------------------------------------------------------------

    private Map<String, String> base() {
        Map<String, String> blanks = new LinkedHashMap<>();
        blanks.put("quarter", quarter.chineseName());
        blanks.put("area", areaWord());
        blanks.put("span", Span.YEAR_TO_DATE.chineseName());
        return blanks;
    }

    private String sameQuarterLastYear() {
        return new Quarter(quarter.year() - 1, quarter.quarter()).toString();
    }

    private Optional<GoldRecord> progressRow(String period) {
        return gold.table(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER).orElse(List.of()).stream()
                .filter(row -> row.text("area_code").equals(area.code()) && row.text("period").equals(period))
                .findFirst();
    }

    private Optional<GoldRecord> targetRow() {
        return gold.table(WarehouseTable.GOLD_AREA_TARGETS).orElse(List.of()).stream()
                .filter(row -> row.text("area_code").equals(area.code()))
                .filter(row -> Integer.valueOf(quarter.year()).equals(row.integer("year")))
                .findFirst();
    }

    private void warn(String chinese, String english) {
        warnings.add(DOCUMENT + "（" + area.name() + "）", chinese, english);
    }

    private static BigDecimal toDecimal(Long value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(0, RoundingMode.UNNECESSARY);
    }
}
