package org.bangfu.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes the Word templates under {@code templates/documents/} once; after that the office owns the
 * files and edits them in Word or WPS. Kept so a lost template can be recreated:
 * {@code -Dbangfu.writeDocumentTemplates=true} on {@link OfficialTemplateGeneratorTest}.
 *
 * <p>GB/T 9704 layout: red 小标宋 masthead, 第N期, issuing office left and date right over a red rule,
 * 小标宋 title, 黑体 first-level headings, 仿宋_GB2312 三号 body on exact 28-point lines, A4 with
 * official margins, "— 1 —" page numbers in 四号 at the foot and the release label under them.
 */
final class OfficialTemplateGenerator {

    static final String MASTHEAD_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String LATIN_FONT = "Times New Roman";
    static final String RED = "FF0000";

    private static final int A4_WIDTH_TWIPS = 11906;
    private static final int A4_HEIGHT_TWIPS = 16838;
    private static final int TOP_MARGIN_TWIPS = 2098;
    private static final int BOTTOM_MARGIN_TWIPS = 1984;
    private static final int LEFT_MARGIN_TWIPS = 1588;
    private static final int RIGHT_MARGIN_TWIPS = 1474;
    private static final int TEXT_WIDTH_TWIPS = A4_WIDTH_TWIPS - LEFT_MARGIN_TWIPS - RIGHT_MARGIN_TWIPS;
    private static final double MASTHEAD_POINTS = 36;
    private static final double TITLE_POINTS = 22;
    private static final double BODY_POINTS = 16;
    private static final double CAPTION_POINTS = 14;
    private static final double PAGE_NUMBER_POINTS = 14;
    private static final double FOOTER_POINTS = 8;
    private static final int FIRST_LINE_INDENT_TWIPS = (int) (2 * BODY_POINTS * 20);

    private OfficialTemplateGenerator() {
    }

    /** The 工作简报. */
    static void writeWorkBriefing(Path target) throws IOException, InvalidFormatException {
        try (XWPFDocument document = new XWPFDocument()) {
            header(document, "{{masthead}}", true);
            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER);
            title.setSpacingAfter(360);
            run(title, "{{title}}", MASTHEAD_FONT, TITLE_POINTS, false, null);
            sections(document);
            // The table before the chart: a table may run on over a page, a chart cannot, so the
            // table fills what the text leaves of a page and the chart starts the next one whole.
            table(document);
            tagLine(document, "{{?chartBlock}}");
            XWPFParagraph chart = paragraph(document, ParagraphAlignment.CENTER);
            chart.setSpacingBefore(240);
            chart.setKeepNext(true);
            run(chart, "{{@chart}}", BODY_FONT, BODY_POINTS, false, null);
            XWPFParagraph chartCaption = paragraph(document, ParagraphAlignment.CENTER);
            chartCaption.setSpacingAfter(120);
            run(chartCaption, "{{chartCaption}}", HEADING_FONT, CAPTION_POINTS, false, null);
            tagLine(document, "{{/chartBlock}}");
            distribution(document);
            // The 版记's last line: who issued it, when, and the release label (the full data version is
            // in the document properties and on the site's release page, never printed).
            XWPFParagraph imprint = paragraph(document, ParagraphAlignment.LEFT);
            properties(imprint).addNewKeepLines();
            CTBorder rule = properties(imprint).addNewPBdr().addNewBottom();
            rule.setVal(STBorder.SINGLE);
            rule.setSz(BigInteger.valueOf(8));
            rule.setSpace(BigInteger.valueOf(4));
            rule.setColor("000000");
            run(imprint, "{{imprintLine}}", BODY_FONT, CAPTION_POINTS, false, null);
            footer(document);
            write(document, target);
        }
    }

    /** The 通报 on reporting: the same frame, a notice masthead, sections and the on-time table. */
    static void writeReportingNotice(Path target) throws IOException, InvalidFormatException {
        try (XWPFDocument document = new XWPFDocument()) {
            header(document, "{{masthead}}", false);
            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER);
            title.setSpacingAfter(360);
            run(title, "{{title}}", MASTHEAD_FONT, TITLE_POINTS, false, null);
            XWPFParagraph salutation = bodyParagraph(document);
            run(salutation, "{{salutation}}", BODY_FONT, BODY_POINTS, false, null);
            XWPFParagraph opening = bodyParagraph(document);
            opening.setIndentationFirstLine(FIRST_LINE_INDENT_TWIPS);
            run(opening, "{{opening}}", BODY_FONT, BODY_POINTS, false, null);
            sections(document);
            table(document);
            XWPFParagraph signature = paragraph(document, ParagraphAlignment.RIGHT);
            signature.setSpacingBefore(480);
            signature.setIndentationRight(FIRST_LINE_INDENT_TWIPS * 2);
            run(signature, "{{issuingOffice}}", BODY_FONT, BODY_POINTS, false, null);
            XWPFParagraph date = paragraph(document, ParagraphAlignment.RIGHT);
            date.setIndentationRight(FIRST_LINE_INDENT_TWIPS * 2);
            run(date, "{{issueDate}}", BODY_FONT, BODY_POINTS, false, null);
            footer(document);
            write(document, target);
        }
    }

    /** The 考核结果 summary. */
    static void writeAssessment(Path target) throws IOException, InvalidFormatException {
        try (XWPFDocument document = new XWPFDocument()) {
            header(document, "{{masthead}}", false);
            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER);
            title.setSpacingAfter(360);
            run(title, "{{title}}", MASTHEAD_FONT, TITLE_POINTS, false, null);
            sections(document);
            table(document);
            XWPFParagraph signature = paragraph(document, ParagraphAlignment.RIGHT);
            signature.setSpacingBefore(480);
            signature.setIndentationRight(FIRST_LINE_INDENT_TWIPS * 2);
            run(signature, "{{issuingOffice}}", BODY_FONT, BODY_POINTS, false, null);
            XWPFParagraph date = paragraph(document, ParagraphAlignment.RIGHT);
            date.setIndentationRight(FIRST_LINE_INDENT_TWIPS * 2);
            run(date, "{{issueDate}}", BODY_FONT, BODY_POINTS, false, null);
            footer(document);
            write(document, target);
        }
    }

    private static void header(XWPFDocument document, String mastheadTag, boolean numbered) {
        pageSetup(document);
        defaultTextStyle(document);
        XWPFParagraph masthead = paragraph(document, ParagraphAlignment.CENTER);
        masthead.setSpacingAfter(240);
        run(masthead, mastheadTag, MASTHEAD_FONT, MASTHEAD_POINTS, true, RED).setCharacterSpacing(40);
        if (numbered) {
            XWPFParagraph issue = paragraph(document, ParagraphAlignment.CENTER);
            issue.setSpacingAfter(240);
            run(issue, "第", BODY_FONT, BODY_POINTS, false, null);
            run(issue, "{{issueNumber}}", BODY_FONT, BODY_POINTS, false, null);
            run(issue, "期", BODY_FONT, BODY_POINTS, false, null);
        }
        XWPFParagraph officeAndDate = paragraph(document, ParagraphAlignment.LEFT);
        CTPPr properties = properties(officeAndDate);
        CTTabStop rightTab = properties.addNewTabs().addNewTab();
        rightTab.setVal(STTabJc.RIGHT);
        rightTab.setPos(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
        CTBorder redRule = properties.addNewPBdr().addNewBottom();
        redRule.setVal(STBorder.SINGLE);
        redRule.setSz(BigInteger.valueOf(18));
        redRule.setSpace(BigInteger.valueOf(4));
        redRule.setColor(RED);
        officeAndDate.setSpacingAfter(480);
        run(officeAndDate, "{{issuingOffice}}", BODY_FONT, BODY_POINTS, false, null);
        run(officeAndDate, "", BODY_FONT, BODY_POINTS, false, null).addTab();
        run(officeAndDate, "{{issueDate}}", BODY_FONT, BODY_POINTS, false, null);
    }

    /** {{?sections}} heading, {{?paragraphs}} text {{/paragraphs}} {{/sections}}: the generated sections. */
    private static void sections(XWPFDocument document) {
        tagLine(document, "{{?sections}}");
        XWPFParagraph heading = bodyParagraph(document);
        heading.setIndentationFirstLine(FIRST_LINE_INDENT_TWIPS);
        run(heading, "{{heading}}", HEADING_FONT, BODY_POINTS, false, null);
        tagLine(document, "{{?paragraphs}}");
        XWPFParagraph text = bodyParagraph(document);
        text.setIndentationFirstLine(FIRST_LINE_INDENT_TWIPS);
        run(text, "{{text}}", BODY_FONT, BODY_POINTS, false, null);
        tagLine(document, "{{/paragraphs}}");
        tagLine(document, "{{/sections}}");
    }

    private static void table(XWPFDocument document) {
        tagLine(document, "{{?tableBlock}}");
        XWPFParagraph caption = paragraph(document, ParagraphAlignment.CENTER);
        caption.setSpacingBefore(240);
        caption.setSpacingAfter(120);
        caption.setPageBreak(false);
        caption.setKeepNext(true);
        run(caption, "{{tableCaption}}", HEADING_FONT, CAPTION_POINTS, false, null);
        XWPFParagraph table = paragraph(document, ParagraphAlignment.CENTER);
        run(table, "{{#figureTable}}", BODY_FONT, 12, false, null);
        XWPFParagraph note = paragraph(document, ParagraphAlignment.LEFT);
        note.setSpacingBefore(120);
        run(note, "{{tableNote}}", BODY_FONT, 12, false, null);
        tagLine(document, "{{/tableBlock}}");
    }

    /** 版记: who receives the briefing, between two rules. */
    private static void distribution(XWPFDocument document) {
        XWPFParagraph distribution = paragraph(document, ParagraphAlignment.LEFT);
        distribution.setSpacingBefore(480);
        distribution.setKeepNext(true);
        CTPBdr borders = properties(distribution).addNewPBdr();
        for (CTBorder border : new CTBorder[] {borders.addNewTop(), borders.addNewBottom()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(8));
            border.setSpace(BigInteger.valueOf(4));
            border.setColor("000000");
        }
        run(distribution, "{{distribution}}", BODY_FONT, CAPTION_POINTS, false, null);
    }

    /** "— 1 —" (a PAGE field between dashes) and the release label under it. */
    private static void footer(XWPFDocument document) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph pageNumber = footer.createParagraph();
        pageNumber.setAlignment(ParagraphAlignment.CENTER);
        run(pageNumber, "— ", "宋体", PAGE_NUMBER_POINTS, false, null);
        CTSimpleField field = pageNumber.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        XWPFRun number = new XWPFRun(field.addNewR(), pageNumber);
        number.setText("1");
        number.setFontFamily("宋体", FontCharRange.eastAsia);
        number.setFontFamily(LATIN_FONT, FontCharRange.ascii);
        number.setFontSize(PAGE_NUMBER_POINTS);
        XWPFRun after = new XWPFRun(pageNumber.getCTP().addNewR(), pageNumber);
        after.setText(" —");
        after.setFontFamily("宋体", FontCharRange.eastAsia);
        after.setFontFamily(LATIN_FONT, FontCharRange.ascii);
        after.setFontSize(PAGE_NUMBER_POINTS);
        XWPFParagraph release = footer.createParagraph();
        release.setAlignment(ParagraphAlignment.CENTER);
        run(release, "{{footerLine}}", BODY_FONT, FOOTER_POINTS, false, "7F7F7F");
    }

    private static void tagLine(XWPFDocument document, String tag) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.LEFT);
        run(paragraph, tag, BODY_FONT, BODY_POINTS, false, null);
    }

    private static CTPPr properties(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP_MARGIN_TWIPS));
        margins.setBottom(BigInteger.valueOf(BOTTOM_MARGIN_TWIPS));
        margins.setLeft(BigInteger.valueOf(LEFT_MARGIN_TWIPS));
        margins.setRight(BigInteger.valueOf(RIGHT_MARGIN_TWIPS));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.ZERO);
    }

    private static void defaultTextStyle(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf((long) (BODY_POINTS * 2)));
        defaults.addNewSzCs().setVal(BigInteger.valueOf((long) (BODY_POINTS * 2)));
        CTLanguage language = defaults.addNewLang();
        language.setVal("en-US");
        language.setEastAsia("zh-CN");
        document.createStyles().setStyles(styles);
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static XWPFParagraph bodyParagraph(XWPFDocument document) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
        paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String eastAsianFont, double points, boolean bold,
            String colour) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(LATIN_FONT, FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, FontCharRange.hAnsi);
        run.setFontFamily(eastAsianFont, FontCharRange.eastAsia);
        run.setFontSize(points);
        run.setBold(bold);
        if (colour != null) {
            run.setColor(colour);
        }
        return run;
    }

    private static void write(XWPFDocument document, Path target) throws IOException, InvalidFormatException {
        addFontTable(document);
        try (OutputStream out = Files.newOutputStream(target)) {
            document.write(out);
        }
    }

    /** East Asian fonts with their fallbacks, so machines without the 方正 fonts print Song and FangSong. */
    private static void addFontTable(XWPFDocument document) throws IOException, InvalidFormatException {
        String fonts = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="fixed"/></w:font>
                  <w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
                  <w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
                  <w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
                  <w:font w:name="仿宋"><w:altName w:val="FangSong"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
                  <w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
                </w:fonts>
                """.strip();
        PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
        PackagePart part = document.getPackage().createPart(
                name, "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
        try (OutputStream out = part.getOutputStream()) {
            out.write(fonts.getBytes(StandardCharsets.UTF_8));
        }
        document.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
    }
}
