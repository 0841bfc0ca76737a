package org.vivarium.lab;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The password for a connection, as libpq finds it: PGPASSWORD, else the password file (PGPASSFILE, default
 * {@code ~/.pgpass}), else the prompt. Vivarium keeps it only in memory for the connection.
 */
public final class LabPasswords {

    /** Asks the user (console) or reads one line (stdin); empty when there is nobody to ask. */
    @FunctionalInterface
    public interface Prompt {
        Optional<String> ask(String question) throws LabException;
    }

    private LabPasswords() {
    }

    /** The password for the URL from this environment and home folder, else from the prompt. */
    public static String find(LabUrl url, Map<String, String> env, Path home, Prompt prompt) throws LabException {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null) {
            return fromEnv;
        }
        String passFile = env.get("PGPASSFILE");
        Path file = passFile != null && !passFile.isEmpty() ? Path.of(passFile)
                : home == null ? null : home.resolve(".pgpass");
        Optional<String> fromFile = PgPass.lookup(file, url);
        if (fromFile.isPresent()) {
            return fromFile.get();
        }
        return prompt.ask("Password for " + url.where() + ": ").orElseThrow(() -> new LabException(
                "no password for " + url.where() + ": set PGPASSWORD, add it to ~/.pgpass or type it when asked"));
    }
}
