package org.bangfu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bangfu.demo.AssistanceReports.Report;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.DemoProvince.Pairing;
import org.bangfu.demo.DemoProvince.Prefecture;
import org.bangfu.demo.DemoProvince.Village;
import org.bangfu.demo.Inbox.PendingMistake;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;

/**
 * BF-2, the village work-team rosters: every poor village a unit has taken on (包村, ML-4) has a team
 * sent by that unit, whose size is the unit's BF-1 team members in that county. Each prefecture's
 * office compiles its counties' rosters into one file a quarter.
 */
final class WorkTeamFiles {

    static final FormDefinition FORM = FormCatalogue.get(FormCatalogue.WORK_TEAMS);
    /** The assessment values written, canonical spellings of the catalogue, and how common each is. */
    static final List<String> ASSESSMENTS = List.of("优秀", "称职", "基本称职", "不称职");
    private static final List<Double> ASSESSMENT_WEIGHTS = List.of(20.0, 70.0, 8.0, 2.0);
    private static final int QUARTERS = 8;

    private record Row(Pairing pairing, Village village, int members, int[] split, int leaderDays, String assessment,
            int recalled, String leaderName, boolean leaderIsFirstSecretary) {
    }

    private final DemoProvince province;
    private final Inbox inbox;
    private final DemoRandom random;
    private final Map<String, Report> reportsByKey = new HashMap<>();
    /** Accepted members by sending unit|county|period, for reconciliation against BF-1. */
    private final Map<String, Long> acceptedMembers = new HashMap<>();
    private String plantedDifferenceKey = "";

    WorkTeamFiles(DemoProvince province, List<Report> reports, Inbox inbox, long seed) {
        this.province = province;
        this.inbox = inbox;
        this.random = DemoRandom.forPurpose(seed, "BF-2 rosters");
        reports.forEach(report -> reportsByKey.put(
                report.unit().code() + "|" + report.county().code() + "|" + report.period(), report));
    }

    Map<String, Long> acceptedMembers() {
        return acceptedMembers;
    }

    /** The unit|county|period whose roster differs from BF-1 on purpose (X001). */
    String plantedDifferenceKey() {
        return plantedDifferenceKey;
    }

    void write() {
        List<Pairing> teams = province.activePairings().stream().filter(pairing -> pairing.village() != null)
                .sorted(Comparator.comparing(pairing -> pairing.village().code())).toList();
        Map<String, String> leaderNames = new HashMap<>();
        Map<String, Boolean> leaderIsSecretary = new HashMap<>();
        for (Pairing pairing : teams) {
            for (int year = AssistanceReports.FIRST_YEAR; year <= AssistanceReports.LAST_YEAR; year++) {
                String key = pairing.village().code() + "|" + year;
                String previous = leaderNames.get(pairing.village().code() + "|" + (year - 1));
                leaderNames.put(key, previous != null && random.chance(0.6) ? previous : ChineseNames.personName(random));
            }
            leaderIsSecretary.put(pairing.village().code(), random.chance(0.95));
        }
        for (int quarterIndex = 0; quarterIndex < QUARTERS; quarterIndex++) {
            int year = AssistanceReports.FIRST_YEAR + quarterIndex / 4;
            int quarter = quarterIndex % 4 + 1;
            String period = year + "Q" + quarter;
            Map<Prefecture, List<Row>> byPrefecture = new java.util.LinkedHashMap<>();
            province.prefectures().forEach(prefecture -> byPrefecture.put(prefecture, new ArrayList<>()));
            for (Pairing pairing : teams) {
                Report report = reportsByKey.get(pairing.unit().code() + "|" + pairing.county().code() + "|" + period);
                int members = report.figures().get("team_members").intValue();
                int recalled = recalledSoFar(pairing, year, quarter);
                byPrefecture.get(pairing.county().prefecture()).add(new Row(pairing, pairing.village(), members,
                        split(pairing, members), daysInQuarter(year, quarter) - random.between(0, 28),
                        quarter == 4 ? random.pickWeighted(ASSESSMENTS, ASSESSMENT_WEIGHTS) : "",
                        recalled, leaderNames.get(pairing.village().code() + "|" + year),
                        leaderIsSecretary.get(pairing.village().code())));
            }
            Prefecture planted = byPrefecture.entrySet().stream()
                    .max(Comparator.comparingInt(entry -> entry.getValue().size())).orElseThrow().getKey();
            for (int prefectureIndex = 0; prefectureIndex < province.prefectures().size(); prefectureIndex++) {
                Prefecture prefecture = province.prefectures().get(prefectureIndex);
                List<Row> rows = byPrefecture.get(prefecture);
                if (rows.isEmpty()) {
                    continue;
                }
                writeFile(prefectureIndex, prefecture, quarterIndex, rows, prefecture.equals(planted));
            }
        }
    }

    /** Members recalled this year by the end of the quarter: a team that shrank lost one in Q3. */
    private int recalledSoFar(Pairing pairing, int year, int quarter) {
        if (quarter < 3) {
            return 0;
        }
        String prefix = pairing.unit().code() + "|" + pairing.county().code() + "|" + year + "Q";
        int before = reportsByKey.get(prefix + 2).figures().get("team_members").intValue();
        int after = reportsByKey.get(prefix + 3).figures().get("team_members").intValue();
        return after < before ? before - after : 0;
    }

    /** Members by who sent them: the sending unit's level, and sometimes one from the township. */
    private static int[] split(Pairing pairing, int members) {
        int township = members >= 3 && pairing.village().code().hashCode() % 3 == 0 ? 1 : 0;
        int[] split = new int[4];
        int main = switch (pairing.unit().level()) {
            case CENTRAL, PROVINCE -> 0;
            case PREFECTURE -> 1;
            case COUNTY -> 2;
        };
        split[main] = members - township;
        split[3] = township;
        return split;
    }

    private static int daysInQuarter(int year, int quarter) {
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        return (int) (start.plusMonths(3).toEpochDay() - start.toEpochDay());
    }

    private void writeFile(int prefectureIndex, Prefecture prefecture, int quarterIndex, List<Row> rows, boolean plantHere) {
        int year = AssistanceReports.FIRST_YEAR + quarterIndex / 4;
        int quarter = quarterIndex % 4 + 1;
        String period = year + "Q" + quarter;
        boolean xlsx = prefectureIndex % 2 == 0;
        DemoFileFormat format = xlsx ? DemoFileFormat.XLSX : quarterIndex % 3 == 0 ? DemoFileFormat.CSV_UTF8
                : DemoFileFormat.CSV_GBK;
        boolean aliasHeaders = !xlsx && quarterIndex % 2 == 1;
        List<DemoTable.Column> columns = new ArrayList<>();
        for (FieldDefinition field : FORM.fields().stream().filter(field -> !field.isRowStatus()).toList()) {
            String header = aliasHeaders && !field.aliases().isEmpty() ? field.aliases().get(0) : field.header();
            columns.add(new DemoTable.Column(header, field.name(), "", field.isFigure(),
                    field.name().equals("sending_unit_code") ? 22 : RegisterFiles.width(field)));
        }
        RegisterFiles.renumber(FORM, columns);
        List<Row> written = new ArrayList<>(rows);
        List<PendingMistake> mistakes = new ArrayList<>();
        if (plantHere && quarterIndex == 5) {
            addRowForNonPoorVillage(prefecture, written, mistakes);
        }
        List<List<Cell>> cells = new ArrayList<>();
        for (Row row : written) {
            cells.add(cells(row, period));
        }
        if (plantHere) {
            plant(quarterIndex, written, cells, columns, mistakes);
        }
        for (int index = 0; index < written.size(); index++) {
            int rowIndex = index;
            boolean quarantined = mistakes.stream().anyMatch(mistake -> mistake.dataRowIndex() == rowIndex
                    && mistake.kind().expectedOutcome() == MistakeKind.ExpectedOutcome.ROW_QUARANTINED);
            if (!quarantined) {
                Row row = written.get(index);
                long members = row.members() + (plantedDifferenceKey.equals(key(row, period)) ? 2 : 0);
                acceptedMembers.merge(key(row, period), members, Long::sum);
            }
        }
        String title = year + "年第" + "一二三四".charAt(quarter - 1) + "季度" + prefecture.name() + FORM.titleChinese();
        DemoTable table = new DemoTable("驻村工作队",
                List.of(List.of(title + RegisterFiles.DEMO_MARK),
                        List.of("表号：" + FORM.code(), "制定机关：" + RegisterFiles.office(province)),
                        List.of("填报单位：" + prefecture.name() + "扶贫开发领导小组办公室", "报告期：" + period, "计量单位：人、天")),
                columns, cells, xlsx && quarterIndex % 2 == 0, xlsx, 0, DemoTable.DateStyle.ISO);
        boolean late = prefectureIndex == 1 && quarterIndex == 4;
        LocalDate quarterEnd = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
        LocalDate sent = quarterEnd.plusDays(late ? 17 : random.between(3, 9));
        String fileName = xlsx ? title + ".xlsx" : prefecture.shortName() + period + "驻村工作队花名册" + format.extension();
        List<String> counties = new ArrayList<>(new LinkedHashSet<>(written.stream()
                .map(row -> row.village().code().substring(0, 6)).toList()));
        inbox.write(fileName, FORM.code(), period, counties, format, table, List.of(),
                prefecture.name() + "扶贫开发领导小组办公室", sent.atTime(LocalTime.of(15, random.between(0, 59))), mistakes);
    }

    private static String key(Row row, String period) {
        return row.pairing().unit().code() + "|" + row.village().code().substring(0, 6) + "|" + period;
    }

    /** A unit lists its team in a village ML-2 does not register as poor: accepted with a warning (R007). */
    private void addRowForNonPoorVillage(Prefecture prefecture, List<Row> written, List<PendingMistake> mistakes) {
        Row model = written.get(0);
        County county = model.pairing().county();
        Village village = province.villages().stream()
                .filter(candidate -> candidate.county().equals(county) && !candidate.poor()).findFirst().orElse(null);
        if (village == null) {
            return;
        }
        Row extra = new Row(model.pairing(), village, 3, split(model.pairing(), 3), 80, "", 0,
                ChineseNames.personName(random), true);
        int index = 1;
        written.add(index, extra);
        mistakes.add(new PendingMistake(MistakeKind.VILLAGE_NOT_POOR, index, "village_code",
                "村 " + village.code() + "（" + village.name() + "）不是建档立卡贫困村，应提示警告"));
    }

    /** One planted mistake per quarter, in the prefecture file with the most rows. */
    private void plant(int quarterIndex, List<Row> written, List<List<Cell>> cells, List<DemoTable.Column> columns,
            List<PendingMistake> mistakes) {
        int year = AssistanceReports.FIRST_YEAR + quarterIndex / 4;
        int quarter = quarterIndex % 4 + 1;
        int row = written.size() - 1;
        Row target = written.get(row);
        switch (quarterIndex) {
            case 1 -> {
                HouseholdFiles.set(cells, columns, row, "assessment", Cell.text("称职"));
                mistakes.add(new PendingMistake(MistakeKind.ASSESSMENT_OUTSIDE_Q4, row, "assessment",
                        "第二季度填报了年度考核结果（只在第四季度填报）"));
            }
            case 2 -> {
                HouseholdFiles.set(cells, columns, row, "members_township", Cell.count(BigDecimal.valueOf(target.split()[3] + 1)));
                mistakes.add(new PendingMistake(MistakeKind.TEAM_SPLIT_MISMATCH, row, "members_township",
                        "省派、市派、县派、乡镇人数之和 " + (target.members() + 1) + " 不等于队员人数 " + target.members()));
            }
            case 4 -> {
                int days = daysInQuarter(year, quarter) + 1;
                HouseholdFiles.set(cells, columns, row, "leader_days_in_village", Cell.count(BigDecimal.valueOf(days)));
                mistakes.add(new PendingMistake(MistakeKind.DAYS_EXCEED_QUARTER, row, "leader_days_in_village",
                        "驻村 " + days + " 天，超过本季度天数 " + (days - 1)));
            }
            case 6 -> {
                int members = target.members() + 2;
                int[] split = target.split().clone();
                int main = split[0] > 0 ? 0 : split[1] > 0 ? 1 : 2;
                split[main] += 2;
                HouseholdFiles.set(cells, columns, row, "members", Cell.count(BigDecimal.valueOf(members)));
                HouseholdFiles.set(cells, columns, row, FIELDS_OF_SPLIT.get(main), Cell.count(BigDecimal.valueOf(split[main])));
                plantedDifferenceKey = key(target, year + "Q" + quarter);
                mistakes.add(new PendingMistake(MistakeKind.TEAM_MEMBERS_DIFFER, row, "members",
                        "花名册队员 " + members + " 人，派出单位在 BF-1 中填报 " + target.members() + " 人"));
            }
            default -> {
            }
        }
    }

    private static final List<String> FIELDS_OF_SPLIT = List.of(
            "members_province", "members_prefecture", "members_county", "members_township");

    private static List<Cell> cells(Row row, String period) {
        List<Cell> cells = new ArrayList<>();
        for (FieldDefinition field : FORM.fields().stream().filter(field -> !field.isRowStatus()).toList()) {
            cells.add(switch (field.name()) {
                case "village_code" -> Cell.text(row.village().code());
                case "period" -> Cell.text(period);
                case "sending_unit_code" -> Cell.text(row.pairing().unit().code());
                case "leader_name" -> Cell.text(row.leaderName());
                case "leader_is_first_secretary" -> Cell.text(row.leaderIsFirstSecretary() ? "是" : "否");
                case "members" -> Cell.count(BigDecimal.valueOf(row.members()));
                case "members_province" -> Cell.count(BigDecimal.valueOf(row.split()[0]));
                case "members_prefecture" -> Cell.count(BigDecimal.valueOf(row.split()[1]));
                case "members_county" -> Cell.count(BigDecimal.valueOf(row.split()[2]));
                case "members_township" -> Cell.count(BigDecimal.valueOf(row.split()[3]));
                case "leader_days_in_village" -> Cell.count(BigDecimal.valueOf(row.leaderDays()));
                case "assessment" -> row.assessment().isEmpty() ? Cell.blank() : Cell.text(row.assessment());
                case "recalled" -> Cell.count(BigDecimal.valueOf(row.recalled()));
                default -> throw new IllegalArgumentException("BF-2 has no field " + field.name());
            });
        }
        return cells;
    }
}
