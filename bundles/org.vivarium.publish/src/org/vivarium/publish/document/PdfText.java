package org.vivarium.publish.document;

import org.vivarium.publish.internal.PdfFonts;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks styled text into lines of a given width: at spaces, and inside a word only when the word alone is wider than
 * the line (a long identifier or URL wraps, it never runs off the page).
 */
final class PdfText {

    /** A piece of text in one font, at its offset from the line's start. */
    record Piece(String text, PDFont font, float size, float x, float width) {
    }

    /** One laid-out line. */
    record Line(List<Piece> pieces, float width) {
    }

    /** A piece of text in one font, before layout. */
    record Span(String text, PDFont font, float size) {
    }

    private PdfText() {
    }

    /** The spans as lines no wider than {@code maxWidth}; at least one line (possibly empty). */
    static List<Line> lines(PdfFonts fonts, List<Span> spans, float maxWidth) {
        List<List<Span>> words = words(fonts, spans);
        List<Line> lines = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        float x = 0;
        for (List<Span> word : words) {
            float space = current.isEmpty() ? 0 : spaceWidth(word.get(0));
            float w = width(word);
            if (!current.isEmpty() && x + space + w > maxWidth) {
                lines.add(new Line(current, x));
                current = new ArrayList<>();
                x = 0;
                space = 0;
            }
            if (w > maxWidth) {
                x = breakLongWord(word, maxWidth, current, lines, x + space);
                current = lines.remove(lines.size() - 1).pieces();
                current = new ArrayList<>(current);
                continue;
            }
            x += space;
            for (Span s : word) {
                float sw = PdfFonts.width(s.font(), s.size(), s.text());
                current.add(new Piece(s.text(), s.font(), s.size(), x, sw));
                x += sw;
            }
        }
        lines.add(new Line(current, x));
        return lines;
    }

    /** Lays out a word wider than a line character by character; the last, unfinished line is the last in lines. */
    private static float breakLongWord(List<Span> word, float maxWidth, List<Piece> current, List<Line> lines,
            float startX) {
        float x = startX;
        List<Piece> line = current;
        for (Span s : word) {
            StringBuilder chunk = new StringBuilder();
            float chunkX = x;
            int i = 0;
            while (i < s.text().length()) {
                int cp = s.text().codePointAt(i);
                String c = new String(Character.toChars(cp));
                float cw = PdfFonts.width(s.font(), s.size(), c);
                if (x + cw > maxWidth && (x > 0)) {
                    if (chunk.length() > 0) {
                        line.add(new Piece(chunk.toString(), s.font(), s.size(), chunkX, x - chunkX));
                    }
                    lines.add(new Line(line, x));
                    line = new ArrayList<>();
                    chunk.setLength(0);
                    x = 0;
                    chunkX = 0;
                }
                chunk.append(c);
                x += cw;
                i += Character.charCount(cp);
            }
            if (chunk.length() > 0) {
                line.add(new Piece(chunk.toString(), s.font(), s.size(), chunkX, x - chunkX));
            }
        }
        lines.add(new Line(line, x));
        return x;
    }

    /** Words: runs of non-space text, each a list of spans (a word may change font inside, e.g. "n = 20,"). */
    private static List<List<Span>> words(PdfFonts fonts, List<Span> spans) {
        List<List<Span>> words = new ArrayList<>();
        List<Span> word = new ArrayList<>();
        for (Span span : spans) {
            String text = fonts.clean(span.font(), span.text());
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ') {
                    if (b.length() > 0) {
                        word.add(new Span(b.toString(), span.font(), span.size()));
                        b.setLength(0);
                    }
                    if (!word.isEmpty()) {
                        words.add(word);
                        word = new ArrayList<>();
                    }
                } else {
                    b.append(c);
                }
            }
            if (b.length() > 0) {
                word.add(new Span(b.toString(), span.font(), span.size()));
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    private static float width(List<Span> word) {
        float w = 0;
        for (Span s : word) {
            w += PdfFonts.width(s.font(), s.size(), s.text());
        }
        return w;
    }

    private static float spaceWidth(Span s) {
        return PdfFonts.width(s.font(), s.size(), " ");
    }
}
