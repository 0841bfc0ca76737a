package org.vivarium.publish.document;

import org.vivarium.core.logging.QuietLog4j;
import org.vivarium.publish.internal.PdfFonts;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.vivarium.publish.document.PdfText.Line;
import org.vivarium.publish.document.PdfText.Piece;
import org.vivarium.publish.document.PdfText.Span;

/**
 * Lays out a {@link Document} as PDF: title and subtitle, headings kept with what follows, wrapped paragraphs with
 * bold and italic runs, paragraphs to complete in a pale yellow box, bullet lists, tables ({@link PdfTables}), vector
 * figures ({@link PdfFigures}), page breaks, and "footer · page N of M" on every page.
 */
final class PdfWriter {

    static {
        QuietLog4j.quiet();
    }

    private static final float BODY = 10f;
    private static final float SMALL = 8.5f;
    private static final float[] HEADING = { 0, 15f, 12.5f, 10.5f };
    private static final Color TO_COMPLETE_FILL = new Color(0xFF, 0xF4, 0xC2);
    private static final Color TO_COMPLETE_BAR = new Color(0xD9, 0xA4, 0x00);
    private static final float BOX_PAD = 5f;

    private final PdfPages pages;
    private final PdfFonts fonts;
    private final PdfFigures figures;

    private PdfWriter(PdfPages pages, PdfFonts fonts, PdfFigures figures) {
        this.pages = pages;
        this.fonts = fonts;
        this.figures = figures;
    }

    /** Writes the document; returns its number of pages. */
    static int write(Document document, PageSize size, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFigures figures = new PdfFigures()) {
            PdfFonts fonts = new PdfFonts(doc);
            int count;
            try (PdfPages pages = new PdfPages(doc, size)) {
                PdfWriter w = new PdfWriter(pages, fonts, figures);
                w.title(document);
                List<Block> blocks = document.blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    if (blocks.get(i) instanceof Heading h) {
                        w.heading(h, w.keep(blocks, i + 1));
                    } else {
                        w.block(blocks.get(i));
                    }
                }
                pages.finish(fonts, document.footer());
                count = pages.pageCount();
            }
            doc.getDocumentInformation().setTitle(document.title());
            doc.getDocumentInformation().setSubject(document.subtitle());
            doc.getDocumentInformation().setCreator("Vivarium");
            doc.save(out);
            return count;
        }
    }

    private void title(Document d) throws IOException {
        lines(List.of(new Span(d.title(), fonts.bold(), 18f)), pages.left(), pages.width(), 22f, PdfPages.TEXT);
        if (!d.subtitle().isBlank()) {
            pages.down(2);
            lines(List.of(new Span(d.subtitle(), fonts.regular(), 10.5f)), pages.left(), pages.width(), 14f,
                    PdfPages.MUTED);
        }
        pages.down(6);
        pages.line(pages.left(), pages.y(), pages.left() + pages.width(), pages.y(), 0.8f, PdfPages.ACCENT);
        pages.down(6);
    }

    private void block(Block block) throws IOException {
        switch (block) {
            case Heading h -> heading(h, 0);
            case Paragraph p -> paragraph(p, pages.left(), pages.width());
            case BulletList l -> bullets(l);
            case Table t -> PdfTables.draw(pages, fonts, t);
            case Figure f -> figure(f);
            case PageBreak b -> pages.newPage();
        }
    }

    /** The height of what a heading is kept with: the headings below it and the start of the block after them. */
    private float keep(List<Block> blocks, int from) {
        float h = 0;
        for (int i = from; i < blocks.size(); i++) {
            switch (blocks.get(i)) {
                case Heading next -> h += headingHeight(next);
                case Figure f -> {
                    return h + PdfFigures.height(f, pages.width()) + 30;
                }
                case Table t -> {
                    return h + PdfTables.startHeight(pages, fonts, t);
                }
                case PageBreak b -> {
                    return h;
                }
                default -> {
                    return h + 3 * BODY * 1.35f;
                }
            }
        }
        return h;
    }

    private static float headingHeight(Heading h) {
        return before(h) + HEADING[h.level()] * 1.3f + 4;
    }

    private static float before(Heading h) {
        return h.level() == 1 ? 14 : h.level() == 2 ? 10 : 6;
    }

    /** A heading, on a new page unless it fits here together with {@code keep} points of what follows. */
    private void heading(Heading h, float keep) throws IOException {
        float size = HEADING[h.level()];
        float leading = size * 1.3f;
        float before = before(h);
        pages.need(headingHeight(h) + Math.min(keep, pages.pageHeight() * 0.8f));
        if (!pages.atTop()) {
            pages.down(before);
        }
        lines(List.of(new Span(h.text(), fonts.bold(), size)), pages.left(), pages.width(), leading,
                h.level() == 3 ? PdfPages.TEXT : PdfPages.ACCENT);
        pages.down(4);
    }

    private void paragraph(Paragraph p, float x, float width) throws IOException {
        float size = p.style() == Paragraph.Style.SMALL ? SMALL : BODY;
        float leading = size * 1.35f;
        List<Span> spans = spans(p, size);
        if (p.style() == Paragraph.Style.TO_COMPLETE) {
            toComplete(spans, x, width, leading);
        } else {
            lines(spans, x, width, leading, p.style() == Paragraph.Style.SMALL ? PdfPages.MUTED : PdfPages.TEXT);
        }
        pages.down(size * 0.6f);
    }

    private List<Span> spans(Paragraph p, float size) {
        List<Span> spans = new ArrayList<>();
        if (p.style() == Paragraph.Style.TO_COMPLETE) {
            spans.add(new Span("To complete: ", fonts.bold(), size));
        }
        for (Run r : p.runs()) {
            spans.add(new Span(r.text(), fonts.font(r.bold(), r.italic()), size));
        }
        return spans;
    }

    /** The paragraph in a pale yellow box with an amber bar, split over pages if it must. */
    private void toComplete(List<Span> spans, float x, float width, float leading) throws IOException {
        List<Line> lines = PdfText.lines(fonts, spans, width - 2 * BOX_PAD - 3);
        pages.need(Math.min(lines.size(), 3) * leading + 2 * BOX_PAD);
        int i = 0;
        while (i < lines.size()) {
            int fit = Math.max(1, (int) Math.floor((pages.room() - 2 * BOX_PAD) / leading));
            int count = Math.min(fit, lines.size() - i);
            float h = count * leading + 2 * BOX_PAD;
            float top = pages.y();
            pages.fill(x, top - h, width, h, TO_COMPLETE_FILL);
            pages.fill(x, top - h, 2.5f, h, TO_COMPLETE_BAR);
            pages.down(BOX_PAD);
            for (int k = i; k < i + count; k++) {
                drawLine(lines.get(k), x + BOX_PAD + 3, leading, PdfPages.TEXT);
            }
            pages.down(BOX_PAD);
            i += count;
            if (i < lines.size()) {
                pages.newPage();
            }
        }
    }

    private void bullets(BulletList list) throws IOException {
        for (Paragraph item : list.items()) {
            float leading = BODY * 1.35f;
            pages.need(leading);
            float baseline = pages.y() - leading + 3;
            pages.text("\u2022", fonts.regular(), BODY, pages.left() + 4, baseline, PdfPages.TEXT);
            lines(spans(item, BODY), pages.left() + 16, pages.width() - 16, leading, PdfPages.TEXT);
            pages.down(2);
        }
        pages.down(4);
    }

    private void figure(Figure f) throws IOException {
        float h = PdfFigures.height(f, pages.width());
        List<Line> caption = f.caption().isBlank() ? List.of()
                : PdfText.lines(fonts, List.of(new Span(f.caption(), fonts.regular(), SMALL)), pages.width());
        pages.need(h + 8 + caption.size() * SMALL * 1.35f);
        pages.down(4);
        pages.down(figures.draw(pages, f, pages.left(), pages.y(), pages.width()));
        pages.down(4);
        for (Line l : caption) {
            drawLine(l, pages.left(), SMALL * 1.35f, PdfPages.MUTED);
        }
        pages.down(8);
    }

    /** Wraps spans into the width and draws the lines, moving to a new page when one is full. */
    private void lines(List<Span> spans, float x, float width, float leading, Color color) throws IOException {
        for (Line line : PdfText.lines(fonts, spans, width)) {
            drawLine(line, x, leading, color);
        }
    }

    private void drawLine(Line line, float x, float leading, Color color) throws IOException {
        pages.need(leading);
        pages.down(leading);
        float baseline = pages.y() + leading * 0.25f;
        for (Piece p : line.pieces()) {
            PDFont font = p.font();
            pages.text(p.text(), font, p.size(), x + p.x(), baseline, color);
        }
    }
}
