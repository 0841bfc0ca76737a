package org.vivarium.lab;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A connection to a lab server (the only place Vivarium talks JDBC). {@link #init()} creates or upgrades the schema;
 * {@link #studies()} and {@link #users()} work on it. Close it when done.
 */
public final class LabDatabase implements AutoCloseable {

    /** How Vivarium's connections name themselves to the server ("Vivarium lab:ID" while a study is open). */
    static final String APPLICATION = "Vivarium";

    private final LabUrl url;
    private final PGSimpleDataSource dataSource;
    private Connection connection;
    /** What this connection told the server it works on, told again after reconnecting. */
    private String announced;

    private LabDatabase(LabUrl url, PGSimpleDataSource dataSource, Connection connection) {
        this.url = url;
        this.dataSource = dataSource;
        this.connection = connection;
    }

    /** Connects as the URL's user with that password; a failure gives one line (wrong password, server down...). */
    public static LabDatabase connect(LabUrl url, String password) throws LabException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] { url.host() });
        ds.setPortNumbers(new int[] { url.port() });
        ds.setDatabaseName(url.database());
        ds.setUser(url.user());
        ds.setPassword(password);
        ds.setSslMode(url.sslMode());
        ds.setApplicationName(APPLICATION);
        ds.setConnectTimeout(10);
        try {
            return new LabDatabase(url, ds, ds.getConnection());
        } catch (SQLException e) {
            throw LabErrors.of(e, url);
        }
    }

    public LabUrl url() {
        return url;
    }

    Connection connection() {
        return connection;
    }

    /** Tells the server which study this connection works on (shown to others as who is connected to it). */
    void announce(String study) throws LabException {
        try {
            announced = APPLICATION + " " + study;
            connection.setClientInfo("ApplicationName", announced);
        } catch (java.sql.SQLClientInfoException e) {
            throw new LabException("cannot tell " + url.where() + " which study is open: " + e.getMessage(), e);
        }
    }

    /** One more connection as the same user (e.g. for hearing changes while this one works). */
    Connection another() throws SQLException {
        return dataSource.getConnection();
    }

    /** Work on the connection that is committed as a whole or not at all. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it fails. A connection lost since
     * the last call (the server restarted, the network dropped) is made again once and the work tried again: a change
     * whose commit reached the server before the connection broke is then refused as made meanwhile, never doubled.
     */
    <T> T inTransaction(Work<T> work) throws SQLException {
        return retrying(() -> once(work, false));
    }

    /**
     * Runs reading work in one read-only transaction that sees one snapshot of the server (REPEATABLE READ): the
     * study file, its values and its trail as they were together.
     */
    <T> T inSnapshot(Work<T> work) throws SQLException {
        return retrying(() -> once(work, true));
    }

    /**
     * Runs work of a single statement, which the server runs as its own transaction (autocommit); a lost connection
     * is made again once as for {@link #inTransaction}.
     */
    <T> T inStatement(Work<T> work) throws SQLException {
        return retrying(() -> work.run(connection));
    }

    private interface Attempt<T> {
        T run() throws SQLException;
    }

    private <T> T retrying(Attempt<T> attempt) throws SQLException {
        try {
            return attempt.run();
        } catch (SQLException e) {
            if (!lost(e)) {
                throw e;
            }
            reconnect(e);
            return attempt.run();
        }
    }

    private <T> T once(Work<T> work, boolean snapshot) throws SQLException {
        Connection c = connection;
        c.setAutoCommit(false);
        try {
            if (snapshot) { // the transaction's first statement (sent with its BEGIN): no round trips to set and reset
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
            }
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            quietly(c::rollback);
            throw e;
        } finally {
            quietly(() -> c.setAutoCommit(true));
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    /** A step that fails only because the connection is gone (its failure is the work's, said already). */
    private static void quietly(SqlStep step) {
        try {
            step.run();
        } catch (SQLException e) {
            // the connection is broken: the work's own failure says so
        }
    }

    private boolean lost(SQLException e) {
        String state = e.getSQLState();
        if (state != null && state.startsWith("08")) {
            return true;
        }
        try {
            return connection.isClosed();
        } catch (SQLException closed) {
            return true;
        }
    }

    private void reconnect(SQLException cause) throws SQLException {
        Connection fresh;
        try {
            fresh = dataSource.getConnection();
        } catch (SQLException e) {
            e.addSuppressed(cause);
            throw e;
        }
        Connection old = connection;
        connection = fresh;
        quietly(old::close);
        if (announced != null) {
            quietly(() -> fresh.setClientInfo("ApplicationName", announced));
        }
    }

    /** Creates or upgrades the schema (as the database owner) and the lab's group roles; returns what it did. */
    public String init() throws LabException {
        try {
            LabSchema.createRoles(connection);
        } catch (SQLException e) {
            throw LabErrors.of(e, url);
        }
        return LabSchema.migrate(dataSource, url);
    }

    /** The studies on the server; fails with one line if the schema is missing, older or newer than this Vivarium. */
    public LabStudies studies() throws LabException {
        LabSchema.requireCurrent(connection, url);
        return new LabStudies(this);
    }

    /** The electronic signatures of the lab studies; fails with one line as {@link #studies()}. */
    public LabSignatures signatures() throws LabException {
        LabSchema.requireCurrent(connection, url);
        return new LabSignatures(this);
    }

    /** Adding users (login roles). */
    public LabUsers users() {
        return new LabUsers(this);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection that failed: nothing to keep
        }
    }
}
