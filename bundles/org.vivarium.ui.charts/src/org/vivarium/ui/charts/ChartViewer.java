package org.vivarium.ui.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.publish.charts.ChartExport;
import org.vivarium.publish.charts.ChartPicture;
import org.vivarium.publish.charts.ChartSize;

/**
 * A chart in the workbench with its export: PNG at 300 dpi, SVG and PDF as vector graphics, at a journal size. The
 * chart is drawn by the headless renderer of {@code org.vivarium.publish} for the canvas' size and shown as an image,
 * so the workbench shows exactly what is exported.
 */
public final class ChartViewer extends Composite {

    private final Canvas canvas;
    private final Combo size;
    private final Button export;
    private final Label status;
    private FileChooser chooser = this::chooseWithDialog;
    private ChartPicture chart;
    private Image image;
    private Path exportFolder;
    /**
     * Where the last export went in this session, per export folder (study folder): the next export dialog for the
     * same study starts there.
     */
    private static final Map<Path, Path> LAST_EXPORT_FOLDERS = new HashMap<>();

    public ChartViewer(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 4).applyTo(this);
        canvas = new Canvas(this, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(400, 260).applyTo(canvas);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> forget());
        Label label = new Label(this, SWT.NONE);
        label.setText("Export size:");
        size = new Combo(this, SWT.READ_ONLY);
        for (ChartSize s : ChartSize.values()) {
            size.add(s.label());
        }
        size.select(0);
        export = new Button(this, SWT.PUSH);
        export.setText("Export chart...");
        export.setToolTipText("Save as PNG (300 dpi), SVG or PDF (vector)");
        export.setEnabled(false);
        export.addListener(SWT.Selection, e -> exportWithDialog());
        status = new Label(this, SWT.NONE);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(status);
        addListener(SWT.Dispose, e -> forget());
    }

    /** Asks where to export the chart: the file, or null when cancelled. */
    @FunctionalInterface
    public interface FileChooser {
        Path choose(String suggestedName, Path folder);
    }

    /** Replaces the save dialog (tests). */
    public void setFileChooser(FileChooser chooser) {
        this.chooser = chooser;
    }

    /** The line under the chart that confirms where the last export went ("" before one). */
    public String status() {
        return status.getText();
    }

    /** Shows the chart of a specification (null: no chart). */
    public void setSpec(ChartSpec spec) {
        chart = spec == null ? null : ChartPicture.of(spec);
        export.setEnabled(chart != null);
        status.setText("");
        forget();
        canvas.redraw();
    }

    /** The shown chart, or null. */
    public ChartPicture getChart() {
        return chart;
    }

    /** Whether a chart is shown. */
    public boolean hasChart() {
        return chart != null;
    }

    /** The shown chart's title ("" without a chart). */
    public String title() {
        return chart == null ? "" : chart.title();
    }

    /** Number of data sets drawn (one per series of the specification). */
    public int datasetCount() {
        return chart == null ? 0 : chart.datasetCount();
    }

    public ChartSize selectedSize() {
        return ChartSize.values()[Math.max(0, size.getSelectionIndex())];
    }

    /** The folder the export dialog starts in until a chart is exported (e.g. the study's folder). */
    public void setExportFolder(Path folder) {
        this.exportFolder = folder;
    }

    /**
     * Where the export dialog starts: the folder of the last export of this export folder's charts, else the export
     * folder, else the home folder.
     */
    public Path exportStartFolder() {
        Path last = LAST_EXPORT_FOLDERS.get(exportFolder);
        return last != null ? last
                : exportFolder != null ? exportFolder : Path.of(System.getProperty("user.home"));
    }

    /**
     * Writes the chart (format by extension: png, svg, pdf) and confirms it under the chart: "Saved
     * ~/figures/KET-BCI.png (single column, 85 x 70 mm, 300 dpi)".
     */
    public void export(Path file, ChartSize at) throws IOException {
        if (chart == null) {
            throw new IOException("there is no chart to export");
        }
        chart.write(file, at);
        LAST_EXPORT_FOLDERS.put(exportFolder, file.toAbsolutePath().getParent());
        status.setText("Saved " + shortened(file) + " (" + ChartExport.describe(file, at) + ")");
        status.setToolTipText(file.toAbsolutePath().toString());
        layout(true);
    }

    /** The file's absolute path, with the home folder as ~. */
    private static String shortened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        return absolute.startsWith(home) && !absolute.equals(home) ? "~" + java.io.File.separator
                + home.relativize(absolute) : absolute.toString();
    }

    private void paint(org.eclipse.swt.graphics.GC gc) {
        Point area = canvas.getSize();
        if (chart == null || area.x < 2 || area.y < 2) {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(0, 0, area.x, area.y);
            return;
        }
        if (image == null) {
            image = new Image(canvas.getDisplay(), toImageData(chart.image(area.x, area.y)));
        }
        gc.drawImage(image, 0, 0);
    }

    private void forget() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    /** An AWT RGB image as SWT image data (direct palette, 24 bits per pixel). */
    static ImageData toImageData(BufferedImage awt) {
        int w = awt.getWidth();
        int h = awt.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            awt.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                row[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, w, row, 0);
        }
        return data;
    }

    private Path chooseWithDialog(String suggestedName, Path folder) {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export Chart");
        dialog.setFilterNames(new String[] { "PNG image, 300 dpi (*.png)", "SVG vector graphics (*.svg)",
                "PDF vector graphics (*.pdf)" });
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg", "*.pdf" });
        dialog.setOverwrite(true);
        dialog.setFileName(suggestedName);
        dialog.setFilterPath(folder.toString());
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        if (ChartExport.Format.of(file) == null) {
            String ext = new String[] { ".png", ".svg", ".pdf" }[Math.max(0, dialog.getFilterIndex())];
            file = Path.of(chosen + ext);
        }
        return file;
    }

    private void exportWithDialog() {
        Path file = chooser.choose(ChartExport.fileName(chart == null ? null : chart.title()), exportStartFolder());
        if (file == null) {
            return;
        }
        try {
            export(file, selectedSize());
        } catch (IOException | RuntimeException e) {
            status.setText("");
            MessageDialog.openError(getShell(), "Chart not exported", file + ": " + e.getMessage());
        }
    }
}
