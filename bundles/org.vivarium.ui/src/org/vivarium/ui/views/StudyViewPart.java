package org.vivarium.ui.views;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of the open study that is a saveable part: File &gt; Save saves the study while it is active and its tab
 * shows the study's dirty state (fire {@code PROP_DIRTY} from the support's dirty callback). Subclasses create
 * {@link #support} in {@code createPartControl}.
 */
public abstract class StudyViewPart extends ViewPart implements ISaveablePart {

    protected StudyPartSupport support;

    @Override
    public void dispose() {
        if (support != null) {
            support.dispose();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        support.doSave(monitor);
    }

    @Override
    public void doSaveAs() {
        support.doSaveAs();
    }

    @Override
    public boolean isDirty() {
        return support != null && support.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return support != null && support.isSaveAsAllowed();
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        return support != null && support.isSaveOnCloseNeeded();
    }
}
