package org.vivarium.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/**
 * Changing a study file from the command line as the workbench does: one EMF command on an audited command stack (the
 * change becomes an entry of the study's audit trail, with the {@code --reason} given), then an atomic save. Refused
 * input never reaches the save, so the file stays byte for byte as it was. A study whose audit trail is broken (and
 * not acknowledged) is not changed at all.
 */
final class StudyEdits {

    private StudyEdits() {
    }

    /**
     * A fresh editing domain for the commands of one command line on an open study: its command stack records each
     * command in the study's audit trail; nobody is asked for a reason (see {@link #apply}).
     */
    static EditingDomain domain(OpenStudy open) {
        return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new AuditedCommandStack(open
                .resource()));
    }

    /**
     * Executes the command, recorded as {@code action} (or the command's own label when null) with the reason given
     * by {@code --reason} (null when none: a command that changes recorded data is then refused), and saves.
     */
    static void apply(EditingDomain domain, Path file, OpenStudy open, Command command, String action, String reason)
            throws StudyStoreException, RejectedException {
        checkTrail(file, open);
        Command labelled = action == null ? command : new CommandWrapper(action, command.getDescription(), command);
        if (domain.getCommandStack() instanceof AuditedCommandStack audited) {
            audited.execute(labelled, reason);
        } else {
            domain.getCommandStack().execute(labelled);
        }
        if (domain.getCommandStack() instanceof AuditedCommandStack audited && audited.refusal() != null) {
            throw rejected(file, reasonRequired(audited.refusal()));
        }
        if (domain.getCommandStack().getMostRecentCommand() != labelled) {
            throw new IllegalStateException("the command '" + labelled.getLabel() + "' could not be executed");
        }
        open.save();
    }

    /** Executes the command under its own label with the reason given by {@code --reason}, and saves. */
    static void apply(EditingDomain domain, Path file, OpenStudy open, Command command, String reason)
            throws StudyStoreException, RejectedException {
        apply(domain, file, open, command, null, reason);
    }

    /** "a reason is required: the change alters VALUE ...; give --reason R" from the stack's refusal. */
    static String reasonRequired(String refusal) {
        if (!refusal.startsWith("a reason is required to change ")) {
            return refusal; // e.g. a lab server refused the change
        }
        String what = refusal.substring("a reason is required to change ".length());
        return "a reason is required: the change alters recorded data (" + what + "); give --reason R";
    }

    /** Opens a study for changing it: refused (and closed again) when its audit trail is broken, see below. */
    static OpenStudy open(Path file) throws StudyStoreException, RejectedException, UsageException {
        OpenStudy open = StudyFiles.open(file);
        try {
            checkTrail(file, open);
            return open;
        } catch (RejectedException | RuntimeException e) {
            open.close();
            throw e;
        }
    }

    /**
     * Refuses to change a study whose audit trail is broken and not acknowledged: the break must be looked at
     * ({@code audit --verify}) and acknowledged with a reason first.
     */
    static void checkTrail(Path file, OpenStudy open) throws RejectedException {
        AuditTrail trail = AuditTrail.of(open.resource());
        if (trail == null || trail.check().usable()) {
            return;
        }
        TrailCheck.Problem first = trail.check().unacknowledged().get(0);
        throw new RejectedException(List.of("the audit trail of " + file + " is broken (" + first.text()
                + "): run `vivarium audit " + file + " --verify`, and acknowledge it with `vivarium audit " + file
                + " --acknowledge --reason R` to carry on"), file + " is unchanged");
    }

    /** The cohort of that name (exactly, else ignoring case and spaces: "24h" finds "24 h"), or a rejection. */
    static Cohort cohort(Path file, Study study, String name) throws RejectedException {
        for (Cohort c : study.getCohorts()) {
            if (name.equals(c.getName())) {
                return c;
            }
        }
        List<Cohort> loose = study.getCohorts().stream().filter(c -> key(c.getName()).equals(key(name))).toList();
        if (loose.size() == 1) {
            return loose.get(0);
        }
        List<String> names = study.getCohorts().stream().map(Cohort::getName).toList();
        throw rejected(file, "no cohort '" + name + "' in the study (" + (names.isEmpty() ? "it has no cohorts"
                : "cohorts: " + String.join(", ", names)) + ")");
    }

    private static String key(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Each problem as a line "FILE: problem"; the file is unchanged. */
    static RejectedException rejected(Path file, List<String> problems) {
        return new RejectedException(problems.stream().map(p -> file + ": " + p).toList(), file + " is unchanged");
    }

    static RejectedException rejected(Path file, String problem) {
        return rejected(file, List.of(problem));
    }
}
