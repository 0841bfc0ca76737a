package org.vivarium.publish.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of a PDF document: DejaVu Sans (regular, bold, oblique, bold oblique), shipped in this bundle's
 * {@code fonts/} folder under the Bitstream Vera licence ({@code fonts/LICENSE-DejaVu.txt}) and embedded as subsets,
 * so names with µ, ±, ≥, en dashes, Greek, Cyrillic, Hebrew or Arabic letters print as typed. A character the font has
 * no glyph for (e.g. Chinese) is printed as a visible "?" instead of being dropped; tabs and line breaks become
 * spaces.
 */
public final class PdfFonts {

    private static final String REPLACEMENT = "?";

    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private final PDFont boldItalic;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();

    public PdfFonts(PDDocument doc) throws IOException {
        regular = load(doc, "DejaVuSans.ttf");
        bold = load(doc, "DejaVuSans-Bold.ttf");
        italic = load(doc, "DejaVuSans-Oblique.ttf");
        boldItalic = load(doc, "DejaVuSans-BoldOblique.ttf");
    }

    private static PDFont load(PDDocument doc, String file) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("the font " + file + " is missing from the publishing bundle");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    public PDFont font(boolean isBold, boolean isItalic) {
        return isBold ? isItalic ? boldItalic : bold : isItalic ? italic : regular;
    }

    /** The text as it can be printed in the font: characters without a glyph as "?", control characters as spaces. */
    public String clean(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != ' ') {
                b.append(' ');
            } else if (known.computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                b.appendCodePoint(cp);
            } else {
                b.append(REPLACEMENT);
            }
        });
        return b.toString();
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Width of (clean) text in points. */
    public static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot measure '" + text + "': " + e.getMessage(), e);
        }
    }
}
