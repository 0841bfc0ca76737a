package org.vivarium.ui.design;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.Problem;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.ui.emf.PropertyForm;
import org.vivarium.ui.session.StudySession;

/**
 * A page of the design editor: lists of study objects on the left (each list may show the children of what is
 * selected in an earlier one), the selected object's properties on the right with its validation problems.
 */
class DesignPage extends FormPage {

    private static final Set<String> MULTI_LINE = Set.of("description", "protocol", "hypothesis", "statusReason",
            "sampleSizeRationale", "randomisationMethod", "blindingMethod", "note");

    private final StudySession session;
    private final List<MasterSpec> specs;
    private final String heading;
    private final List<MasterList> lists = new ArrayList<>();
    private PropertyForm details;
    private Section detailsSection;
    private Label facts;
    private Label problems;

    DesignPage(StudyDesignEditor editor, String id, String title, String heading, List<MasterSpec> specs) {
        super(editor, id, title);
        this.session = editor.session();
        this.heading = heading;
        this.specs = specs;
    }

    @Override
    protected void createFormContent(IManagedForm managed) {
        ScrolledForm form = managed.getForm();
        FormToolkit toolkit = managed.getToolkit();
        form.setText(heading);
        toolkit.decorateFormHeading(form.getForm());
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(16, 10)
                .applyTo(form.getBody());
        Composite left = toolkit.createComposite(form.getBody());
        GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(left);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
        for (int i = 0; i < specs.size(); i++) {
            int index = i;
            lists.add(new MasterList(toolkit, left, specs.get(i), session, this, o -> selected(index, o),
                    list -> mayLeaveDetails()));
        }
        detailsSection = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        detailsSection.setText("Details");
        detailsSection.setDescription("Select an item on the left (several to change them together); Enter, Tab or "
                + "leaving a field commits it, Esc discards it, Ctrl+Z undoes.");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(detailsSection);
        Composite client = toolkit.createComposite(detailsSection);
        GridLayoutFactory.fillDefaults().spacing(0, 12).applyTo(client);
        // the fields come first and stay where they are; what is said about the object goes below them
        details = new PropertyForm(toolkit, client, session.adapterFactory(), MULTI_LINE);
        details.setProblemListener(this::fieldProblem);
        details.setTypingListener(((StudyDesignEditor) getEditor())::typingChanged);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(details.control());
        facts = toolkit.createLabel(client, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(facts);
        problems = toolkit.createLabel(client, "", SWT.WRAP);
        problems.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(problems);
        detailsSection.setClient(client);
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).parentList() < 0) {
                lists.get(i).setParent(session.study());
            }
        }
    }

    /** The details' fields (for the editor, which commits them before a save, a close or a page switch). */
    PropertyForm details() {
        return details;
    }

    /** Whether the user may select something else: what is typed in the details is committed, or says why not. */
    private boolean mayLeaveDetails() {
        String problem = details == null ? null : details.commit();
        if (problem != null) {
            fieldProblem(problem);
            return false;
        }
        return true;
    }

    /** Says why a typed value is refused, in the page's message area and the status line (null: no longer). */
    void fieldProblem(String problem) {
        getManagedForm().getForm().setMessage(PropertyForm.headline(problem), problem == null ? IMessageProvider.NONE
                : IMessageProvider.ERROR);
        ((StudyDesignEditor) getEditor()).status(problem);
    }

    private void selected(int index, List<EObject> objects) {
        EObject first = objects.isEmpty() ? null : objects.get(0);
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).parentList() == index) {
                lists.get(i).setParent(objects.size() == 1 ? first : null);
            }
        }
        ((StudyDesignEditor) getEditor()).selected(lists.get(index).viewer().getSelection());
        if (!objects.isEmpty()) {
            showDetails(objects);
        }
    }

    private void showDetails(List<EObject> objects) {
        if (details == null) {
            return;
        }
        details.commit(); // what was typed for the previous object is kept (if valid)
        details.setInput(objects);
        updateFacts();
        detailsSection.getParent().layout(true, true);
        getManagedForm().reflow(true);
    }

    private void updateFacts() {
        List<EObject> shown = details.inputs();
        if (shown.isEmpty()) {
            detailsSection.setText("Details");
            facts.setText("");
            problems.setText("");
            return;
        }
        EObject object = shown.get(0);
        detailsSection.setText("Details of " + (shown.size() == 1 ? Labels.of(object)
                : Labels.count(shown.size(), object)));
        facts.setText(shown.size() == 1 ? DesignFacts.of(object) : "");
        List<Problem> found = shown.size() == 1 ? StudyValidation.validateOnly(object) : List.of();
        problems.setText(found.stream().map(p -> (p.severity() == Problem.Severity.ERROR ? "Error: " : "Warning: ")
                + p.message()).collect(Collectors.joining("\n")));
    }

    /** After a change to the study: lists, details and problems follow at once; the details keep their object. */
    void refresh() {
        if (details == null || details.control().isDisposed()) {
            return;
        }
        for (MasterList list : lists) {
            list.refresh();
        }
        List<EObject> still = details.inputs().stream().filter(o -> Studies.studyOf(o) == session.study()).toList();
        if (still.size() != details.inputs().size()) {
            details.setInput(still); // removed (or an addition undone): not shown any more
        } else {
            details.refresh();
        }
        updateFacts();
        detailsSection.getParent().layout(true, true);
        getManagedForm().reflow(false);
    }

    /** Whether one of the page's lists shows objects like this one. */
    boolean lists(EObject object) {
        return specs.stream().anyMatch(spec -> spec.feature() == object.eContainmentFeature());
    }

    /** Selects an object if one of the page's lists (after selecting its parents) shows it. */
    boolean reveal(EObject object) {
        for (int i = 0; i < specs.size(); i++) {
            if (object.eContainmentFeature() == specs.get(i).feature()) {
                int parent = specs.get(i).parentList();
                if (parent >= 0 && !reveal(object.eContainer())) {
                    return false;
                }
                lists.get(i).select(object);
                return true;
            }
        }
        return false;
    }

    /** The selection of another list of this page (e.g. the cage a new animal goes into). */
    EObject selectionOf(String title) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).title().equals(title)) {
                return lists.get(i).selected();
            }
        }
        return null;
    }

    boolean confirmRemove(Collection<?> objects) {
        long withData = objects.stream().filter(o -> o instanceof Animal a && hasData(a)
                || o instanceof AssaySession s && !s.getMeasurements().isEmpty()).count();
        String what = objects.size() == 1 ? Labels.of((EObject) objects.iterator().next()) : objects.size() + " items";
        String message = withData == 0 ? "Remove " + what + "?"
                : "Remove " + what + "? " + withData + " of them have results, which are removed with them. To leave "
                        + "an animal out of analyses, set its status instead (Excluded, with a reason).";
        return MessageDialog.openConfirm(getSite().getShell(), "Remove", message);
    }

    private boolean hasData(Animal a) {
        return !dependentMeasurements(List.of(a)).isEmpty();
    }

    /** The measurements of removed animals or cages, which go with them (results without their animal are void). */
    List<EObject> dependentMeasurements(Collection<?> removed) {
        List<EObject> result = new ArrayList<>();
        for (AssaySession s : Studies.sessions(session.study())) {
            for (var m : s.getMeasurements()) {
                if (removed.contains(m.getAnimal()) || removed.contains(m.getCage())) {
                    result.add(m);
                }
            }
        }
        return result;
    }
}
