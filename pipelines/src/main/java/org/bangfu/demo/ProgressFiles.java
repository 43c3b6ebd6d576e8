package org.bangfu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bangfu.demo.DemoManifest.ReconciliationDifference;
import org.bangfu.demo.DemoManifest.Submission;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.DemoProvince.Prefecture;
import org.bangfu.demo.DemoProvince.Village;
import org.bangfu.demo.HouseholdFiles.CountyYear;
import org.bangfu.demo.Inbox.PendingMistake;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;

/**
 * BF-3, county progress, compiled by each prefecture's office a quarter: one row per poor county,
 * its household figures from the same households BF-4 lists (so the identity holds and the people
 * exited agree with BF-4), its villages exited from ML-2, and its works (relocation, houses, roads…)
 * as rising year-to-date shares of a yearly total.
 */
final class ProgressFiles {

    static final FormDefinition FORM = FormCatalogue.get(FormCatalogue.COUNTY_PROGRESS);
    /** People added to one county's 2018 exits in BF-3 but not in BF-4: the planted X002 difference. */
    static final int PLANTED_EXIT_DIFFERENCE = 37;
    private static final double[] INCOME_SHARES = {0.22, 0.47, 0.72, 1.0};
    private static final int QUARTERS = 8;

    private final DemoProvince province;
    private final Map<String, CountyYear> summaries;
    private final Inbox inbox;
    private final long seed;
    private final DemoRandom random;

    ProgressFiles(DemoProvince province, Map<String, CountyYear> summaries, Inbox inbox, long seed) {
        this.province = province;
        this.summaries = summaries;
        this.inbox = inbox;
        this.seed = seed;
        this.random = DemoRandom.forPurpose(seed, "BF-3 layout");
    }

    void write() {
        List<County> poor = province.poorCounties();
        County identityCounty = poor.get(0);
        County villagesCounty = poor.get(1 % poor.size());
        County differingCounty = poor.get(2 % poor.size());
        County missingCounty = poor.get(poor.size() - 1);
        County outlierCounty = poor.get(3 % poor.size());
        for (int quarterIndex = 0; quarterIndex < QUARTERS; quarterIndex++) {
            int year = AssistanceReports.FIRST_YEAR + quarterIndex / 4;
            int quarter = quarterIndex % 4 + 1;
            for (int prefectureIndex = 0; prefectureIndex < province.prefectures().size(); prefectureIndex++) {
                Prefecture prefecture = province.prefectures().get(prefectureIndex);
                List<County> counties = poor.stream().filter(county -> county.prefecture().equals(prefecture)).toList();
                List<List<Cell>> rows = new ArrayList<>();
                List<PendingMistake> mistakes = new ArrayList<>();
                List<String> submitters = new ArrayList<>();
                for (County county : counties) {
                    if (quarterIndex == QUARTERS - 1 && county.equals(missingCounty)) {
                        inbox.missing(new Submission(FORM.code(), county.code(), year + "Q" + quarter));
                        continue;
                    }
                    CountyYear summary = summaries.get(county.code() + "|" + year);
                    long[] planted = {0, 0};
                    if (quarter == 4 && year == AssistanceReports.FIRST_YEAR && county.equals(differingCounty)) {
                        planted[0] = PLANTED_EXIT_DIFFERENCE;
                        mistakes.add(new PendingMistake(MistakeKind.EXITS_DIFFER, rows.size(), "people_exited",
                                "本年脱贫人口比 BF-4 中当年脱贫户的人口多 " + PLANTED_EXIT_DIFFERENCE + " 人"));
                        inbox.reconciliationDifference(new ReconciliationDifference("X002", county.code(),
                                String.valueOf(year), summary.peopleExited()[3] + PLANTED_EXIT_DIFFERENCE,
                                summary.peopleExited()[3], true));
                    }
                    List<Cell> cells = cells(county, summary, quarter, planted[0]);
                    if (quarterIndex == 1 && county.equals(identityCounty)) {
                        long wrongEnd = summary.peopleEnd(quarter) + 50;
                        set(cells, "poor_people_end", Cell.count(BigDecimal.valueOf(wrongEnd)));
                        mistakes.add(new PendingMistake(MistakeKind.POVERTY_IDENTITY_BROKEN, rows.size(),
                                "poor_people_end", "期末剩余贫困人口 " + wrongEnd + " ≠ 年初 + 新识别 + 返贫 − 脱贫 = "
                                        + summary.peopleEnd(quarter)));
                    }
                    // In the last quarter, so that no later year-to-date figure falls below it.
                    if (quarterIndex == QUARTERS - 1 && county.equals(outlierCounty)) {
                        BigDecimal roads = ((Cell.Figure) get(cells, "roads_km")).value();
                        BigDecimal outlier = roads.multiply(BigDecimal.valueOf(50)).setScale(2, RoundingMode.HALF_UP);
                        set(cells, "roads_km", Cell.amount(outlier));
                        mistakes.add(new PendingMistake(MistakeKind.OUTLIER_AMONG_PEERS, rows.size(), "roads_km",
                                "新建改建村组道路 " + outlier.toPlainString() + " 公里，是实际数 " + roads.toPlainString()
                                        + " 的 50 倍"));
                    }
                    if (quarterIndex == 4 && county.equals(villagesCounty)) {
                        long tooMany = poorVillages(county) + 2;
                        set(cells, "villages_exited", Cell.count(BigDecimal.valueOf(tooMany)));
                        mistakes.add(new PendingMistake(MistakeKind.VILLAGES_EXITED_EXCEED_POOR, rows.size(),
                                "villages_exited", "本年退出贫困村 " + tooMany + " 个，多于该县贫困村 "
                                        + poorVillages(county) + " 个"));
                    }
                    rows.add(cells);
                    submitters.add(county.code());
                }
                if (!rows.isEmpty()) {
                    writeFile(prefectureIndex, prefecture, year, quarter, rows, submitters, mistakes);
                }
            }
        }
        CountyYear lastYear = summaries.get(missingCounty.code() + "|" + AssistanceReports.LAST_YEAR);
        inbox.reconciliationDifference(new ReconciliationDifference("X002", missingCounty.code(),
                String.valueOf(AssistanceReports.LAST_YEAR), null, lastYear.peopleExited()[3], false));
    }

    private long poorVillages(County county) {
        return province.villages().stream().filter(village -> village.county().equals(county) && village.poor()).count();
    }

    private long villagesExiting(County county, int year) {
        return province.villages().stream().filter(village -> village.county().equals(county) && village.poor()
                && village.exitYear() != null && village.exitYear() == year).count();
    }

    private List<Cell> cells(County county, CountyYear summary, int quarter, long extraExited) {
        int year = summary.year();
        DemoRandom works = DemoRandom.forPurpose(seed, "BF-3 works " + county.code() + " " + year);
        double[] shares = YearToDate.risingShares(works);
        long registered = Math.max(1, summary.householdsRegistered());
        long relocatedHouseholds = Math.round(registered * works.uniform(0.02, 0.05));
        long relocatedPeople = Math.round(relocatedHouseholds * works.uniform(3.5, 4.2));
        long houses = Math.round(registered * works.uniform(0.03, 0.08));
        BigDecimal roads = DemoRandom.amount(province.villages().stream()
                .filter(village -> village.county().equals(county)).count() * works.uniform(0.5, 2.0));
        long water = Math.round(registered * works.uniform(0.05, 0.15));
        long power = Math.round(registered * works.uniform(0.01, 0.03));
        BigDecimal fiscal = DemoRandom.amount(registered * works.uniform(8, 20));
        long exitedPeople = summary.peopleExited()[quarter - 1] + (quarter == 4 ? extraExited : 0);
        long villagesExited = villagesExiting(county, year);
        long villagesByQuarter = quarter <= 2 ? 0 : quarter == 3 ? (villagesExited * 2 + 4) / 5 : villagesExited;
        List<Cell> cells = new ArrayList<>();
        for (FieldDefinition field : FORM.fields().stream().filter(field -> !field.isRowStatus()).toList()) {
            cells.add(switch (field.name()) {
                case "county_code" -> Cell.text(county.code());
                case "period" -> Cell.text(year + "Q" + quarter);
                case "poor_households_start" -> count(summary.householdsStart());
                case "poor_people_start" -> count(summary.peopleStart());
                case "newly_identified" -> count(summary.newlyIdentified()[quarter - 1]);
                case "returned_to_poverty" -> count(summary.returnedToPoverty()[quarter - 1]);
                case "households_exited" -> count(summary.householdsExited()[quarter - 1]);
                case "people_exited" -> count(exitedPeople);
                case "poor_people_end" -> count(summary.peopleEnd(quarter) - (quarter == 4 ? extraExited : 0));
                case "villages_exited" -> count(villagesByQuarter);
                case "income_per_capita" -> Cell.amount(BigDecimal.valueOf(summary.meanIncome() * INCOME_SHARES[quarter - 1])
                        .setScale(2, RoundingMode.HALF_UP));
                case "relocated_households" -> count(YearToDate.at(relocatedHouseholds, shares, quarter));
                case "relocated_people" -> count(YearToDate.at(relocatedPeople, shares, quarter));
                case "houses_rebuilt" -> count(YearToDate.at(houses, shares, quarter));
                case "roads_km" -> Cell.amount(YearToDate.at(roads, shares, quarter));
                case "safe_water_households" -> count(YearToDate.at(water, shares, quarter));
                case "electricity_households" -> count(YearToDate.at(power, shares, quarter));
                case "integrated_fiscal_funds" -> Cell.amount(YearToDate.at(fiscal, shares, quarter));
                default -> throw new IllegalArgumentException("BF-3 has no field " + field.name());
            });
        }
        return cells;
    }

    private static Cell count(long value) {
        return Cell.count(BigDecimal.valueOf(value));
    }

    private static Cell get(List<Cell> cells, String field) {
        for (int index = 0; index < FORM.fields().size(); index++) {
            if (FORM.fields().get(index).name().equals(field)) {
                return cells.get(index);
            }
        }
        throw new IllegalArgumentException("no BF-3 field " + field);
    }

    private static void set(List<Cell> cells, String field, Cell cell) {
        for (int index = 0; index < FORM.fields().size(); index++) {
            if (FORM.fields().get(index).name().equals(field)) {
                cells.set(index, cell);
                return;
            }
        }
        throw new IllegalArgumentException("no BF-3 field " + field);
    }

    private void writeFile(int prefectureIndex, Prefecture prefecture, int year, int quarter, List<List<Cell>> rows,
            List<String> submitters, List<PendingMistake> mistakes) {
        String period = year + "Q" + quarter;
        DemoFileFormat format = switch (prefectureIndex % 3) {
            case 0 -> DemoFileFormat.XLSX;
            case 1 -> DemoFileFormat.CSV_GBK;
            default -> DemoFileFormat.CSV_UTF8_BOM;
        };
        boolean xlsx = format == DemoFileFormat.XLSX;
        List<DemoTable.Column> columns = new ArrayList<>();
        for (FieldDefinition field : FORM.fields().stream().filter(field -> !field.isRowStatus()).toList()) {
            columns.add(new DemoTable.Column(field.header(), field.name(), "", field.isFigure(), RegisterFiles.width(field)));
        }
        RegisterFiles.renumber(FORM, columns);
        String title = year + "年第" + "一二三四".charAt(quarter - 1) + "季度" + prefecture.name() + FORM.titleChinese();
        DemoTable table = new DemoTable("县脱贫攻坚进展",
                List.of(List.of(title + RegisterFiles.DEMO_MARK),
                        List.of("表号：" + FORM.code(), "制定机关：" + RegisterFiles.office(province)),
                        List.of("填报单位：" + prefecture.name() + "扶贫开发领导小组办公室", "报告期：" + period,
                                "计量单位：户、人、个、公里、万元")),
                columns, rows, xlsx, xlsx, 0, DemoTable.DateStyle.ISO);
        int quarterIndex = (year - AssistanceReports.FIRST_YEAR) * 4 + quarter - 1;
        boolean late = quarterIndex == 2 && prefectureIndex == province.prefectures().size() - 1;
        LocalDate quarterEnd = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
        LocalDate sent = quarterEnd.plusDays(late ? 15 : random.between(4, 9));
        String fileName = xlsx ? title + ".xlsx" : prefecture.shortName() + "各县" + period + "脱贫攻坚进展" + format.extension();
        inbox.write(fileName, FORM.code(), period, submitters, format, table, List.of(),
                prefecture.name() + "扶贫开发领导小组办公室", sent.atTime(LocalTime.of(11, random.between(0, 59))), mistakes);
    }

    /** Poor villages exiting in a year, for BF-5's targets. */
    static long villagesPlannedToExit(List<Village> villages, int year) {
        return villages.stream().filter(village -> village.poor() && village.plannedExitYear() != null
                && village.plannedExitYear() == year).count();
    }
}
