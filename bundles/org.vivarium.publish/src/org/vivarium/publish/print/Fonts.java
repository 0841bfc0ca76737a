package org.vivarium.publish.print;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of printed sheets: DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence, fonts/LICENSE-DejaVu.txt in
 * this bundle), embedded as subsets, so that names with µ, ±, ≥, en dashes, Greek or Cyrillic letters print as
 * entered. A character the font has no glyph for (e.g. Chinese) prints as "?", visibly, instead of failing the print;
 * control characters print as spaces.
 */
final class Fonts {

    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();

    private Fonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static Fonts load(PDDocument document) throws IOException {
        return new Fonts(font(document, "/fonts/DejaVuSans.ttf"), font(document, "/fonts/DejaVuSans-Bold.ttf"));
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the font " + resource + " is missing from the publishing bundle");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /** The text as the font can show it: characters without a glyph become "?", control characters spaces. */
    String printable(String text, PDFont font) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                b.append(' ');
            } else if (known.computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
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
}
