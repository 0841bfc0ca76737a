package org.vivarium.publish.charts;

import org.vivarium.core.logging.QuietLog4j;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.JFreeChart;
import org.vivarium.core.store.AtomicFileWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Writes charts as PNG (300 dpi), SVG or PDF (both vector) at a publication size. Files are written to a temporary
 * file first and then renamed, so a failed export never leaves half a file behind.
 */
public final class ChartExport {

    /** Export formats, chosen by the file extension. */
    public enum Format {
        PNG, SVG, PDF;

        /** The format of a file name, or null if its extension is not one of png, svg, pdf. */
        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith("." + f.name().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            return null;
        }
    }

    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    static {
        QuietLog4j.quiet();
    }

    private ChartExport() {
    }

    /**
     * Writes a chart laid out for the size to the file in the format its extension names (png, svg or pdf); callers
     * outside this package use {@link ChartPicture#write(Path, ChartSize)}, which lays the chart out for the size.
     */
    static void write(JFreeChart chart, Path file, ChartSize size) throws IOException {
        Format format = Format.of(file);
        if (format == null) {
            throw new IOException(file.getFileName() + ": choose a file name ending in .png, .svg or .pdf");
        }
        AtomicFileWriter.write(file, out -> {
            switch (format) {
                case PNG -> png(chart, out, size);
                case SVG -> svg(chart, out, size);
                case PDF -> pdf(chart, out, size);
            }
        });
    }

    /** Draws at the printed size in points, scaled to 300 dpi, and records the resolution in the file. */
    static void png(JFreeChart chart, OutputStream out, ChartSize size) throws IOException {
        BufferedImage image = new BufferedImage(size.widthPx(), size.heightPx(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale((double) size.widthPx() / size.widthPt(), (double) size.heightPx() / size.heightPt());
            chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()));
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        metadata.mergeTree(PNG_FORMAT, resolution());
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * The PNG pHYs chunk for {@link ChartSize#PNG_DPI}, in the PNG writer's own metadata format: the standard format's
     * HorizontalPixelSize (millimetres per pixel) is written by the JDK as if it were pixels per millimetre, which
     * gave 85 pixels per metre (2.2 dpi).
     */
    private static IIOMetadataNode resolution() {
        String perMetre = Long.toString(Math.round(ChartSize.PNG_DPI / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
        root.appendChild(phys);
        return root;
    }

    static void svg(JFreeChart chart, OutputStream out, ChartSize size) throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException("cannot create the SVG document: " + e.getMessage(), e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Vivarium chart");
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(size.widthPt(), size.heightPt()));
        chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()));
        // The drawing is in points: give the printed size in points so that it is placed at 85 mm, not at 241 px.
        Element root = g.getRoot();
        root.setAttribute("width", size.widthPt() + "pt");
        root.setAttribute("height", size.heightPt() + "pt");
        root.setAttribute("viewBox", "0 0 " + size.widthPt() + " " + size.heightPt());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        g.stream(root, writer, true, false);
        writer.flush();
        g.dispose();
    }

    static void pdf(JFreeChart chart, OutputStream out, ChartSize size) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(size.widthPt(), size.heightPt()));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, size.widthPt(), size.heightPt());
            chart.draw(g, new Rectangle2D.Double(0, 0, size.widthPt(), size.heightPt()));
            g.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            document.getDocumentInformation().setTitle(chart.getTitle() == null ? "Chart" : chart.getTitle().getText());
            document.getDocumentInformation().setCreator("Vivarium");
            document.save(out);
        }
    }

    /**
     * What was written, for a confirmation: "single column, 85 x 70 mm, 300 dpi" for a PNG, "..., vector" for SVG and
     * PDF.
     */
    public static String describe(Path file, ChartSize size) {
        return size.description() + (Format.of(file) == Format.PNG ? ", " + ChartSize.PNG_DPI + " dpi" : ", vector");
    }

    /**
     * A file name for an exported chart from its title: "Immobility over time (mean ± SEM)" gives
     * {@code Immobility-over-time-mean-SEM.png}.
     */
    public static String fileName(String title) {
        String name = title == null ? "" : title.replaceAll("[^A-Za-z0-9+._-]+", "-").replaceAll("-+", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        return (name.isEmpty() ? "chart" : name) + ".png";
    }
}
