package org.vivarium.lab;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * The lab schema: versioned Flyway migrations in this bundle's db/migration (V1__..., V2__...), and the cluster-wide
 * group roles, which are made outside the migrations (roles belong to the whole server, not to one database).
 */
final class LabSchema {

    /** The newest schema version this Vivarium knows (the highest V<n> in db/migration). */
    static final int VERSION = 9;

    private static final String MIGRATIONS = "classpath:db/migration";

    /**
     * Flyway logs through java.util.logging (configured by the product: warnings only). Its auto-detection would pick
     * the product's log4j-api, which has no provider outside POI's set-up and prints an ERROR line on stderr.
     */
    private static final String LOGGER = "org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator";

    private LabSchema() {
    }

    static void createRoles(Connection c) throws SQLException {
        for (LabRole role : LabRole.values()) {
            boolean exists;
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                s.setString(1, role.roleName());
                try (ResultSet r = s.executeQuery()) {
                    exists = r.next();
                }
            }
            if (!exists) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + role.roleName() + " NOLOGIN"); // a fixed name from the enum
                }
            }
        }
    }

    static String migrate(DataSource dataSource, LabUrl url) throws LabException {
        ensureFlywayStarted();
        try {
            Flyway flyway = Flyway.configure(LabSchema.class.getClassLoader()) // never the TCCL (Flyway's default)
                    .dataSource(dataSource).locations(MIGRATIONS).failOnMissingLocations(true).loggers(LOGGER)
                    .load();
            MigrationInfo[] all = flyway.info().all();
            if (all.length == 0) {
                throw new LabException("this Vivarium has no schema migrations (" + MIGRATIONS + " is empty)");
            }
            MigrationInfo current = flyway.info().current();
            if (current != null && current.getVersion() != null
                    && Integer.parseInt(current.getVersion().getMajorAsString()) > VERSION) {
                throw newer(url, current.getVersion().getMajorAsString());
            }
            MigrateResult result = flyway.migrate();
            return result.migrationsExecuted == 0 ? "schema up to date (version " + VERSION + ")"
                    : "schema " + (result.initialSchemaVersion == null ? "created" : "upgraded from version "
                            + result.initialSchemaVersion) + " (version " + result.targetSchemaVersion + ")";
        } catch (FlywayException e) {
            throw new LabException("cannot create or upgrade the schema on " + url.where() + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Fails with one line unless the schema is there and of the version this Vivarium knows. */
    static void requireCurrent(Connection c, LabUrl url) throws LabException {
        int newest = 0;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success")) {
            while (r.next()) {
                String v = r.getString(1);
                if (v != null) {
                    newest = Math.max(newest, Integer.parseInt(v.split("\\.")[0]));
                }
            }
        } catch (SQLException e) {
            throw LabErrors.of(e, url);
        }
        if (newest == 0) {
            throw new LabException("the database " + url.where() + " has no Vivarium schema: run 'vivarium lab init "
                    + url + "' first");
        }
        if (newest > VERSION) {
            throw newer(url, Integer.toString(newest));
        }
        if (newest < VERSION) { // its functions would drop what they do not know yet (e.g. a dose's stock, V9)
            throw new LabException("the lab schema on " + url.where() + " is version " + newest + ", older than this "
                    + "Vivarium needs (" + VERSION + "): run 'vivarium lab init " + url + "' to upgrade it");
        }
    }

    private static LabException newer(LabUrl url, String version) {
        return new LabException("the lab schema on " + url.where() + " is version " + version
                + ", newer than this Vivarium knows (" + VERSION + "): update Vivarium");
    }

    /**
     * Flyway's OSGi scanner needs flyway-core's BundleContext, which is null unless that (activator-less, wrapped)
     * bundle is started; without it the migrations are silently not found.
     */
    private static void ensureFlywayStarted() throws LabException {
        Bundle flyway = FrameworkUtil.getBundle(Flyway.class);
        if (flyway != null && (flyway.getState() & (Bundle.STARTING | Bundle.ACTIVE)) == 0) {
            try {
                flyway.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new LabException("cannot start " + flyway.getSymbolicName() + ": " + e.getMessage(), e);
            }
        }
    }
}
