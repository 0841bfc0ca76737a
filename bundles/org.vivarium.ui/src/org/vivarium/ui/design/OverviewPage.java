package org.vivarium.ui.design;

import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.vivarium.core.validation.Problem;
import org.vivarium.ui.emf.PropertyForm;
import org.vivarium.ui.session.StudySession;

/** The first page of the design editor: the study's own fields and every problem of its design, as links. */
class OverviewPage extends FormPage {

    private static final Set<String> MULTI_LINE = Set.of("description", "hypothesis", "sampleSizeRationale",
            "randomisationMethod", "blindingMethod");
    private static final int SHOWN_PROBLEMS = 50;

    private final StudyDesignEditor editor;
    private final StudySession session;
    private PropertyForm fields;
    private Composite problemList;
    private Section problemSection;
    private DesignCheckJob check;
    private String designMessage;
    private String fieldProblem;

    OverviewPage(StudyDesignEditor editor) {
        super(editor, "overview", "Study");
        this.editor = editor;
        this.session = editor.session();
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        ScrolledForm form = managed.getForm();
        FormToolkit toolkit = managed.getToolkit();
        form.setText("Study design");
        toolkit.decorateFormHeading(form.getForm());
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(16, 10)
                .applyTo(form.getBody());
        Section study = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        study.setText("Study");
        study.setDescription("What is studied, by whom, under which approval; how the design avoids bias (ARRIVE).");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(study);
        fields = new PropertyForm(toolkit, study, session.adapterFactory(), MULTI_LINE);
        fields.setProblemListener(this::fieldProblem);
        fields.setTypingListener(editor::typingChanged);
        study.setClient(fields.control());
        fields.setInput(session.study());
        problemSection = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        problemSection.setText("Design problems");
        problemSection.setDescription("Rule violations of the design (values are checked by Validate). Click to go there.");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(problemSection);
        problemList = toolkit.createComposite(problemSection);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(problemList);
        problemSection.setClient(problemList);
        refresh();
    }

    /** The study's fields (for the editor, which commits them before a save, a close or a page switch). */
    PropertyForm fields() {
        return fields;
    }

    /** Says why a typed value is refused (message area and status line); null: no longer. */
    void fieldProblem(String problem) {
        fieldProblem = problem;
        showMessage();
        editor.status(problem);
    }

    private void showMessage() {
        String message = fieldProblem != null ? PropertyForm.headline(fieldProblem) : designMessage;
        getManagedForm().getForm().setMessage(message, message == null ? IMessageProvider.NONE
                : IMessageProvider.ERROR);
    }

    /**
     * Re-reads the fields and checks the design again in the background: after 50 ms (a burst of changes is checked
     * once), not 200 ms plus a queue of asynchronous refreshes as before.
     */
    void refresh() {
        if (fields == null || problemList.isDisposed()) {
            return;
        }
        fields.refresh();
        if (check != null) {
            check.cancel();
        }
        check = new DesignCheckJob(session.study(), problemList.getDisplay(), this::showProblems);
        check.schedule(50);
    }

    private void showProblems(List<Problem> problems) {
        if (problemList.isDisposed()) {
            return;
        }
        for (Control c : problemList.getChildren()) {
            c.dispose();
        }
        FormToolkit toolkit = getManagedForm().getToolkit();
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        if (problems.isEmpty()) {
            toolkit.createLabel(problemList, "No problems: the design follows every rule.");
        }
        for (Problem p : problems.subList(0, Math.min(problems.size(), SHOWN_PROBLEMS))) {
            Hyperlink link = toolkit.createHyperlink(problemList, (p.severity() == Problem.Severity.ERROR ? "Error: "
                    : "Warning: ") + p.where() + ": " + p.message(), SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(link);
            link.addHyperlinkListener(new HyperlinkAdapter() {
                @Override
                public void linkActivated(HyperlinkEvent e) {
                    editor.reveal(p.target());
                }
            });
        }
        if (problems.size() > SHOWN_PROBLEMS) {
            toolkit.createLabel(problemList, "... and " + (problems.size() - SHOWN_PROBLEMS) + " more.");
        }
        problemSection.setText("Design problems (" + errors + " errors, " + (problems.size() - errors) + " warnings)");
        designMessage = errors == 0 ? null : errors + " error(s) in the study design";
        showMessage();
        getManagedForm().reflow(true);
    }
}
