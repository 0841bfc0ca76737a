package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;
import org.vivarium.publish.charts.ChartSize;
import org.vivarium.ui.charts.ChartViewer;

/** A chart's export from the viewer confirms under the chart where the file went, at what size, without a dialog. */
class ChartViewerUITest {

    @TempDir
    Path dir;

    @Test
    void anExportIsConfirmedUnderTheChart() throws Exception {
        Shell shell = new Shell(Display.getDefault());
        try {
            shell.setLayout(new FillLayout());
            ChartViewer viewer = new ChartViewer(shell);
            shell.setSize(700, 500);
            shell.open();
            viewer.setSpec(new ChartSpec(ChartSpec.Kind.TIME_COURSE, "KET+BCI over time", "Time since dose",
                    "Immobility (s)", ChartSpec.Axis.HOURS_SINCE_DOSE, List.of(), ChartSpec.ErrorBars.SEM,
                    List.of(new Series("KET+BCI", Series.Style.LINE_WITH_ERROR, List.of(Point.xy(1, 90, 85, 95),
                            Point.xy(1344, 120, 110, 130)))), List.of()));
            Ui.flush();
            assertThat(viewer.status()).isEmpty();
            Path file = dir.resolve("KET-BCI.png");
            List<String> suggested = new ArrayList<>();
            viewer.setFileChooser((name, folder) -> {
                suggested.add(name);
                return file;
            });
            Combo size = Widgets.all(viewer, Combo.class).get(0);
            // a read-only GTK combo does not take synthetic arrow keys: choose the entry as a mouse user would
            size.select(1);
            size.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertThat(viewer.selectedSize()).isEqualTo(ChartSize.DOUBLE_COLUMN);
            Widgets.press(Widgets.button(viewer, "Export chart...", 0));
            assertThat(suggested).containsExactly("KET+BCI-over-time.png");
            assertThat(viewer.status()).isEqualTo("Saved " + file.toAbsolutePath()
                    + " (double column, 178 x 110 mm, 300 dpi)");
            assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(ChartSize.DOUBLE_COLUMN.widthPx());
            assertThat(Display.getDefault().getActiveShell()).as("no dialog on success").isSameAs(shell);
        } finally {
            shell.dispose();
        }
    }
}
