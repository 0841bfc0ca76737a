package org.vivarium.ui.session;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabOpenStudy;
import org.vivarium.lab.LabWatch;

/**
 * A lab study open in the workbench and its server: hears the changes others store (LabWatch, on a thread of its
 * own) and brings them into the study on the UI thread - the entry grid, dashboards and the history follow - and says
 * when the server is lost and found again.
 */
final class LabLink {

    private static final int PRESENCE_MILLIS = 5000;

    private final StudySession session;
    private final LabOpenStudy open;
    private final Display display;
    private LabWatch watch;
    private boolean scheduled;
    private boolean closed;
    private boolean designNoted;
    private List<String> present = List.of();

    LabLink(StudySession session, LabOpenStudy open) {
        this.session = session;
        this.open = open;
        this.display = Display.getCurrent();
        try {
            watch = open.watch(new LabWatch.Listener() {
                @Override
                public void changed(long study, long seq) {
                    schedule();
                }

                @Override
                public void connection(String problem) {
                    display.asyncExec(() -> lost(problem));
                }
            });
        } catch (LabException e) {
            StatusLine.error("Changes by others are not shown as they come: " + e.getMessage());
        }
        present = connected();
        display.timerExec(PRESENCE_MILLIS, this::checkPresence);
    }

    /** Who has the study open is asked now and then; views showing it are told when it changes. */
    private void checkPresence() {
        if (closed || display.isDisposed()) {
            return;
        }
        List<String> now = connected();
        if (!now.equals(present)) {
            present = now;
            session.refreshed();
        }
        display.timerExec(PRESENCE_MILLIS, this::checkPresence);
    }

    /** Several changes heard at once are brought in together. */
    private void schedule() {
        synchronized (this) {
            if (scheduled || closed) {
                return;
            }
            scheduled = true;
        }
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                synchronized (this) {
                    scheduled = false;
                }
                pull();
            });
        }
    }

    /** Brings in what the server has since (UI thread). */
    void pull() {
        if (closed) {
            return;
        }
        try {
            open.refresh();
        } catch (LabException e) {
            StatusLine.error("Cannot bring in the changes of others: " + e.getMessage());
            return;
        }
        session.refreshed();
        if (open.designChanged() && !designNoted) {
            designNoted = true;
            StatusLine.error("Someone changed the design of " + open.name()
                    + ": open it again (File > Open Lab Study) to see the change");
        }
    }

    /** A change was refused by the server: says why and brings in what it clashed with (after the command ends). */
    void afterRefusal(String why) {
        StatusLine.error(why);
        display.asyncExec(this::pull);
    }

    private void lost(String problem) {
        if (closed) {
            return;
        }
        if (problem == null) {
            StatusLine.message("Connected to the lab server again");
            pull();
        } else {
            StatusLine.error("Lost the lab server (" + problem + "); changes are refused until it is back, "
                    + "File > Save Study As keeps a file copy");
        }
    }

    List<String> connected() {
        try {
            return open.connected();
        } catch (LabException e) {
            return List.of();
        }
    }

    void close() {
        synchronized (this) {
            closed = true;
        }
        if (watch != null) {
            watch.close();
        }
    }
}
