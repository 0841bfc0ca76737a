package org.vivarium.lab;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** One clear line for a failed database call, naming the server (never the password). */
final class LabErrors {

    private LabErrors() {
    }

    static LabException of(SQLException e, LabUrl url) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = switch (state) {
            case "28P01" -> "wrong password for " + url.user() + " at " + url.host() + ":" + url.port();
            case "28000" -> "the lab server at " + url.host() + ":" + url.port() + " does not let " + url.user()
                    + " in (no such user, or not allowed to log in)";
            case "3D000" -> "there is no database '" + url.database() + "' on " + url.host() + ":" + url.port();
            case "42501" -> url.user() + " is not allowed to do this on " + url.where() + ": " + firstLine(e);
            case "42P01" -> "the database " + url.where() + " has no Vivarium schema: run 'vivarium lab init "
                    + url + "' first";
            default -> state.startsWith("08") ? unreachable(e, url)
                    : "the lab server " + url.where() + " refused: " + firstLine(e);
        };
        return new LabException(message, e);
    }

    private static String unreachable(SQLException e, LabUrl url) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown lab server host '" + url.host() + "'";
            }
            if (t instanceof ConnectException) {
                return "cannot reach the lab server at " + url.host() + ":" + url.port()
                        + " (is it running? start one with 'vivarium lab start DIR')";
            }
        }
        return "lost the connection to the lab server " + url.where() + ": " + firstLine(e);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).replaceFirst("^ERROR: ", "");
    }
}
