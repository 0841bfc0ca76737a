package org.vivarium.publish.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vivarium.io.excel.word.WordWriter;
import org.vivarium.io.excel.word.WordWriter.Text;
import org.vivarium.publish.charts.ChartPicture;

/**
 * Writes a {@link Document} as Word (.docx) through {@code org.vivarium.io.excel}'s {@link WordWriter}, the bundle that
 * owns Apache POI: headings in Word's Heading 1-3 styles, paragraphs to complete highlighted, tables with borders,
 * figures as 300 dpi PNG pictures at their publication size.
 */
final class DocxWriter {

    private DocxWriter() {
    }

    /**
     * Width of a character of the 8 pt table text, in points, on the wide side (Calibri's average is about 4.1; a
     * viewer without Calibri substitutes a wider font); bold a little wider.
     */
    private static final float CHAR = 4.6f;
    private static final float BOLD_CHAR = 4.9f;
    /** The cell margins, left and right together (2 x 57 twips). */
    private static final float CELL_PADDING = 5.7f;

    static void write(Document document, PageSize size, OutputStream out) throws IOException {
        float textWidth = size.widthPt() - 2 * PdfPages.MARGIN;
        try (WordWriter w = new WordWriter(document.title())) {
            w.page(size.widthPt(), size.heightPt(), PdfPages.MARGIN);
            w.footer(document.footer());
            w.title(document.title());
            if (!document.subtitle().isBlank()) {
                w.subtitle(document.subtitle());
            }
            for (Block b : document.blocks()) {
                block(w, b, textWidth);
            }
            w.write(out);
        }
    }

    private static void block(WordWriter w, Block block, float textWidth) throws IOException {
        switch (block) {
            case Heading h -> w.heading(h.level(), h.text());
            case Paragraph p -> w.paragraph(texts(p), switch (p.style()) {
                case NORMAL -> WordWriter.Style.NORMAL;
                case TO_COMPLETE -> WordWriter.Style.HIGHLIGHT;
                case SMALL -> WordWriter.Style.SMALL;
            });
            case BulletList l -> {
                for (Paragraph item : l.items()) {
                    w.bullet(texts(item));
                }
            }
            case Table t -> w.table(t.caption(), t.headers(), t.rows(), widths(t, textWidth));
            case Figure f -> w.picture(png(f), f.size().widthPt(), f.size().heightPt(), f.caption());
            case PageBreak b -> w.pageBreak();
        }
    }

    /** Column widths that keep headers' words and short cells whole, estimated from Word's table font. */
    private static List<Double> widths(Table t, float textWidth) {
        float[] w = ColumnWidths.of(t, textWidth, (text, header) -> text.codePointCount(0, text.length())
                * (header ? BOLD_CHAR : CHAR), CELL_PADDING);
        List<Double> widths = new ArrayList<>();
        for (float f : w) {
            widths.add((double) f);
        }
        return widths;
    }

    private static List<Text> texts(Paragraph p) {
        List<Text> texts = new ArrayList<>();
        if (p.style() == Paragraph.Style.TO_COMPLETE) {
            texts.add(new Text("To complete: ", true, false));
        }
        for (Run r : p.runs()) {
            texts.add(new Text(r.text(), r.bold(), r.italic()));
        }
        return texts;
    }

    /** The chart as the 300 dpi PNG the chart export writes. */
    private static byte[] png(Figure f) throws IOException {
        Path file = Files.createTempFile("vivarium-figure", ".png");
        try {
            ChartPicture.of(f.chart()).write(file, f.size());
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
