package org.vivarium.rcp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.vivarium.model.AssaySession;
import org.vivarium.ui.bench.BenchEditors;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * For {@code vivarium bench startup}: when the system property {@value #PROPERTY} names a file, the workbench
 * appends the milliseconds from JVM start until its window shows the study (after start-up, once the event loop
 * has painted it), then closes. With {@value #OPEN} set to a delay in milliseconds, it then waits that long (as a
 * user who double-clicks a session in Today soon after the start), opens the study's first assay session in the data
 * entry grid, and appends how long that took until the grid was painted ({@code open MS}).
 */
final class StartupProbe {

    static final String PROPERTY = "vivarium.startup.report";
    static final String OPEN = "vivarium.startup.open";

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
            write(file, "workbench " + ms);
            String delay = System.getProperty(OPEN);
            if (delay == null || delay.isBlank()) {
                workbench.close();
                return;
            }
            display.timerExec(Integer.parseInt(delay.strip()), () -> {
                long start = System.nanoTime();
                openFirstSession(workbench);
                display.update();
                write(file, "open " + (System.nanoTime() - start) / 1_000_000);
                workbench.close();
            });
        });
    }

    private static void openFirstSession(IWorkbench workbench) {
        StudySession session = StudySessions.current();
        AssaySession first = session == null ? null
                : session.study().getAssays().stream().flatMap(a -> a.getSessions().stream()).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        try {
            BenchEditors.openSession(workbench.getActiveWorkbenchWindow().getActivePage(), first);
        } catch (PartInitException e) {
            System.err.println("vivarium: cannot open the entry grid: " + e.getMessage());
        }
    }

    private static void write(String file, String line) {
        try {
            Files.writeString(Path.of(file), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("vivarium: cannot write the start-up time to " + file + ": " + e.getMessage());
        }
    }
}
