package org.vivarium.ui.views;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.vivarium.core.study.StudySummary;
import org.vivarium.model.Study;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.StudySignatures;
import org.vivarium.ui.session.StudySession;

/** What the open study is about and what it contains, at a glance (kept current as the study changes). */
public class StudyOverview extends StudyViewPart {

    public static final String ID = "org.vivarium.ui.overview";

    private FormToolkit toolkit;
    private ScrolledForm form;
    private Composite about;
    private Composite counts;
    private Composite signed;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        toolkit.decorateFormHeading(form.getForm());
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(false).margins(10, 10).spacing(20, 10)
                .applyTo(form.getBody());
        about = section("Study", "Design, people and approvals");
        counts = section("Contents", "Arms, cohorts, animals, sessions and results");
        signed = section("Signatures", "Electronic signatures of a lab study (Study > Sign...)");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(signed.getParent());
        // the support tells the open study at once, before it is assigned: refresh takes the session it is given
        support = new StudyPartSupport(getViewSite(), this::refresh, this::dirtyChanged).followUpdates();
    }

    private Composite section(String title, String description) {
        Section section = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(client);
        section.setClient(client);
        return client;
    }

    private void dirtyChanged() {
        firePropertyChange(PROP_DIRTY);
        refresh();
    }

    private void refresh() {
        refresh(support == null ? null : support.session());
    }

    private void refresh(StudySession session) {
        if (form == null || form.isDisposed()) {
            return;
        }
        for (Composite c : new Composite[] { about, counts, signed }) {
            for (Control child : c.getChildren()) {
                child.dispose();
            }
        }
        if (session == null) {
            form.setText("No study open");
            row(about, "", "Open a study with File > Open Study..., or the demo with File > Open Demo Study.");
        } else {
            Study s = session.study();
            form.setText(nz(s.getTitle()));
            row(about, "Study id", s.getId());
            row(about, "Principal investigator", s.getPrincipalInvestigator());
            row(about, "Protocol (ethics)", s.getProtocolNumber());
            row(about, "Status", s.getStatus().getLiteral());
            row(about, "Species", s.getSpecies());
            row(about, "Experimental unit", s.getExperimentalUnit().getLiteral().toLowerCase(java.util.Locale.ROOT));
            row(about, "Time design", s.getTimeDesign() == org.vivarium.model.TimeDesign.SEPARATE_COHORTS
                    ? "a separate cohort per timepoint" : "the same animals retested");
            row(about, "Hypothesis", s.getHypothesis());
            row(about, "Description", s.getDescription());
            row(about, session.isLabStudy() ? "Lab study" : "File", session.where()
                    + (session.isReadOnly() ? "  (read-only)" : ""));
            if (session.isLabStudy() && !session.isReadOnly()) {
                row(about, "Connected now", String.join(", ", session.connected()));
            }
            StudySummary sum = StudySummary.of(s);
            row(counts, "Arms", sum.arms() + ":  " + (sum.armsCoded() ? "coded: " : "") + join(sum.animalsByArm()));
            row(counts, "Cohorts", sum.cohorts() + ":  " + join(sum.animalsByCohort()));
            row(counts, "Cages", Integer.toString(sum.cages()));
            row(counts, "Animals", sum.animals() + " (" + sum.activeAnimals() + " active)");
            row(counts, "Dosing events", sum.dosingEvents() + " (" + sum.dosesGiven() + " given)");
            row(counts, "Doses planned", sum.dosesDue() + " (" + sum.dosesGiven() + " given, " + sum.dosesMissed()
                    + " missed, " + sum.dosesOutOfWindow() + " given out of window)");
            row(counts, "Sessions", sum.sessions() + " (" + sum.sessionsDone() + " done, "
                    + (sum.sessions() - sum.sessionsDone()) + " to do)");
            row(counts, "Measurements", sum.measurements() + (sum.measurementsByAssay().isEmpty() ? ""
                    : ":  " + join(sum.measurementsByAssay())));
            row(counts, "Excluded values", Integer.toString(sum.excludedMeasurements()));
            signatures(session);
        }
        form.reflow(true);
    }

    /** Each signature: what it signs, its meaning, who (printed name and login), when, and whether it still holds. */
    private void signatures(StudySession session) {
        List<Signature> all = StudySignatures.of(session.study().eResource()); // null: a file keeps none
        if (all == null || all.isEmpty()) {
            row(signed, "", session.labStudy() != null ? "None yet: a session marked done can be signed (Study > Sign...)"
                    : "Signatures are kept by the lab server (File > Open Lab Study...)");
            return;
        }
        for (Signature g : all) {
            row(signed, g.subject(), g.meaning().word() + " by " + g.printedName() + " (" + g.signedBy() + ") at "
                    + Signature.time(g.signedAt()) + ";  " + g.state());
            if (!g.valid()) {
                Control[] cells = signed.getChildren();
                cells[cells.length - 1].setForeground(signed.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            }
        }
    }

    private void row(Composite parent, String label, String value) {
        Label l = toolkit.createLabel(parent, label);
        l.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
        Label v = toolkit.createLabel(parent, nz(value), SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(v);
    }

    private static String join(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        toolkit.dispose();
        super.dispose();
    }
}
