package org.vivarium.lab;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/** Lab users: PostgreSQL login roles that are members of one {@link LabRole}. */
public final class LabUsers {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_.-]{0,62}");

    private final LabDatabase db;

    LabUsers(LabDatabase db) {
        this.db = db;
    }

    /**
     * Creates the login role NAME in the group role (one transaction). The password goes to the server only as a
     * SCRAM verifier computed here (never in clear in an SQL statement or the server log).
     */
    public void add(String name, LabRole role, String password) throws LabException {
        if (name == null || !NAME.matcher(name).matches() || name.startsWith("pg_")) {
            throw new LabException("bad user name '" + name + "': use lower-case letters, digits, _ . -"
                    + " (starting with a letter or _, at most 63, not pg_...)");
        }
        for (LabRole r : LabRole.values()) {
            if (r.roleName().equals(name)) {
                throw new LabException("bad user name '" + name + "': that is the name of a role");
            }
        }
        if (password == null || password.isEmpty()) {
            throw new LabException("no password given for the new user " + name);
        }
        try {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    // DDL takes no parameters: the name is validated above and quoted as an identifier
                    s.execute("CREATE ROLE " + quote(name) + " LOGIN IN ROLE " + quote(role.roleName()));
                }
                c.unwrap(PGConnection.class).alterUserPassword(name, password.toCharArray(), null);
                return null;
            });
        } catch (SQLException e) {
            if ("42710".equals(e.getSQLState())) {
                throw new LabException("user " + name + " exists already on " + db.url().host() + ":"
                        + db.url().port(), e);
            }
            if ("42704".equals(e.getSQLState())) {
                throw new LabException("the role " + role.roleName() + " does not exist on " + db.url().where()
                        + ": run 'vivarium lab init " + db.url() + "' first", e);
            }
            throw LabErrors.of(e, db.url());
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
