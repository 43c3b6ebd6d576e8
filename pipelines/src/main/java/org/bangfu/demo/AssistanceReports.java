package org.bangfu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bangfu.demo.DemoProvince.AssistingUnit;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.DemoProvince.Pairing;

/**
 * The BF-1 figures of every active unit × county for 2018Q1–2019Q4. Flows are year to date, built
 * from a yearly total and rising shares of it per quarter, so they never fall within a year and
 * restart each Q1; stocks (cadres, secretaries, team members) are as at quarter end.
 */
final class AssistanceReports {

    static final int FIRST_YEAR = 2018;
    static final int LAST_YEAR = 2019;
    /** Province-wide direct funds a year at standard size: about 8 亿元, Sichuan's order of magnitude. */
    static final double STANDARD_DIRECT_FUNDS_PER_YEAR = 80_000;

    /** The flow fields, reported year to date. */
    static final List<String> YEAR_TO_DATE_FIELDS = List.of(
            "funds_direct", "funds_coordinated", "funds_industry", "projects", "trained_cadres",
            "trained_technicians", "jobs_transferred", "consumption_bought", "consumption_sold", "leader_visits",
            "other_visits", "meetings");
    /** The stock fields, reported as at the end of the quarter. */
    static final List<String> PERIOD_END_FIELDS = List.of("seconded_cadres", "first_secretaries", "team_members");

    /**
     * One row of BF-1 before layout.
     *
     * @param figures by catalogue field name; amounts with two decimals, counts with none; null is
     *     not reported (blank), never zero
     */
    record Report(AssistingUnit unit, County county, int year, int quarter, Map<String, BigDecimal> figures,
            String reporterName, String reporterPhone, LocalDate reportedOn) {

        String period() {
            return year + "Q" + quarter;
        }

        int quarterIndex() {
            return (year - FIRST_YEAR) * 4 + quarter - 1;
        }

        Report withFigure(String field, BigDecimal value) {
            Map<String, BigDecimal> changed = new LinkedHashMap<>(figures);
            changed.put(field, value);
            return new Report(unit, county, year, quarter, changed, reporterName, reporterPhone, reportedOn);
        }

        Report withReportedOn(LocalDate date) {
            return new Report(unit, county, year, quarter, figures, reporterName, reporterPhone, date);
        }
    }

    /** Yearly totals of one unit in one county; shares say how much of them is reached by each quarter. */
    private record YearPlan(Map<String, BigDecimal> totals, double[] fundShares, double[] activityShares,
            Map<String, int[]> stocksByQuarter) {
    }

    private AssistanceReports() {
    }

    /** Every report, ordered by quarter, then unit, then county as ML-4 lists them. */
    static List<Report> build(DemoProvince province, long seed, DemoSize size) {
        DemoRandom random = DemoRandom.forPurpose(seed, "BF-1 figures");
        DemoRandom people = DemoRandom.forPurpose(seed, "BF-1 reporters");
        List<Pairing> pairings = activeUnitCountyPairs(province);
        ProvinceRules rules = ProvinceRules.of(province.code());
        Map<String, YearPlan> plans = new HashMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            double[] weights = new double[pairings.size()];
            double weightSum = 0;
            for (int index = 0; index < pairings.size(); index++) {
                Pairing pairing = pairings.get(index);
                weights[index] = pairing.unit().fundsWeight() * (pairing.county().deepPoverty() ? 1.2 : 1.0)
                        * random.logNormal(0.25);
                weightSum += weights[index];
            }
            // A little below 8 亿元 in 2018 and growing by a few per cent, so both years stay near it.
            double provinceDirect = STANDARD_DIRECT_FUNDS_PER_YEAR * size.units() / DemoSize.standard().units()
                    * random.uniform(0.92, 1.0) * (year == FIRST_YEAR ? 1.0 : random.uniform(1.04, 1.10));
            double meanWeight = weightSum / pairings.size();
            for (int index = 0; index < pairings.size(); index++) {
                double direct = Math.max(2, provinceDirect * weights[index] / weightSum);
                plans.put(key(pairings.get(index), year),
                        yearPlan(pairings.get(index), direct, weights[index] / meanWeight, rules, random));
            }
        }
        Map<String, String[]> reporters = new HashMap<>();
        List<Report> reports = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                LocalDate quarterEnd = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
                for (Pairing pairing : pairings) {
                    String[] reporter = reporter(pairing.unit(), year, reporters, people);
                    YearPlan plan = plans.get(key(pairing, year));
                    reports.add(new Report(pairing.unit(), pairing.county(), year, quarter,
                            figuresAt(plan, quarter), reporter[0], reporter[1],
                            quarterEnd.plusDays(people.between(2, 7))));
                }
            }
        }
        return reports;
    }

    /** One pairing per unit and county: ML-4 may list a unit twice in a county only if it took two villages. */
    static List<Pairing> activeUnitCountyPairs(DemoProvince province) {
        Map<String, Pairing> pairs = new LinkedHashMap<>();
        for (Pairing pairing : province.activePairings()) {
            pairs.putIfAbsent(pairing.unit().code() + "|" + pairing.county().code(), pairing);
        }
        return List.copyOf(pairs.values());
    }

    private static String key(Pairing pairing, int year) {
        return pairing.unit().code() + "|" + pairing.county().code() + "|" + year;
    }

    /** The unit's reporter for a year: most units keep theirs, some hand over in the new year. */
    private static String[] reporter(AssistingUnit unit, int year, Map<String, String[]> reporters, DemoRandom people) {
        String previousYear = unit.code() + "|" + (year - 1);
        String thisYear = unit.code() + "|" + year;
        if (!reporters.containsKey(thisYear)) {
            String[] previous = reporters.get(previousYear);
            reporters.put(thisYear, previous != null && people.chance(0.7) ? previous
                    : new String[] {ChineseNames.personName(people), ChineseNames.mobilePhone(people)});
        }
        return reporters.get(thisYear);
    }

    private static YearPlan yearPlan(Pairing pairing, double directFunds, double relativeWeight, ProvinceRules rules,
            DemoRandom random) {
        AssistingUnit unit = pairing.unit();
        double scale = Math.sqrt(relativeWeight);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        BigDecimal direct = roundLikeAPerson(directFunds, random);
        BigDecimal coordinated = roundLikeAPerson(directFunds * random.uniform(1.8, 3.2), random);
        totals.put("funds_direct", direct);
        totals.put("funds_coordinated", coordinated);
        // Military units do not break their funds down by purpose.
        totals.put("funds_industry", unit.category() == UnitCategory.MILITARY ? null
                : DemoRandom.amount(direct.add(coordinated).doubleValue() * random.uniform(0.25, 0.55)));
        totals.put("projects", whole(Math.max(1, direct.add(coordinated).doubleValue() / random.uniform(60, 160))));
        totals.put("trained_cadres", whole(scale * random.uniform(40, 200)));
        totals.put("trained_technicians", whole(scale * random.uniform(20, 120)));
        totals.put("jobs_transferred", whole(scale * random.uniform(15, 180)));
        BigDecimal bought = DemoRandom.amount(directFunds * random.uniform(0.05, 0.3));
        totals.put("consumption_bought", bought);
        boolean reportsSales = unit.category() != UnitCategory.SOCIAL_ORGANISATION
                && unit.category() != UnitCategory.DEMOCRATIC_PARTIES_AND_COMMERCE;
        totals.put("consumption_sold",
                reportsSales ? DemoRandom.amount(bought.doubleValue() * random.uniform(1.5, 4)) : null);
        int[] leaderVisits = switch (unit.level()) {
            case CENTRAL -> new int[] {1, 2};
            case PROVINCE -> new int[] {2, 3};
            case PREFECTURE -> new int[] {2, 4};
            case COUNTY -> new int[] {3, 6};
        };
        totals.put("leader_visits", BigDecimal.valueOf(random.between(leaderVisits[0], leaderVisits[1])));
        totals.put("other_visits", BigDecimal.valueOf(random.between(4, 20)));
        totals.put("meetings", BigDecimal.valueOf(random.between(2, 8) + (pairing.lead() ? 2 : 0)));
        return new YearPlan(totals, YearToDate.risingShares(random), YearToDate.risingShares(random),
                stocks(pairing, rules, random));
    }

    private static Map<String, int[]> stocks(Pairing pairing, ProvinceRules rules, DemoRandom random) {
        AssistingUnit unit = pairing.unit();
        int seconded = switch (unit.level()) {
            case CENTRAL -> random.between(1, 2);
            case PROVINCE -> pairing.lead() || random.chance(0.7) ? 1 : 0;
            case PREFECTURE -> random.chance(0.4) ? 1 : 0;
            case COUNTY -> random.chance(0.2) ? 1 : 0;
        };
        // Central units keep a first secretary in each paired county (2017 guideline) even where ML-4
        // pairs them with no village; about one county in ten is left without, for the scorecard to find.
        boolean centralSecretary = unit.level() == UnitLevel.CENTRAL
                && Math.floorMod((unit.code() + pairing.county().code()).hashCode(), 10) != 0;
        int secretaries = pairing.village() != null || centralSecretary ? 1 : 0;
        // Teams are mostly as large as the province's rules ask; the mid-year changes below leave a few short.
        int team = pairing.village() == null ? 0 : random.between(2, 5) - ProvinceRules.DEFAULT_SMALLEST_TEAM
                + rules.smallestTeamFor(unit.level());
        int[] teamByQuarter = {team, team, team, team};
        if (team > 0 && random.chance(0.15)) {
            // A member recalled or added mid-year: stocks may fall, unlike year-to-date flows.
            int changed = Math.max(1, team + (random.chance(0.5) ? -1 : 1));
            teamByQuarter[2] = changed;
            teamByQuarter[3] = changed;
        }
        Map<String, int[]> stocks = new LinkedHashMap<>();
        stocks.put("seconded_cadres", new int[] {seconded, seconded, seconded, seconded});
        stocks.put("first_secretaries", new int[] {secretaries, secretaries, secretaries, secretaries});
        stocks.put("team_members", teamByQuarter);
        return stocks;
    }

    private static Map<String, BigDecimal> figuresAt(YearPlan plan, int quarter) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> total : plan.totals().entrySet()) {
            String field = total.getKey();
            BigDecimal yearTotal = total.getValue();
            if (yearTotal == null) {
                figures.put(field, null);
                continue;
            }
            boolean activity = field.endsWith("visits") || field.equals("meetings");
            figures.put(field, YearToDate.at(yearTotal, activity ? plan.activityShares() : plan.fundShares(), quarter));
        }
        for (Map.Entry<String, int[]> stock : plan.stocksByQuarter().entrySet()) {
            figures.put(stock.getKey(), BigDecimal.valueOf(stock.getValue()[quarter - 1]));
        }
        return figures;
    }

    /** Amounts as units report them: some to the 分 (0.01 万元), many to whole or half 万元. */
    private static BigDecimal roundLikeAPerson(double amount, DemoRandom random) {
        if (random.chance(0.35)) {
            return BigDecimal.valueOf(Math.max(1, Math.round(amount))).setScale(2);
        }
        return DemoRandom.amount(Math.max(0.5, amount));
    }

    private static BigDecimal whole(double value) {
        return BigDecimal.valueOf(Math.round(value));
    }
}
