package org.vivarium.lab.tests;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.study.Studies;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabOpenStudy;
import org.vivarium.lab.LabUrl;
import org.vivarium.model.Animal;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.model.support.StudyResource;

/** One person's workbench on a lab study: a connection, the study opened for editing, its command stack. */
final class LabClient implements AutoCloseable {

    final LabDatabase db;
    final LabOpenStudy open;
    final AuditedCommandStack stack;
    final EditingDomain domain;

    LabClient(LabUrl url, String password, long id) throws Exception {
        db = LabDatabase.connect(url, password);
        open = db.studies().open(id);
        stack = new AuditedCommandStack(open.resource());
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
    }

    /** Executes a command as the workbench does, with its reason; the refusal, or null when it was stored. */
    String run(Command command, String reason) {
        stack.execute(command, reason);
        return stack.refusal();
    }

    /** The (first) FST session's value of an animal, or null. */
    Measurement value(String animal) {
        return LabFixture.value(open.study(), animal);
    }

    /** Sets an animal's immobility as the entry grid does (one command, with a reason); the refusal or null. */
    String set(String animal, double v) {
        return run(SetCommand.create(domain, value(animal), Literals.MEASUREMENT__VALUE, v), "re-scored from the video");
    }

    Animal animal(String id) {
        return Studies.findAnimal(open.study(), id);
    }

    /** The (one) dose of an animal. */
    DosingEvent dose(String animal) {
        return animal(animal).getDosingEvents().get(0);
    }

    String idOf(EObject o) {
        return ((StudyResource) open.resource()).idOf(o);
    }

    EObject byId(String id) {
        return open.resource().getEObject(id);
    }

    @Override
    public void close() {
        open.close();
        db.close();
    }
}
