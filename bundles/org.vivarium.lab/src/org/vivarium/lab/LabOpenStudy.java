package org.vivarium.lab;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.EntryRefusedException;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.support.StudyResource;

/**
 * A lab study opened for editing: every change is stored on the server as it is made (by the study's trail, through
 * {@link LabCommits}), so {@link #save()} only stores changes made outside any command - or, when the person chose to
 * store on saving ({@link #storeOnSave}), every change since the last save, in one transaction. Nothing is locked;
 * several people edit the same study at once.
 */
public final class LabOpenStudy implements OpenStudy {

    private final String name;
    private final Resource resource;
    private final LabCommits commits;
    private boolean ownsConnection;

    LabOpenStudy(String name, Resource resource, LabCommits commits) {
        this.name = name;
        this.resource = resource;
        this.commits = commits;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Resource resource() {
        return resource;
    }

    /** Stores what changed outside a command (each command's change is stored when it is made). */
    @Override
    public void save() throws StudyStoreException {
        try {
            AuditTrail.of(resource).flush();
            commits.flush();
        } catch (EntryRefusedException e) {
            throw new StudyStoreException(StudyStoreException.Reason.IO,
                    name, e.getMessage(), e);
        }
    }

    /**
     * The person's choice: each change stored as it is made (the default), or all of them together when they save
     * ({@link #save()}); others' changes then come in after each save.
     */
    public LabOpenStudy storeOnSave(boolean onSave) {
        commits.storeOnSave(onSave);
        return this;
    }

    /** Whether the person chose to store changes when they save (else each is stored as it is made). */
    public boolean storesOnSave() {
        return commits.storesOnSave();
    }

    /** Whether changes wait to be stored with the next save. */
    public boolean hasUnstored() {
        return commits.hasWaiting();
    }

    /**
     * Brings the study up to what the server has now: other people's values and the audit entries of their changes
     * (e.g. after a change was refused because someone changed the same value).
     */
    public void refresh() throws LabException {
        commits.refresh();
    }

    /** Whether someone changed the study's design since it was opened: open it again to see (and change) it. */
    public boolean designChanged() {
        return commits.designChanged();
    }

    /**
     * Someone begins editing a value (of a session, for an animal or cage, of a measure): the change they will make is
     * refused if someone else changes that value while they type, instead of replacing it unseen.
     */
    public void pin(AssaySession session, EObject unit,
            MeasureDefinition measure) {
        StudyResource r = (StudyResource) resource;
        if (session != null && unit != null && measure != null) {
            commits.pin(new LabKey(r.idOf(session), r.idOf(unit), r.idOf(measure)));
        }
    }

    /**
     * Someone begins editing a record (a dose given, a body weight, an animal's status): as for a value, a change
     * someone else stores meanwhile makes theirs be refused rather than replaced unseen.
     */
    public void pin(EObject record) {
        String id = ((StudyResource) resource).idOf(record);
        if (id != null) {
            commits.pinRecord(id);
        }
    }

    /** The lab study's id on its server. */
    public long id() {
        return commits.id();
    }

    /**
     * Starts hearing the changes other people store (on a thread of the watch's own; call {@link #refresh()} from the
     * thread that works on the study when it hears one); close the watch when done. From then on, a change of values
     * that others' changes preceded is brought into the study's trail by that refresh, not while it is stored.
     */
    public LabWatch watch(LabWatch.Listener listener) throws LabException {
        long id = commits.id();
        LabWatch watch = LabWatch.start(commits.db(), new LabWatch.Listener() {
            @Override
            public void changed(long study, long seq) {
                if (study == id) { // its own changes too: they bring in what others stored before them
                    listener.changed(study, seq);
                }
            }

            @Override
            public void connection(String problem) {
                listener.connection(problem);
            }
        });
        commits.followed(); // a change of values is no longer followed by a refresh of its own: the watch's is enough
        return watch;
    }

    /** Closing the study closes its connection too (a workbench keeps one connection per open lab study). */
    public LabOpenStudy closingConnection() {
        ownsConnection = true;
        return this;
    }

    /** Who has this study open now (the database users connected to it, each once, sorted), this user included. */
    public java.util.List<String> connected() throws LabException {
        return commits.db().studies().connected(commits.id());
    }

    /** Where the study is: user@host:port/database of its server. */
    public String server() {
        return commits.db().url().where();
    }

    /**
     * Signs a session (performed or reviewed) or the study (approved, session null) as this study's user, with the
     * password typed again for the signature (never a stored one); the study is then brought up to date, its
     * signatures included.
     */
    public Signature sign(String session, Signature.Meaning meaning,
            String printedName, String password) throws LabException, StudyStoreException {
        Signature signed = LabSignatures.sign(commits.db().url(), password, commits.id(),
                session, meaning, printedName);
        refresh();
        return signed;
    }

    /** The database user this study is changed as. */
    public String user() {
        return commits.db().url().user();
    }

    @Override
    public void close() {
        if (ownsConnection) {
            commits.db().close(); // nothing is locked on the server
        }
    }
}
