package org.vivarium.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/**
 * Changing a study file from the command line as the workbench does: one EMF command on a command stack, then an
 * atomic save. Refused input never reaches the save, so the file stays byte for byte as it was.
 */
final class StudyEdits {

    private StudyEdits() {
    }

    /** A fresh editing domain for the commands of one command line. */
    static EditingDomain domain() {
        return new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
    }

    /** Executes the command and saves the study. */
    static void apply(EditingDomain domain, OpenStudy open, Command command) throws StudyStoreException {
        domain.getCommandStack().execute(command);
        if (domain.getCommandStack().getMostRecentCommand() != command) {
            throw new IllegalStateException("the command '" + command.getLabel() + "' could not be executed");
        }
        open.save();
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
