package org.vivarium.ui.views;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.part.ViewPart;
import org.vivarium.ui.emf.ItemProviderContentProvider;
import org.vivarium.ui.emf.ItemProviderLabelProvider;
import org.vivarium.ui.emf.ViewerRefresher;
import org.vivarium.ui.session.StudySession;

/**
 * The study navigator: the open study as a tree (study → arms, cohorts → cages → animals, assays → sessions) built on
 * the generated item providers. Its selection feeds the Properties view, where objects are edited (with undo/redo).
 */
public class StudyNavigator extends ViewPart implements ISaveablePart {

    public static final String ID = "org.vivarium.ui.navigator";

    private TreeViewer viewer;
    private StudyPartSupport support;
    private ViewerRefresher refresher;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemProviderContentProvider(new AdapterFactoryImpl()));
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(e -> openDesign());
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
        setContentDescription(session.isReadOnly() ? "Read-only: the study is open for editing elsewhere" : "");
    }

    private void openDesign() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        try {
            org.vivarium.ui.design.StudyDesignEditor.open(getSite().getPage(),
                    first instanceof org.eclipse.emf.ecore.EObject o ? o : null);
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), "Study design", null, e.getStatus());
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
        if (support != null) {
            support.dispose();
        }
        if (refresher != null) {
            refresher.dispose();
        }
        super.dispose();
    }

    @Override
    public void doSave(org.eclipse.core.runtime.IProgressMonitor monitor) {
        support.doSave(monitor);
    }

    @Override
    public void doSaveAs() {
        support.doSaveAs();
    }

    @Override
    public boolean isDirty() {
        return support.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return support.isSaveOnCloseNeeded();
    }
}
