package org.vivarium.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The baseline of {@code vivarium bench startup}: with the system property {@code vivarium.startup.report} naming a
 * file, the command line appends the milliseconds from JVM start until the runtime has started it (the same
 * product and bundles as the workbench, without the workbench).
 */
final class StartupReport {

    private StartupReport() {
    }

    static void runtimeStarted() {
        String file = System.getProperty("vivarium.startup.report");
        if (file == null || file.isBlank()) {
            return;
        }
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        try {
            Files.writeString(Path.of(file), "runtime " + ms + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("vivarium: cannot write the start-up time to " + file + ": " + e.getMessage());
        }
    }
}
