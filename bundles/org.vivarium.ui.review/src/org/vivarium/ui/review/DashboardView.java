package org.vivarium.ui.review;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.core.schedule.DoseProgress;
import org.vivarium.core.study.BodyWeightTrend;
import org.vivarium.core.study.Enrolment;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;
import org.vivarium.ui.charts.ChartViewer;
import org.vivarium.ui.session.Folders;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.views.StudyPartSupport;

/**
 * The PI's cohort dashboard: n planned, enrolled and lost per arm and sex (with reasons), sessions done and due per
 * cohort, body weight per arm over time, the key result at a glance, and who left the study and why.
 */
public class DashboardView extends ViewPart {

    public static final String ID = "org.vivarium.ui.review.dashboard";
    private static final String BODY_WEIGHT = "Body weight (mean ± SEM by arm)";

    private ScrollingBody scroll;
    private Composite body;
    private StudyPartSupport support;
    private ChartViewer keyResult;
    private ChartViewer bodyWeight;
    private Table enrolment;
    private Table doses;
    private Label keyResultCaption;
    private ChartSpec keyResultSpec;
    /** Counts the studies shown; a key result computed for the study before is dropped. */
    private int generation;

    @Override
    public void createPartControl(Composite parent) {
        scroll = new ScrollingBody(parent, s -> body = new Composite(s, SWT.NONE));
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(16, 8).applyTo(body);
        support = new StudyPartSupport(getViewSite(), this::refresh, () -> { }).followUpdates();
    }

    /** Rebuilds the dashboard from the open study. */
    public void refresh() {
        refresh(org.vivarium.ui.session.StudySessions.current());
    }

    private void refresh(StudySession session) {
        generation++;
        keyResultSpec = null;
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        if (session == null) {
            new Label(body, SWT.NONE).setText("Open a study to see its dashboard.");
            relayout();
            return;
        }
        Study study = session.study();
        Label title = new Label(body, SWT.WRAP);
        title.setText(study.getTitle());
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(title);
        Composite left = column();
        Composite right = column();
        enrolment = SimpleTable.create(left, "Enrolment by arm and sex", List.of("Arm", "Sex", "Planned", "Enrolled",
                "Active", "Lost"), enrolmentRows(study));
        sessions(left, study);
        doses = doses(left, study);
        departures(left, study);
        boolean outcome = !DurabilityView.outcomes(study).isEmpty();
        keyResult = outcome ? chart(right, "Key result") : null;
        if (!outcome) {
            banner(right, "Key result");
        }
        keyResultCaption = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(keyResultCaption);
        var weights = BodyWeightTrend.byArm(study);
        boolean weighed = weights.values().stream().anyMatch(points -> !points.isEmpty());
        bodyWeight = weighed ? chart(right, BODY_WEIGHT) : null;
        if (weighed) {
            bodyWeight.setSpec(DashboardCharts.bodyWeight(weights));
        } else {
            banner(right, BODY_WEIGHT);
            new Label(right, SWT.NONE).setText("No body weights recorded yet.");
        }
        runKeyResult(study);
        relayout();
    }

    private Composite column() {
        Composite c = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(6, 6).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(c);
        return c;
    }

    private static List<List<String>> enrolmentRows(Study study) {
        List<List<String>> rows = new ArrayList<>();
        for (Enrolment.Row r : Enrolment.byArmAndSex(study)) {
            String lost = r.lost() == 0 ? "0" : r.lost() + " (" + r.left().entrySet().stream().map(e -> e.getValue()
                    + " " + e.getKey().getLiteral().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(", ")) + ")";
            rows.add(List.of(r.arm(), r.sex().getLiteral().toLowerCase(java.util.Locale.ROOT),
                    Integer.toString(r.planned()), Integer.toString(r.enrolled()), Integer.toString(r.active()), lost));
        }
        return rows;
    }

    private void sessions(Composite parent, Study study) {
        List<Enrolment.Progress> progress = Enrolment.sessions(study, LocalDateTime.now());
        Table t = SimpleTable.create(parent, "Sessions by cohort", List.of("Cohort", "Done", "Overdue", "To come"),
                progress.stream().map(p -> List.of(p.cohort(), Integer.toString(p.done()), Integer.toString(
                        p.overdue()), Integer.toString(p.upcoming()))).toList());
        for (int i = 0; i < progress.size(); i++) {
            if (progress.get(i).overdue() > 0) {
                SimpleTable.colour(t, i, t.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
    }

    /** Each cohort's doses: planned, given (out of window), missed and to come; cohorts with missed doses in red. */
    private static Table doses(Composite parent, Study study) {
        List<DoseProgress> progress = DoseProgress.byCohort(study, LocalDateTime.now());
        Table t = SimpleTable.create(parent, "Doses by cohort", List.of("Cohort", "Planned", "Given",
                "Out of window", "Missed", "To come"), progress.stream().map(p -> List.of(p.cohort(),
                        Integer.toString(p.planned()), Integer.toString(p.given()), Integer.toString(p.outOfWindow()),
                        Integer.toString(p.missed()), Integer.toString(p.toCome()))).toList());
        for (int i = 0; i < progress.size(); i++) {
            if (progress.get(i).missed() > 0) {
                SimpleTable.colour(t, i, t.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
        return t;
    }

    private void departures(Composite parent, Study study) {
        List<Enrolment.Departure> left = Enrolment.departures(study);
        SimpleTable.create(parent, "Attrition: animals that left the study (" + left.size() + ")",
                List.of("Animal", "Cohort", "Arm", "Status", "Date", "Reason"),
                left.stream().map(d -> List.of(d.animal().getId(), d.cohort(), d.arm(), d.status().getLiteral()
                        .toLowerCase(java.util.Locale.ROOT).replace('_', ' '), String.valueOf(d.date()),
                        d.reason() == null ? "" : d.reason())).toList());
    }

    private static void banner(Composite parent, String title) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(title);
        l.setFont(JFaceResources.getBannerFont());
    }

    private ChartViewer chart(Composite parent, String title) {
        banner(parent, title);
        ChartViewer viewer = new ChartViewer(parent);
        viewer.setExportFolder(Path.of(Folders.dialogFolder()));
        GridDataFactory.fillDefaults().grab(true, false).hint(480, 300).applyTo(viewer);
        return viewer;
    }

    /**
     * The first primary outcome with results over time, as mean ± SEM per arm and timepoint (descriptives) of the
     * complete sessions, with n; drawn only while the study it was computed for is shown.
     */
    private void runKeyResult(Study study) {
        List<MeasureDefinition> outcomes = DurabilityView.outcomes(study);
        var descriptives = AnalysisRegistry.getDefault().find("descriptives");
        if (outcomes.isEmpty() || descriptives.isEmpty() || keyResult == null) {
            keyResultCaption.setText("No primary outcome has results at two or more times since dose yet.");
            return;
        }
        try {
            KeyResult key = KeyResult.of(study, outcomes.get(0));
            keyResultCaption.setText(key.leftOut().isEmpty() ? key.caption() : key.caption() + "\n"
                    + key.leftOutText());
            if (!key.leftOut().isEmpty()) {
                keyResultCaption.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
            }
            if (key.data().observations().isEmpty()) {
                return;
            }
            int started = generation;
            ChartViewer viewer = keyResult;
            Parameters p = key.data().hasFactor(Dataset.TIME) ? Parameters.of("group", Dataset.ARM, "by",
                    Dataset.TIME) : Parameters.none();
            new AnalysisJob(descriptives.get(), key.data(), p, body.getDisplay(), r -> {
                ChartSpec spec = key.chart(r);
                if (started != generation || viewer.isDisposed() || spec == null) {
                    return; // another study was opened meanwhile
                }
                keyResultSpec = spec;
                viewer.setSpec(spec);
                keyResultCaption.setText(key.leftOut().isEmpty() ? key.nText(spec) : key.nText(spec) + "\n"
                        + key.leftOutText());
                relayout();
            }).schedule();
        } catch (DatasetException e) {
            keyResultCaption.setText(String.join("; ", e.problems()));
        }
    }

    private void relayout() {
        scroll.relayout();
    }

    /** Parts for tests (charts are null when there is nothing to draw). */
    public ChartViewer keyResultChart() {
        return keyResult;
    }

    /** What the key result chart shows (null while none). */
    public ChartSpec keyResultSpec() {
        return keyResultSpec;
    }

    /** The line under the key result: what n is, which sessions are left out. */
    public String keyResultCaption() {
        return keyResultCaption == null || keyResultCaption.isDisposed() ? "" : keyResultCaption.getText();
    }

    public ChartViewer bodyWeightChart() {
        return bodyWeight;
    }

    /** The doses by cohort (for tests). */
    public Table dosesTable() {
        return doses;
    }

    public Table enrolmentTable() {
        return enrolment;
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
