package org.vivarium.ui.review;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.views.StudyPartSupport;

/**
 * Runs any installed analysis (built-in or a lab's plug-in, from the extension point) on an assay of the open study:
 * choose the analysis, assay, measure and its inputs, run it in the background, read tables, notes and charts.
 */
public class AnalysisView extends ViewPart {

    public static final String ID = "org.vivarium.ui.review.analysis";

    private Combo analysis;
    private Combo assay;
    private Combo measure;
    private AnalysisForm form;
    private Button run;
    private Label status;
    private ResultPanel results;
    private ScrollingBody scroll;
    private StudyPartSupport support;
    private List<AnalysisDescriptor> descriptors = List.of();
    private AnalysisResult last;

    @Override
    public void createPartControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(top);
        Composite choices = new Composite(top, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(10, 6).applyTo(choices);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(choices);
        analysis = combo(choices, "Analysis:", 300);
        assay = combo(choices, "Assay:", 160);
        measure = combo(choices, "Measure:", 160);
        form = new AnalysisForm(top);
        Composite actions = new Composite(top, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(actions);
        run = new Button(actions, SWT.PUSH);
        run.setText("Run analysis");
        status = new Label(actions, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(status);
        scroll = new ScrollingBody(top, s -> results = new ResultPanel(s));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll.control());
        analysis.addListener(SWT.Selection, e -> inputsChanged());
        assay.addListener(SWT.Selection, e -> assayChanged());
        measure.addListener(SWT.Selection, e -> inputsChanged());
        run.addListener(SWT.Selection, e -> run());
        support = new StudyPartSupport(getViewSite(), s -> studyChanged(), () -> { });
        studyChanged();
    }

    private static Combo combo(Composite parent, String label, int width) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.setVisibleItemCount(20);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(c);
        return c;
    }

    private static Study study() {
        StudySession s = org.vivarium.ui.session.StudySessions.current();
        return s == null ? null : s.study();
    }

    private void studyChanged() {
        descriptors = AnalysisRegistry.getDefault().all();
        analysis.setItems(descriptors.stream().map(d -> d.name() + "  (" + d.id() + ")").toArray(String[]::new));
        analysis.select(Math.max(0, ids().indexOf("descriptives")));
        Study study = study();
        assay.setItems(study == null ? new String[0] : study.getAssays().stream()
                .filter(a -> a.getSessions().stream().anyMatch(s -> !s.getMeasurements().isEmpty()))
                .map(AssayDefinition::getCode).toArray(String[]::new));
        assay.select(0);
        assayChanged();
    }

    private List<String> ids() {
        return descriptors.stream().map(AnalysisDescriptor::id).toList();
    }

    private void assayChanged() {
        Study study = study();
        AssayDefinition a = study == null ? null : org.vivarium.core.study.Studies.findAssay(study, assay.getText());
        List<MeasureDefinition> measures = a == null ? List.of() : a.getMeasures();
        measure.setItems(measures.stream().map(MeasureDefinition::getName).toArray(String[]::new));
        measure.select(Math.max(0, measures.stream().map(MeasureDefinition::isPrimary).toList().indexOf(true)));
        inputsChanged();
    }

    private void inputsChanged() {
        Dataset data = dataset();
        run.setEnabled(data != null && selected() != null);
        if (data != null && selected() != null) {
            try {
                form.show(selected(), data);
                boolean fits = selected().analysis().applicability().accepts(data);
                status.setText(fits ? selected().description() : "Note: " + selected().name() + " is made for "
                        + selected().analysis().applicability() + "; this data is " + data.source() + ".");
            } catch (AnalysisException e) {
                status.setText(e.getMessage());
                run.setEnabled(false);
            }
        }
        relayout();
    }

    private AnalysisDescriptor selected() {
        int i = analysis.getSelectionIndex();
        return i < 0 || i >= descriptors.size() ? null : descriptors.get(i);
    }

    private Dataset dataset() {
        Study study = study();
        if (study == null || assay.getText().isEmpty()) {
            status.setText(study == null ? "Open a study first." : "No assay of this study has results yet.");
            return null;
        }
        try {
            return StudyDatasets.extract(study, assay.getText(), measure.getText().isEmpty() ? null : measure.getText());
        } catch (DatasetException e) {
            status.setText(String.join("\n", e.problems()));
            return null;
        }
    }

    /** Runs the chosen analysis with the entered inputs in a background job. */
    public void run() {
        Dataset data = dataset();
        AnalysisDescriptor d = selected();
        if (data == null || d == null) {
            return;
        }
        Map<String, String> values = form.values();
        values.putIfAbsent("measure", measure.getText());
        run.setEnabled(false);
        status.setText("Running " + d.name() + " on " + data.source() + " ...");
        new AnalysisJob(d, data, Parameters.of(values), getSite().getShell().getDisplay(), this::show).schedule();
    }

    private void show(AnalysisResult result) {
        if (results.isDisposed()) {
            return;
        }
        last = result;
        run.setEnabled(true);
        status.setText(result.isOk() ? "Done: " + result.title() : "The analysis did not run: " + result.message());
        results.show(result);
        relayout();
    }

    private void relayout() {
        scroll.relayout();
    }

    /** Presets the inputs (tests; the durability view's "open in analysis"). */
    public void preset(String analysisId, String assayCode, String measureName, Map<String, String> parameters) {
        analysis.select(Math.max(0, ids().indexOf(analysisId)));
        assay.select(Math.max(0, List.of(assay.getItems()).indexOf(assayCode)));
        assayChanged();
        measure.select(Math.max(0, List.of(measure.getItems()).indexOf(measureName)));
        inputsChanged();
        parameters.forEach(form::set);
    }

    public AnalysisResult lastResult() {
        return last;
    }

    public ResultPanel results() {
        return results;
    }

    @Override
    public void setFocus() {
        analysis.setFocus();
    }

    @Override
    public void dispose() {
        if (support != null) {
            support.dispose();
        }
        super.dispose();
    }
}
