package org.bangfu.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bangfu.forms.Quarter;
import org.bangfu.indicators.OfficialNumberFormat;
import org.bangfu.warehouse.WarehouseTable;

/**
 * Who reported for a quarter, from gold.completeness: the expected submissions of an area by status,
 * and the late and missing submitters by name. One submitter late for several subjects is named once,
 * with its longest delay and every form concerned.
 *
 * @param rows the completeness rows of the area and quarter
 */
public record ReportingStatus(List<GoldRecord> rows) {

    public static final String ON_TIME = "on_time";
    public static final String LATE = "late";
    public static final String MISSING = "missing";

    /**
     * Empty when the snapshot holds no completeness rows for the area and quarter. Only the quarter's
     * rows are read (gold.completeness has one row per expected submission of every quarter); the
     * area is chosen among them, so every area's documents share one read of the quarter.
     */
    public static Optional<ReportingStatus> of(GoldRecords gold, DocumentArea area, Quarter quarter) {
        List<GoldRecord> rows = gold.table(WarehouseTable.GOLD_COMPLETENESS, RowCondition.equalTo("period", quarter.toString()))
                .orElse(List.of()).stream()
                .filter(row -> area.contains(row.text("county_code"), row.text("prefecture_code")))
                .toList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(new ReportingStatus(rows));
    }

    public int expected() {
        return rows.size();
    }

    public int onTime() {
        return count(ON_TIME);
    }

    public int late() {
        return count(LATE);
    }

    public int missing() {
        return count(MISSING);
    }

    /** On time ÷ expected × 100, one decimal, 四舍五入. */
    public BigDecimal onTimeRate() {
        return BigDecimal.valueOf(onTime()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(expected()), 1, RoundingMode.HALF_UP);
    }

    public String onTimeRateText() {
        return OfficialNumberFormat.plain(onTimeRate(), 1, RoundingMode.HALF_UP) + "%";
    }

    private int count(String status) {
        return (int) rows.stream().filter(row -> row.text("status").equals(status)).count();
    }

    /** Late submitters, longest delay first, then by name. */
    public List<Submitter> lateSubmitters() {
        return submitters(LATE);
    }

    /** Missing submitters, by form and name. */
    public List<Submitter> missingSubmitters() {
        return submitters(MISSING);
    }

    private List<Submitter> submitters(String status) {
        Map<String, Submitter> byCode = new TreeMap<>();
        for (GoldRecord row : rows) {
            if (!row.text("status").equals(status)) {
                continue;
            }
            String key = row.text("submitter_code");
            Integer days = row.integer("days_late");
            Submitter known = byCode.get(key);
            if (known == null) {
                byCode.put(key, new Submitter(row.text("submitter_code"), row.text("submitter_name"),
                        new ArrayList<>(List.of(row.text("form_code"))), row.text("prefecture_name"), days == null ? 0 : days, 1));
            } else {
                if (!known.forms().contains(row.text("form_code"))) {
                    known.forms().add(row.text("form_code"));
                }
                byCode.put(key, new Submitter(known.code(), known.name(), known.forms(), known.prefectureName(),
                        Math.max(known.daysLate(), days == null ? 0 : days), known.subjects() + 1));
            }
        }
        return byCode.values().stream()
                .sorted(java.util.Comparator.comparing(Submitter::daysLate).reversed()
                        .thenComparing(Submitter::name).thenComparing(Submitter::code))
                .map(submitter -> new Submitter(submitter.code(), submitter.name(), List.copyOf(submitter.forms()),
                        submitter.prefectureName(), submitter.daysLate(), submitter.subjects()))
                .toList();
    }

    /**
     * "某某单位（BF-1，逾期12天）、…等15个" with at most {@code most} names; the rest counted.
     */
    static String namedList(Wording wording, String prefix, List<Submitter> submitters, int most, boolean withDays) {
        List<String> items = new ArrayList<>();
        for (Submitter submitter : submitters.subList(0, Math.min(most, submitters.size()))) {
            items.add(wording.fill(prefix + (withDays ? "lateItem" : "missingItem"), Map.of(
                    "name", submitter.name(), "forms", String.join(wording.text("list.pause"), submitter.forms()),
                    "days", Integer.toString(submitter.daysLate()), "subjects", Integer.toString(submitter.subjects()))));
        }
        String list = String.join(wording.text("list.pause"), items);
        if (submitters.size() > most) {
            list += wording.fill("reporting.more", Map.of("count", Integer.toString(submitters.size())));
        }
        return list;
    }

    /**
     * One submitter named in a notice.
     *
     * @param daysLate the longest delay over its late submissions, 0 when missing
     * @param subjects how many expected submissions this names
     */
    public record Submitter(String code, String name, List<String> forms, String prefectureName, int daysLate, int subjects) {
    }
}
