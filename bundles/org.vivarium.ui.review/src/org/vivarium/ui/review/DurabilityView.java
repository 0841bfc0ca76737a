package org.vivarium.ui.review;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.views.StudyPartSupport;

/**
 * The study's question in one picture: for each primary outcome measured at several times since dose, how long
 * each treated arm differs from vehicle (Sidak-corrected) - the effect over time with the last significant timepoint
 * marked, and the time course behind it.
 */
public class DurabilityView extends ViewPart {

    public static final String ID = "org.vivarium.ui.review.durability";

    private ScrollingBody scroll;
    private Composite body;
    private StudyPartSupport support;
    private final List<AnalysisResult> results = new ArrayList<>();
    private final List<ResultPanel> panels = new ArrayList<>();
    /** Counts the studies shown; a result computed for the study before is dropped. */
    private int generation;

    @Override
    public void createPartControl(Composite parent) {
        scroll = new ScrollingBody(parent, s -> body = new Composite(s, SWT.NONE));
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 10).applyTo(body);
        support = new StudyPartSupport(getViewSite(), this::refresh, () -> { }).followUpdates();
    }

    /** Runs the durability analysis again on the open study's outcomes. */
    public void refresh() {
        refresh(org.vivarium.ui.session.StudySessions.current());
    }

    private void refresh(StudySession session) {
        generation++;
        int started = generation;
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        results.clear();
        panels.clear();
        AnalysisDescriptor durability = AnalysisRegistry.getDefault().find("durability").orElse(null);
        if (session == null || durability == null) {
            label(session == null ? "Open a study to see how long its treatments act."
                    : "The durability analysis is not installed.", false);
            relayout();
            return;
        }
        List<MeasureDefinition> outcomes = outcomes(session.study());
        if (outcomes.isEmpty()) {
            label("No primary outcome has results at two or more times since dose yet.", false);
        }
        for (MeasureDefinition m : outcomes) {
            AssayDefinition assay = (AssayDefinition) m.eContainer();
            Label heading = label(assay.getName() + ": " + m.getLabel() + " - running ...", true);
            ResultPanel panel = new ResultPanel(body);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(panel);
            panels.add(panel);
            try {
                Dataset data = StudyDatasets.extract(session.study(), assay.getCode(), m.getName());
                new AnalysisJob(durability, data, Parameters.none(), body.getDisplay(), r -> {
                    if (started == generation) {
                        show(heading, panel, r, assay, m);
                    }
                }).schedule();
            } catch (DatasetException e) {
                heading.setText(assay.getName() + ": " + String.join("; ", e.problems()));
            }
        }
        relayout();
    }

    /** Primary measures of assays with results at two or more times since dose (e.g. FST immobility, NSF latency). */
    static List<MeasureDefinition> outcomes(Study study) {
        List<MeasureDefinition> result = new ArrayList<>();
        for (AssayDefinition a : study.getAssays()) {
            long times = a.getSessions().stream().filter(s -> !s.getMeasurements().isEmpty())
                    .mapToDouble(AssaySession::getTimeFromDoseHours).distinct().count();
            if (times >= 2) {
                a.getMeasures().stream().filter(MeasureDefinition::isPrimary).forEach(result::add);
            }
        }
        return result;
    }

    private void show(Label heading, ResultPanel panel, AnalysisResult result, AssayDefinition assay,
            MeasureDefinition m) {
        if (panel.isDisposed()) {
            return;
        }
        results.add(result);
        heading.setText(assay.getName() + ": " + m.getLabel() + " - " + summary(result));
        panel.show(result);
        relayout();
    }

    /** e.g. "KET+BCI differs up to 8 wk; KET+VEH up to 1 wk; VEH+BCI at no timepoint". */
    static String summary(AnalysisResult result) {
        if (!result.isOk()) {
            return result.message();
        }
        ResultTable t = result.table("durability");
        if (t == null) {
            return result.title();
        }
        int arm = t.columnIndex("arm");
        int last = t.columnIndex("lastSignificant");
        List<String> parts = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            String when = String.valueOf(row.get(last));
            parts.add(row.get(arm) + (when.equals("none") ? " at no timepoint" : " differs up to " + when));
        }
        return String.join("; ", parts);
    }

    private Label label(String text, boolean bold) {
        Label l = new Label(body, SWT.WRAP);
        l.setText(text);
        if (bold) {
            l.setFont(JFaceResources.getHeaderFont());
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(l);
        return l;
    }

    private void relayout() {
        scroll.relayout();
    }

    /** The results shown (tests). */
    public List<AnalysisResult> results() {
        return List.copyOf(results);
    }

    public List<ResultPanel> panels() {
        return List.copyOf(panels);
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }

    @Override
    public void dispose() {
        if (support != null) {
            support.dispose();
        }
        super.dispose();
    }
}
