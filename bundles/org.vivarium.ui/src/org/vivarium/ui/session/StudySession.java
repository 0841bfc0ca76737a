package org.vivarium.ui.session;

import java.nio.file.Path;
import java.util.EventObject;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.vivarium.core.edit.StudyEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.vivarium.core.edit.StudyItemProviderAdapterFactory;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.model.Study;

/**
 * A study open in the workbench: the store's handle (locked for editing, or read-only when someone else edits it),
 * an EMF editing domain whose command stack gives undo/redo and the dirty state, and the item providers that label
 * and describe its objects. All methods run on the UI thread unless said otherwise.
 */
public final class StudySession {

    /** Notified when the dirty state or the command stack changes. */
    public interface Listener {
        void sessionChanged(StudySession session);
    }

    private final ReadStudy handle;
    private final Path file;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = this::stackChanged;

    StudySession(ReadStudy handle, Path file) {
        this.handle = handle;
        this.file = file;
        this.adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new StudyItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        this.domain = new StudyEditingDomain(adapterFactory, stack); // edits say what they set ("Undo Set title of ...")
        // the domain's resource set provides the domain to property descriptors (their edits become undoable commands)
        domain.getResourceSet().getResources().add(handle.resource());
        stack.addCommandStackListener(stackListener);
    }

    public Study study() {
        return handle.study();
    }

    /** The study file. */
    public Path file() {
        return file;
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** True when another program or window has the study open for editing: changes cannot be saved. */
    public boolean isReadOnly() {
        return !(handle instanceof OpenStudy);
    }

    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** Saves atomically through the store; may run in a background thread while the UI is blocked. */
    public void save(IProgressMonitor monitor) throws StudyStoreException {
        if (isReadOnly()) {
            throw new StudyStoreException(StudyStoreException.Reason.LOCKED, file.toString(),
                    "opened read-only because it is open for editing elsewhere; close it there to save here");
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Saving " + file.getFileName(), 1);
        ((OpenStudy) handle).save();
        sub.worked(1);
    }

    /** Marks the current command stack position as saved (call on the UI thread after {@link #save}). */
    public void saved() {
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        fire();
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void stackChanged(EventObject event) {
        fire();
    }

    private void fire() {
        for (Listener l : listeners) {
            l.sessionChanged(this);
        }
    }

    /** Releases the lock and the item providers; unsaved changes are lost. */
    void dispose() {
        domain.getCommandStack().removeCommandStackListener(stackListener);
        listeners.clear();
        adapterFactory.dispose();
        if (handle instanceof OpenStudy open) {
            open.close();
        }
    }

    /** e.g. "Ketamine + BCI ... (demo.vivarium)". */
    public String title() {
        String t = study().getTitle() == null || study().getTitle().isBlank() ? study().getId() : study().getTitle();
        return t + " (" + file.getFileName() + (isReadOnly() ? ", read-only" : "") + ")";
    }
}
