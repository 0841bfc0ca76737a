package org.vivarium.publish.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading printed PDFs back in tests: the text, and where the text lies on each page. */
final class Pdfs {

    private Pdfs() {
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The text of each page. */
    static List<String> pages(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(s.getText(d));
            }
            return pages;
        }
    }

    /**
     * The smallest distance of any character to the page's edges over all pages (points): negative when text runs off
     * the paper.
     */
    static double smallestMargin(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            double[] min = { Double.MAX_VALUE };
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    float width = getCurrentPage().getMediaBox().getWidth();
                    float height = getCurrentPage().getMediaBox().getHeight();
                    for (TextPosition p : positions) {
                        min[0] = Math.min(min[0], Math.min(p.getXDirAdj(), width - p.getXDirAdj() - p
                                .getWidthDirAdj()));
                        min[0] = Math.min(min[0], Math.min(p.getYDirAdj() - p.getHeightDir(), height - p
                                .getYDirAdj()));
                    }
                    super.writeString(text, positions);
                }
            };
            s.getText(d);
            return min[0];
        }
    }
}
