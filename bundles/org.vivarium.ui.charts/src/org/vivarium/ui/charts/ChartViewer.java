package org.vivarium.ui.charts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;
import org.vivarium.analysis.result.ChartSpec;

/**
 * A chart in the workbench with its export: PNG at 300 dpi, SVG and PDF as vector graphics, at a journal size.
 * (jfreechart-swt's own "Save as" is switched off: it calls a JFreeChart 1.0 class that 1.5 no longer has.)
 */
public final class ChartViewer extends Composite {

    private final ChartComposite canvas;
    private final Combo size;
    private final Button export;
    private JFreeChart chart;
    private Path exportFolder;
    /** Where the last export went in this session: the next export dialog starts there. */
    private static Path lastExportFolder;

    public ChartViewer(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 4).applyTo(this);
        canvas = new ChartComposite(this, SWT.NONE, null, true, false, true, true, true);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(400, 260).applyTo(canvas);
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
    }

    /** Shows the chart of a specification. */
    public void setSpec(ChartSpec spec) {
        setChart(spec == null ? null : ChartRenderer.render(spec));
    }

    public void setChart(JFreeChart next) {
        chart = next;
        canvas.setChart(next);
        canvas.forceRedraw();
        export.setEnabled(next != null);
    }

    public JFreeChart getChart() {
        return chart;
    }

    /** Whether a chart is shown. */
    public boolean hasChart() {
        return chart != null;
    }

    /** The shown chart's title ("" without a chart). */
    public String title() {
        return chart == null || chart.getTitle() == null ? "" : chart.getTitle().getText();
    }

    /** Number of data sets drawn (one per series of the specification). */
    public int datasetCount() {
        return chart == null ? 0 : ChartRenderer.datasets(chart);
    }

    public ChartSize selectedSize() {
        return ChartSize.values()[Math.max(0, size.getSelectionIndex())];
    }

    /** The folder the export dialog starts in until a chart is exported (e.g. the study's folder). */
    public void setExportFolder(Path folder) {
        this.exportFolder = folder;
    }

    /** Where the export dialog starts: the folder of the last export, else the export folder, else the home folder. */
    public Path exportStartFolder() {
        return lastExportFolder != null ? lastExportFolder
                : exportFolder != null ? exportFolder : Path.of(System.getProperty("user.home"));
    }

    /** Writes the chart (format by extension: png, svg, pdf). */
    public void export(Path file, ChartSize at) throws IOException {
        if (chart == null) {
            throw new IOException("there is no chart to export");
        }
        ChartExport.write(chart, file, at);
    }

    private void exportWithDialog() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export Chart");
        dialog.setFilterNames(new String[] { "PNG image, 300 dpi (*.png)", "SVG vector graphics (*.svg)",
                "PDF vector graphics (*.pdf)" });
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg", "*.pdf" });
        dialog.setOverwrite(true);
        dialog.setFileName(fileName(chart == null || chart.getTitle() == null ? null : chart.getTitle().getText()));
        dialog.setFilterPath(exportStartFolder().toString());
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        if (ChartExport.Format.of(file) == null) {
            String ext = new String[] { ".png", ".svg", ".pdf" }[Math.max(0, dialog.getFilterIndex())];
            file = Path.of(chosen + ext);
        }
        try {
            export(file, selectedSize());
            lastExportFolder = file.toAbsolutePath().getParent();
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getShell(), "Chart not exported", file + ": " + e.getMessage());
        }
    }

    /**
     * A file name for an exported chart from its title: "Immobility over time (mean ± SEM)" gives
     * {@code Immobility-over-time-mean-SEM.png}.
     */
    static String fileName(String title) {
        String name = title == null ? "" : title.replaceAll("[^A-Za-z0-9+._-]+", "-").replaceAll("-+", "-")
                .replaceAll("^[-.]+|[-.]+$", "");
        return (name.isEmpty() ? "chart" : name) + ".png";
    }
}
