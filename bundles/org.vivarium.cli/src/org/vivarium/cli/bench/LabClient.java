package org.vivarium.cli.bench;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabOpenStudy;
import org.vivarium.lab.LabWatch;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.model.support.StudyResource;

/**
 * One workbench on a lab study, as the entry grid uses it: a connection of its own, the study opened for editing, an
 * audited command stack, and a value typed in as a {@link SetCommand} with a reason; and, as the workbench's LabLink,
 * a watch hearing what is stored, brought in by the client's own thread between two changes.
 */
final class LabClient implements AutoCloseable {

    static final String REASON = "re-scored from the video (benchmark)";

    private final LabDatabase db;
    private final LabOpenStudy open;
    private final AuditedCommandStack stack;
    private final EditingDomain domain;
    private final LabWatch watch;
    private final AtomicBoolean heard = new AtomicBoolean();

    LabClient(LabDatabase db, long id) throws LabException, StudyStoreException {
        this.db = db;
        LabOpenStudy opened;
        try {
            opened = db.studies().open(id);
        } catch (LabException | StudyStoreException | RuntimeException e) {
            db.close();
            throw e;
        }
        this.open = opened;
        this.stack = new AuditedCommandStack(open.resource());
        this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
        LabWatch started;
        try {
            started = open.watch(new LabWatch.Listener() {
                @Override
                public void changed(long study, long seq) {
                    heard.set(true);
                }

                @Override
                public void connection(String problem) {
                    heard.set(true); // back again (or not): bring in what was missed, or fail there
                }
            });
        } catch (LabException | RuntimeException e) {
            close(null);
            throw e;
        }
        this.watch = started;
    }

    /**
     * Brings in what others stored, when the watch heard of something since the last time (the workbench does this on
     * its UI thread between two keystrokes); whether it did.
     */
    boolean pullIfHeard() throws LabException {
        if (!heard.getAndSet(false)) {
            return false;
        }
        open.refresh();
        return true;
    }

    LabOpenStudy open() {
        return open;
    }

    StudyResource resource() {
        return (StudyResource) open.resource();
    }

    /**
     * Sets a value as the entry grid does; returns the number of its audit entry on the server, or throws with the
     * refusal (the change was then taken back).
     */
    long set(Measurement m, double value) {
        Command c = SetCommand.create(domain, m, Literals.MEASUREMENT__VALUE, value);
        stack.execute(c, REASON);
        if (stack.refusal() != null) {
            throw new IllegalStateException(stack.refusal());
        }
        long seq = stack.entryOf(c);
        if (seq <= 0) {
            throw new IllegalStateException("setting " + m.getValue() + " to " + value + " made no audit entry");
        }
        return seq;
    }

    /** A key naming a measurement the same way in every copy of the study: its session's, animal's, measure's ids. */
    static String key(StudyResource resource, Measurement m) {
        return resource.idOf(m.eContainer()) + "/" + resource.idOf(m.getAnimal()) + "/"
                + resource.idOf(m.getMeasure());
    }

    @Override
    public void close() {
        close(watch);
    }

    private void close(LabWatch w) {
        if (w != null) {
            w.close();
        }
        open.close();
        db.close();
    }
}
