package org.vivarium.core.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.vivarium.model.Measurement;

/**
 * A command stack whose every execute, undo and redo becomes an entry of the study's audit trail. When a command
 * changes recorded data, the {@link Reasons} are asked for a reason once; without one the command is taken back and
 * dropped, as if it had never been executed; a {@link ReasonedCommand} brings its own reason. An undo or redo is recorded as a change of its own, its reason naming
 * the entry it takes back or repeats.
 */
public class AuditedCommandStack extends BasicCommandStack {

    /** Asks why recorded data is changed. */
    public interface Reasons {
        /** The reason for the action, or null to refuse it (it is then taken back). */
        String reasonFor(String action, List<String> recordedData);
    }

    private final Resource resource;
    private final Map<Command, Long> entries = new IdentityHashMap<>();
    private final Map<Command, String> reasons = new IdentityHashMap<>();
    private Reasons asker = (action, data) -> null;
    private String refusal;
    private boolean byStore;

    public AuditedCommandStack(Resource resource) {
        this.resource = resource;
    }

    public void setReasons(Reasons asker) {
        this.asker = asker;
    }

    /**
     * Why the last command (or undo, redo) was refused - no reason given for changing recorded data, or a shared store
     * refused it - or null.
     */
    public String refusal() {
        return refusal;
    }

    /** Whether the last refusal came from a shared store (a lab server) rather than from the person (no reason). */
    public boolean refusedByStore() {
        return refusal != null && byStore;
    }

    /** The entry a command made when it was executed (0 when none). */
    public long entryOf(Command command) {
        return entries.getOrDefault(command, 0L);
    }

    @Override
    public void execute(Command command) {
        execute(command, null);
    }

    /**
     * Executes a command with a reason given before it (in the dialog that made it, or {@code --reason} on the command
     * line): recorded with its entry whether a reason is required or not, and not asked for again. A
     * {@link ReasonedCommand}'s own reason comes first.
     */
    public void execute(Command command, String givenReason) {
        refusal = null;
        byStore = false;
        AuditRecorder recorder = AuditRecorder.of(resource);
        if (recorder == null || command == null) {
            super.execute(command);
            return;
        }
        String action = command.getLabel() == null ? "Edit" : command.getLabel();
        try (AuditScope scope = recorder.begin(action)) {
            watch(scope, command);
            super.execute(command);
            if (getMostRecentCommand() != command) {
                return; // not executable: nothing changed
            }
            String reason = command instanceof ReasonedCommand r ? r.reason() : null;
            if (reason == null && givenReason != null && !givenReason.isBlank()) {
                reason = givenReason.strip();
            }
            if (scope.needsReason() && reason == null) {
                reason = asker.reasonFor(action, scope.recordedData());
                if (reason == null || reason.isBlank()) {
                    refusal = "a reason is required to change " + scope.recordedData().get(0);
                    drop(recorder, command);
                    return;
                }
            }
            long seq;
            try {
                seq = scope.finish(reason);
            } catch (EntryRefusedException e) {
                refusal = e.getMessage(); // a shared store refused it: nothing was stored, so it never happened
                byStore = true;
                drop(recorder, command);
                return;
            }
            if (seq > 0) {
                entries.put(command, seq);
                if (reason != null) {
                    reasons.put(command, reason);
                }
            }
        }
    }

    @Override
    public void undo() {
        Command command = canUndo() ? commandList.get(top) : null;
        record(command, "Undo", () -> super.undo());
    }

    @Override
    public void redo() {
        Command command = canRedo() ? commandList.get(top + 1) : null;
        record(command, "Redo", () -> super.redo());
    }

    private void record(Command command, String verb, Runnable action) {
        AuditRecorder recorder = AuditRecorder.of(resource);
        if (recorder == null || command == null) {
            action.run();
            return;
        }
        long original = entries.getOrDefault(command, 0L);
        refusal = null;
        byStore = false;
        try (AuditScope scope = recorder.begin(verb + " " + command.getLabel())) {
            watch(scope, command);
            action.run();
            String why = verb.toLowerCase(java.util.Locale.ROOT) + (original > 0 ? " of entry " + original : "")
                    + (reasons.containsKey(command) ? " (" + reasons.get(command) + ")" : "");
            scope.finish(why);
        } catch (EntryRefusedException e) {
            refusal = e.getMessage(); // a shared store refused it: the undo (or redo) is taken back
            byStore = true;
            recorder.unrecorded("Undo".equals(verb) ? super::redo : super::undo);
        }
    }

    /** Takes an executed command back without a trace and removes it from the stack. */
    private void drop(AuditRecorder recorder, Command command) {
        recorder.unrecorded(command::undo);
        commandList.remove(top);
        top--;
        mostRecentCommand = null;
        command.dispose();
        notifyListeners();
    }

    /** The objects a command says it affects, before it runs (some commands cannot say yet). */
    private static Collection<?> affected(Command c) {
        try {
            return c.getAffectedObjects();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Watches the measurements the command sets (the recorder does not follow measurements on its own). */
    private static void watch(AuditScope scope, Command command) {
        List<Command> todo = new ArrayList<>(List.of(command));
        while (!todo.isEmpty()) {
            Command c = todo.remove(todo.size() - 1);
            if (c instanceof SetCommand s && s.getOwner() instanceof Measurement m) {
                scope.watch(m);
            } else if (c instanceof CompoundCommand cc) {
                todo.addAll(cc.getCommandList());
            } else if (c instanceof CommandWrapper w && w.getCommand() != null) {
                todo.add(w.getCommand());
            }
            Collection<?> affected = c instanceof CompoundCommand ? null : affected(c);
            if (affected != null) {
                for (Object o : affected) {
                    if (o instanceof Measurement m && m.eResource() != null) {
                        scope.watch(m);
                    }
                }
            }
        }
    }
}
