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
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.Study;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.views.StudyPartSupport;

/**
 * Runs any installed analysis (built-in or a lab's plug-in, from the extension point) on an assay of the open study:
 * choose the analysis, assay, measure (when the analysis takes one), the part of the data and its inputs, run it in
 * the background, read tables, notes and charts. Shows only the open study: another study clears it, and a result of
 * a run started on the study before is dropped.
 */
public class AnalysisView extends ViewPart {

    public static final String ID = "org.vivarium.ui.review.analysis";

    private Composite top;
    private Combo analysis;
    private Combo assay;
    private MeasureChoice measure;
    private SubsetChooser subset;
    private AnalysisForm form;
    private Button run;
    private Label status;
    private Label pluginProblems;
    private ResultPanel results;
    private ScrollingBody scroll;
    private StudyPartSupport support;
    private AnalysisChoices choices;
    private AnalysisResult last;
    private StudySession session;
    /** Counts the studies shown; a run's result is shown only if no other study was opened meanwhile. */
    private int generation;

    @Override
    public void createPartControl(Composite parent) {
        top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(top);
        Composite choices = new Composite(top, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).spacing(10, 6).applyTo(choices);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(choices);
        analysis = combo(choices, "Analysis:", 340);
        assay = combo(choices, "Assay:", 160);
        measure = new MeasureChoice(combo(choices, "Measure:", 160), this::inputsChanged);
        pluginProblems = new Label(top, SWT.WRAP);
        pluginProblems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).exclude(true).applyTo(pluginProblems);
        subset = new SubsetChooser(top);
        form = new AnalysisForm(top);
        Composite actions = new Composite(top, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(actions);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
        run = new Button(actions, SWT.PUSH);
        run.setText("Run analysis");
        status = new Label(actions, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
        scroll = new ScrollingBody(top, s -> results = new ResultPanel(s));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll.control());
        analysis.addListener(SWT.Selection, e -> inputsChanged());
        assay.addListener(SWT.Selection, e -> assayChanged());
        run.addListener(SWT.Selection, e -> run());
        support = new StudyPartSupport(getViewSite(), this::studyChanged, () -> { });
    }

    private static Combo combo(Composite parent, String label, int width) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.setVisibleItemCount(20);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(c);
        return c;
    }

    private Study study() {
        return session == null ? null : session.study();
    }

    /** Another study (or none): nothing of the one before stays. */
    private void studyChanged(StudySession next) {
        session = next;
        generation++;
        last = null;
        results.show(null);
        scroll.control().setOrigin(0, 0);
        form.clear();
        subset.clear();
        status.setText("");
        readChoices("descriptives");
        Study study = study();
        assay.setItems(study == null ? new String[0] : study.getAssays().stream()
                .filter(a -> a.getSessions().stream().anyMatch(s -> !s.getMeasurements().isEmpty()))
                .map(AssayDefinition::getCode).toArray(String[]::new));
        assay.select(0);
        assayChanged();
    }

    /** Lists the analyses as they are now (runnable, or not and why) and selects the one with this id. */
    private void readChoices(String selectedId) {
        choices = AnalysisChoices.read();
        analysis.setItems(choices.items());
        analysis.select(Math.max(0, ids().indexOf(selectedId)));
        String problems = choices.pluginProblems();
        pluginProblems.setText(problems.isEmpty() ? "" : "Plug-ins that cannot run:\n" + problems);
        pluginProblems.setVisible(!problems.isEmpty());
        ((org.eclipse.swt.layout.GridData) pluginProblems.getLayoutData()).exclude = problems.isEmpty();
    }

    private List<String> ids() {
        return choices == null ? List.of() : choices.ids();
    }

    private AssayDefinition assayDefinition() {
        Study study = study();
        return study == null || assay.getText().isEmpty() ? null : Studies.findAssay(study, assay.getText());
    }

    private void assayChanged() {
        measure.choose(null);
        inputsChanged();
    }

    private void inputsChanged() {
        var problem = choices == null ? null : choices.problem(analysis.getSelectionIndex());
        if (problem != null) { // an analysis that cannot run: why, in the listing's words, and nothing to run
            measure.offer(assayDefinition(), false);
            form.clear();
            subset.clear();
            results.show(null);
            run.setEnabled(false);
            status.setText(problem.text());
            relayout();
            return;
        }
        String measureParameter = measureParameter();
        measure.offer(assayDefinition(), measureParameter != null);
        Dataset data = dataset();
        run.setEnabled(data != null && selected() != null);
        if (data != null && selected() != null) {
            try {
                form.show(selected(), data);
                subset.show(data);
                boolean fits = selected().analysis().applicability().accepts(data);
                status.setText(fits ? selected().description() : "Note: " + selected().name() + " is made for "
                        + selected().analysis().applicability() + "; this data is " + data.source() + ".");
            } catch (AnalysisException e) {
                status.setText(e.getMessage());
                run.setEnabled(false);
            }
        } else {
            form.clear();
            subset.clear();
        }
        relayout();
    }

    private AnalysisDescriptor selected() {
        return choices == null ? null : choices.runnable(analysis.getSelectionIndex());
    }

    /** The name of the chosen analysis' measure parameter, or null when it declares none. */
    private String measureParameter() {
        AnalysisDescriptor d = selected();
        if (d == null) {
            return null;
        }
        try {
            return d.analysis().parameters().stream().filter(p -> p.type() == Parameter.Type.MEASURE)
                    .map(Parameter::name).findFirst().orElse(null);
        } catch (AnalysisException e) {
            return null;
        }
    }

    /** The assay's data: of the chosen measure when the analysis takes one, else of all its measures. */
    private Dataset dataset() {
        Study study = study();
        if (study == null || assay.getText().isEmpty()) {
            status.setText(study == null ? "Open a study first." : "No assay of this study has results yet.");
            return null;
        }
        String m = measureParameter() == null ? null : measure.selected();
        try {
            return StudyDatasets.extract(study, assay.getText(), m);
        } catch (DatasetException e) {
            status.setText(String.join("\n", e.problems()));
            return null;
        }
    }

    /** Runs the chosen analysis with the entered inputs on the chosen part of the data in a background job. */
    public void run() {
        Dataset all = dataset();
        AnalysisDescriptor d = selected();
        if (all == null || d == null) {
            return;
        }
        Map<String, String> chosen = subset.values();
        Dataset data = SubsetData.narrow(study(), assayDefinition(), all, chosen);
        if (data.observations().isEmpty()) {
            status.setText("No values of " + data.source() + " to analyse; choose other levels.");
            return;
        }
        Map<String, String> values = form.values();
        String measureParameter = measureParameter();
        if (measureParameter != null && measure.selected() != null) {
            values.put(measureParameter, measure.selected());
        }
        run.setEnabled(false);
        status.setText("Running " + d.name() + " on " + data.source() + " ...");
        int started = generation;
        new AnalysisJob(d, data, Parameters.of(values), getSite().getShell().getDisplay(),
                r -> show(started, r)).schedule();
    }

    private void show(int started, AnalysisResult result) {
        if (results.isDisposed() || started != generation) {
            return; // another study was opened meanwhile
        }
        last = result;
        int i = analysis.getSelectionIndex();
        // a run abandoned because it ignored the stop makes its analysis one that cannot run
        readChoices(i >= 0 && i < ids().size() ? ids().get(i) : result.analysisId());
        run.setEnabled(selected() != null);
        status.setText(result.isOk() ? "Done: " + result.title() : "The analysis did not run: " + result.message());
        results.show(result);
        relayout();
        scroll.control().setOrigin(0, 0); // a new result is read from its title
    }

    private void relayout() {
        top.layout(true, true); // the status and problems wrap: their height changes with their text
        scroll.relayout();
    }

    /** Presets the inputs (tests; the durability view's "open in analysis"). */
    public void preset(String analysisId, String assayCode, String measureName, Map<String, String> parameters) {
        analysis.select(Math.max(0, ids().indexOf(analysisId)));
        assay.select(Math.max(0, List.of(assay.getItems()).indexOf(assayCode)));
        assayChanged();
        measure.choose(measureName);
        inputsChanged();
        parameters.forEach(form::set);
    }

    /** Chooses the level of a factor to analyse (null: all). */
    public void presetSubset(String factor, String level) {
        subset.set(factor, level);
    }

    public AnalysisResult lastResult() {
        return last;
    }

    public ResultPanel results() {
        return results;
    }

    /** The view's controls (tests find fields by their labels). */
    public Composite controls() {
        return top;
    }

    /** The status line (what was run, or why not). */
    public String status() {
        return status.getText();
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
