package org.vivarium.cli;

import java.io.PrintStream;

import org.vivarium.p2.PluginManager;
import org.vivarium.p2.StartWarnings;

/** At the start of each command (but {@code plugin ...}, which lists them itself): plug-ins there but not working. */
final class PluginWarnings {

    private PluginWarnings() {
    }

    static void print(String command, PrintStream err) {
        if (command.startsWith("plugin ")) {
            return;
        }
        try {
            StartWarnings.of(PluginManager.runningProduct()).forEach(w -> err.println("vivarium: warning: " + w));
        } catch (Exception | LinkageError e) {
            // a warning must never stop a command: no install area, an unreadable folder
        }
    }
}
