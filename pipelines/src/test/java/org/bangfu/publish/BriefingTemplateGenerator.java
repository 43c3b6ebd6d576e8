package org.bangfu.publish;

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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes the briefing template {@code templates/briefing/briefing.docx} once; after that the
 * publicity office owns the file and edits it in Word or WPS. Kept so that the template can be
 * recreated if it is lost: run {@link #main} with the target path, or run the tests with
 * {@code -Dbangfu.writeBriefingTemplate=true}.
 *
 * <p>Layout follows the usual 工作简报: red 小标宋 masthead, 第N期, issuing office left and date
 * right over a red rule, a 小标宋 title, 仿宋 三号 body with exact 28-point lines on an A4 page
 * with official-document margins, and the data stamp in the page footer. East Asian fonts are
 * named as offices have them (方正小标宋简体, 仿宋_GB2312) with 宋体 and 仿宋 declared as fallbacks in
 * the font table, so machines without the 方正 fonts still print a Song-style masthead.
 */
final class BriefingTemplateGenerator {

    static final String MASTHEAD_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String LATIN_FONT = "Times New Roman";
    static final String RED = "FF0000";

    private static final int A4_WIDTH_TWIPS = 11906;
    private static final int A4_HEIGHT_TWIPS = 16838;
    /** Official-document margins: 37 mm top, 35 mm bottom, 28 mm left, 26 mm right. */
    private static final int TOP_MARGIN_TWIPS = 2098;
    private static final int BOTTOM_MARGIN_TWIPS = 1984;
    private static final int LEFT_MARGIN_TWIPS = 1588;
    private static final int RIGHT_MARGIN_TWIPS = 1474;
    private static final int TEXT_WIDTH_TWIPS = A4_WIDTH_TWIPS - LEFT_MARGIN_TWIPS - RIGHT_MARGIN_TWIPS;

    private static final double MASTHEAD_POINTS = 36;
    private static final double TITLE_POINTS = 22;
    /** 三号. */
    private static final double BODY_POINTS = 16;
    private static final double TABLE_CAPTION_POINTS = 14;
    private static final double FOOTER_POINTS = 9;

    private BriefingTemplateGenerator() {
    }

    public static void main(String[] arguments) throws IOException, InvalidFormatException {
        Path target = Path.of(arguments.length > 0 ? arguments[0] : "../templates/briefing/briefing.docx");
        write(target);
        System.out.println("wrote " + target.toAbsolutePath());
    }

    static void write(Path target) throws IOException, InvalidFormatException {
        try (XWPFDocument document = new XWPFDocument()) {
            pageSetup(document);
            defaultTextStyle(document);

            XWPFParagraph masthead = paragraph(document, ParagraphAlignment.CENTER);
            masthead.setSpacingBefore(0);
            masthead.setSpacingAfter(240);
            run(masthead, "定点帮扶工作简报", MASTHEAD_FONT, MASTHEAD_POINTS, true, RED).setCharacterSpacing(40);

            XWPFParagraph issue = paragraph(document, ParagraphAlignment.CENTER);
            issue.setSpacingAfter(240);
            run(issue, "第", BODY_FONT, BODY_POINTS, false, null);
            run(issue, "{{issueNumber}}", BODY_FONT, BODY_POINTS, false, null);
            run(issue, "期", BODY_FONT, BODY_POINTS, false, null);

            // Office on the left, date on the right (a right tab at the text edge), red rule below.
            XWPFParagraph officeAndDate = paragraph(document, ParagraphAlignment.LEFT);
            CTPPr properties = officeAndDate.getCTP().isSetPPr() ? officeAndDate.getCTP().getPPr() : officeAndDate.getCTP().addNewPPr();
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

            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER);
            title.setSpacingAfter(360);
            run(title, "{{quarter}}", MASTHEAD_FONT, TITLE_POINTS, false, null);
            run(title, "定点帮扶工作进展情况", MASTHEAD_FONT, TITLE_POINTS, false, null);

            XWPFParagraph summary = bodyParagraph(document);
            summary.setIndentationFirstLine((int) (2 * BODY_POINTS * 20));
            run(summary, "{{summary}}", BODY_FONT, BODY_POINTS, false, null);

            XWPFParagraph caption = paragraph(document, ParagraphAlignment.CENTER);
            caption.setSpacingBefore(240);
            caption.setSpacingAfter(120);
            run(caption, "{{tableCaption}}", HEADING_FONT, TABLE_CAPTION_POINTS, false, null);

            XWPFParagraph table = paragraph(document, ParagraphAlignment.CENTER);
            run(table, "{{#prefectureTable}}", BODY_FONT, 12, false, null);

            XWPFParagraph note = paragraph(document, ParagraphAlignment.LEFT);
            note.setSpacingBefore(120);
            run(note, "{{tableNote}}", BODY_FONT, 12, false, null);

            XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph stamp = footer.createParagraph();
            stamp.setAlignment(ParagraphAlignment.CENTER);
            run(stamp, "{{stampLine}}", BODY_FONT, FOOTER_POINTS, false, "595959");

            try (OutputStream out = Files.newOutputStream(target)) {
                addFontTable(document);
                document.write(out);
            }
        }
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
    }

    /** Text an editor adds later is 仿宋 三号 Chinese too, not the word processor's Latin default. */
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

    /** Justified, exact 28-point lines: the usual grid of a 三号 仿宋 official page. */
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

    /**
     * Declares the East Asian fonts with their fallbacks (altName) and GB2312 character set, which
     * tells Word and WPS what to use where 方正小标宋简体 or 仿宋_GB2312 is not installed.
     */
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
