package org.vivarium.publish.print;

import org.vivarium.publish.internal.PdfFonts;
import java.io.Closeable;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing on one page with y measured from the top edge (as sheets are designed): text that never runs past a width
 * (cut with an ellipsis), lines, outlined and filled rectangles. Texts go through {@link PdfFonts#clean}.
 */
final class Canvas implements Closeable {

    private final PDPageContentStream stream;
    private final PdfFonts fonts;
    private final float height;

    Canvas(PDDocument document, PDPage page, PdfFonts fonts, boolean append) throws IOException {
        this.stream = new PDPageContentStream(document, page, append ? PDPageContentStream.AppendMode.APPEND
                : PDPageContentStream.AppendMode.OVERWRITE, true, true);
        this.fonts = fonts;
        this.height = page.getMediaBox().getHeight();
    }

    PdfFonts fonts() {
        return fonts;
    }

    float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(fonts.clean(font, text)) / 1000f * size;
    }

    /** The text cut to fit the width, ending with "…" when cut. */
    String fit(String text, PDFont font, float size, float maxWidth) throws IOException {
        String t = fonts.clean(font, text);
        if (width(t, font, size) <= maxWidth) {
            return t;
        }
        int end = t.length();
        while (end > 0 && width(t.substring(0, end) + "…", font, size) > maxWidth) {
            end = t.offsetByCodePoints(end, -1);
        }
        return t.substring(0, end).stripTrailing() + "…";
    }

    /** The text in lines that fit the width (words kept whole where they fit), at most maxLines (the last cut). */
    java.util.List<String> wrap(String text, PDFont font, float size, float maxWidth, int maxLines)
            throws IOException {
        java.util.List<String> lines = new java.util.ArrayList<>();
        String rest = fonts.clean(font, text).strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1 && width(rest, font, size) > maxWidth) {
            int cut = rest.length();
            while (cut > 0 && width(rest.substring(0, cut), font, size) > maxWidth) {
                int space = rest.lastIndexOf(' ', cut - 1);
                cut = space > 0 ? space : cut - 1;
            }
            cut = Math.max(cut, 1);
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            lines.add(fit(rest, font, size, maxWidth));
        }
        return lines;
    }

    /** Draws text with its baseline at y (from the top), cut to maxWidth. */
    void text(float x, float y, String text, PDFont font, float size, float maxWidth) throws IOException {
        String t = fit(text, font, size, maxWidth);
        if (t.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, height - y);
        stream.showText(t);
        stream.endText();
    }

    /** Draws text ending at x. */
    void textRight(float x, float y, String text, PDFont font, float size, float maxWidth) throws IOException {
        String t = fit(text, font, size, maxWidth);
        text(x - width(t, font, size), y, t, font, size, maxWidth);
    }

    /** Draws text centred on x. */
    void textCentred(float x, float y, String text, PDFont font, float size, float maxWidth) throws IOException {
        String t = fit(text, font, size, maxWidth);
        text(x - width(t, font, size) / 2, y, t, font, size, maxWidth);
    }

    void gray(float gray) throws IOException {
        stream.setStrokingColor(gray, gray, gray);
        stream.setNonStrokingColor(gray, gray, gray);
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, height - y1);
        stream.lineTo(x2, height - y2);
        stream.stroke();
    }

    void dashed(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        stream.setLineDashPattern(new float[] { 3, 3 }, 0);
        line(x1, y1, x2, y2, lineWidth);
        stream.setLineDashPattern(new float[0], 0);
    }

    /** Outlines a rectangle whose top left corner is (x, y). */
    void rect(float x, float y, float w, float h, float lineWidth) throws IOException {
        stream.setLineWidth(lineWidth);
        stream.addRect(x, height - y - h, w, h);
        stream.stroke();
    }

    /** Fills a rectangle whose top left corner is (x, y). */
    void fill(float x, float y, float w, float h) throws IOException {
        stream.addRect(x, height - y - h, w, h);
        stream.fill();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
