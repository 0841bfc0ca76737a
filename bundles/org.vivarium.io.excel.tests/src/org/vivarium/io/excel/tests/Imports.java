package org.vivarium.io.excel.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.SpreadsheetImport;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/** Short ways to plan an import in memory and to look at what it added. */
final class Imports {

    private Imports() {
    }

    static ImportPlan plan(Path file, Study study) throws ImportException {
        return plan(file, study, ImportMapping.AUTOMATIC, ImportOptions.DEFAULT);
    }

    static ImportPlan plan(Path file, Study study, ImportMapping mapping, ImportOptions options)
            throws ImportException {
        try (SpreadsheetImport in = SpreadsheetImport.open(file, options)) {
            return in.plan(study, mapping, options, new NullProgressMonitor());
        }
    }

    /** Plans and applies; fails with the problems if there are any. */
    static ImportPlan apply(Path file, Study study, ImportMapping mapping, ImportOptions options)
            throws ImportException {
        ImportPlan plan = plan(file, study, mapping, options);
        if (plan.hasProblems()) {
            throw new AssertionError("unexpected problems:\n" + String.join("\n", plan.problems().stream()
                    .map(Object::toString).toList()));
        }
        plan.applyTo(study);
        return plan;
    }

    static ImportPlan apply(Path file, Study study) throws ImportException {
        return apply(file, study, ImportMapping.AUTOMATIC, ImportOptions.DEFAULT);
    }

    /** The measurement of a session (by name) for an animal or cage (by id/label) and measure, or null. */
    static Measurement value(Study study, String session, String unit, String measure) {
        for (AssaySession s : Studies.sessions(study)) {
            if (!s.getName().equals(session)) {
                continue;
            }
            for (Measurement m : s.getMeasurements()) {
                String id = m.getAnimal() != null ? m.getAnimal().getId() : m.getCage().getLabel();
                if (id.equals(unit) && m.getMeasure().getName().equals(measure)) {
                    return m;
                }
            }
        }
        return null;
    }

    static AssaySession session(Study study, String name) {
        for (AssayDefinition a : study.getAssays()) {
            for (AssaySession s : a.getSessions()) {
                if (s.getName().equals(name)) {
                    return s;
                }
            }
        }
        return null;
    }
}
