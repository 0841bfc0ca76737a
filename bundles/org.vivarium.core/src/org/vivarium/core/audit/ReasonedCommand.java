package org.vivarium.core.audit;

import org.eclipse.emf.common.command.CompoundCommand;

/**
 * A compound command that carries the reason its user already gave (a re-randomisation's or an unblinding's reason):
 * the {@link AuditedCommandStack} records it with the entry instead of asking again.
 */
public class ReasonedCommand extends CompoundCommand {

    private final String reason;

    public ReasonedCommand(String label, String reason) {
        super(label);
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** The reason given for the command, or null. */
    public String reason() {
        return reason;
    }
}
