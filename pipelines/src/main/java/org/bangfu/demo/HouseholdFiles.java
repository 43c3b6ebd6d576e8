package org.bangfu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.DemoProvince.Pairing;
import org.bangfu.demo.DemoProvince.Village;
import org.bangfu.demo.Inbox.PendingMistake;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;

/**
 * BF-4, the registered poor households, as each poor county exports them from the national system
 * once a year: one file per county and year, one row per household identified by then. Households
 * are made and written one county at a time, so a province of 1.6 million rows never sits in memory;
 * what BF-3 and BF-5 need of them is kept as a {@link CountyYear} summary.
 */
final class HouseholdFiles {

    static final FormDefinition FORM = FormCatalogue.get(FormCatalogue.POOR_HOUSEHOLDS);
    static final List<Integer> YEARS = List.of(AssistanceReports.FIRST_YEAR, AssistanceReports.LAST_YEAR);

    /** Main causes of poverty and how common each is, in the catalogue's spelling. */
    private static final Map<String, Double> CAUSES = weights(
            "因病", 25, "缺技术", 18, "缺资金", 15, "缺劳力", 10, "因残", 8, "因学", 6, "自身发展动力不足", 4,
            "缺土地", 4, "缺水", 3, "因灾", 3, "交通条件落后", 3, "其他", 1);
    private static final Map<String, Double> LABOUR = weights("有劳动能力", 65, "部分丧失", 15, "无劳动能力", 20);
    private static final Map<String, Double> MEASURES = weights(
            "产业", 40, "就业", 25, "教育", 12, "健康", 15, "兜底", 8, "金融", 10, "生态", 6, "危房改造", 8, "易地搬迁", 7);
    private static final double[] SIZE_WEIGHTS = {8, 18, 22, 24, 15, 8, 3, 2};
    private static final List<Integer> IDENTIFIED_YEARS = List.of(2014, 2015, 2016, 2017, 2018, 2019);
    private static final List<Double> IDENTIFIED_WEIGHTS = List.of(85.0, 5.0, 3.0, 3.0, 2.0, 2.0);

    /**
     * One household as the registry knows it by the end of 2019.
     *
     * @param exitYear null while still poor
     * @param returnYear the year it fell back into poverty after exiting, null if it did not
     */
    record Household(String id, Village village, int size, String mainCause, String labourCapacity,
            int identifiedYear, Integer exitYear, Integer returnYear, List<String> measures, String headName,
            String headIdNumber, String helperUnitCode, double incomeBase) {

        boolean registeredIn(int year) {
            return identifiedYear <= year;
        }

        boolean poorAtEndOf(int year) {
            if (identifiedYear > year) {
                return false;
            }
            boolean exited = exitYear != null && exitYear <= year;
            boolean returned = returnYear != null && returnYear <= year;
            return !exited || returned;
        }

        Integer shownExitYear(int year) {
            return exitYear != null && exitYear <= year && !(returnYear != null && returnYear <= year) ? exitYear : null;
        }
    }

    /**
     * What one poor county's households give for one year, as BF-3 reports it: stocks on 1 January and
     * flows by the end of each quarter (year to date), people and households.
     */
    record CountyYear(County county, int year, long householdsStart, long peopleStart, long[] newlyIdentified,
            long[] returnedToPoverty, long[] householdsExited, long[] peopleExited, long householdsRegistered,
            double meanIncome) {

        long peopleEnd(int quarter) {
            return peopleStart + newlyIdentified[quarter - 1] + returnedToPoverty[quarter - 1] - peopleExited[quarter - 1];
        }
    }

    private final DemoProvince province;
    private final Inbox inbox;
    private final long seed;
    private final DemoSize size;

    HouseholdFiles(DemoProvince province, Inbox inbox, long seed, DemoSize size) {
        this.province = province;
        this.inbox = inbox;
        this.seed = seed;
        this.size = size;
    }

    /** Writes every county's files and returns the summaries by county code and year. */
    Map<String, CountyYear> write() {
        List<County> poor = province.poorCounties();
        Map<String, List<Village>> villagesByCounty = new LinkedHashMap<>();
        province.villages().forEach(village ->
                villagesByCounty.computeIfAbsent(village.county().code(), code -> new ArrayList<>()).add(village));
        Map<String, String> unitOfVillage = new HashMap<>();
        Map<String, String> unitOfCounty = new HashMap<>();
        for (Pairing pairing : province.activePairings()) {
            if (pairing.village() != null) {
                unitOfVillage.putIfAbsent(pairing.village().code(), pairing.unit().code());
            }
            unitOfCounty.putIfAbsent(pairing.county().code(), pairing.unit().code());
        }
        long[] householdsPerCounty = proportional(size.households(),
                poor.stream().mapToLong(county -> villagesByCounty.get(county.code()).size()).toArray());
        Map<String, CountyYear> summaries = new LinkedHashMap<>();
        for (int index = 0; index < poor.size(); index++) {
            County county = poor.get(index);
            DemoRandom random = DemoRandom.forPurpose(seed, "BF-4 " + county.code());
            List<Household> households = households(county, villagesByCounty.get(county.code()),
                    (int) householdsPerCounty[index], unitOfVillage, unitOfCounty.getOrDefault(county.code(), ""), random);
            for (int year : YEARS) {
                summaries.put(county.code() + "|" + year, summarise(county, year, households, random));
                writeFile(index, county, year, households, random);
            }
        }
        return summaries;
    }

    private List<Household> households(County county, List<Village> villages, int count,
            Map<String, String> unitOfVillage, String countyUnit, DemoRandom random) {
        List<Double> villageWeights = villages.stream().map(village -> village.poor() ? 3.0 : 1.0).toList();
        Map<String, Integer> perVillage = new HashMap<>();
        int plannedExit = county.plannedExitYear() == null ? 2019 : county.plannedExitYear();
        List<Household> households = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            Village village = random.pickWeighted(villages, villageWeights);
            int number = perVillage.merge(village.code(), 1, Integer::sum);
            int identified = random.pickWeighted(IDENTIFIED_YEARS, IDENTIFIED_WEIGHTS);
            Integer exit = exitYear(identified, plannedExit, random);
            Integer returned = exit != null && exit <= 2018 && random.chance(0.03)
                    ? random.between(Math.max(exit + 1, 2018), 2019) : null;
            int householdSize = 1 + pickIndex(SIZE_WEIGHTS, random);
            LocalDate birth = LocalDate.of(random.between(1940, 1995), random.between(1, 12), random.between(1, 28));
            List<String> measures = new ArrayList<>();
            int measureCount = random.between(1, 3);
            while (measures.size() < measureCount) {
                String measure = pick(MEASURES, random);
                if (!measures.contains(measure)) {
                    measures.add(measure);
                }
            }
            String helper = random.chance(0.1) ? "" : unitOfVillage.getOrDefault(village.code(), countyUnit);
            households.add(new Household(village.code() + String.format("%04d", number), village, householdSize,
                    pick(CAUSES, random), pick(LABOUR, random),
                    identified, exit, returned, List.copyOf(measures), ChineseNames.personName(random),
                    ResidentIdNumbers.newNumber(county.code(), birth, random.between(1, 999)), helper,
                    random.uniform(0, 1)));
        }
        return households;
    }

    /** Most exit by the county's planned year; 2020 means not yet by the end of 2019. */
    private static Integer exitYear(int identified, int plannedExit, DemoRandom random) {
        List<Integer> years = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int year = Math.max(identified + 1, 2015); year <= 2020; year++) {
            years.add(year);
            weights.add(year < plannedExit ? 1.0 : year == plannedExit ? 2.5 : 0.4);
        }
        int exit = random.pickWeighted(years, weights);
        return exit > 2019 ? null : exit;
    }

    private static CountyYear summarise(County county, int year, List<Household> households, DemoRandom random) {
        long householdsStart = 0;
        long peopleStart = 0;
        long registered = 0;
        double incomeSum = 0;
        List<Household> identified = new ArrayList<>();
        List<Household> returned = new ArrayList<>();
        List<Household> exited = new ArrayList<>();
        for (Household household : households) {
            if (household.poorAtEndOf(year - 1)) {
                householdsStart++;
                peopleStart += household.size();
            }
            if (household.identifiedYear() == year) {
                identified.add(household);
            }
            if (household.returnYear() != null && household.returnYear() == year) {
                returned.add(household);
            }
            if (household.exitYear() != null && household.exitYear() == year) {
                exited.add(household);
            }
            if (household.registeredIn(year)) {
                registered++;
                incomeSum += income(household, year).doubleValue();
            }
        }
        return new CountyYear(county, year, householdsStart, peopleStart,
                peopleByQuarter(random.shuffled(identified)), peopleByQuarter(random.shuffled(returned)),
                countByQuarter(exited.size()), peopleByQuarter(random.shuffled(exited)), registered,
                registered == 0 ? 0 : incomeSum / registered);
    }

    /**
     * People of the households by the end of each quarter: the year's events in rank order, the first
     * quarter taking the first, so it is never empty when the year is not.
     */
    private static long[] peopleByQuarter(List<Household> events) {
        long[] yearToDate = new long[4];
        for (int rank = 0; rank < events.size(); rank++) {
            int quarter = quarterOfRank(rank, events.size());
            for (int reached = quarter; reached <= 4; reached++) {
                yearToDate[reached - 1] += events.get(rank).size();
            }
        }
        return yearToDate;
    }

    private static long[] countByQuarter(int events) {
        long[] yearToDate = new long[4];
        for (int rank = 0; rank < events; rank++) {
            for (int reached = quarterOfRank(rank, events); reached <= 4; reached++) {
                yearToDate[reached - 1]++;
            }
        }
        return yearToDate;
    }

    private static int quarterOfRank(int rank, int events) {
        return 1 + (int) ((long) rank * 4 / events);
    }

    private static BigDecimal income(Household household, int year) {
        boolean poor = household.poorAtEndOf(year);
        double low = poor ? 2_300 : 4_000;
        double high = poor ? 3_900 : 9_500;
        double growth = 1 + 0.08 * (year - AssistanceReports.FIRST_YEAR);
        return DemoRandom.amount((low + (high - low) * household.incomeBase()) * growth);
    }

    private void writeFile(int countyIndex, County county, int year, List<Household> households, DemoRandom random) {
        DemoFileFormat format = switch (countyIndex % 5) {
            case 0 -> DemoFileFormat.XLSX;
            case 1 -> DemoFileFormat.CSV_UTF8_BOM;
            default -> DemoFileFormat.CSV_GBK;
        };
        boolean xlsx = format == DemoFileFormat.XLSX;
        // Offices that rekey the export use the older headers (户主身份证号码, 家庭人口数).
        boolean aliasHeaders = countyIndex % 3 == 2;
        String separator = format == DemoFileFormat.CSV_GBK ? "、" : ";";
        List<DemoTable.Column> columns = new ArrayList<>();
        if (xlsx) {
            columns.add(new DemoTable.Column("序号", "", "", false, 7));
        }
        for (FieldDefinition field : FORM.fields().stream().filter(field -> !field.isRowStatus()).toList()) {
            String header = aliasHeaders && !field.aliases().isEmpty() ? field.aliases().get(0) : field.header();
            columns.add(new DemoTable.Column(header, field.name(), "", field.name().equals("household_size"),
                    field.name().equals("household_id") ? 20 : field.name().equals("head_id_number") ? 21
                            : RegisterFiles.width(field)));
        }
        RegisterFiles.renumber(FORM, columns);
        List<List<Cell>> rows = new ArrayList<>();
        List<Household> written = new ArrayList<>();
        for (Household household : households) {
            if (!household.registeredIn(year)) {
                continue;
            }
            written.add(household);
            List<Cell> cells = new ArrayList<>();
            if (xlsx) {
                cells.add(Cell.count(BigDecimal.valueOf(written.size())));
            }
            for (FieldDefinition field : FORM.fields().stream().filter(field -> !field.isRowStatus()).toList()) {
                cells.add(cell(field.name(), household, year, separator));
            }
            rows.add(cells);
        }
        List<PendingMistake> mistakes = plant(countyIndex, year, written, rows, columns);
        String title = year + "年" + county.name() + FORM.titleChinese();
        DemoTable table = new DemoTable(xlsx ? "BF-4贫困户" : "",
                xlsx ? List.of(List.of(title + RegisterFiles.DEMO_MARK),
                        List.of("表号：" + FORM.code(), "制定机关：" + RegisterFiles.office(province)),
                        List.of("填报单位：" + county.name() + "扶贫开发领导小组办公室", "年度：" + year)) : List.of(),
                columns, rows, xlsx && countyIndex % 2 == 0, false, 0, DemoTable.DateStyle.ISO);
        String fileName = xlsx ? title + ".xlsx"
                : county.code() + "_" + year + "_建档立卡贫困户" + format.extension();
        inbox.write(fileName, FORM.code(), String.valueOf(year), List.of(county.code()), format, table, List.of(),
                county.name() + "扶贫开发领导小组办公室", submittedAt(countyIndex, year, random), mistakes);
    }

    /** Early January; the second poor county sends its 2019 file late, after the 10 January deadline. */
    private static LocalDateTime submittedAt(int countyIndex, int year, DemoRandom random) {
        LocalDate day = countyIndex == 1 && year == AssistanceReports.LAST_YEAR
                ? LocalDate.of(year + 1, 1, 21) : LocalDate.of(year + 1, 1, random.between(3, 9));
        return day.atTime(LocalTime.of(10 + random.between(0, 6), random.between(0, 59)));
    }

    private static Cell cell(String field, Household household, int year, String separator) {
        return switch (field) {
            case "household_id" -> Cell.text(household.id());
            case "head_name" -> Cell.text(household.headName());
            case "head_id_number" -> Cell.text(household.headIdNumber());
            case "village_code" -> Cell.text(household.village().code());
            case "year" -> Cell.year(year);
            case "household_size" -> Cell.count(BigDecimal.valueOf(household.size()));
            case "main_cause" -> Cell.text(household.mainCause());
            case "labour_capacity" -> Cell.text(household.labourCapacity());
            case "identified_year" -> Cell.year(household.identifiedYear());
            case "exit_year" -> Cell.year(household.shownExitYear(year));
            case "returned" -> Cell.text(household.returnYear() != null && household.returnYear() <= year ? "是" : "否");
            case "income_per_capita" -> Cell.amount(income(household, year));
            case "measures" -> Cell.text(String.join(separator, household.measures()));
            case "helper_unit_code" -> household.helperUnitCode().isEmpty() ? Cell.blank()
                    : Cell.text(household.helperUnitCode());
            default -> throw new IllegalArgumentException("BF-4 has no field " + field);
        };
    }

    /**
     * The BF-4 mistakes: in the first poor county's 2019 file an ID number a digit short (S015) and
     * one with a wrong check character (S016); in the second county's 2018 file a household of 23
     * (S017) and one that exited before it was identified (I006). Only households not exiting that year
     * are touched, so BF-3 and BF-4 still agree on the people exited.
     */
    private List<PendingMistake> plant(int countyIndex, int year, List<Household> written, List<List<Cell>> rows,
            List<DemoTable.Column> columns) {
        List<PendingMistake> mistakes = new ArrayList<>();
        int poorCounties = province.poorCounties().size();
        boolean identityFile = countyIndex == 0 && year == AssistanceReports.LAST_YEAR;
        boolean rangeFile = countyIndex == 1 % poorCounties && year == AssistanceReports.FIRST_YEAR;
        if (!identityFile && !rangeFile) {
            return mistakes;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int index = 0; index < written.size(); index++) {
            Household household = written.get(index);
            Integer shown = household.shownExitYear(year);
            if (shown == null || shown != year) {
                candidates.add(index);
            }
        }
        if (identityFile) {
            int first = candidates.get(candidates.size() / 3);
            String malformed = ResidentIdNumbers.malformed(written.get(first).headIdNumber());
            set(rows, columns, first, "head_id_number", Cell.text(malformed));
            mistakes.add(new PendingMistake(MistakeKind.RESIDENT_ID_MALFORMED, first, "head_id_number",
                    "户主身份证号只有17位（漏录一位）"));
            int second = candidates.get(candidates.size() * 2 / 3);
            set(rows, columns, second, "head_id_number",
                    Cell.text(ResidentIdNumbers.withWrongCheckCharacter(written.get(second).headIdNumber())));
            mistakes.add(new PendingMistake(MistakeKind.RESIDENT_ID_CHECK_FAILED, second, "head_id_number",
                    "户主身份证号校验码错误"));
        }
        if (rangeFile) {
            int big = candidates.get(candidates.size() / 4);
            set(rows, columns, big, "household_size", Cell.count(BigDecimal.valueOf(23)));
            mistakes.add(new PendingMistake(MistakeKind.VALUE_OUT_OF_RANGE, big, "household_size",
                    "家庭人口 23 人，超出 1–20 的范围（应为 " + written.get(big).size() + "）"));
            int early = -1;
            for (int candidate : candidates) {
                Integer shown = written.get(candidate).shownExitYear(year);
                if (candidate != big && shown != null && shown < year) {
                    early = candidate;
                    break;
                }
            }
            if (early < 0) {
                early = candidates.get(candidates.size() - 1);
                set(rows, columns, early, "exit_year", Cell.year(2016));
            }
            int exit = written.get(early).shownExitYear(year) == null ? 2016 : written.get(early).shownExitYear(year);
            set(rows, columns, early, "identified_year", Cell.year(exit + 1));
            mistakes.add(new PendingMistake(MistakeKind.EXIT_BEFORE_IDENTIFIED, early, "exit_year",
                    "脱贫年度 " + exit + " 早于识别年度 " + (exit + 1)));
        }
        return mistakes;
    }

    static void set(List<List<Cell>> rows, List<DemoTable.Column> columns, int row, String field, Cell cell) {
        for (int column = 0; column < columns.size(); column++) {
            if (columns.get(column).fieldName().equals(field)) {
                rows.get(row).set(column, cell);
                return;
            }
        }
        throw new IllegalArgumentException("no column for " + field);
    }

    /** Splits a total over parts in proportion to weights, the parts adding up exactly (largest remainders). */
    static long[] proportional(long total, long[] weights) {
        long weightSum = 0;
        for (long weight : weights) {
            weightSum += weight;
        }
        long[] parts = new long[weights.length];
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int index = 0; index < weights.length; index++) {
            double share = (double) total * weights[index] / weightSum;
            parts[index] = (long) Math.floor(share);
            remainders[index] = share - parts[index];
            given += parts[index];
        }
        while (given < total) {
            int best = 0;
            for (int index = 1; index < weights.length; index++) {
                if (remainders[index] > remainders[best]) {
                    best = index;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            given++;
        }
        return parts;
    }

    private static String pick(Map<String, Double> weights, DemoRandom random) {
        double total = 0;
        for (double weight : weights.values()) {
            total += weight;
        }
        double target = random.uniform(0, total);
        String last = null;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            last = entry.getKey();
            target -= entry.getValue();
            if (target < 0) {
                return last;
            }
        }
        return last;
    }

    private static int pickIndex(double[] weights, DemoRandom random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.uniform(0, total);
        for (int index = 0; index < weights.length; index++) {
            target -= weights[index];
            if (target < 0) {
                return index;
            }
        }
        return weights.length - 1;
    }

    private static Map<String, Double> weights(Object... valueThenWeight) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int index = 0; index < valueThenWeight.length; index += 2) {
            weights.put((String) valueThenWeight[index], ((Number) valueThenWeight[index + 1]).doubleValue());
        }
        return weights;
    }

    /** The enumerations this class writes, for the test that they agree with the catalogue. */
    static Map<String, List<String>> enumerationValues() {
        return Map.of("main_cause", List.copyOf(CAUSES.keySet()), "labour_capacity", List.copyOf(LABOUR.keySet()),
                "measures", List.copyOf(MEASURES.keySet()));
    }
}
