package org.vivarium.publish.document;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.vivarium.publish.charts.ChartPicture;

/**
 * Figures of a PDF document, drawn as vector graphics: each chart is exported by {@link ChartPicture} as a one-page
 * PDF at its publication size (exactly as the chart export writes it) and placed as a form, scaled down to the text
 * width if wider. The exported charts stay open until the document is saved, then are closed.
 */
final class PdfFigures implements Closeable {

    private final List<PDDocument> sources = new ArrayList<>();

    /** Draws the figure with its top-left corner at (x, top); returns the height used. */
    float draw(PdfPages pages, Figure figure, float x, float top, float maxWidth) throws IOException {
        PDFormXObject form = form(pages.document(), figure);
        float w = figure.size().widthPt();
        float h = figure.size().heightPt();
        float scale = Math.min(1f, maxWidth / w);
        float left = x + (maxWidth - w * scale) / 2;
        pages.content().saveGraphicsState();
        pages.content().transform(new Matrix(scale, 0, 0, scale, left, top - h * scale));
        pages.content().drawForm(form);
        pages.content().restoreGraphicsState();
        return h * scale;
    }

    /** The printed height of a figure within the width. */
    static float height(Figure figure, float maxWidth) {
        return figure.size().heightPt() * Math.min(1f, maxWidth / figure.size().widthPt());
    }

    private PDFormXObject form(PDDocument target, Figure figure) throws IOException {
        Path file = Files.createTempFile("vivarium-figure", ".pdf");
        try {
            ChartPicture.of(figure.chart()).write(file, figure.size());
            PDDocument source = Loader.loadPDF(Files.readAllBytes(file));
            sources.add(source);
            return new LayerUtility(target).importPageAsForm(source, 0);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (PDDocument d : sources) {
            try {
                d.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        sources.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
