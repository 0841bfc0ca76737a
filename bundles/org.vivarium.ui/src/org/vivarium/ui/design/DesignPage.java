package org.vivarium.ui.design;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.vivarium.core.study.Labels;
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
            lists.add(new MasterList(toolkit, left, specs.get(i), session, this, o -> selected(index, o)));
        }
        detailsSection = toolkit.createSection(form.getBody(), ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        detailsSection.setText("Details");
        detailsSection.setDescription("Select an item on the left; changes can be undone with Ctrl+Z.");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(detailsSection);
        Composite client = toolkit.createComposite(detailsSection);
        GridLayoutFactory.fillDefaults().applyTo(client);
        problems = toolkit.createLabel(client, "", SWT.WRAP);
        problems.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(problems);
        facts = toolkit.createLabel(client, "", SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(facts);
        details = new PropertyForm(toolkit, client, session.adapterFactory(), MULTI_LINE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(details.control());
        detailsSection.setClient(client);
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).parentList() < 0) {
                lists.get(i).setParent(session.study());
            }
        }
    }

    private void selected(int index, EObject object) {
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).parentList() == index) {
                lists.get(i).setParent(object);
            }
        }
        ((StudyDesignEditor) getEditor()).selected(lists.get(index).viewer().getSelection());
        showDetails(object);
    }

    private void showDetails(EObject object) {
        if (object == null || details == null) {
            return;
        }
        details.setInput(object);
        detailsSection.setText("Details of " + Labels.of(object));
        updateFacts();
        detailsSection.getParent().layout(true, true);
        getManagedForm().reflow(true);
    }

    private void updateFacts() {
        EObject object = details.input();
        if (object == null) {
            return;
        }
        show(facts, DesignFacts.of(object));
        List<Problem> found = StudyValidation.validateOnly(object);
        show(problems, found.stream().map(p -> (p.severity() == Problem.Severity.ERROR ? "Error: " : "Warning: ")
                + p.message()).collect(Collectors.joining("\n")));
    }

    /** A label that takes no room when it has nothing to say. */
    private static void show(Label label, String text) {
        label.setText(text);
        ((GridData) label.getLayoutData()).exclude = text.isEmpty();
        label.setVisible(!text.isEmpty());
    }

    /** After a change to the study: lists, details and problems follow. */
    void refresh() {
        if (details == null || details.control().isDisposed()) {
            return;
        }
        for (MasterList list : lists) {
            list.refresh();
        }
        details.refresh();
        updateFacts();
        detailsSection.getParent().layout(true, true);
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
        for (AssaySession s : org.vivarium.core.study.Studies.sessions(session.study())) {
            for (var m : s.getMeasurements()) {
                if (removed.contains(m.getAnimal()) || removed.contains(m.getCage())) {
                    result.add(m);
                }
            }
        }
        return result;
    }
}
