package org.vivarium.lab;

import java.util.Arrays;
import java.util.Locale;

/**
 * The group roles of a lab (cluster-wide NOLOGIN roles made by {@code lab init}); users are login roles that are
 * members of one. What each may do is granted by the schema's migrations.
 */
public enum LabRole {
    TECHNICIAN, SCIENTIST, PI, VIEWER, ADMIN;

    /** The database role name, e.g. "technician". */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of that name, or a message listing the roles there are. */
    public static LabRole of(String name) throws LabException {
        for (LabRole r : values()) {
            if (r.roleName().equals(name)) {
                return r;
            }
        }
        throw new LabException("unknown role '" + name + "' (one of: " + String.join(", ",
                Arrays.stream(values()).map(LabRole::roleName).toList()) + ")");
    }
}
