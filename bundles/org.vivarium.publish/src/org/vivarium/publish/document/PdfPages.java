package org.vivarium.publish.document;

import org.vivarium.publish.internal.PdfFonts;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The pages of a PDF being laid out, top to bottom: the current page, its content stream and the position where the
 * next block goes ({@link #y()}, in PDF coordinates: 0 at the bottom). Margins are 20 mm; the footer sits in the
 * bottom margin.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 56.7f;
    static final Color TEXT = Color.BLACK;
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color ACCENT = new Color(0x1F, 0x38, 0x64);

    private final PDDocument doc;
    private final PageSize size;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument doc, PageSize size) throws IOException {
        this.doc = doc;
        this.size = size;
        newPage();
    }

    PDDocument document() {
        return doc;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return size.widthPt() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    void down(float height) {
        y -= height;
    }

    /** Room left on this page above the bottom margin. */
    float room() {
        return y - MARGIN;
    }

    /** Height of a page's text area. */
    float pageHeight() {
        return size.heightPt() - 2 * MARGIN;
    }

    boolean atTop() {
        return y >= size.heightPt() - MARGIN - 0.01f;
    }

    /** Starts a new page unless this one has {@code height} points left (or is still empty). */
    void need(float height) throws IOException {
        if (height > room() && !atTop()) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(new PDRectangle(size.widthPt(), size.heightPt()));
        doc.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(doc, page);
        y = size.heightPt() - MARGIN;
    }

    PDPageContentStream content() {
        return content;
    }

    int pageCount() {
        return pages.size();
    }

    /** Draws one piece of text with its baseline at (x, baseline). */
    void text(String text, PDFont font, float fontSize, float x, float baseline, Color color) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setNonStrokingColor(color);
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    void fill(float x, float bottom, float w, float h, Color color) throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, bottom, w, h);
        content.fill();
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth, Color color) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(lineWidth);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** Finishes the last page and writes "footer · page N of M" at the foot of every page. */
    void finish(PdfFonts fonts, String footer) throws IOException {
        content.close();
        content = null;
        int n = pages.size();
        float fontSize = 7.5f;
        float base = MARGIN / 2;
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream c = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = c;
                line(MARGIN, base + 10, size.widthPt() - MARGIN, base + 10, 0.4f, Color.LIGHT_GRAY);
                String right = "page " + (i + 1) + " of " + n;
                float w = PdfFonts.width(fonts.regular(), fontSize, right);
                String left = fonts.clean(fonts.regular(), footer);
                while (left.length() > 1 && PdfFonts.width(fonts.regular(), fontSize, left) > width() - w - 12) {
                    left = left.substring(0, left.length() - 2) + "\u2026"; // a long footer ends in an ellipsis
                }
                text(left, fonts.regular(), fontSize, MARGIN, base, MUTED);
                text(right, fonts.regular(), fontSize, size.widthPt() - MARGIN - w, base, MUTED);
            }
        }
        content = null;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
