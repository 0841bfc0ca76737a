package org.vivarium.io.excel.word;

import org.vivarium.core.logging.QuietLog4j;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes a Word document (.docx) block by block, without exposing the library that does it: headings in Word's own
 * Heading 1-3 styles (a manuscript paste keeps its structure), paragraphs of bold and italic runs, bullets, tables
 * with borders and a header row repeated on each page, pictures with captions, page breaks and a footer with page
 * numbers. Sizes are in points (1/72 inch).
 */
public final class WordWriter implements AutoCloseable {

    /** A piece of text of one style. */
    public record Text(String text, boolean bold, boolean italic) {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        public static Text plain(String text) {
            return new Text(text, false, false);
        }
    }

    /** How a paragraph looks. */
    public enum Style {
        /** Body text. */
        NORMAL("Normal"),
        /** Highlighted (pale yellow with a bar on the left): something the author must still complete. */
        HIGHLIGHT("ToComplete"),
        /** Small print. */
        SMALL("Small"),
        /** A figure or table caption (Word's "caption" style). */
        CAPTION("Caption");

        private final String id;

        Style(String id) {
            this.id = id;
        }
    }

    static {
        QuietLog4j.quiet();
    }

    private static final int TWIPS_PER_POINT = 20;

    private final XWPFDocument doc = new XWPFDocument();
    private final BigInteger bulletNumbering;
    private final WordTables tables;
    private double bodyWidthPt;

    /** A new document with the title as its file property; A4 with 2 cm margins until {@link #page} says otherwise. */
    public WordWriter(String title) throws IOException {
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(WordStyles.STYLES).getStyles());
            XWPFNumbering numbering = doc.createNumbering();
            CTNumbering bullets = NumberingDocument.Factory.parse(WordStyles.BULLETS).getNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(bullets.getAbstractNumArray(0),
                    numbering));
            bulletNumbering = numbering.addNum(abstractId);
        } catch (XmlException e) {
            throw new IOException("the Word styles cannot be read: " + e.getMessage(), e);
        }
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setCreator("Vivarium");
        tables = new WordTables(doc);
        page(595.3, 841.9, 56.7);
    }

    /** Page size and the margin on every side, in points. */
    public void page(double widthPt, double heightPt, double marginPt) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(twips(widthPt));
        size.setH(twips(heightPt));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(twips(marginPt));
        margins.setBottom(twips(marginPt));
        margins.setLeft(twips(marginPt));
        margins.setRight(twips(marginPt));
        margins.setHeader(twips(marginPt / 2));
        margins.setFooter(twips(marginPt / 2));
        bodyWidthPt = widthPt - 2 * marginPt;
    }

    /** A footer on every page: the text, then "page N of M". */
    public void footer(String text) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        p.createRun().setText((text.isBlank() ? "" : text + "  \u00b7  ") + "page ");
        field(p, "PAGE");
        p.createRun().setText(" of ");
        field(p, "NUMPAGES");
    }

    private static void field(XWPFParagraph p, String instruction) {
        CTSimpleField f = p.getCTP().addNewFldSimple();
        f.setInstr(instruction);
        f.addNewR().addNewT().setStringValue("1");
    }

    public void title(String text) {
        styled("Title", text);
    }

    public void subtitle(String text) {
        styled("Subtitle", text);
    }

    /** A heading of level 1 to 3 (Word's Heading 1 to Heading 3). */
    public void heading(int level, String text) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level " + level + " is not 1-3");
        }
        styled("Heading" + level, text);
    }

    private void styled(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    public void paragraph(List<Text> runs, Style style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style.id);
        runs(p, runs);
    }

    /** One bulleted item. */
    public void bullet(List<Text> runs) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("ListBullet");
        p.setNumID(bulletNumbering);
        runs(p, runs);
    }

    static void runs(XWPFParagraph p, List<Text> runs) {
        for (Text t : runs) {
            XWPFRun r = p.createRun();
            r.setText(t.text());
            if (t.bold()) {
                r.setBold(true);
            }
            if (t.italic()) {
                r.setItalic(true);
            }
        }
    }

    /**
     * A table with its caption above, a header row (bold, shaded, repeated on each page) and borders.
     *
     * @param widths relative column widths, or empty for equal widths
     */
    public void table(String caption, List<String> headers, List<List<String>> rows, List<Double> widths) {
        if (!caption.isBlank()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(Style.CAPTION.id);
            p.setKeepNext(true);
            p.createRun().setText(caption);
        }
        tables.add(headers, rows, widths, twips(bodyWidthPt).intValue());
        doc.createParagraph().setSpacingAfter(0);
    }

    /** A PNG picture shown at the given size (scaled down to the text width if wider), with a caption below. */
    public void picture(byte[] png, double widthPt, double heightPt, String caption) throws IOException {
        double scale = Math.min(1, bodyWidthPt / widthPt);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(!caption.isBlank());
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "figure.png",
                    Units.toEMU(widthPt * scale), Units.toEMU(heightPt * scale));
        } catch (InvalidFormatException e) {
            throw new IOException("the picture cannot be added: " + e.getMessage(), e);
        }
        if (!caption.isBlank()) {
            XWPFParagraph c = doc.createParagraph();
            c.setStyle(Style.CAPTION.id);
            c.createRun().setText(caption);
        }
    }

    public void pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** Writes the document (the stream stays open). */
    public void write(OutputStream out) throws IOException {
        doc.write(out);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private static BigInteger twips(double points) {
        return BigInteger.valueOf(Math.round(points * TWIPS_PER_POINT));
    }
}
