package org.vivarium.ui.bench;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Who is at the bench: the name recorded with doses given, weighings and sessions marked done. It starts as the
 * system user name, can be changed in the Today view or the dosing editor, and is remembered for the next start.
 * UI thread only.
 */
public final class Operator {

    private static final String KEY = "operator";
    private static final CopyOnWriteArrayList<Consumer<String>> LISTENERS = new CopyOnWriteArrayList<>();

    private Operator() {
    }

    /** The current operator (the system user name unless changed). */
    public static String get() {
        String saved = preferences().get(KEY, null);
        return saved != null && !saved.isBlank() ? saved : System.getProperty("user.name", "");
    }

    /** Changes the operator for everything recorded from now on. */
    public static void set(String name) {
        String next = name == null ? "" : name.strip();
        if (next.equals(get())) {
            return;
        }
        Preferences p = preferences();
        p.put(KEY, next);
        try {
            p.flush();
        } catch (BackingStoreException e) {
            // the name still applies to this run
        }
        for (Consumer<String> l : LISTENERS) {
            l.accept(next);
        }
    }

    /** Told the new name when the operator changes. */
    public static void addListener(Consumer<String> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<String> listener) {
        LISTENERS.remove(listener);
    }

    private static Preferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.vivarium.ui");
    }
}
