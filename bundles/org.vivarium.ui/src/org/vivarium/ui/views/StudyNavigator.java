package org.vivarium.ui.views;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.vivarium.model.AssaySession;
import org.vivarium.ui.bench.BenchEditors;
import org.vivarium.ui.emf.ItemProviderContentProvider;
import org.vivarium.ui.emf.ItemProviderLabelProvider;
import org.vivarium.ui.emf.ViewerRefresher;
import org.vivarium.ui.session.StudySession;

/**
 * The study navigator: the open study as a tree (study → arms, cohorts → cages → animals, assays → sessions) built on
 * the generated item providers. Its selection feeds the Properties view, where objects are edited (with undo/redo).
 * A double-click opens the design editor on the object, or the data entry grid of a session.
 */
public class StudyNavigator extends StudyViewPart {

    public static final String ID = "org.vivarium.ui.navigator";

    private TreeViewer viewer;
    private ViewerRefresher refresher;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(new AdapterFactoryImpl()));
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(e -> {
            if (selectedSession() != null) {
                enterResults();
            } else {
                openDesign();
            }
        });
        createContextMenu();
        support = new StudyPartSupport(getViewSite(), this::show, () -> firePropertyChange(PROP_DIRTY));
    }

    private void show(StudySession session) {
        if (refresher != null) {
            refresher.dispose();
            refresher = null;
        }
        if (session == null) {
            viewer.setContentProvider(new ItemProviderContentProvider(new AdapterFactoryImpl()));
            viewer.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider());
            viewer.setInput(new Object[0]);
            setContentDescription("No study open: File > Open Study... or File > Open Demo Study");
            return;
        }
        viewer.setContentProvider(new StudyTreeContent(session.adapterFactory()));
        viewer.setLabelProvider(new ItemProviderLabelProvider(session.adapterFactory())); // the viewer disposes it
        viewer.setInput(new Object[] { session.study() });
        viewer.expandToLevel(2);
        refresher = new ViewerRefresher(viewer, session.adapterFactory());
        setContentDescription(session.isReadOnly() ? session.readOnlyReason() : "");
    }

    /** Right-click: edit the selection in the design editor; for a session, enter its results in the grid. */
    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> {
            if (selectedSession() != null) {
                m.add(action("Enter Results", this::enterResults));
            }
            m.add(action("Edit in Study Design", this::openDesign));
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private AssaySession selectedSession() {
        return viewer.getStructuredSelection().getFirstElement() instanceof AssaySession s ? s : null;
    }

    /** Opens the data entry grid of the selected session (as Enter on it in the Bench's Today view). */
    public void enterResults() {
        AssaySession session = selectedSession();
        if (session == null) {
            return;
        }
        try {
            BenchEditors.openSession(getSite().getPage(), session);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Data entry", null, e.getStatus());
        }
    }

    private void openDesign() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        try {
            org.vivarium.ui.design.StudyDesignEditor.open(getSite().getPage(),
                    first instanceof org.eclipse.emf.ecore.EObject o ? o : null);
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), "Study design", null, e.getStatus());
        }
    }

    /** The tree (for tests and for views that follow the navigator's selection). */
    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (refresher != null) {
            refresher.dispose();
        }
        super.dispose();
    }

}
