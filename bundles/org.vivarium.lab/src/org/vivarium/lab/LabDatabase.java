package org.vivarium.lab;

import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A connection to a lab server (the only place Vivarium talks JDBC). {@link #init()} creates or upgrades the schema;
 * {@link #studies()} and {@link #users()} work on it. Close it when done.
 */
public final class LabDatabase implements AutoCloseable {

    private final LabUrl url;
    private final PGSimpleDataSource dataSource;
    private final Connection connection;

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
        ds.setApplicationName("Vivarium");
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

    /** One more connection as the same user (e.g. for hearing changes while this one works). */
    Connection another() throws SQLException {
        return dataSource.getConnection();
    }

    /** Work on the connection that is committed as a whole or not at all. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it fails. */
    <T> T inTransaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Runs reading work in one read-only transaction that sees one snapshot of the server (REPEATABLE READ): the
     * study file, its values and its trail as they were together.
     */
    <T> T inSnapshot(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            connection.setReadOnly(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
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

    /** The studies on the server; fails with one line if the schema is missing or newer than this Vivarium. */
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
