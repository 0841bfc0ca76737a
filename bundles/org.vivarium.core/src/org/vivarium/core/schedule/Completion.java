package org.vivarium.core.schedule;

import java.time.LocalDateTime;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.model.AssaySession;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * Marking an assay session done - who and when - or open again, as undoable commands. (A dosing round is done when
 * each of its doses is recorded: see {@code DoseRecording}.)
 */
public final class Completion {

    private Completion() {
    }

    /** The command that marks a session done by an operator at a time; null when no operator is given. */
    public static Command markDone(EditingDomain domain, AssaySession session, String operator, LocalDateTime at) {
        if (operator == null || operator.isBlank()) {
            return null;
        }
        CompoundCommand command = new CompoundCommand("Mark " + session.getName() + " done");
        command.append(new SetCommand(domain, session, Literals.ASSAY_SESSION__COMPLETED_AT, at));
        command.append(new SetCommand(domain, session, Literals.ASSAY_SESSION__COMPLETED_BY, operator.strip()));
        return command;
    }

    /** The command that opens a session marked done again. */
    public static Command reopen(EditingDomain domain, AssaySession session) {
        CompoundCommand command = new CompoundCommand("Mark " + session.getName() + " not done");
        command.append(new SetCommand(domain, session, Literals.ASSAY_SESSION__COMPLETED_AT, SetCommand.UNSET_VALUE));
        command.append(new SetCommand(domain, session, Literals.ASSAY_SESSION__COMPLETED_BY, SetCommand.UNSET_VALUE));
        return command;
    }
}
