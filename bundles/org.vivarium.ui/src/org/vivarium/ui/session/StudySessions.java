package org.vivarium.ui.session;

import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;

/**
 * The study the workbench shows (one at a time). Views follow {@link #current()} and are told when another study is
 * opened; every change goes through the session's editing domain. UI thread only.
 */
public final class StudySessions {

    /** Told when the current study is replaced (the argument is null when none is open). */
    public interface Listener {
        void currentChanged(StudySession session);
    }

    private static StudySession current;
    private static final CopyOnWriteArrayList<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    private StudySessions() {
    }

    public static StudySession current() {
        return current;
    }

    /**
     * Opens a study for editing; when another program holds its lock and {@code readOnlyIfLocked} is set, opens it
     * read-only instead. The previous study is closed (callers ask about unsaved changes first).
     */
    public static StudySession open(Path file, boolean readOnlyIfLocked) throws StudyStoreException {
        return show(load(file, readOnlyIfLocked), file);
    }

    /**
     * Reads a study file (locked for editing, or read-only when someone else edits it and {@code readOnlyIfLocked}):
     * the slow part of opening, safe to run in a background thread. Pass the result to {@link #show}.
     */
    public static ReadStudy load(Path file, boolean readOnlyIfLocked) throws StudyStoreException {
        FolderStudyStore store = FolderStudyStore.containing(file);
        String name = FolderStudyStore.nameOf(file);
        try {
            return store.open(name);
        } catch (StudyStoreException e) {
            if (e.reason() != StudyStoreException.Reason.LOCKED || !readOnlyIfLocked) {
                throw e;
            }
            return store.read(name);
        }
    }

    /** Makes a loaded study the current one (UI thread); the previous one is closed. */
    public static StudySession show(ReadStudy loaded, Path file) {
        return replace(new StudySession(loaded, file.toString().startsWith("lab:") ? file // a lab study, lab:ID
                : file.toAbsolutePath().normalize()));
    }

    /** Closes the current study (unsaved changes are lost). */
    public static void close() {
        replace(null);
    }

    private static StudySession replace(StudySession next) {
        StudySession previous = current;
        current = next;
        if (previous != null) {
            previous.dispose();
        }
        for (Listener l : LISTENERS) {
            l.currentChanged(next);
        }
        return next;
    }

    /**
     * Executes a command on a domain's stack with the reason the person gave already (in the dialog that made it), so
     * that the study's audit trail does not ask again; null asks when a reason is needed.
     */
    public static void execute(org.eclipse.emf.edit.domain.EditingDomain domain,
            org.eclipse.emf.common.command.Command command, String reason) {
        if (current != null && current.domain() == domain) {
            current.execute(command, reason);
        } else {
            domain.getCommandStack().execute(command);
        }
    }

    /** Tells the listeners again about the current study, which changed in place (e.g. it is editable now). */
    static void announce(StudySession session) {
        if (session == current) {
            for (Listener l : LISTENERS) {
                l.currentChanged(current);
            }
        }
    }

    public static void addListener(Listener l) {
        LISTENERS.add(l);
    }

    public static void removeListener(Listener l) {
        LISTENERS.remove(l);
    }
}
