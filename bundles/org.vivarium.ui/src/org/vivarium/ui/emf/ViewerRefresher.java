package org.vivarium.ui.emf;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps a viewer in step with the model: collects the item providers' viewer notifications and refreshes the
 * affected elements once per event-loop turn (so a bulk change refreshes each element once).
 */
public final class ViewerRefresher implements INotifyChangedListener {

    private final StructuredViewer viewer;
    private final IChangeNotifier notifier;
    private final Set<Object> contentChanged = new LinkedHashSet<>();
    private final Set<Object> labelChanged = new LinkedHashSet<>();
    private boolean scheduled;

    public ViewerRefresher(StructuredViewer viewer, IChangeNotifier notifier) {
        this.viewer = viewer;
        this.notifier = notifier;
        notifier.addListener(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (!(notification instanceof IViewerNotification n) || n.getElement() == null) {
            return;
        }
        synchronized (this) {
            if (n.isContentRefresh() || n.getFeature() instanceof EReference) {
                // a changed reference may move an element in the tree (an animal into a cage, out of its cohort's
                // unhoused ones): the element, its container and both ends of the reference are refreshed
                contentChanged.add(n.getElement());
                if (n.getFeature() instanceof EReference r && !r.isContainment()) {
                    addObject(n.getElement() instanceof EObject o ? o.eContainer() : null);
                    addObject(n.getOldValue());
                    addObject(n.getNewValue());
                }
            } else {
                labelChanged.add(n.getElement());
            }
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        Display display = viewer.getControl().getDisplay();
        display.asyncExec(this::refresh);
    }

    private void addObject(Object o) {
        if (o instanceof EObject) {
            contentChanged.add(o);
        }
    }

    private void refresh() {
        Object[] contents;
        Object[] labels;
        synchronized (this) {
            contents = contentChanged.toArray();
            labels = labelChanged.toArray();
            contentChanged.clear();
            labelChanged.clear();
            scheduled = false;
        }
        if (viewer.getControl().isDisposed()) {
            return;
        }
        for (Object o : contents) {
            viewer.refresh(o, true);
        }
        viewer.update(labels, null);
    }

    public void dispose() {
        notifier.removeListener(this);
    }
}
