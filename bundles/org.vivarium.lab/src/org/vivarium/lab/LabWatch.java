package org.vivarium.lab;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the changes stored on a lab server as they are committed (every change NOTIFYs channel "vivarium" with
 * "STUDY-ID ENTRY-NUMBER"), on a connection and a daemon thread of its own: the change of one client reaches the
 * others within the wait of one poll. A lost connection is reported and opened again every few seconds.
 */
public final class LabWatch implements AutoCloseable {

    /** What a watcher is told. */
    public interface Listener {
        /** A change of the study was stored: its audit entry's number. */
        void changed(long study, long seq);

        /** The watch lost the server (null: it has it again). */
        default void connection(String problem) {
        }
    }

    private static final int POLL_MILLIS = 250;
    private static final int RETRY_MILLIS = 3000;

    private final LabDatabase db;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private LabWatch(LabDatabase db, Listener listener) {
        this.db = db;
        this.listener = listener;
        this.thread = new Thread(this::run, "Vivarium lab watch " + db.url().where());
        thread.setDaemon(true);
    }

    /** Starts hearing every change on the server of {@code db} (with its user and password). */
    public static LabWatch start(LabDatabase db, Listener listener) throws LabException {
        LabWatch watch = new LabWatch(db, listener);
        watch.connection = watch.listen(); // the first connection fails here, for the caller to say
        watch.thread.start();
        return watch;
    }

    /** Starts hearing the changes of one study only. */
    public static LabWatch study(LabDatabase db, long study, Consumer<Long> changed) throws LabException {
        return start(db, (id, seq) -> {
            if (id == study) {
                changed.accept(seq);
            }
        });
    }

    private Connection listen() throws LabException {
        try {
            Connection c = db.another();
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN vivarium");
            }
            return c;
        } catch (SQLException e) {
            throw LabErrors.of(e, db.url());
        }
    }

    private void run() {
        boolean lost = false;
        while (!closed) {
            try {
                if (connection == null) {
                    connection = listen();
                    if (lost) {
                        listener.connection(null);
                        lost = false;
                    }
                }
                PGNotification[] heard = connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
                if (heard != null) {
                    for (PGNotification n : heard) {
                        tell(n.getParameter());
                    }
                }
            } catch (SQLException | LabException e) {
                if (closed) {
                    return;
                }
                if (!lost) {
                    listener.connection(e instanceof SQLException s ? LabErrors.of(s, db.url()).getMessage()
                            : e.getMessage());
                    lost = true;
                }
                closeQuietly();
                pause();
            }
        }
    }

    private void tell(String payload) {
        int space = payload == null ? -1 : payload.indexOf(' ');
        if (space > 0) {
            try {
                listener.changed(Long.parseLong(payload.substring(0, space)),
                        Long.parseLong(payload.substring(space + 1)));
            } catch (NumberFormatException e) {
                // not one of ours
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    private void closeQuietly() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already gone
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
    }
}
