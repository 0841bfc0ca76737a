package org.vivarium.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabPasswords;
import org.vivarium.lab.LabUrl;

/**
 * How the {@code lab} commands reach a lab server: the URL from the command line, the password from PGPASSWORD,
 * ~/.pgpass (or PGPASSFILE), else asked on the console or read as one line from stdin. A failure is one line on
 * stderr (exit 2).
 */
final class LabAccess {

    private BufferedReader stdin;

    LabDatabase connect(String urlText) throws RejectedException {
        try {
            LabUrl url = LabUrl.parse(urlText);
            String password = LabPasswords.find(url, System.getenv(), Path.of(System.getProperty("user.home")),
                    this::ask);
            return LabDatabase.connect(url, password);
        } catch (LabException e) {
            throw rejected(e);
        }
    }

    /** Asks on the console (not echoed), or reads one line from stdin when there is no console. */
    Optional<String> ask(String question) throws LabException {
        java.io.Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", question);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        try {
            if (stdin == null) {
                stdin = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
            }
            return Optional.ofNullable(stdin.readLine());
        } catch (IOException e) {
            throw new LabException("cannot read the password from stdin: " + e.getMessage(), e);
        }
    }

    static RejectedException rejected(LabException e) {
        return new RejectedException(List.of(), e.getMessage());
    }
}
