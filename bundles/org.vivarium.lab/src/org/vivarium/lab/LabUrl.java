package org.vivarium.lab;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A lab server address as a libpq URL: {@code postgresql://USER@HOST:PORT/DB} (or {@code postgres://}), with an
 * optional {@code ?sslmode=...}. The user defaults to the operating-system user, the port to 5432, the database to
 * the user's name, sslmode to {@code prefer} (TLS when the server offers it). A password in the URL is refused:
 * passwords come from PGPASSWORD, ~/.pgpass or a prompt, and Vivarium never stores them.
 */
public record LabUrl(String user, String host, int port, String database, String sslMode) {

    public static final int DEFAULT_PORT = 5432;

    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    /** Parses a URL; a bad one gives a message naming the URL and what is wrong with it. */
    public static LabUrl parse(String text) throws LabException {
        if (text == null || text.isBlank()) {
            throw new LabException("no lab URL given (e.g. postgresql://USER@HOST:PORT/DB)");
        }
        String rest;
        if (text.startsWith("postgresql://")) {
            rest = text.substring("postgresql://".length());
        } else if (text.startsWith("postgres://")) {
            rest = text.substring("postgres://".length());
        } else {
            throw bad(text, "it must start with postgresql:// or postgres://");
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String database = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            database = decode(text, rest.substring(slash + 1));
            rest = rest.substring(0, slash);
        }
        String user = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            if (userInfo.contains(":")) {
                throw bad(text, "do not put the password in the URL: use PGPASSWORD, ~/.pgpass or the prompt");
            }
            user = decode(text, userInfo);
            rest = rest.substring(at + 1);
        }
        String host = rest;
        int port = DEFAULT_PORT;
        int colon = host.startsWith("[") ? host.indexOf(':', host.indexOf(']')) : host.lastIndexOf(':');
        if (colon >= 0) {
            String portText = host.substring(colon + 1);
            host = host.substring(0, colon);
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw bad(text, "the port '" + portText + "' is not a number from 1 to 65535");
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw bad(text, "no host (e.g. postgresql://alice@db.lab.example:5432/vivarium)");
        }
        if (user == null || user.isEmpty()) {
            user = System.getProperty("user.name");
        }
        if (database == null || database.isEmpty()) {
            database = user;
        }
        return new LabUrl(user, host, port, database, sslMode(text, query));
    }

    private static String sslMode(String text, String query) throws LabException {
        String mode = "prefer";
        if (query == null || query.isEmpty()) {
            return mode;
        }
        for (String param : query.split("&")) {
            int eq = param.indexOf('=');
            String name = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : decode(text, param.substring(eq + 1));
            if (!name.equals("sslmode")) {
                throw bad(text, "unsupported parameter '" + name + "' (only sslmode)");
            }
            if (!SSL_MODES.contains(value)) {
                throw bad(text, "sslmode must be one of " + String.join(", ", SSL_MODES.stream().sorted().toList())
                        + ", not '" + value + "'");
            }
            mode = value;
        }
        return mode;
    }

    private static String decode(String text, String part) throws LabException {
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(text, "bad %-escape in '" + part + "'");
        }
    }

    private static LabException bad(String text, String why) {
        // a password typed into the URL is not repeated in the message
        String shown = text.replaceFirst("^([a-z]+://[^:/@?]*):[^@/?]*@", "$1:***@");
        return new LabException("bad lab URL '" + shown + "': " + why);
    }

    /** Where the server is, for messages: "alice@127.0.0.1:5432/vivarium". */
    public String where() {
        return user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "postgresql://" + where();
    }
}
