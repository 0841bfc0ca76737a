package org.vivarium.rcp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;

/**
 * For {@code vivarium bench startup}: when the system property {@value #PROPERTY} names a file, the workbench
 * appends the milliseconds from JVM start until its window shows the study (after start-up, once the event loop
 * has painted it), then closes.
 */
final class StartupProbe {

    static final String PROPERTY = "vivarium.startup.report";

    private StartupProbe() {
    }

    static void afterStartup(IWorkbench workbench) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        Display display = workbench.getDisplay();
        display.asyncExec(() -> {
            display.update();
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            try {
                Files.writeString(Path.of(file), "workbench " + ms + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("vivarium: cannot write the start-up time to " + file + ": " + e.getMessage());
            }
            workbench.close();
        });
    }
}
