package org.bangfu.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bangfu.forms.FormCatalogue;
import org.bangfu.forms.FormDefinition;
import org.bangfu.forms.FormKind;
import org.bangfu.indicators.AggregationLevel;
import org.bangfu.indicators.Indicator;
import org.bangfu.indicators.IndicatorCatalogue;
import org.bangfu.indicators.RegisterIndicators;
import org.bangfu.indicators.SourceField;
import org.bangfu.publish.GoldData.Observation;
import org.bangfu.publish.TemplateModel.Download;
import org.bangfu.publish.TemplateModel.Fact;
import org.bangfu.publish.TemplateModel.Figure;
import org.bangfu.publish.TemplateModel.HeaderCell;
import org.bangfu.publish.TemplateModel.Link;
import org.bangfu.publish.TemplateModel.Page;
import org.bangfu.publish.TemplateModel.Section;
import org.bangfu.publish.TemplateModel.Table;
import org.bangfu.warehouse.WarehouseTable;

/**
 * The home page when the province home of {@link SitePages#index} does not fit: gold holds more
 * than one province (the nation is the top, with a page per province), or only the registers have
 * come in (no BF-1 figures to headline). It shows what the registers say — poor counties exited
 * by year at the top and in each area below it — says plainly which periodic forms have not been
 * reported yet, and links the topics and areas that have pages. Rendered with {@code page.ftl}.
 */
final class NationalHome {

    private final GoldData gold;
    private final CatalogueSite catalogue;
    private final SitePages pages;

    NationalHome(GoldData gold, CatalogueSite catalogue, SitePages pages) {
        this.gold = gold;
        this.catalogue = catalogue;
        this.pages = pages;
    }

    /** Whether the site's home is this page: several provinces, or no BF-1 province figures at all. */
    static boolean applies(GoldData gold, CatalogueSite catalogue) {
        return gold.snapshot().provinces().isEmpty() || catalogue.topLevel() == AggregationLevel.NATION;
    }

    Page page() {
        boolean national = catalogue.topLevel() == AggregationLevel.NATION;
        Indicator exited = RegisterIndicators.COUNTIES_EXITED_IN_YEAR;
        List<Observation> top = catalogue.series(exited, catalogue.topLevel(), null);
        String topName = top.isEmpty() ? (national ? "全国" : "") : top.get(0).areaName();
        String chineseTitle = topName + (national ? "脱贫攻坚和定点帮扶统计" : "脱贫攻坚统计");
        String englishTitle = (national ? "Nation" : "Province") + ": poverty alleviation statistics";
        List<Section> sections = new ArrayList<>();
        sections.add(reporting());
        List<TemplateModel.Card> cards = catalogue.cards();
        if (!cards.isEmpty()) {
            sections.add(keyFigures(cards));
        }
        if (!top.isEmpty()) {
            sections.add(exitsAtTheTop(topName, top));
            sections.add(exitsByArea(exited));
        }
        sections.add(topics());
        sections.add(areas(national));
        sections.add(section("downloads", "下载", "Downloads", List.of(), List.of(), List.of(), List.of(),
                List.of(new Link("pages/downloads.html", "全部下载", "All downloads"),
                        new Link(CatalogueSite.DICTIONARY_PATH, "数据字典", "Data dictionary"),
                        new Link("pages/release.html", "关于本次发布", "About this release")),
                catalogue.published(exited) ? List.of(
                        new Download("downloads/indicators/" + exited.code() + ".csv", exited.chineseName() + "（CSV）",
                                exited.englishName() + " (CSV)", "每行一个地区一个年度。", "One row per area and year."),
                        new Download("downloads/indicators/" + exited.code() + ".xlsx", exited.chineseName() + "（Excel）",
                                exited.englishName() + " (XLSX)", "含“说明”工作表。", "With a 说明 sheet."))
                        : List.of()));
        return new Page(pages.frame("", chineseTitle, englishTitle), "home", chineseTitle, englishTitle, List.of(),
                sections);
    }

    /** Which forms the release holds and, plainly, which periodic forms have not been reported yet. */
    private Section reporting() {
        TreeSet<String> reported = new TreeSet<>();
        IndicatorCatalogue.stream().filter(catalogue::hasValues)
                .flatMap(indicator -> indicator.sourceFields().stream())
                .map(SourceField::formCode)
                .forEach(reported::add);
        if (!gold.table(WarehouseTable.GOLD_HOUSEHOLD_INDICATORS).isEmpty()) {
            reported.add(FormCatalogue.POOR_HOUSEHOLDS);
        }
        List<String> received = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> missingEnglish = new ArrayList<>();
        for (FormDefinition form : FormCatalogue.forms()) {
            if (reported.contains(form.code())) {
                received.add(form.code() + " " + form.titleChinese());
            } else if (form.kind() == FormKind.PERIODIC_FORM) {
                missing.add(form.code() + " " + form.titleChinese());
                missingEnglish.add(form.code() + " " + form.titleEnglish());
            }
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("本次发布所用数据：" + String.join("、", received) + "。 This release is built from: "
                + String.join(", ", reported) + ".");
        if (missing.isEmpty()) {
            paragraphs.add("各定期报表均已有报送。 Every periodic form has been reported.");
        } else {
            paragraphs.add("尚未报送（本次发布中没有数据）：" + String.join("、", missing)
                    + "。这些报表的专题和指标页面待报送后发布，本站不以0代替。 Not reported yet (no figures in this release): "
                    + String.join(", ", missingEnglish) + ". Their topics and indicator pages will be published once they"
                    + " come in; nothing is shown as zero in their place.");
        }
        return section("reporting", "报送情况", "What has been reported", paragraphs, List.of(), List.of(), List.of(),
                catalogue.topicsPublished().contains(SiteTopic.QUALITY)
                        ? List.of(new Link(SiteTopic.QUALITY.path(), "报送完整性和数据质量", "Completeness and data quality"))
                        : List.of(),
                List.of());
    }

    /** Each topic's headline figure at the top of the site, latest period, with the change on a year before. */
    private static Section keyFigures(List<TemplateModel.Card> cards) {
        List<TemplateModel.Row> rows = cards.stream()
                .map(card -> new TemplateModel.Row(card.chineseTitle(), card.englishTitle(), card.href(), List.of(
                        card.figureChinese() + " " + card.figureEnglish(), card.valueChinese() + " " + card.valueEnglish(),
                        card.changeChinese() + " " + card.changeEnglish())))
                .toList();
        return section("key-figures", "主要指标", "Key figures", List.of(), List.of(), List.of(), List.of(new Table(
                "各专题主要指标（最新报告期）", "Key figure of each topic, latest period",
                List.of(List.of(new HeaderCell("专题", "Topic", 1, 1), new HeaderCell("指标", "Figure", 1, 1),
                        new HeaderCell("数值", "Value", 1, 1), new HeaderCell("比上年同期", "On a year before", 1, 1))),
                rows)), List.of(), List.of());
    }

    /** Poor counties planned to exit against those that did, year by year, at the top of the site. */
    private Section exitsAtTheTop(String topName, List<Observation> top) {
        List<Indicator> shown = List.of(RegisterIndicators.COUNTIES_PLANNED_EXIT, RegisterIndicators.COUNTIES_EXITED_IN_YEAR,
                RegisterIndicators.COUNTIES_EXIT_ON_SCHEDULE_RATE, RegisterIndicators.COUNTIES_EXITED_CUMULATIVE,
                RegisterIndicators.POOR_COUNTIES_REMAINING);
        Map<String, Map<String, BigDecimal>> byYear = new TreeMap<>();
        for (Indicator indicator : shown) {
            for (Observation observation : catalogue.series(indicator, catalogue.topLevel(), null)) {
                byYear.computeIfAbsent(observation.period(), year -> new LinkedHashMap<>())
                        .put(indicator.code(), observation.value());
            }
        }
        List<HeaderCell> header = new ArrayList<>();
        header.add(new HeaderCell("年度", "Year", 1, 1));
        shown.forEach(indicator -> header.add(new HeaderCell(indicator.chineseLabelWithUnit(), indicator.englishLabelWithUnit(), 1, 1)));
        List<TemplateModel.Row> rows = new ArrayList<>();
        byYear.forEach((year, values) -> rows.add(new TemplateModel.Row(CatalogueSite.periodChinese(year), year, null,
                shown.stream().map(indicator -> indicator.formatTableCell(values.get(indicator.code()))).toList())));
        Table table = new Table(topName + "贫困县计划摘帽与实际摘帽（按年度）", "Poor counties planned to exit and exited, by year",
                List.of(header), rows);
        List<Figure> figures = catalogue.topChart(RegisterIndicators.COUNTIES_EXITED_IN_YEAR)
                .map(chart -> List.of(CatalogueSite.figure("", chart.getKey(), chart.getValue(), table)))
                .orElse(List.of());
        Observation latest = top.get(top.size() - 1);
        List<Observation> cumulative = catalogue.series(RegisterIndicators.COUNTIES_EXITED_CUMULATIVE, catalogue.topLevel(), null);
        List<Observation> remaining = catalogue.series(RegisterIndicators.POOR_COUNTIES_REMAINING, catalogue.topLevel(), null);
        List<String> paragraphs = new ArrayList<>();
        if (!cumulative.isEmpty() && !remaining.isEmpty()) {
            Indicator count = RegisterIndicators.COUNTIES_EXITED_CUMULATIVE;
            paragraphs.add("据县名录，截至" + CatalogueSite.periodChinese(latest.period()) + "底，" + topName + "累计摘帽贫困县"
                    + count.formatChineseText(cumulative.get(cumulative.size() - 1).value()) + "，尚未摘帽"
                    + count.formatChineseText(remaining.get(remaining.size() - 1).value()) + "。 From the county register, by the end of "
                    + latest.period() + ": " + count.formatEnglishText(cumulative.get(cumulative.size() - 1).value())
                    + " poor counties exited, " + count.formatEnglishText(remaining.get(remaining.size() - 1).value())
                    + " not yet.");
        }
        return section("exits", "贫困县摘帽", "Poor counties out of poverty", paragraphs, List.of(), figures,
                figures.isEmpty() ? List.of(table) : List.of(), List.of(new Link(CatalogueSite.indicatorPath(
                        RegisterIndicators.COUNTIES_EXITED_IN_YEAR), "指标页：各地区、各年度和下载", "Indicator page: every area and year, downloads")),
                List.of());
    }

    /** Counties exited each year in each area one level down (provinces, or prefectures), with the total. */
    private Section exitsByArea(Indicator exited) {
        AggregationLevel childLevel = catalogue.childLevel();
        List<Observation> children = new ArrayList<>(catalogue.series(exited, childLevel, null));
        List<Observation> top = catalogue.series(exited, catalogue.topLevel(), null);
        List<String> years = top.stream().map(Observation::period).distinct().sorted().toList();
        Map<String, Map<String, BigDecimal>> byArea = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        children.sort(Comparator.comparing(Observation::areaCode));
        for (Observation observation : children) {
            byArea.computeIfAbsent(observation.areaCode(), code -> new TreeMap<>()).put(observation.period(), observation.value());
            names.put(observation.areaCode(), observation.areaName());
        }
        List<HeaderCell> header = new ArrayList<>();
        header.add(new HeaderCell(childLevel.chineseName(), childLevel.englishName(), 1, 1));
        years.forEach(year -> header.add(new HeaderCell(CatalogueSite.periodChinese(year), year, 1, 1)));
        List<TemplateModel.Row> rows = new ArrayList<>();
        byArea.forEach((code, values) -> rows.add(new TemplateModel.Row(names.get(code), code, CatalogueSite.areaPath(code),
                years.stream().map(year -> exited.formatTableCell(values.get(year))).toList())));
        Map<String, BigDecimal> totals = new TreeMap<>();
        top.forEach(observation -> totals.put(observation.period(), observation.value()));
        rows.add(new TemplateModel.Row("合计", "Total", null, years.stream().map(year -> exited.formatTableCell(totals.get(year))).toList()));
        String chineseLevel = childLevel == AggregationLevel.PROVINCE ? "各省" : "各市州";
        return section("exits-by-area", chineseLevel + "当年摘帽县", childLevel.englishName() + ": poor counties exited by year",
                List.of(), List.of(), List.of(), List.of(new Table(chineseLevel + "各年度" + exited.chineseLabelWithUnit(),
                        childLevel.englishName() + ": " + exited.englishLabelWithUnit() + " by year", List.of(header), rows)),
                List.of(), List.of());
    }

    /** The topics that have pages; id matches the site navigation's anchor. */
    private Section topics() {
        List<Link> links = new ArrayList<>();
        for (SiteTopic topic : SiteTopic.values()) {
            if (catalogue.topicsPublished().contains(topic)) {
                links.add(new Link(topic.path(), topic.chineseName(), topic.englishName()));
            }
        }
        return section("topics-heading", "专题", "Topics", List.of(), List.of(), List.of(), List.of(), links, List.of());
    }

    /** The areas one level down, each with its page; id matches the site navigation's anchor. */
    private Section areas(boolean national) {
        List<Observation> children = catalogue.series(RegisterIndicators.COUNTIES, catalogue.childLevel(), null);
        Map<String, String> names = new TreeMap<>();
        children.forEach(observation -> names.put(observation.areaCode(), observation.areaName()));
        if (names.isEmpty()) {
            names.putAll(catalogue.provinceCodes());
        }
        List<Link> links = new ArrayList<>();
        List<Observation> tops = catalogue.series(RegisterIndicators.COUNTIES, catalogue.topLevel(), null);
        if (!tops.isEmpty()) {
            links.add(new Link(CatalogueSite.areaPath(tops.get(0).areaCode()), tops.get(0).areaName() + "各专题主要指标",
                    "Key figures of every topic"));
        }
        names.forEach((code, name) -> links.add(new Link(CatalogueSite.areaPath(code), name + " " + code,
                catalogue.childLevel().englishName() + " " + code)));
        return section("areas-heading", national ? "各省" : "各市州", national ? "Provinces" : "Prefectures",
                List.of(), List.of(), List.of(), List.of(), links, List.of());
    }

    private static Section section(String id, String chinese, String english, List<String> paragraphs, List<Fact> facts,
            List<Figure> figures, List<Table> tables, List<Link> links, List<Download> downloads) {
        return new Section(id, chinese, english, paragraphs, facts, figures, tables, links, downloads);
    }
}
