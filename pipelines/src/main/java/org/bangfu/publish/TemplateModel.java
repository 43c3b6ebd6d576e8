package org.bangfu.publish;

import java.util.List;
import org.bangfu.indicators.FieldLabel;

/**
 * What the site templates are given: every variable a page template can use is a component of
 * one of these records. Texts arrive finished — numbers formatted and labels taken from the
 * indicator catalogue — so templates hold layout only. They are public because FreeMarker reads
 * only public types; nothing else should construct them.
 */
public final class TemplateModel {

    private TemplateModel() {
    }

    /**
     * What every page shows around its content.
     *
     * @param root the relative path from the page to the site root: "" or "../"
     * @param chineseTitle the page title, in Chinese
     * @param englishTitle the page title, in English
     * @param stamp the gold table versions the page was built from
     * @param dataVersionLabel the label of the stamp
     * @param publishedOnLabel the label of the publish date
     * @param publishedOnChinese "2020年1月15日"
     * @param publishedOnEnglish "15 January 2020"
     * @param publishedOnIso "2020-01-15", for the machine-readable time element
     * @param releaseLabel the short release label shown on every page, e.g. 2019Q4-v7
     */
    public record Frame(
            String root,
            String chineseTitle,
            String englishTitle,
            String stamp,
            FieldLabel dataVersionLabel,
            FieldLabel publishedOnLabel,
            String publishedOnChinese,
            String publishedOnEnglish,
            String publishedOnIso,
            String releaseLabel) {
    }

    /** One headline figure: an indicator's value for the province in the latest quarter. */
    public record Headline(String chineseName, String englishName, String chineseValue, String englishValue,
            String chineseSpan, String englishSpan) {
    }

    /** A chart with its text alternative and the table of the figures it draws. */
    public record Figure(String imageHref, int width, int height, String altText, String chineseCaption,
            String englishCaption, Table table) {
    }

    /** A table cell heading one or more columns. */
    public record HeaderCell(String chinese, String english, int columnSpan, int rowSpan) {
    }

    /** A table row: its heading cell (optionally a link) and its formatted cells. */
    public record Row(String chineseHeading, String englishHeading, String href, List<String> cells) {
    }

    /**
     * A table: caption, header rows (cells may span) and body rows; when the rows are only the first
     * of a longer list, {@code cut} (else null) says how many of how many and links the file with all.
     */
    public record Table(String chineseCaption, String englishCaption, List<List<HeaderCell>> headerRows, List<Row> rows,
            Cut cut) {

        /** A table that shows all its rows. */
        public Table(String chineseCaption, String englishCaption, List<List<HeaderCell>> headerRows, List<Row> rows) {
            this(chineseCaption, englishCaption, headerRows, rows, null);
        }
    }

    /** Under a table cut short: a sentence in Chinese and in English, and the downloads holding every row. */
    public record Cut(String chinese, String english, List<Link> files) {
    }

    /** A county as linked from the home page. */
    public record CountyLink(String name, String code, String povertyType, String href) {
    }

    /** A prefecture with its counties. */
    public record PrefectureEntry(String name, String code, String href, List<CountyLink> counties) {
    }

    /** One indicator's metadata, for the "about the indicators" section. */
    public record IndicatorNote(String code, String chineseName, String englishName, String chineseUnit,
            String englishUnit, String chineseDefinition, String englishDefinition, int precision) {
    }

    /** A labelled fact, e.g. 市州 / Prefecture: 甲市. */
    public record Fact(FieldLabel label, String value) {
    }

    /** A file offered for download. */
    public record Download(String href, String chineseName, String englishName, String chineseDescription,
            String englishDescription) {
    }

    /** The home page. */
    public record IndexPage(
            Frame frame,
            String provinceName,
            String quarterChinese,
            String quarterEnglish,
            String summaryChinese,
            String summaryEnglish,
            List<Headline> headlines,
            List<Figure> figures,
            List<PrefectureEntry> prefectures,
            List<Download> downloads,
            List<IndicatorNote> indicators,
            List<Card> cards,
            String provinceHref) {
    }

    /** A link with its Chinese and English text. */
    public record Link(String href, String chinese, String english) {
    }

    /**
     * A topic card on the home page: the latest value of its key figure, the change on the same
     * period of last year, and where to read more.
     */
    public record Card(String chineseTitle, String englishTitle, String figureChinese, String figureEnglish,
            String valueChinese, String valueEnglish, String changeChinese, String changeEnglish, String href) {
    }

    /**
     * One part of a page built from the catalogue: any of paragraphs, facts, figures (chart with
     * table), tables, links and downloads, in that order.
     */
    public record Section(String id, String chineseHeading, String englishHeading, List<String> paragraphs,
            List<Fact> facts, List<Figure> figures, List<Table> tables, List<Link> links, List<Download> downloads) {
    }

    /** A page of any kind built from the catalogue: its frame, breadcrumbs and sections. */
    public record Page(Frame frame, String kind, String chineseTitle, String englishTitle, List<Link> breadcrumbs,
            List<Section> sections) {
    }

    /**
     * One county's page; a county no unit reports on has no figure (null) but a note saying why,
     * never an empty chart.
     */
    public record CountyPage(Frame frame, String name, String code, List<Fact> facts, Figure figure, String noFiguresNote,
            String areaHref) {
    }
}
