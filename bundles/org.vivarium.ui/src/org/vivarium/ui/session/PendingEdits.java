package org.vivarium.ui.session;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Values typed but not yet committed to the study, e.g. in a grid cell still being edited. Saving and closing the
 * study commit them first, so nothing typed is lost; an editor whose value cannot be committed (it is invalid) says
 * why, and the save or close does not happen. UI thread only.
 */
public final class PendingEdits {

    /** Something that holds typed values not yet in the study. */
    public interface Holder {
        /**
         * Commits what is being typed to the study; returns null when done (or there was nothing), else why it cannot
         * be committed (the person then corrects or discards it).
         */
        String commit();
    }

    private static final CopyOnWriteArrayList<Holder> HOLDERS = new CopyOnWriteArrayList<>();

    private PendingEdits() {
    }

    public static void add(Holder holder) {
        HOLDERS.addIfAbsent(holder);
    }

    public static void remove(Holder holder) {
        HOLDERS.remove(holder);
    }

    /** Commits every pending edit; returns null when all are committed, else the first reason one is not. */
    public static String commitAll() {
        for (Holder h : HOLDERS) {
            String problem = h.commit();
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }
}
