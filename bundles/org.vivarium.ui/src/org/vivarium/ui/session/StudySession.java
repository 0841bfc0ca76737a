package org.vivarium.ui.session;

import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.edit.StudyEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.vivarium.core.edit.StudyItemProviderAdapterFactory;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.lab.LabOpenStudy;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;

/**
 * A study open in the workbench: the store's handle (locked for editing, or read-only when someone else edits it),
 * an EMF editing domain whose command stack gives undo/redo and the dirty state, and the item providers that label
 * and describe its objects. A study opened for editing has an {@link AuditedCommandStack}: every command becomes an
 * entry of its audit trail, and a command changing recorded data asks for a reason ({@link ReasonDialog}). A study
 * whose trail is broken and not acknowledged is read-only until someone acknowledges it ({@link #acknowledge}). A lab
 * study opened for editing stores each command on the server as it is made (never dirty) and brings in what others
 * store ({@link LabLink}). All methods run on the UI thread unless said otherwise.
 */
public final class StudySession {

    /** Notified when the dirty state or the command stack changes. */
    public interface Listener {
        void sessionChanged(StudySession session);

        /** The study was saved (its trail's new entries are stored now). */
        default void sessionSaved(StudySession session) {
        }

        /** Changes other people stored on the lab server were brought into the study (views showing data redraw). */
        default void studyRefreshed(StudySession session) {
        }
    }

    private final ReadStudy handle;
    private final Path file;
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = this::stackChanged;
    private boolean trailLocked;
    private boolean acknowledged;
    /** For a lab study opened for editing: hears what others store, brought in on the UI thread. */
    private LabLink lab;

    StudySession(ReadStudy handle, Path file) {
        this.handle = handle;
        this.file = file;
        this.adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new StudyItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack;
        if (handle instanceof OpenStudy) {
            AuditedCommandStack audited = new AuditedCommandStack(handle.resource());
            audited.setReasons(this::reasonFor);
            stack = audited;
        } else {
            stack = new BasicCommandStack();
        }
        this.domain = new StudyEditingDomain(adapterFactory, stack); // edits say what they set ("Undo Set title of ...")
        // the domain's resource set provides the domain to property descriptors (their edits become undoable commands)
        domain.getResourceSet().getResources().add(handle.resource());
        AuditTrail trail = trail();
        trailLocked = handle instanceof OpenStudy && trail != null && !trail.check().usable();
        domain.getResourceToReadOnlyMap().put(handle.resource(), isReadOnly());
        stack.addCommandStackListener(stackListener);
        if (handle instanceof LabOpenStudy open) {
            lab = new LabLink(this, open);
        }
    }

    /** The lab study behind this session, or null for a file. */
    public LabOpenStudy labStudy() {
        return handle instanceof LabOpenStudy open ? open : null;
    }

    /** A signature was made (the study was brought up to date with it): views showing signatures redraw. */
    public void signed() {
        refreshed();
    }

    /** Tells the listeners that others' changes came in (called by the lab link on the UI thread). */
    void refreshed() {
        for (Listener l : listeners) {
            l.studyRefreshed(this);
        }
    }

    /**
     * Brings in what others stored on the lab server since (a lab study; nothing for a file): e.g. after a change of
     * this person's was refused because someone changed the same value.
     */
    public void pull() {
        if (lab != null) {
            lab.pull();
        }
    }

    /**
     * Someone begins typing a value (a cell of the entry grid): on a lab study, a change others store meanwhile makes
     * theirs be refused, not silently replaced.
     */
    public void editing(AssaySession session, EObject unit, MeasureDefinition measure) {
        if (handle instanceof LabOpenStudy open) {
            open.pin(session, unit, measure);
        }
    }

    /** Someone begins typing into a record (e.g. a dose given): on a lab study, as {@link #editing} for a value. */
    public void editing(EObject record) {
        if (handle instanceof LabOpenStudy open) {
            open.pin(record);
        }
    }

    /** "lab:1 on tech1@host:5432/vivarium" for a lab study opened for editing, else its file. */
    public String where() {
        LabOpenStudy open = labStudy();
        return open == null ? file.toString() : file + " on " + open.server();
    }

    /** Who has this lab study open now (each user once; empty for a file or when the server cannot be asked). */
    public List<String> connected() {
        return lab == null ? List.of() : lab.connected();
    }

    /** Whether the last command was refused by the lab server (a clash with someone's change, a missing right). */
    public boolean refusedByServer() {
        return domain.getCommandStack() instanceof AuditedCommandStack a && a.refusedByStore();
    }

    /** The study's audit trail (null for a study not read through a store). */
    public AuditTrail trail() {
        return AuditTrail.of(handle.resource());
    }

    /**
     * Executes a command whose reason the person has already given (e.g. in an exclusion or unblinding dialog): the
     * trail records it without asking again.
     */
    public void execute(Command command, String reason) {
        if (domain.getCommandStack() instanceof AuditedCommandStack audited) {
            audited.execute(command, reason);
        } else {
            domain.getCommandStack().execute(command);
        }
    }

    /** Why the last command was not executed (no reason given for changing recorded data), or null. */
    public String refusal() {
        if (!(domain.getCommandStack() instanceof AuditedCommandStack a) || a.refusal() == null) {
            return null;
        }
        return (a.refusedByStore() ? "Not stored: " : "Not changed: ") + a.refusal() + ".";
    }

    private String reasonFor(String action, List<String> recordedData) {
        String reason = ReasonDialog.ask(action, recordedData);
        if (reason == null) {
            StatusLine.error("Not changed: a reason is required to change "
                    + (recordedData.isEmpty() ? "recorded data" : recordedData.get(0)) + ".");
        }
        return reason;
    }

    /** Whether the study's audit trail is broken and nobody has acknowledged it yet (the study is read-only). */
    public boolean isTrailLocked() {
        return trailLocked;
    }

    /**
     * Records that the person saw the trail's problems and carries on (an entry of the trail); the study can be
     * changed again and is dirty until saved.
     */
    public void acknowledge(String reason) {
        trail().acknowledge(reason);
        trailLocked = false;
        acknowledged = true;
        domain.getResourceToReadOnlyMap().put(handle.resource(), isReadOnly());
        fire();
        StudySessions.announce(this);
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

    /**
     * True when another program or window has the study open for editing (changes cannot be saved), or when its audit
     * trail is broken and not acknowledged (changes are refused).
     */
    public boolean isReadOnly() {
        return !(handle instanceof OpenStudy) || trailLocked;
    }

    /** Whether this is a study read from a lab server ({@code lab:ID}) rather than a file. */
    public boolean isLabStudy() {
        return file.toString().startsWith("lab:");
    }

    /** Why the study is read-only here (one line), or null. */
    public String readOnlyReason() {
        if (!(handle instanceof OpenStudy)) {
            return isLabStudy() ? "Read-only lab study (File > Save As writes a file copy)"
                    : "Read-only: the study is open for editing elsewhere";
        }
        return trailLocked ? "Read-only: the audit trail is broken and not acknowledged (see the History view)" : null;
    }

    /**
     * Whether there are changes not saved yet: commands, or an acknowledgement of a broken trail. (Entries of commands
     * undone back to the saved state are saved with the next change.)
     */
    public boolean isDirty() {
        if (handle instanceof LabOpenStudy lab) { // changes stored as they are made, or kept until saved (a choice)
            return lab.storesOnSave() && (((BasicCommandStack) domain.getCommandStack()).isSaveNeeded()
                    || lab.hasUnstored());
        }
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded() || acknowledged;
    }

    /** Saves atomically through the store; may run in a background thread while the UI is blocked. */
    public void save(IProgressMonitor monitor) throws StudyStoreException {
        if (!(handle instanceof OpenStudy)) {
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
        if (lab != null) {
            lab.pull(); // the changes just stored, and others' kept back while these waited
        }
        acknowledged = false;
        fire();
        for (Listener l : listeners) {
            l.sessionSaved(this);
        }
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void stackChanged(EventObject event) {
        if (lab != null && refusedByServer()) {
            String why = refusal();
            lab.afterRefusal(why); // the others' change is brought in, so that the person sees what they clashed with
        }
        fire();
    }

    private void fire() {
        for (Listener l : listeners) {
            l.sessionChanged(this);
        }
    }

    /** Releases the lock and the item providers; unsaved changes are lost. */
    void dispose() {
        if (lab != null) {
            lab.close();
        }
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
        LabOpenStudy labStudy = labStudy();
        return t + " (" + file.getFileName() + (labStudy != null ? ", as " + labStudy.user() : "")
                + (isReadOnly() ? ", read-only" : "") + ")";
    }
}
