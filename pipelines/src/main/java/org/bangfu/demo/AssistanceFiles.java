package org.bangfu.demo;

import static org.bangfu.demo.DemoFileFormat.XLSX;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.bangfu.demo.AssistanceFileStyle.PeriodSpelling;
import org.bangfu.demo.AssistanceFileStyle.Quirk;
import org.bangfu.demo.AssistanceReports.Report;
import org.bangfu.demo.DemoProvince.AssistingUnit;
import org.bangfu.demo.DemoProvince.County;
import org.bangfu.demo.Inbox.PendingMistake;
import org.bangfu.forms.FieldDefinition;
import org.bangfu.forms.FieldType;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;

/**
 * BF-1 as it reaches the office: per quarter one file per unit level, compiled by that level's lead
 * department in its own habits ({@link AssistanceFileStyle}), plus the planted mistakes, odd cells,
 * a duplicate upload and one corrected resubmission.
 */
final class AssistanceFiles {

    private static final FormDefinition FORM = FormCatalogue.get(FormCatalogue.UNIT_ASSISTANCE);
    private static final String QUARTER_NUMERALS = "一二三四";
    private static final String SERIAL_HEADER = "序号";
    private static final String UNIT_NAME_HEADER = "单位名称";
    private static final int QUARTERS = 8;

    private final DemoProvince province;
    private final List<Report> reports;
    private final Inbox inbox;
    private final DemoRandom random;
    private final Set<String> countyCodes = new HashSet<>();
    private final Set<String> pairedUnitCounties = new HashSet<>();
    private final Map<String, Report> reportsByKey = new HashMap<>();
    /** Where each original row went: unit|county|period → file name and row number a user sees. */
    private final Map<String, Map.Entry<String, Integer>> rowOfKey = new HashMap<>();
    /** Team members of every row checking should accept, by unit|county|period, for reconciliation with BF-2. */
    private final Map<String, Long> acceptedTeamMembers = new HashMap<>();

    /** Whether its central units also report in other provinces: then none of them sends a 全量替换 correction. */
    private final boolean centralUnitsShared;

    AssistanceFiles(DemoProvince province, List<Report> reports, Inbox inbox, long seed) {
        this(province, reports, inbox, seed, false);
    }

    AssistanceFiles(DemoProvince province, List<Report> reports, Inbox inbox, long seed, boolean centralUnitsShared) {
        this.centralUnitsShared = centralUnitsShared;
        this.province = province;
        this.reports = List.copyOf(reports);
        this.inbox = inbox;
        this.random = DemoRandom.forPurpose(seed, "BF-1 layout");
        province.counties().forEach(county -> countyCodes.add(county.code()));
        province.activePairings().forEach(pairing -> pairedUnitCounties.add(pairKey(pairing.unit(), pairing.county())));
        reports.forEach(report -> reportsByKey.put(key(report), report));
    }

    Map<String, Long> acceptedTeamMembers() {
        return acceptedTeamMembers;
    }

    private static String key(Report report) {
        return report.unit().code() + "|" + report.county().code() + "|" + report.period();
    }

    void write() {
        for (int quarterIndex = 0; quarterIndex < QUARTERS; quarterIndex++) {
            for (UnitLevel level : UnitLevel.values()) {
                writeLevelFile(quarterIndex, level);
            }
        }
        // Uploaded twice: the second time under the name Windows gives a copy.
        DemoFileFormat firstCountyFormat = AssistanceFileStyle.forFile(0, UnitLevel.COUNTY).format;
        inbox.duplicate(fileName(0, UnitLevel.COUNTY, firstCountyFormat),
                fileStem(0, UnitLevel.COUNTY) + " - 副本" + firstCountyFormat.extension());
        writeCorrection();
    }

    private void writeLevelFile(int quarterIndex, UnitLevel level) {
        AssistanceFileStyle style = AssistanceFileStyle.forFile(quarterIndex, level);
        List<Report> fileReports = new ArrayList<>(reports.stream()
                .filter(report -> report.quarterIndex() == quarterIndex && report.unit().level() == level)
                .toList());
        if (fileReports.isEmpty()) {
            return;
        }
        List<PendingMistake> mistakes = new ArrayList<>();
        if (quarterIndex == QUARTERS - 1 && level == UnitLevel.COUNTY && fileReports.size() > 1) {
            leaveOneOut(fileReports);
        }
        MistakeKind planted = AssistanceFileStyle.plantedMistake(quarterIndex, level);
        if (planted == MistakeKind.UNPAIRED_UNIT_AND_COUNTY) {
            addUnpairedRow(fileReports, mistakes);
        }
        List<DemoTable.Column> columns = columns(style);
        List<List<Cell>> rows = new ArrayList<>();
        for (int index = 0; index < fileReports.size(); index++) {
            rows.add(new ArrayList<>(cells(columns, fileReports.get(index), index + 1, style)));
        }
        Set<Integer> touchedRows = new HashSet<>();
        mistakes.forEach(mistake -> touchedRows.add(mistake.dataRowIndex()));
        if (planted != null && planted != MistakeKind.UNPAIRED_UNIT_AND_COUNTY) {
            mistakes.add(plant(planted, fileReports, rows, columns, touchedRows));
        }
        if (quarterIndex == 6 && level == UnitLevel.PROVINCE) {
            plantFall(fileReports, rows, columns, touchedRows).ifPresent(mistakes::add);
        }
        if (quarterIndex == 3 && level == UnitLevel.PREFECTURE) {
            plantJump(fileReports, rows, columns, touchedRows).ifPresent(mistakes::add);
        }
        // In the last quarter, so that no later year-to-date figure falls below the planted one.
        // P003 needs peers: the provincial units' file always carries one (so every demo has the kind),
        // the prefecture units' file only when it holds enough units for P003 to find it.
        if (quarterIndex == QUARTERS - 1 && (level == UnitLevel.PROVINCE
                || level == UnitLevel.PREFECTURE && fileReports.size() >= REPORTS_FOR_AN_OUTLIER)) {
            plantOutlier(fileReports, rows, columns, touchedRows).ifPresent(mistakes::add);
        }
        applyQuirks(style, fileReports, rows, columns, touchedRows);
        String period = periodInChinese(quarterIndex);
        DemoTable table = new DemoTable(style.sheetName,
                titleRows(period + FORM.titleChinese() + "（" + level.fileLabel() + "）", style.formCodeText,
                        compiler(level), period),
                columns, rows, style.numberingRow, style.totalRow, style.blankTrailingRows, style.dateStyle);
        String fileName = fileName(quarterIndex, level, style.format);
        for (int index = 0; index < fileReports.size(); index++) {
            Report report = fileReports.get(index);
            int rowIndex = index;
            boolean quarantined = mistakes.stream().anyMatch(mistake -> mistake.dataRowIndex() == rowIndex
                    && mistake.kind().expectedOutcome() == MistakeKind.ExpectedOutcome.ROW_QUARANTINED);
            PendingMistake locator = new PendingMistake(MistakeKind.CORRECTED_RESUBMISSION, index, "", "");
            rowOfKey.putIfAbsent(key(report), Map.entry(fileName, Inbox.rowNumber(table, style.format, locator)));
            if (!quarantined) {
                BigDecimal team = report.figures().get("team_members");
                acceptedTeamMembers.put(key(report), team == null ? 0 : team.longValue());
            }
        }
        inbox.write(fileName, FORM.code(), report(fileReports).period(), unitCodes(fileReports), style.format, table,
                style.instructionsSheet ? instructions() : List.of(), compiler(level),
                savedAt(quarterIndex, level, fileReports), mistakes);
    }

    private static Report report(List<Report> fileReports) {
        return fileReports.get(0);
    }

    private static List<String> unitCodes(List<Report> fileReports) {
        return fileReports.stream().map(report -> report.unit().code()).distinct().toList();
    }

    private static boolean withoutTeam(Report report) {
        BigDecimal team = report.figures().get("team_members");
        return team == null || team.signum() == 0;
    }

    /**
     * One county-level unit does not report for the last quarter at all: completeness should name it.
     * A unit without a village team, so the roster reconciliation is not disturbed.
     */
    private void leaveOneOut(List<Report> fileReports) {
        List<Report> candidates = fileReports.stream().filter(AssistanceFiles::withoutTeam).toList();
        Report missing = random.pick(candidates.isEmpty() ? fileReports : candidates);
        fileReports.remove(missing);
        inbox.missing(new DemoManifest.Submission(FORM.code(), missing.unit().code(), missing.period()));
    }

    /** A year-to-date figure typed lower than the quarter before: accepted, flagged 疑似错报 (P001). */
    private Optional<PendingMistake> plantFall(List<Report> fileReports, List<List<Cell>> rows,
            List<DemoTable.Column> columns, Set<Integer> touchedRows) {
        String field = "consumption_bought";
        return pickRowIfAny(fileReports, touchedRows, report -> withoutTeam(report) && previous(report) != null
                && previous(report).figures().get(field) != null
                && previous(report).figures().get(field).compareTo(BigDecimal.ONE) > 0).map(row -> {
                    BigDecimal before = previous(fileReports.get(row)).figures().get(field);
                    BigDecimal fallen = before.multiply(BigDecimal.valueOf(0.6)).setScale(2, RoundingMode.HALF_UP);
                    set(rows, columns, row, field, Cell.amount(fallen));
                    return new PendingMistake(MistakeKind.YEAR_TO_DATE_FELL, row, field, "本年累计购买农产品 "
                            + fallen.toPlainString() + " 万元，低于上季度的 " + before.toPlainString() + " 万元");
                });
    }

    /** A figure twelve times the quarter before, a slipped digit or a batch entered twice: 请核实 (P002). */
    private Optional<PendingMistake> plantJump(List<Report> fileReports, List<List<Cell>> rows,
            List<DemoTable.Column> columns, Set<Integer> touchedRows) {
        String field = "trained_cadres";
        return pickRowIfAny(fileReports, touchedRows, report -> withoutTeam(report) && previous(report) != null
                && previous(report).figures().get(field) != null
                && previous(report).figures().get(field).signum() > 0).map(row -> {
                    BigDecimal before = previous(fileReports.get(row)).figures().get(field);
                    BigDecimal jumped = before.multiply(BigDecimal.valueOf(12));
                    set(rows, columns, row, field, Cell.count(jumped));
                    return new PendingMistake(MistakeKind.JUMP_OVER_TENFOLD, row, field, "培训基层干部 "
                            + jumped.toPlainString() + " 人次，是上季度 " + before.toPlainString() + " 的 12 倍");
                });
    }

    /** Twice the eight like reports P003 compares a figure with, so that the unit's peer group is full. */
    private static final int REPORTS_FOR_AN_OUTLIER = 16;

    /** Coordinated funds fifty times the true figure, still within the plausible range: 请核实 (P003). */
    private Optional<PendingMistake> plantOutlier(List<Report> fileReports, List<List<Cell>> rows,
            List<DemoTable.Column> columns, Set<Integer> touchedRows) {
        String field = "funds_coordinated";
        return pickRowIfAny(fileReports, touchedRows, report -> report.figures().get(field) != null
                && report.figures().get(field).compareTo(BigDecimal.ONE) > 0
                && report.figures().get(field).compareTo(BigDecimal.valueOf(5_000)) < 0).map(row -> {
                    BigDecimal before = fileReports.get(row).figures().get(field);
                    BigDecimal outlier = before.multiply(BigDecimal.valueOf(50)).setScale(2, RoundingMode.HALF_UP);
                    set(rows, columns, row, field, Cell.amount(outlier));
                    return new PendingMistake(MistakeKind.OUTLIER_AMONG_PEERS, row, field, "协调引进帮扶资金 "
                            + outlier.toPlainString() + " 万元，是实际数 " + before.toPlainString() + " 的 50 倍");
                });
    }

    private Report previous(Report report) {
        if (report.quarter() == 1) {
            return null;
        }
        return reportsByKey.get(report.unit().code() + "|" + report.county().code() + "|" + report.year() + "Q"
                + (report.quarter() - 1));
    }

    /** A unit reports work in a county it is not paired with, say a neighbour it helped once. */
    private void addUnpairedRow(List<Report> fileReports, List<PendingMistake> mistakes) {
        for (Report report : random.shuffled(fileReports)) {
            List<County> unpaired = province.counties().stream()
                    .filter(county -> !pairedUnitCounties.contains(pairKey(report.unit(), county)))
                    .sorted(Comparator.comparing((County county) -> !county.prefecture().equals(report.county().prefecture()))
                            .thenComparing(county -> !county.isPoor())
                            .thenComparing(County::code))
                    .toList();
            if (unpaired.isEmpty()) {
                continue;
            }
            County county = unpaired.get(0);
            Report extra = new Report(report.unit(), county, report.year(), report.quarter(),
                    scaledFigures(report, 0.2), report.reporterName(), report.reporterPhone(), report.reportedOn());
            int index = 0;
            for (int position = 0; position < fileReports.size(); position++) {
                if (fileReports.get(position).unit().code().equals(report.unit().code())) {
                    index = position + 1;
                }
            }
            fileReports.add(index, extra);
            mistakes.add(new PendingMistake(MistakeKind.UNPAIRED_UNIT_AND_COUNTY, index, "county_code",
                    "单位 " + report.unit().code() + " 与县 " + county.code() + "（" + county.name()
                            + "）未在结对帮扶关系（ML-4）中登记，应提示警告"));
            return;
        }
    }

    private static Map<String, BigDecimal> scaledFigures(Report report, double factor) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        report.figures().forEach((field, value) -> {
            if (value == null) {
                figures.put(field, null);
            } else if (AssistanceReports.PERIOD_END_FIELDS.contains(field)) {
                figures.put(field, BigDecimal.ZERO);
            } else {
                BigDecimal scaled = value.multiply(BigDecimal.valueOf(factor));
                figures.put(field, value.scale() == 0 ? scaled.setScale(0, RoundingMode.FLOOR)
                        : scaled.setScale(2, RoundingMode.HALF_UP));
            }
        });
        return figures;
    }

    private PendingMistake plant(MistakeKind kind, List<Report> fileReports, List<List<Cell>> rows,
            List<DemoTable.Column> columns, Set<Integer> touchedRows) {
        return switch (kind) {
            case INVALID_CHECK_CHARACTER -> {
                int row = pickRow(fileReports, touchedRows, report -> true);
                String right = fileReports.get(row).unit().code();
                String wrong = CreditCodes.withWrongCheckCharacter(right);
                set(rows, columns, row, "unit_code", Cell.text(wrong));
                yield new PendingMistake(kind, row, "unit_code",
                        "单位代码 " + wrong + " 校验码错误（应为 " + right.charAt(17) + "）");
            }
            case UNKNOWN_COUNTY -> {
                int row = pickRow(fileReports, touchedRows, report -> true);
                String unknown = unknownCountyCode(fileReports.get(row).county());
                set(rows, columns, row, "county_code", Cell.text(unknown));
                yield new PendingMistake(kind, row, "county_code", "县代码 " + unknown + " 不在县名录（ML-1）中");
            }
            case TEXT_IN_NUMERIC_CELL -> {
                int row = pickRow(fileReports, touchedRows, report -> report.figures().get("trained_cadres") != null);
                long value = fileReports.get(row).figures().get("trained_cadres").longValue();
                String text = "约" + Math.max(10, Math.round(value / 10.0) * 10);
                set(rows, columns, row, "trained_cadres", Cell.text(text));
                yield new PendingMistake(kind, row, "trained_cadres", "培训基层干部（人次）填为“" + text + "”，不是数字");
            }
            case NEGATIVE_AMOUNT -> {
                // On purchases, where a returned consignment tempts people to book a minus; on funds
                // it would also break the industry-funds rule and the row would show two mistakes.
                int row = pickRow(fileReports, touchedRows,
                        report -> report.figures().get("consumption_bought").signum() > 0);
                BigDecimal negative = fileReports.get(row).figures().get("consumption_bought").negate();
                set(rows, columns, row, "consumption_bought", Cell.amount(negative));
                yield new PendingMistake(kind, row, "consumption_bought",
                        "购买贫困地区农产品（万元）为负数：" + negative.toPlainString());
            }
            case FUTURE_PERIOD -> {
                int row = pickRow(fileReports, touchedRows, report -> true);
                Report report = fileReports.get(row);
                // The year's last two digits swapped, as a quick typist does: 2019 becomes 2091.
                String year = String.valueOf(report.year());
                String future = year.substring(0, 2) + year.charAt(3) + year.charAt(2) + "Q" + report.quarter();
                set(rows, columns, row, "period", Cell.text(future));
                yield new PendingMistake(kind, row, "period", "报告期 " + future + " 尚未到来（应为 " + report.period() + "）");
            }
            case INDUSTRY_FUNDS_EXCEED_TOTAL -> {
                int row = pickRow(fileReports, touchedRows, report -> report.figures().get("funds_industry") != null
                        && report.figures().get("funds_industry").signum() > 0);
                Report report = fileReports.get(row);
                // A slipped decimal point: ten times the true figure.
                BigDecimal industry = report.figures().get("funds_industry").movePointRight(1).setScale(2);
                BigDecimal total = report.figures().get("funds_direct").add(report.figures().get("funds_coordinated"));
                set(rows, columns, row, "funds_industry", Cell.amount(industry));
                yield new PendingMistake(kind, row, "funds_industry", "其中：产业帮扶资金 " + industry.toPlainString()
                        + " 大于直接投入与协调引进资金之和 " + total.toPlainString());
            }
            default -> throw new IllegalArgumentException(kind + " is not planted in a cell");
        };
    }

    /**
     * A row for a planted error, among units without a village team where there are any: a
     * quarantined row then leaves the BF-1 vs BF-2 reconciliation alone.
     */
    private int pickRow(List<Report> fileReports, Set<Integer> touchedRows, Predicate<Report> suitable) {
        return pickRowIfAny(fileReports, touchedRows, suitable.and(AssistanceFiles::withoutTeam))
                .or(() -> pickRowIfAny(fileReports, touchedRows, suitable))
                .orElseThrow(() -> new IllegalStateException("no row fit for a planted mistake among " + fileReports.size()));
    }

    /** A row not yet holding a mistake or an odd cell, so that each row shows one thing at most. */
    private Optional<Integer> pickRowIfAny(List<Report> fileReports, Set<Integer> touchedRows,
            Predicate<Report> suitable) {
        List<Integer> candidates = IntStream.range(0, fileReports.size())
                .filter(index -> !touchedRows.contains(index) && suitable.test(fileReports.get(index)))
                .boxed().toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int row = random.pick(candidates);
        touchedRows.add(row);
        return Optional.of(row);
    }

    /** A code in the same prefecture's range that ML-1 does not hold, as a mistyped last digit gives. */
    private String unknownCountyCode(County county) {
        String prefix = county.code().substring(0, 4);
        for (int suffix = 99; suffix > 0; suffix--) {
            String code = prefix + String.format("%02d", suffix);
            if (!countyCodes.contains(code)) {
                return code;
            }
        }
        throw new IllegalStateException("prefecture " + prefix + " has every county code");
    }

    /** Best effort: a small file may have too few spare rows, and then carries fewer odd cells. */
    private void applyQuirks(AssistanceFileStyle style, List<Report> fileReports, List<List<Cell>> rows,
            List<DemoTable.Column> columns, Set<Integer> touchedRows) {
        if (style.quirks.contains(Quirk.FULL_WIDTH_DIGITS)) {
            for (String field : List.of("trained_technicians", "jobs_transferred", "other_visits")) {
                pickRowIfAny(fileReports, touchedRows, report -> report.figures().get(field) != null).ifPresent(row ->
                        set(rows, columns, row, field,
                                Cell.text(fullWidth(fileReports.get(row).figures().get(field).toPlainString()))));
            }
        }
        if (style.quirks.contains(Quirk.THOUSANDS_SEPARATORS)) {
            DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            for (String field : List.of("funds_coordinated", "funds_direct", "funds_industry")) {
                pickRowIfAny(fileReports, touchedRows, report -> report.figures().get(field) != null
                        && report.figures().get(field).compareTo(BigDecimal.valueOf(1_000)) >= 0).ifPresent(row ->
                        set(rows, columns, row, field,
                                Cell.text(grouped.format(fileReports.get(row).figures().get(field)))));
            }
        }
        if (style.quirks.contains(Quirk.TRAILING_SPACES)) {
            pickRowIfAny(fileReports, touchedRows, report -> true).ifPresent(row ->
                    set(rows, columns, row, "unit_code", Cell.text(fileReports.get(row).unit().code() + " ")));
            pickRowIfAny(fileReports, touchedRows, report -> true).ifPresent(row ->
                    set(rows, columns, row, "county_code", Cell.text(fileReports.get(row).county().code() + "  ")));
            pickRowIfAny(fileReports, touchedRows, report -> true).ifPresent(row ->
                    set(rows, columns, row, "funds_direct",
                            Cell.text(fileReports.get(row).figures().get("funds_direct").toPlainString() + " ")));
        }
    }

    private static String fullWidth(String digits) {
        StringBuilder wide = new StringBuilder();
        for (char character : digits.toCharArray()) {
            wide.append(Character.isDigit(character) ? (char) (character - '0' + '０') : character);
        }
        return wide.toString();
    }

    private static void set(List<List<Cell>> rows, List<DemoTable.Column> columns, int row, String field, Cell cell) {
        for (int column = 0; column < columns.size(); column++) {
            if (columns.get(column).fieldName().equals(field)) {
                rows.get(row).set(column, cell);
                return;
            }
        }
        throw new IllegalArgumentException("no column for " + field);
    }

    /**
     * A unit linked to two counties sends its own corrected 2019Q4 report a fortnight after its
     * level's file went in: figures changed, and one of its counties left out. Its title block says
     * 全量替换, so that row is withdrawn (the resubmission replaces all the unit's rows of the quarter;
     * without it, FORMS.md keeps the row left out and warns with L002).
     */
    private void writeCorrection() {
        int lastQuarter = QUARTERS - 1;
        List<Report> lastReports = reports.stream().filter(report -> report.quarterIndex() == lastQuarter).toList();
        if (centralUnitsShared) {
            // Its 全量替换 would withdraw what the unit reported to the other provinces for the quarter.
            lastReports = lastReports.stream().filter(report -> report.unit().level() != UnitLevel.CENTRAL).toList();
        }
        Map<AssistingUnit, List<Report>> byUnit = new LinkedHashMap<>();
        lastReports.forEach(report -> byUnit.computeIfAbsent(report.unit(), unit -> new ArrayList<>()).add(report));
        List<AssistingUnit> candidates = List.of();
        for (UnitLevel level : List.of(UnitLevel.PROVINCE, UnitLevel.CENTRAL, UnitLevel.PREFECTURE)) {
            candidates = byUnit.keySet().stream().filter(unit -> unit.level() == level && byUnit.get(unit).size() > 1
                    && byUnit.get(unit).stream().skip(1).anyMatch(AssistanceFiles::withoutTeam)).toList();
            if (!candidates.isEmpty()) {
                break;
            }
        }
        AssistingUnit unit = candidates.isEmpty() ? random.pick(lastReports).unit() : random.pick(candidates);
        List<Report> originals = byUnit.get(unit);
        Report withdrawn = originals.size() < 2 ? null
                : originals.stream().skip(1).filter(AssistanceFiles::withoutTeam).findFirst().orElse(originals.get(1));
        LocalDate correctedOn = originals.stream().map(Report::reportedOn).max(Comparator.naturalOrder()).orElseThrow()
                .plusDays(random.between(10, 16));
        String originalFile = fileName(lastQuarter, unit.level(), AssistanceFileStyle.forFile(lastQuarter, unit.level()).format);
        String correctionFile = periodInChinese(lastQuarter) + FORM.titleChinese() + "（" + unit.name() + "）（更正）.xlsx";
        AssistanceFileStyle style = new AssistanceFileStyle();
        style.unitNameColumn = true;
        List<DemoTable.Column> columns = columns(style);
        List<List<Cell>> rows = new ArrayList<>();
        List<PendingMistake> corrections = new ArrayList<>();
        for (Report original : originals) {
            if (original == withdrawn) {
                continue;
            }
            int index = rows.size();
            Report corrected = original.withReportedOn(correctedOn);
            List<String> changedFields = index == 0 ? List.of("funds_direct", "funds_coordinated") : List.of("funds_direct");
            for (String field : changedFields) {
                BigDecimal before = corrected.figures().get(field);
                BigDecimal after = DemoRandom.amount(before.doubleValue() * random.uniform(1.05, 1.25) + 1);
                corrected = corrected.withFigure(field, after);
                corrections.add(new PendingMistake(MistakeKind.CORRECTED_RESUBMISSION, index, field,
                        "更正：" + FORM.requireField(field).header() + "由 " + before.toPlainString() + " 改为 "
                                + after.toPlainString() + "，原报文件“" + originalFile + "”"));
            }
            rows.add(cells(columns, corrected, index + 1, style));
            BigDecimal team = corrected.figures().get("team_members");
            acceptedTeamMembers.put(key(corrected), team == null ? 0 : team.longValue());
        }
        if (withdrawn != null) {
            Map.Entry<String, Integer> where = rowOfKey.get(key(withdrawn));
            acceptedTeamMembers.remove(key(withdrawn));
            inbox.withdrawn(new DemoManifest.WithdrawnKey(
                    new DemoManifest.Submission(FORM.code(), unit.code(), withdrawn.period()),
                    Map.of("unit_code", unit.code(), "county_code", withdrawn.county().code(), "period", withdrawn.period()),
                    where.getKey(), where.getValue(), correctionFile));
            inbox.planted(new DemoManifest.PlantedMistake(MistakeKind.WITHDRAWN_BY_RESUBMISSION, where.getKey(),
                    inbox.sheetOf(where.getKey()), where.getValue(), "county_code",
                    "更正报送“" + correctionFile + "”不再包含该县（" + withdrawn.county().name() + "），原报数据撤回"));
        }
        String period = periodInChinese(lastQuarter);
        DemoTable table = new DemoTable(style.sheetName,
                titleRows(period + FORM.titleChinese() + "（更正，全量替换）", style.formCodeText, unit.name(), period),
                columns, rows, false, false, 0, style.dateStyle);
        inbox.write(correctionFile, FORM.code(), originals.get(0).period(), List.of(unit.code()), XLSX, table,
                List.of(), unit.name(), correctedOn.atTime(LocalTime.of(16, 45)), corrections);
    }

    private List<DemoTable.Column> columns(AssistanceFileStyle style) {
        List<FieldDefinition> fields = new ArrayList<>(FORM.fields().stream().filter(field -> !field.isRowStatus()).toList());
        List<String> first = switch (style.order) {
            case CATALOGUE -> List.of();
            case PERIOD_FIRST -> List.of("period", "county_code", "unit_code");
            case COUNTY_FIRST -> List.of("county_code", "unit_code", "period");
            case STOCKS_FIRST -> concat(List.of("unit_code", "county_code", "period"), AssistanceReports.PERIOD_END_FIELDS);
        };
        // A stable sort: the fields named first move to the front, the rest keep the catalogue's order.
        fields.sort(Comparator.comparingInt(field -> first.contains(field.name())
                ? first.indexOf(field.name()) : first.size()));
        List<DemoTable.Column> columns = new ArrayList<>();
        if (style.serialColumn) {
            columns.add(new DemoTable.Column(SERIAL_HEADER, "", "", false, 6));
        }
        for (FieldDefinition field : fields) {
            if (style.unitNameColumn && field.name().equals("unit_code")) {
                columns.add(new DemoTable.Column(UNIT_NAME_HEADER, "", "", false, 30));
            }
            boolean figure = field.type() == FieldType.DECIMAL || field.type() == FieldType.INTEGER;
            columns.add(new DemoTable.Column(header(field, style), field.name(), "", figure, RegisterFiles.width(field)));
        }
        RegisterFiles.renumber(FORM, columns);
        return columns;
    }

    private static String header(FieldDefinition field, AssistanceFileStyle style) {
        if (style.englishHeaders) {
            return field.name();
        }
        String header = style.aliasHeaders && !field.aliases().isEmpty() ? field.aliases().get(0) : field.header();
        return style.halfWidthBrackets ? header.replace('（', '(').replace('）', ')') : header;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<Cell> cells(List<DemoTable.Column> columns, Report report, int serial, AssistanceFileStyle style) {
        List<Cell> cells = new ArrayList<>();
        for (DemoTable.Column column : columns) {
            cells.add(cell(column, report, serial, style));
        }
        return cells;
    }

    private static Cell cell(DemoTable.Column column, Report report, int serial, AssistanceFileStyle style) {
        if (column.fieldName().isEmpty()) {
            return column.header().equals(SERIAL_HEADER)
                    ? Cell.count(BigDecimal.valueOf(serial)) : Cell.text(report.unit().name());
        }
        FieldDefinition field = FORM.requireField(column.fieldName());
        return switch (field.name()) {
            case "unit_code" -> Cell.text(report.unit().code());
            case "county_code" -> style.quirks.contains(Quirk.COUNTY_CODES_AS_NUMBERS)
                    ? new Cell.CodeAsNumber(report.county().code()) : Cell.text(report.county().code());
            case "period" -> Cell.text(spell(report, style.periodSpelling));
            case "reporter_name" -> Cell.text(report.reporterName());
            case "reporter_phone" -> Cell.text(report.reporterPhone());
            case "reported_on" -> Cell.day(report.reportedOn());
            default -> field.type() == FieldType.DECIMAL
                    ? Cell.amount(report.figures().get(field.name()))
                    : Cell.count(report.figures().get(field.name()));
        };
    }

    private static String spell(Report report, PeriodSpelling spelling) {
        return switch (spelling) {
            case COMPACT -> report.period();
            case HYPHEN -> report.year() + "-Q" + report.quarter();
            case CHINESE -> report.year() + "年第" + QUARTER_NUMERALS.charAt(report.quarter() - 1) + "季度";
        };
    }

    private List<List<String>> titleRows(String title, String formCodeText, String reportingUnit, String period) {
        return List.of(
                List.of(title + RegisterFiles.DEMO_MARK),
                List.of(formCodeText, "制定机关：" + RegisterFiles.office(province)),
                List.of("填报单位：" + reportingUnit, "报告期：" + period, "计量单位：万元"));
    }

    private static List<String> instructions() {
        return List.of(
                "填报说明",
                "1. 本表由各帮扶单位填报，牵头部门汇总后于季度结束后10日内报送省扶贫办。",
                "2. 资金、项目、培训、就业、消费扶贫及调研、会议次数均填本年1月1日至报告期末的累计数。",
                "3. 在岗挂职干部、第一书记和驻村工作队员填报告期末在岗人数。",
                "4. 金额单位为万元，保留两位小数；没有数据的请留空，不要填0。",
                "5. 单位代码填18位统一社会信用代码，县代码填6位行政区划代码。");
    }

    private String compiler(UnitLevel level) {
        return switch (level) {
            case CENTRAL -> RegisterFiles.office(province) + "（中央单位定点帮扶联络组）";
            case PROVINCE -> "中共" + province.name() + "直属机关工作委员会";
            case PREFECTURE -> RegisterFiles.office(province) + "社会扶贫处（市州汇总）";
            case COUNTY -> RegisterFiles.office(province) + "社会扶贫处（县级汇总）";
        };
    }

    /**
     * Sent the day after the last unit reported, late in the afternoon, within the ten days allowed;
     * the county units' 2018Q3 file goes in a week late.
     */
    private static LocalDateTime savedAt(int quarterIndex, UnitLevel level, List<Report> fileReports) {
        LocalDate lastReport = fileReports.stream().map(Report::reportedOn).max(Comparator.naturalOrder()).orElseThrow();
        if (quarterIndex == 2 && level == UnitLevel.COUNTY) {
            Report report = fileReports.get(0);
            return LocalDate.of(report.year(), report.quarter() * 3, 1).plusMonths(1).minusDays(1).plusDays(16)
                    .atTime(LocalTime.of(17, 30));
        }
        return lastReport.plusDays(1).atTime(LocalTime.of(17, 30));
    }

    private static String periodInChinese(int quarterIndex) {
        return (AssistanceReports.FIRST_YEAR + quarterIndex / 4) + "年第" + QUARTER_NUMERALS.charAt(quarterIndex % 4) + "季度";
    }

    /** Each department names its files its own way; the pipeline trusts none of them. */
    private static String fileStem(int quarterIndex, UnitLevel level) {
        int year = AssistanceReports.FIRST_YEAR + quarterIndex / 4;
        int quarter = quarterIndex % 4 + 1;
        return switch (level) {
            case CENTRAL -> periodInChinese(quarterIndex) + "中央定点帮扶单位工作情况统计表";
            case PROVINCE -> periodInChinese(quarterIndex) + FORM.titleChinese() + "（省直单位）";
            case PREFECTURE -> year + "年" + quarter + "季度市州级帮扶单位定点帮扶情况汇总";
            case COUNTY -> periodInChinese(quarterIndex) + "县级单位定点帮扶工作情况表";
        };
    }

    private static String fileName(int quarterIndex, UnitLevel level, DemoFileFormat format) {
        return fileStem(quarterIndex, level) + format.extension();
    }

    private static String pairKey(AssistingUnit unit, County county) {
        return unit.code() + "|" + county.code();
    }
}
