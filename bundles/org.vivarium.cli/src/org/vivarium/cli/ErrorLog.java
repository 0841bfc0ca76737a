package org.vivarium.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Where an internal error's stack trace goes: one folder, {@code $HOME/.vivarium/logs} ({@code user.home} when HOME is
 * not set; the system property {@code vivarium.logs} overrides both), and the one line on stderr names the log file,
 * or the folder it could not be written to.
 */
public final class ErrorLog {

    private ErrorLog() {
    }

    /** The log folder for these settings (any may be null or blank). */
    public static Path folder(String override, String homeVariable, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = homeVariable != null && !homeVariable.isBlank() ? homeVariable : userHome;
        return Path.of(home, ".vivarium", "logs");
    }

    /** The log folder of this process. */
    public static Path folder() {
        return folder(System.getProperty("vivarium.logs"), System.getenv("HOME"), System.getProperty("user.home"));
    }

    /**
     * Writes the command line and the stack trace to a new log in the folder and prints one line naming it on
     * {@code err} (when the log cannot be written: the folder and why, then the stack trace).
     */
    public static void report(Path folder, String[] args, Throwable e, PrintStream err) {
        String line = "vivarium: internal error: " + e;
        try {
            Path log = write(folder, "vivarium " + String.join(" ", args), e);
            err.println(line + " (details in " + log + ")");
        } catch (IOException | RuntimeException io) {
            err.println(line + " (no log: could not write to " + folder.toAbsolutePath() + ": "
                    + OutputFiles.reason(folder, io) + "; details follow)");
            e.printStackTrace(err);
        }
    }

    /** Writes a headline and the stack trace to a new log file in the folder; returns the file (absolute). */
    public static Path write(Path folder, String headline, Throwable e) throws IOException {
        Files.createDirectories(folder);
        String name = "vivarium-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path log = folder.resolve(name + ".log");
        for (int i = 2; Files.exists(log); i++) {
            log = folder.resolve(name + "-" + i + ".log");
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(log))) {
            w.println(headline);
            e.printStackTrace(w);
        }
        return log.toAbsolutePath();
    }
}
