package org.vivarium.ui.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.ResultText;
import org.vivarium.ui.charts.ChartViewer;
import org.vivarium.ui.session.Folders;

/**
 * Shows any analysis result the same way: its charts (exportable), what was done and on how many (method, n,
 * exclusions with reasons, assumptions, warnings), the test statistics and the result tables. Renders, computes
 * nothing.
 */
public final class ResultPanel extends Composite {

    private static final int CHART_HEIGHT = 320;
    private final List<ChartViewer> charts = new ArrayList<>();

    public ResultPanel(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(8, 10).applyTo(this);
    }

    /** Replaces what is shown by a result (null: nothing). */
    public void show(AnalysisResult result) {
        for (Control c : getChildren()) {
            c.dispose();
        }
        charts.clear();
        if (result != null) {
            heading(result.title());
            if (!result.isOk()) {
                Label error = text(result.status() + ": " + result.message(), SWT.COLOR_DARK_RED);
                error.setFont(JFaceResources.getBannerFont());
            }
            chartsOf(result.charts());
            notes(result.notes().stream().filter(n -> n.kind() != Note.Kind.ASSUMPTION).toList());
            StatisticsTable.create(this, "Test statistics", result.statistics().stream()
                    .filter(s -> !Assumptions.isCheck(s)).toList());
            assumptions(result);
            for (ResultTable t : result.tables()) {
                if (!Assumptions.isCheck(t)) {
                    table(t);
                }
            }
        }
        layout(true, true);
    }

    /** The chart viewers shown (for exports and tests). */
    public List<ChartViewer> charts() {
        return List.copyOf(charts);
    }

    private void heading(String title) {
        Label l = new Label(this, SWT.WRAP);
        l.setText(title);
        l.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(l);
    }

    private Label text(String s, int colour) {
        Label l = new Label(this, SWT.WRAP);
        l.setText(s);
        if (colour != SWT.NONE) {
            l.setForeground(getDisplay().getSystemColor(colour));
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(l);
        return l;
    }

    private void chartsOf(List<ChartSpec> specs) {
        if (specs.isEmpty()) {
            return;
        }
        Composite grid = new Composite(this, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(Math.min(2, specs.size())).equalWidth(true).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(grid);
        for (ChartSpec spec : specs) {
            ChartViewer viewer = new ChartViewer(grid);
            viewer.setExportFolder(Path.of(Folders.dialogFolder()));
            GridDataFactory.fillDefaults().grab(true, false).hint(420, CHART_HEIGHT).applyTo(viewer);
            viewer.setSpec(spec);
            charts.add(viewer);
        }
    }

    private void notes(List<Note> notes) {
        Map<Note.Kind, List<String>> byKind = new EnumMap<>(Note.Kind.class);
        for (Note n : notes) {
            byKind.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(n.text());
        }
        byKind.forEach((kind, texts) -> {
            Label title = new Label(this, SWT.NONE);
            title.setText(switch (kind) {
                case METHOD -> "Method";
                case SAMPLE_SIZE -> "Sample size (n)";
                case EXCLUSION -> "Excluded, with reasons";
                case ASSUMPTION -> "Assumptions";
                case WARNING -> "Warnings";
                case INFO -> "Findings";
            });
            title.setFont(JFaceResources.getBannerFont());
            for (String t : texts) {
                text("\u2022 " + t, kind == Note.Kind.WARNING ? SWT.COLOR_DARK_RED : SWT.NONE);
            }
        });
    }

    /** The assumption checks the result carries, in a section of their own. */
    private void assumptions(AnalysisResult result) {
        if (!Assumptions.any(result)) {
            return;
        }
        List<org.vivarium.analysis.result.Statistic> checks = Assumptions.statistics(result);
        if (checks.isEmpty()) {
            Label title = new Label(this, SWT.NONE);
            title.setText("Assumptions");
            title.setFont(JFaceResources.getBannerFont());
        } else {
            StatisticsTable.create(this, "Assumptions", checks);
        }
        for (ResultTable t : Assumptions.tables(result)) {
            table(t);
        }
        for (String t : Assumptions.notes(result)) {
            text("\u2022 " + t, SWT.NONE);
        }
    }

    private void table(ResultTable rt) {
        List<String> headers = rt.columns().stream().map(ResultPanel::header).toList();
        Table t = newTable(rt.title(), headers);
        for (List<Object> row : rt.rows()) {
            TableItem item = new TableItem(t, SWT.NONE);
            List<String> exact = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                boolean p = rt.columns().get(i).type() == Column.Type.P_VALUE && row.get(i) instanceof Double;
                item.setText(i, p ? TableNumbers.format((Double) row.get(i)) : row.get(i) instanceof Double d
                        && Double.isFinite(d) ? TableNumbers.number(d) : ResultText.number(row.get(i)));
                exact.add(row.get(i) == null ? "" : String.valueOf(row.get(i)));
            }
            TableCopy.setValues(item, exact);
        }
        pack(t);
    }

    private static String header(Column c) {
        return c.unit() == null || c.unit().isBlank() ? c.label() : c.label() + " (" + c.unit() + ")";
    }

    private Table newTable(String title, List<String> headers) {
        Label l = new Label(this, SWT.WRAP);
        l.setText(title);
        l.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(l);
        Table t = new Table(this, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setToolTipText("Ctrl+C copies the selected rows (or the table) for Excel, Prism or R");
        TableCopy.install(t);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (String h : headers) {
            new TableColumn(t, SWT.LEFT).setText(h);
        }
        return t;
    }

    private static void pack(Table t) {
        for (TableColumn c : t.getColumns()) {
            c.pack();
            c.setWidth(Math.min(c.getWidth() + 12, 520));
        }
        int rows = Math.min(t.getItemCount(), 12);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT,
                t.getHeaderHeight() + rows * t.getItemHeight() + 4).applyTo(t);
    }
}
