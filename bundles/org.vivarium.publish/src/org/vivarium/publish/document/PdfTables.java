package org.vivarium.publish.document;

import org.vivarium.publish.internal.PdfFonts;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.vivarium.publish.document.PdfText.Line;
import org.vivarium.publish.document.PdfText.Piece;
import org.vivarium.publish.document.PdfText.Span;

/**
 * Lays out a {@link Table}: columns in proportion to its widths over the text width, cell text wrapped inside its
 * column, numbers right-aligned, a shaded bold header row that is repeated (with the caption marked "continued") at the
 * top of every page the table continues on. A row taller than a whole page is split between pages.
 */
final class PdfTables {

    static final float FONT_SIZE = 8.5f;
    private static final float LEADING = 10.6f;
    private static final float PAD_X = 3.5f;
    private static final float PAD_Y = 2.8f;
    private static final Color HEADER_FILL = new Color(0xED, 0xED, 0xED);
    private static final Color RULE = new Color(0x40, 0x40, 0x40);
    private static final Color HAIRLINE = new Color(0xCC, 0xCC, 0xCC);
    private static final Pattern NUMBER = Pattern.compile(
            "[<>≤≥]?\\s*[-−+]?\\d[\\d,]*(\\.\\d+)?(e[-+]?\\d+)?\\s*%?|\\d[\\d,]* / \\d[\\d,]*|[-–]|");

    private final PdfPages pages;
    private final PdfFonts fonts;
    private final Table table;
    private final float[] widths;
    private final boolean[] right;

    private PdfTables(PdfPages pages, PdfFonts fonts, Table table) {
        this.pages = pages;
        this.fonts = fonts;
        this.table = table;
        this.widths = ColumnWidths.of(table, pages.width(), (text, header) -> PdfFonts.width(header ? fonts.bold()
                : fonts.regular(), FONT_SIZE, fonts.clean(header ? fonts.bold() : fonts.regular(), text)), 2 * PAD_X);
        this.right = numericColumns(table);
    }

    static void draw(PdfPages pages, PdfFonts fonts, Table table) throws IOException {
        new PdfTables(pages, fonts, table).draw();
    }

    /** The height the table needs on the page it starts on (a heading above it is kept with that much). */
    static float startHeight(PdfPages pages, PdfFonts fonts, Table table) {
        return new PdfTables(pages, fonts, table).startHeight();
    }

    /** A table that fits on half a page is not split; a longer one starts where at least its first row fits. */
    private float startHeight() {
        float headerHeight = height(cells(table.headers(), true));
        float captionHeight = table.caption().isBlank() ? 0 : 14;
        float first = table.rows().isEmpty() ? 0 : Math.min(height(cells(table.rows().get(0), false)),
                pages.pageHeight() / 3);
        float whole = captionHeight + headerHeight;
        for (List<String> row : table.rows()) {
            whole += height(cells(row, false));
        }
        return whole <= pages.pageHeight() / 2 ? whole : captionHeight + headerHeight + first;
    }

    private void draw() throws IOException {
        List<List<Line>> header = cells(table.headers(), true);
        pages.need(startHeight());
        caption(false);
        header(header);
        for (List<String> row : table.rows()) {
            row(cells(row, false), header);
        }
        float x = pages.left();
        pages.line(x, pages.y(), x + pages.width(), pages.y(), 0.8f, RULE);
        pages.down(10);
    }

    private void caption(boolean continued) throws IOException {
        if (table.caption().isBlank()) {
            return;
        }
        String text = fonts.clean(fonts.bold(), table.caption() + (continued ? " (continued)" : ""));
        List<Line> lines = PdfText.lines(fonts, List.of(new Span(text, fonts.bold(), 9f)), pages.width());
        for (Line l : lines) {
            pages.down(11.5f);
            for (Piece p : l.pieces()) {
                pages.text(p.text(), p.font(), p.size(), pages.left() + p.x(), pages.y() + 2, PdfPages.TEXT);
            }
        }
        pages.down(3);
    }

    private void header(List<List<Line>> header) throws IOException {
        float h = height(header);
        float top = pages.y();
        pages.fill(pages.left(), top - h, pages.width(), h, HEADER_FILL);
        pages.line(pages.left(), top, pages.left() + pages.width(), top, 0.8f, RULE);
        drawCells(header, 0, maxLines(header), top);
        pages.down(h);
        pages.line(pages.left(), pages.y(), pages.left() + pages.width(), pages.y(), 0.5f, RULE);
    }

    private void row(List<List<Line>> cells, List<List<Line>> header) throws IOException {
        int total = maxLines(cells);
        int from = 0;
        while (from < total) {
            int fit = (int) Math.floor((pages.room() - 2 * PAD_Y) / LEADING);
            int rest = total - from;
            if (fit >= rest) {
                drawCells(cells, from, rest, pages.y());
                pages.down(rest * LEADING + 2 * PAD_Y);
                pages.line(pages.left(), pages.y(), pages.left() + pages.width(), pages.y(), 0.3f, HAIRLINE);
                return;
            }
            boolean tallerThanAPage = rest * LEADING + 2 * PAD_Y > pages.pageHeight() - height(header) - 40;
            if (tallerThanAPage && fit >= 1) {
                drawCells(cells, from, fit, pages.y());
                pages.down(fit * LEADING + 2 * PAD_Y);
                from += fit;
            }
            continuePage(header);
        }
    }

    private void continuePage(List<List<Line>> header) throws IOException {
        pages.line(pages.left(), pages.y(), pages.left() + pages.width(), pages.y(), 0.8f, RULE);
        pages.newPage();
        caption(true);
        header(header);
    }

    private void drawCells(List<List<Line>> cells, int from, int count, float top) throws IOException {
        float x = pages.left();
        for (int c = 0; c < cells.size(); c++) {
            List<Line> lines = cells.get(c);
            for (int i = from; i < Math.min(lines.size(), from + count); i++) {
                Line line = lines.get(i);
                float baseline = top - PAD_Y - (i - from + 1) * LEADING + 2.6f;
                float offset = right[c] ? widths[c] - 2 * PAD_X - line.width() : 0;
                for (Piece p : line.pieces()) {
                    pages.text(p.text(), p.font(), p.size(), x + PAD_X + offset + p.x(), baseline, PdfPages.TEXT);
                }
            }
            x += widths[c];
        }
    }

    private List<List<Line>> cells(List<String> texts, boolean bold) {
        List<List<Line>> cells = new ArrayList<>();
        PDFont font = bold ? fonts.bold() : fonts.regular();
        for (int c = 0; c < texts.size(); c++) {
            cells.add(PdfText.lines(fonts, List.of(new Span(texts.get(c), font, FONT_SIZE)), widths[c] - 2 * PAD_X));
        }
        return cells;
    }

    private static int maxLines(List<List<Line>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private static float height(List<List<Line>> cells) {
        return maxLines(cells) * LEADING + 2 * PAD_Y;
    }

    /** Columns whose every body cell is a number (or empty, or a dash): right-aligned. */
    private static boolean[] numericColumns(Table table) {
        boolean[] numeric = new boolean[table.headers().size()];
        for (int c = 0; c < numeric.length; c++) {
            boolean any = false;
            boolean all = true;
            for (List<String> row : table.rows()) {
                String cell = row.get(c).strip();
                all &= NUMBER.matcher(cell).matches();
                any |= !cell.isEmpty() && !cell.equals("-") && !cell.equals("–");
            }
            numeric[c] = any && all;
        }
        return numeric;
    }
}
