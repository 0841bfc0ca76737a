package org.vivarium.ui.lab;

import org.vivarium.lab.LabUrl;

/**
 * The lab server this workbench connected to (File > Connect to Lab..., or the last Open Lab Study): its URL and the
 * password that worked, kept in memory for this session only, never written anywhere.
 */
public record LabConnection(LabUrl url, String password) {

    private static volatile LabConnection current;

    /** The connection of this session, or null. */
    public static LabConnection current() {
        return current;
    }

    static void remember(LabUrl url, String password) {
        current = new LabConnection(url, password);
    }

    /** Forgets the connection (e.g. a wrong password later). */
    public static void forget() {
        current = null;
    }

    @Override
    public String toString() {
        return "LabConnection[" + url + "]"; // never the password
    }
}
