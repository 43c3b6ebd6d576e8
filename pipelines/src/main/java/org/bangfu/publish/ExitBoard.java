package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.bangfu.indicators.ProgressIndicators;
import org.bangfu.publish.GoldData.GoldTable;
import org.bangfu.publish.TemplateModel.Frame;
import org.bangfu.warehouse.WarehouseTable;

/**
 * 挂图作战: every poor county × year, its planned 摘帽 against the actual, its villages 出列 against
 * plan, and its poverty incidence at the year's last reported quarter; and the same counties as a
 * tile map (equal tiles grouped by prefecture, no boundary files), coloured by status. Each status
 * is written out as well as coloured, so the board reads in greyscale and to a screen reader.
 * Read from gold.area_exit_year (registers ML-1, ML-2) and gold.area_progress_quarter (BF-3).
 */
public final class ExitBoard {

    static final String PATH = "pages/board.html";

    /** What a county's cell or tile says; the CSS class gives the colour, the words the meaning. */
    enum Status {
        EXITED_ON_PLAN("on-plan", "按期摘帽", "exited on plan"),
        EXITED_EARLY("early", "提前摘帽", "exited early"),
        EXITED_LATE("late", "推迟摘帽", "exited late"),
        BEHIND("behind", "计划摘帽，未摘帽", "due, not exited"),
        ALREADY_EXITED("done", "已摘帽", "already exited"),
        TO_COME("to-come", "", ""),
        NOT_POOR("not-poor", "非贫困县", "not a poor county");

        final String cssClass;
        final String chinese;
        final String english;

        Status(String cssClass, String chinese, String english) {
            this.cssClass = cssClass;
            this.chinese = chinese;
            this.english = english;
        }
    }

    /** One county in one year. */
    public record Cell(String cssClass, String status, String villages, String incidence) {
    }

    /** One county's row of the board. */
    public record CountyRow(String name, String code, String href, String povertyType, String planned, List<Cell> cells) {
    }

    /** A county tile: its status for the latest year. */
    public record Tile(String name, String href, String cssClass, String status) {
    }

    /** A prefecture: its counties on the board and as tiles. */
    public record PrefectureBlock(String name, String code, List<CountyRow> counties, List<Tile> tiles) {
    }

    /** A legend entry. */
    public record LegendEntry(String cssClass, String chinese, String english) {
    }

    /** The page model for {@code board.ftl}. */
    public record BoardPage(Frame frame, String chineseTitle, String englishTitle, List<String> years, String latestYear,
            List<PrefectureBlock> prefectures, List<LegendEntry> legend, List<String> notes) {
    }

    private final GoldData gold;

    ExitBoard(GoldData gold) {
        this.gold = gold;
    }

    /** Whether gold holds what the board is drawn from. */
    boolean applies() {
        return gold.table(WarehouseTable.GOLD_AREA_EXIT_YEAR).has("planned_exit_year")
                && !gold.table(WarehouseTable.GOLD_AREA_EXIT_YEAR).isEmpty();
    }

    BoardPage page(Frame frame) {
        GoldTable exits = gold.table(WarehouseTable.GOLD_AREA_EXIT_YEAR);
        List<Row> counties = exits.rows().stream().filter(row -> "COUNTY".equals(GoldTable.text(row, "level"))).toList();
        TreeSet<Integer> yearSet = counties.stream().map(row -> GoldTable.integer(row, "year").orElse(0))
                .filter(year -> year > 0).collect(Collectors.toCollection(TreeSet::new));
        List<Integer> years = List.copyOf(yearSet);
        int latestYear = years.isEmpty() ? 0 : years.get(years.size() - 1);
        Map<String, BigDecimal> incidence = incidenceByCountyAndYear();
        Map<String, Map<Integer, Row>> byCounty = new TreeMap<>();
        Map<String, String[]> prefectureOf = new TreeMap<>();
        for (Row row : counties) {
            String code = GoldTable.text(row, "area_code");
            byCounty.computeIfAbsent(code, key -> new TreeMap<>()).put(GoldTable.integer(row, "year").orElse(0), row);
            prefectureOf.put(code, new String[] {GoldTable.text(row, "prefecture_code"), GoldTable.text(row, "prefecture_name")});
        }
        Map<String, PrefectureBlock> blocks = new LinkedHashMap<>();
        Map<String, List<CountyRow>> rowsByPrefecture = new TreeMap<>();
        Map<String, List<Tile>> tilesByPrefecture = new TreeMap<>();
        Map<String, String> prefectureNames = new TreeMap<>();
        byCounty.forEach((code, rowsByYear) -> {
            Row any = rowsByYear.values().iterator().next();
            String type = GoldTable.text(any, "poverty_type");
            boolean poor = "国定".equals(type) || "省定".equals(type);
            Optional<Integer> planned = GoldTable.integer(any, "planned_exit_year");
            Optional<Integer> exited = rowsByYear.values().stream().map(row -> GoldTable.integer(row, "exit_year"))
                    .flatMap(Optional::stream).findFirst();
            String href = "../" + CatalogueSite.areaPath(code);
            List<Cell> cells = new ArrayList<>();
            for (int year : years) {
                Status status = poor ? status(planned, exited, year) : Status.NOT_POOR;
                Row row = rowsByYear.get(year);
                String villages = "";
                if (row != null) {
                    BigDecimal plannedVillages = GoldTable.decimal(row, "villages_planned_exit");
                    BigDecimal exitedVillages = GoldTable.decimal(row, "villages_exited");
                    if (plannedVillages != null && plannedVillages.signum() > 0 || exitedVillages != null && exitedVillages.signum() > 0) {
                        villages = "出列" + count(exitedVillages) + "/" + count(plannedVillages) + "村";
                    }
                }
                BigDecimal rate = incidence.get(code + "|" + year);
                cells.add(new Cell(status.cssClass, status == Status.NOT_POOR && year != years.get(0) ? "" : status.chinese, villages,
                        rate == null ? "" : "发生率" + ProgressIndicators.POVERTY_INCIDENCE.formatTableCell(rate) + "%"));
            }
            String[] prefecture = prefectureOf.get(code);
            prefectureNames.put(prefecture[0], prefecture[1]);
            rowsByPrefecture.computeIfAbsent(prefecture[0], key -> new ArrayList<>()).add(new CountyRow(
                    GoldTable.text(any, "area_name"), code, href, type,
                    poor ? planned.map(year -> year + "年").orElse("—") : "—", cells));
            Status now = poor ? tileStatus(planned, exited, latestYear) : Status.NOT_POOR;
            String tileText = switch (now) {
                case ALREADY_EXITED, EXITED_ON_PLAN, EXITED_EARLY, EXITED_LATE -> exited.map(year -> year + "年" + now.chinese)
                        .orElse(now.chinese);
                case BEHIND -> "计划" + planned.map(String::valueOf).orElse("") + "年，未摘帽";
                case TO_COME -> "计划" + planned.map(year -> year + "年").orElse("未定");
                case NOT_POOR -> now.chinese;
            };
            tilesByPrefecture.computeIfAbsent(prefecture[0], key -> new ArrayList<>())
                    .add(new Tile(GoldTable.text(any, "area_name"), href, now.cssClass, tileText));
        });
        rowsByPrefecture.forEach((code, rows) -> blocks.put(code,
                new PrefectureBlock(prefectureNames.get(code), code, rows, tilesByPrefecture.get(code))));
        List<LegendEntry> legend = List.of(Status.EXITED_ON_PLAN, Status.EXITED_EARLY, Status.EXITED_LATE, Status.BEHIND,
                Status.ALREADY_EXITED, Status.NOT_POOR).stream()
                .map(status -> new LegendEntry(status.cssClass, status.chinese, status.english)).toList();
        if (counties.isEmpty()) {
            return new BoardPage(frame, "挂图作战：贫困县摘帽和贫困村出列", "Battle map: counties and villages out of poverty",
                    List.of(), "", List.of(), List.of(), List.of("本次发布的数据中没有县名录的摘帽计划（gold.area_exit_year），因此暂无作战图。"
                            + " This release holds no planned exit years from the county register, so there is no board yet."));
        }
        List<String> notes = List.of(
                "摘帽计划和实际摘帽年度取自县名录（ML-1），出列村数取自村名录（ML-2），格式为“已出列/计划出列”；贫困发生率取自BF-3当年最后报送的季度。"
                        + "状态同时用文字和颜色表示，黑白打印也可辨认。 Planned and actual exit years come from the county register"
                        + " (ML-1), villages from the village register (ML-2) as exited/planned; poverty incidence from BF-3 at the"
                        + " year's last reported quarter. Every status is written out as well as coloured.",
                "空白格表示该县该年既非计划摘帽年也非摘帽年。 A blank cell: neither the planned nor the actual exit year.");
        return new BoardPage(frame, "挂图作战：贫困县摘帽和贫困村出列", "Battle map: counties and villages out of poverty",
                years.stream().map(year -> year + "年").toList(), latestYear + "年", List.copyOf(blocks.values()), legend, notes);
    }

    /** The status of a poor county's cell for one year. */
    static Status status(Optional<Integer> planned, Optional<Integer> exited, int year) {
        if (exited.isPresent() && exited.get() < year) {
            return Status.ALREADY_EXITED;
        }
        if (exited.isPresent() && exited.get() == year) {
            if (planned.isEmpty() || planned.get() == year) {
                return Status.EXITED_ON_PLAN;
            }
            return planned.get() > year ? Status.EXITED_EARLY : Status.EXITED_LATE;
        }
        if (planned.isPresent() && planned.get() <= year) {
            return Status.BEHIND;
        }
        return Status.TO_COME;
    }

    /** A tile's status as of the latest year: exited (how), behind plan, or still to come. */
    static Status tileStatus(Optional<Integer> planned, Optional<Integer> exited, int latestYear) {
        if (exited.isPresent() && exited.get() <= latestYear) {
            return status(planned, exited, exited.get());
        }
        return status(planned, Optional.empty(), latestYear);
    }

    /** Poverty incidence per county and year, at the year's last reported quarter. */
    private Map<String, BigDecimal> incidenceByCountyAndYear() {
        GoldTable progress = gold.table(WarehouseTable.GOLD_AREA_PROGRESS_QUARTER);
        String column = ProgressIndicators.POVERTY_INCIDENCE.goldColumn(GoldData.shownSpan(ProgressIndicators.POVERTY_INCIDENCE));
        Map<String, BigDecimal> result = new TreeMap<>();
        if (!progress.has(column)) {
            return result;
        }
        progress.rows().stream()
                .filter(row -> "COUNTY".equals(GoldTable.text(row, "level")) && GoldTable.decimal(row, column) != null)
                .sorted(Comparator.comparing((Row row) -> GoldTable.text(row, "period")))
                .forEach(row -> result.put(GoldTable.text(row, "area_code") + "|" + GoldTable.text(row, "year"),
                        GoldTable.decimal(row, column)));
        return result;
    }

    private static String count(BigDecimal value) {
        return value == null ? "0" : value.toBigInteger().toString();
    }
}
