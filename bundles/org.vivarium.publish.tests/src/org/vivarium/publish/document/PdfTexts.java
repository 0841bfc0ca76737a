package org.vivarium.publish.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Text of a written PDF as a reader's copy would give it, per page, and where each glyph is. */
public final class PdfTexts {

    /** One glyph: its page (1-based), its character and its horizontal extent. */
    public record Glyph(int page, String text, float x, float width) {
    }

    private PdfTexts() {
    }

    /** The text of each page in drawing order, whitespace collapsed to single spaces. */
    public static List<String> pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc).replaceAll("\\s+", " ").strip());
            }
            return pages;
        }
    }

    /** The whole text, pages joined. */
    public static String text(Path pdf) throws IOException {
        return String.join(" ", pages(pdf));
    }

    /** Every glyph with its position. */
    public static List<Glyph> glyphs(Path pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition t : positions) {
                        glyphs.add(new Glyph(getCurrentPageNo(), t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj()));
                    }
                }
            };
            stripper.getText(doc);
        }
        return glyphs;
    }
}
