package org.vivarium.core.edit;

import java.util.HashMap;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * The editing domain of an open study: EMF's, except that a property edit says what it changed, so Edit &gt; Undo
 * reads "Undo Set planned n of VEH" instead of "Undo Set" (whether the edit comes from a form, the Properties view
 * or a descriptor's {@code setPropertyValue}).
 */
public class StudyEditingDomain extends AdapterFactoryEditingDomain {

    public StudyEditingDomain(AdapterFactory adapterFactory, CommandStack stack) {
        super(adapterFactory, stack, new HashMap<>());
    }

    @Override
    public Command createCommand(Class<? extends Command> commandClass, CommandParameter parameter) {
        Command command = super.createCommand(commandClass, parameter);
        if (commandClass == SetCommand.class && parameter.getEOwner() != null
                && parameter.getEStructuralFeature() != null && command != null && command.canExecute()) {
            String label = CommandLabels.set(adapterFactory, parameter.getEOwner(), parameter.getEStructuralFeature());
            return new CommandWrapper(label, label, command);
        }
        return command;
    }
}
