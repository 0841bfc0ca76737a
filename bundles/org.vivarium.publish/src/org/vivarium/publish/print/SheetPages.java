package org.vivarium.publish.print;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.internal.PdfFonts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays out {@link SheetTable}s on pages: each table starts on a new page (portrait, or landscape when its columns do
 * not fit), rows that do not fit continue on the next page under the repeated heading and column header, the lines to
 * sign follow the last row; {@link #finish()} adds the footer (study, document, when printed, page i of n) to every
 * page. Rows are tall enough to write in by hand.
 */
final class SheetPages {

    static final float MARGIN = 36;
    private static final float ROW = 21;
    private static final float HEADER = 30;
    private static final float FOOTER = 22;
    private static final float CLOSING_LINE = 30;
    private static final float TITLE_SIZE = 13;
    private static final float TEXT_SIZE = 9;
    private static final float CELL_SIZE = 8.5f;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PageSize paper;
    private final String footer;
    private final List<PDPage> pages = new ArrayList<>();

    SheetPages(PDDocument document, PdfFonts fonts, PageSize paper, String footer) {
        this.document = document;
        this.fonts = fonts;
        this.paper = paper;
        this.footer = footer;
    }

    void add(SheetTable table) throws IOException {
        boolean landscape = table.minWidth() > paper.widthPt() - 2 * MARGIN;
        int row = 0;
        boolean first = true;
        do {
            PDPage page = new PDPage(landscape ? new PDRectangle(paper.heightPt(), paper.widthPt()) : new PDRectangle(paper.widthPt(), paper.heightPt()));
            document.addPage(page);
            pages.add(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            float bottom = page.getMediaBox().getHeight() - MARGIN - FOOTER;
            try (Canvas c = new Canvas(document, page, fonts, false)) {
                float y = heading(c, table, first, width);
                float[] widths = widths(table, width);
                y = columnHeader(c, table, widths, y);
                int fit = Math.max(1, (int) ((bottom - y) / ROW));
                int end = Math.min(table.rows().size(), row + fit);
                for (; row < end; row++) {
                    row(c, table.rows().get(row), widths, y);
                    y += ROW;
                }
                if (row == table.rows().size() && y + table.closing().size() * CLOSING_LINE <= bottom) {
                    closing(c, table, y, width);
                    row++;
                }
            }
            first = false;
        } while (row <= table.rows().size());
    }

    private float heading(Canvas c, SheetTable table, boolean first, float width) throws IOException {
        float y = MARGIN + TITLE_SIZE;
        c.gray(0);
        c.text(MARGIN, y, table.title() + (first ? "" : " (continued)"), fonts.bold(), TITLE_SIZE, width);
        y += 6;
        for (int i = 0; i < table.facts().size(); i++) {
            String[] f = table.facts().get(i);
            // the first fact (the study) has the whole width, the others two to a line
            boolean left = i == 0 || i % 2 == 1;
            float column = i == 0 ? width : width / 2;
            float x = MARGIN + (left ? 0 : width / 2);
            if (left) {
                y += 13;
            }
            float labelWidth = c.width(f[0] + ": ", fonts.bold(), TEXT_SIZE);
            c.text(x, y, f[0] + ":", fonts.bold(), TEXT_SIZE, column);
            c.text(x + labelWidth, y, f[1], fonts.regular(), TEXT_SIZE, column - labelWidth - 6);
        }
        return y + 12;
    }

    private static float[] widths(SheetTable table, float width) {
        float extra = Math.max(0, width - table.minWidth());
        float weights = (float) table.columns().stream().mapToDouble(SheetTable.Column::weight).sum();
        float[] w = new float[table.columns().size()];
        for (int i = 0; i < w.length; i++) {
            SheetTable.Column col = table.columns().get(i);
            w[i] = col.minWidth() + (weights > 0 ? extra * col.weight() / weights : 0);
        }
        return w;
    }

    private float columnHeader(Canvas c, SheetTable table, float[] widths, float y) throws IOException {
        float x = MARGIN;
        c.gray(0.88f);
        c.fill(MARGIN, y, sum(widths), HEADER);
        c.gray(0);
        for (int i = 0; i < widths.length; i++) {
            SheetTable.Column col = table.columns().get(i);
            float size = 8;
            while (size > 6.5f && c.width(col.title(), fonts.bold(), size) > widths[i] - 6) {
                size -= 0.25f;
            }
            c.text(x + 3, y + 12, col.title(), fonts.bold(), size, widths[i] - 6);
            c.text(x + 3, y + 24, col.detail(), fonts.regular(), 7, widths[i] - 6);
            x += widths[i];
        }
        grid(c, widths, y, HEADER);
        return y + HEADER;
    }

    private void row(Canvas c, List<String> cells, float[] widths, float y) throws IOException {
        float x = MARGIN;
        c.gray(0);
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            PDFont font = i == 0 ? fonts.bold() : fonts.regular();
            if (c.width(cell, font, CELL_SIZE) <= widths[i] - 6) {
                c.text(x + 3, y + 14, cell, font, CELL_SIZE, widths[i] - 6);
            } else { // two smaller lines rather than a cut
                List<String> lines = c.wrap(cell, font, 7, widths[i] - 6, 2);
                for (int k = 0; k < lines.size(); k++) {
                    c.text(x + 3, y + (lines.size() == 1 ? 14 : 9 + 8.5f * k), lines.get(k), font, 7, widths[i]
                            - 6);
                }
            }
            x += widths[i];
        }
        grid(c, widths, y, ROW);
    }

    private static void grid(Canvas c, float[] widths, float y, float h) throws IOException {
        c.gray(0.45f);
        c.rect(MARGIN, y, sum(widths), h, 0.5f);
        float x = MARGIN;
        for (int i = 0; i < widths.length - 1; i++) {
            x += widths[i];
            c.line(x, y, x, y + h, 0.3f);
        }
        c.gray(0);
    }

    private void closing(Canvas c, SheetTable table, float y, float width) throws IOException {
        for (String line : table.closing()) {
            y += CLOSING_LINE;
            float w = c.width(line + ":", fonts.regular(), TEXT_SIZE);
            c.text(MARGIN, y, line + ":", fonts.regular(), TEXT_SIZE, width);
            c.line(MARGIN + w + 6, y + 2, MARGIN + Math.min(width, w + 6 + 260), y + 2, 0.5f);
        }
    }

    /** Adds the footer to every page: the document and "Page i of n". */
    void finish() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - MARGIN + 4;
            try (Canvas c = new Canvas(document, page, fonts, true)) {
                c.gray(0.35f);
                c.text(MARGIN, y, footer, fonts.regular(), 7.5f, width - 2 * MARGIN - 80);
                c.textRight(width - MARGIN, y, "Page " + (i + 1) + " of " + pages.size(), fonts.regular(), 7.5f,
                        80);
            }
        }
    }

    int pageCount() {
        return pages.size();
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }
}
