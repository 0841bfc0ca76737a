package org.vivarium.io.excel.internal.plan;

import java.util.Collection;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One undoable command for a whole import: every created object and every added measurement is applied, undone and
 * redone together. It can execute only while the objects it adds to are still in the study's resource and the resource
 * is not read-only.
 */
public final class ImportCommand extends AbstractCommand {

    private final EditingDomain domain;
    private final Resource resource;
    private final Changes changes;
    private final Collection<EObject> created;

    public ImportCommand(EditingDomain domain, Resource resource, Changes changes, Collection<EObject> created,
            String label, String description) {
        super(label, description);
        this.domain = domain;
        this.resource = resource;
        this.changes = changes;
        this.created = created;
    }

    @Override
    protected boolean prepare() {
        if (resource == null || domain != null && domain.isReadOnly(resource)) {
            return false;
        }
        for (EObject owner : changes.owners()) {
            if (owner.eResource() != resource && !created.contains(owner)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void execute() {
        changes.apply();
    }

    @Override
    public void undo() {
        changes.undo();
    }

    @Override
    public void redo() {
        changes.apply();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return changes.owners();
    }

    @Override
    public Collection<?> getResult() {
        return created;
    }
}
