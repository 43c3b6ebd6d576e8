package org.bangfu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.DemoProvince.Prefecture;
import org.bangfu.demo.DemoProvince.Village;
import org.bangfu.demo.HouseholdFiles.CountyYear;
import org.bangfu.demo.Inbox.PendingMistake;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;

/**
 * BF-5, the year's targets (挂图作战) the office issues in January: people to exit, villages and
 * counties to exit and the incidence to reach, for the province, each prefecture and each poor county.
 */
final class TargetFiles {

    static final FormDefinition FORM = FormCatalogue.get(FormCatalogue.ANNUAL_TARGETS);

    private final DemoProvince province;
    private final Map<String, CountyYear> summaries;
    private final Inbox inbox;
    private final DemoRandom random;

    TargetFiles(DemoProvince province, Map<String, CountyYear> summaries, Inbox inbox, long seed) {
        this.province = province;
        this.summaries = summaries;
        this.inbox = inbox;
        this.random = DemoRandom.forPurpose(seed, "BF-5 targets");
    }

    private record Target(String areaCode, long people, long villages, Long counties, long poorPeopleEnd,
            long ruralPopulation) {
    }

    void write() {
        for (int year : HouseholdFiles.YEARS) {
            List<Target> counties = new ArrayList<>();
            for (County county : province.poorCounties()) {
                CountyYear summary = summaries.get(county.code() + "|" + year);
                long people = Math.round(summary.peopleExited()[3] * random.uniform(0.95, 1.05));
                counties.add(new Target(county.code(), people, plannedVillages(county.code(), year), null,
                        Math.max(0, summary.peopleEnd(4)), county.ruralPopulation()));
            }
            List<Target> targets = new ArrayList<>();
            targets.add(total(province.code(), counties, province.counties(), year, ""));
            for (Prefecture prefecture : province.prefectures()) {
                String prefix = prefecture.code().substring(0, 4);
                targets.add(total(prefecture.code(), counties, province.counties(), year, prefix));
            }
            targets.addAll(counties);
            writeFile(year, targets);
        }
    }

    private Target total(String areaCode, List<Target> counties, List<County> allCounties, int year, String prefix) {
        long people = 0;
        long villages = 0;
        long poorPeopleEnd = 0;
        long rural = 0;
        for (Target county : counties) {
            if (county.areaCode().startsWith(prefix)) {
                people += county.people();
                villages += county.villages();
                poorPeopleEnd += county.poorPeopleEnd();
            }
        }
        long exitingCounties = 0;
        for (County county : allCounties) {
            if (county.code().startsWith(prefix)) {
                rural += county.ruralPopulation();
                exitingCounties += county.plannedExitYear() != null && county.plannedExitYear() == year ? 1 : 0;
            }
        }
        return new Target(areaCode, people, villages, exitingCounties, poorPeopleEnd, rural);
    }

    private long plannedVillages(String countyCode, int year) {
        List<Village> ofCounty = province.villages().stream()
                .filter(village -> village.county().code().equals(countyCode)).toList();
        return ProgressFiles.villagesPlannedToExit(ofCounty, year);
    }

    private void writeFile(int year, List<Target> targets) {
        boolean xlsx = year == AssistanceReports.FIRST_YEAR;
        DemoFileFormat format = xlsx ? DemoFileFormat.XLSX : DemoFileFormat.CSV_GBK;
        List<DemoTable.Column> columns = new ArrayList<>();
        for (FieldDefinition field : FORM.fields().stream().filter(field -> !field.isRowStatus()).toList()) {
            columns.add(new DemoTable.Column(field.header(), field.name(), "", false, RegisterFiles.width(field)));
        }
        RegisterFiles.renumber(FORM, columns);
        List<List<Cell>> rows = new ArrayList<>();
        for (Target target : targets) {
            rows.add(cells(target, year));
        }
        List<PendingMistake> mistakes = new ArrayList<>();
        if (!xlsx) {
            // A county code typed with its last two digits wrong: no area has it.
            String unknown = targets.get(targets.size() - 1).areaCode().substring(0, 4) + "99";
            List<Cell> cells = cells(new Target(unknown, 120, 1, null, 300, 60_000), year);
            rows.add(cells);
            mistakes.add(new PendingMistake(MistakeKind.UNKNOWN_AREA, rows.size() - 1, "area_code",
                    "区划代码 " + unknown + " 既不是本省，也不是其市州或县"));
        }
        String title = province.name() + year + "年脱贫攻坚目标任务";
        DemoTable table = new DemoTable("目标任务",
                List.of(List.of(title + RegisterFiles.DEMO_MARK),
                        List.of("表号：" + FORM.code(), "制定机关：" + RegisterFiles.office(province)),
                        List.of("填报单位：" + RegisterFiles.office(province), "年度：" + year)),
                columns, rows, xlsx, false, 0, DemoTable.DateStyle.ISO);
        String fileName = xlsx ? title + RegisterFiles.DEMO_MARK + ".xlsx" : year + "年度目标任务分解表" + format.extension();
        inbox.write(fileName, FORM.code(), String.valueOf(year), List.of(province.code()), format, table, List.of(),
                RegisterFiles.office(province), LocalDateTime.of(year, 1, 8, 16, 20), mistakes);
    }

    private static List<Cell> cells(Target target, int year) {
        List<Cell> cells = new ArrayList<>();
        for (FieldDefinition field : FORM.fields().stream().filter(field -> !field.isRowStatus()).toList()) {
            cells.add(switch (field.name()) {
                case "area_code" -> Cell.text(target.areaCode());
                case "year" -> Cell.year(year);
                case "target_people_exited" -> Cell.count(BigDecimal.valueOf(target.people()));
                case "target_villages_exited" -> Cell.count(BigDecimal.valueOf(target.villages()));
                case "target_counties_exited" -> target.counties() == null ? Cell.blank()
                        : Cell.count(BigDecimal.valueOf(target.counties()));
                case "target_incidence_rate" -> new Cell.Figure(BigDecimal.valueOf(100.0 * target.poorPeopleEnd()
                        / Math.max(1, target.ruralPopulation())).setScale(1, RoundingMode.HALF_UP), 1);
                default -> throw new IllegalArgumentException("BF-5 has no field " + field.name());
            });
        }
        return cells;
    }
}
