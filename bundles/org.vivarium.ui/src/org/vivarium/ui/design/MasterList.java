package org.vivarium.ui.design;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.vivarium.ui.emf.ItemProviderLabelProvider;
import org.vivarium.ui.session.StudySession;

/**
 * A section listing the children of one containment reference, with Add and Remove (as undoable commands). Only the
 * user's selections (and explicit navigation, {@link #select}) are reported: refreshing the list keeps its selection
 * without telling anyone, so the details pane never switches to another object by itself.
 */
final class MasterList {

    private final MasterSpec spec;
    private final StudySession session;
    private final TableViewer viewer;
    private final Button add;
    private final Button remove;
    private final Button action;
    private final Section section;
    private final DesignPage page;
    private final Consumer<List<EObject>> onSelect;
    private final Predicate<MasterList> mayLeave;
    private EObject parent;
    /** Set while the list changes its own selection (refresh, new parent): nothing is reported then. */
    private boolean quiet;
    private IStructuredSelection reported = StructuredSelection.EMPTY;

    /**
     * @param onSelect told the objects the user selected
     * @param mayLeave asked before a user's selection is reported; false keeps the previous selection (e.g. while
     *                 the details hold a value that cannot be committed)
     */
    MasterList(FormToolkit toolkit, Composite parent, MasterSpec spec, StudySession session, DesignPage page,
            Consumer<List<EObject>> onSelect, Predicate<MasterList> mayLeave) {
        this.spec = spec;
        this.session = session;
        this.page = page;
        this.onSelect = onSelect;
        this.mayLeave = mayLeave;
        section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(spec.title());
        section.setDescription(spec.description());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(client);
        viewer = new TableViewer(client, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.FULL_SELECTION | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new ItemProviderLabelProvider(session.adapterFactory()));
        GridDataFactory.fillDefaults().grab(true, true).hint(260, 120).applyTo(viewer.getControl());
        Composite buttons = toolkit.createComposite(client);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        add = toolkit.createButton(buttons, "Add", SWT.PUSH);
        remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
        GridDataFactory.fillDefaults().applyTo(add);
        GridDataFactory.fillDefaults().applyTo(remove);
        add.setEnabled(false);
        add.setVisible(spec.factory() != null);
        remove.setEnabled(false);
        add.addListener(SWT.Selection, e -> add());
        remove.addListener(SWT.Selection, e -> remove());
        action = spec.action() == null ? null : toolkit.createButton(buttons, spec.action().text(), SWT.PUSH);
        if (action != null) {
            GridDataFactory.fillDefaults().applyTo(action);
            action.setToolTipText(spec.action().tooltip());
            action.setEnabled(false);
            action.addListener(SWT.Selection, e -> act());
        }
        viewer.addSelectionChangedListener(e -> {
            remove.setEnabled(!e.getSelection().isEmpty() && !session.isReadOnly());
            if (quiet) {
                return;
            }
            if (!mayLeave.test(this)) {
                silently(() -> viewer.setSelection(reported, true));
                return;
            }
            report();
        });
        section.setClient(client);
    }

    TableViewer viewer() {
        return viewer;
    }

    EObject selected() {
        return (EObject) viewer.getStructuredSelection().getFirstElement();
    }

    /** The objects selected. */
    @SuppressWarnings("unchecked")
    List<EObject> selection() {
        return (List<EObject>) (List<?>) viewer.getStructuredSelection().toList();
    }

    private void report() {
        reported = viewer.getStructuredSelection();
        onSelect.accept(selection());
    }

    private void silently(Runnable change) {
        boolean was = quiet;
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = was;
        }
    }

    /** Shows the children of another parent (null: nothing); nothing is selected then. */
    void setParent(EObject next) {
        parent = next;
        add.setEnabled(next != null && spec.factory() != null && !session.isReadOnly());
        if (action != null) {
            action.setEnabled(next != null && !session.isReadOnly());
        }
        section.setText(spec.title() + (next == null ? "" : " (" + children().size() + ")"));
        silently(() -> viewer.setInput(next == null ? List.of() : List.copyOf(children())));
        reported = StructuredSelection.EMPTY;
        remove.setEnabled(false);
    }

    /** Re-reads the list and its labels (after a change), keeping what is still there selected, without a report. */
    void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (parent == null) {
            section.setText(spec.title());
            return;
        }
        List<?> kept = selection().stream().filter(children()::contains).toList();
        silently(() -> {
            viewer.setInput(List.copyOf(children()));
            viewer.setSelection(new StructuredSelection(kept), false);
        });
        reported = viewer.getStructuredSelection();
        remove.setEnabled(!kept.isEmpty() && !session.isReadOnly());
        section.setText(spec.title() + " (" + children().size() + ")");
    }

    private List<?> children() {
        return parent == null ? List.of() : (List<?>) parent.eGet(spec.feature());
    }

    /** Selects an object and reports it (navigation: a new object, a problem link, the navigator). */
    void select(EObject object) {
        silently(() -> viewer.setSelection(new StructuredSelection(object), true));
        report();
    }

    private void add() {
        if (!mayLeave.test(this)) {
            return; // what is typed in the details cannot be committed: it says why
        }
        EObject child = spec.factory().apply(parent, page);
        Command command = AddCommand.create(session.domain(), parent, spec.feature(), child);
        session.domain().getCommandStack().execute(command);
        refresh();
        select(child);
    }

    /** Runs the list's further action on the parent (one undoable command). */
    void act() {
        Command command = spec.action().command().apply(parent, viewer.getControl().getShell());
        if (command != null) {
            session.domain().getCommandStack().execute(command);
            refresh();
        }
    }

    private void remove() {
        Collection<?> selection = viewer.getStructuredSelection().toList();
        if (!page.confirmRemove(selection)) {
            return;
        }
        List<Object> doomed = new java.util.ArrayList<>(selection);
        doomed.addAll(page.dependentMeasurements(selection));
        session.domain().getCommandStack().execute(DeleteCommand.create(session.domain(), doomed));
        refresh();
    }
}
