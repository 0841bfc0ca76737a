package org.vivarium.io.excel.internal.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vivarium.core.blinding.Coding;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/**
 * A study's measurements as tidy rows, one per measurement, with the columns R and Prism users expect. The headers
 * are ones the importer recognises, so an export imports back into the same study as "already present". While the
 * treatments are coded, the arm column holds the arms' codes (which the importer recognises as well).
 */
public final class TidyRows {

    public static final List<String> HEADER = List.of("Animal", "Cage", "Cohort", "Sex", "Arm", "Assay", "Session",
            "Time since dose (h)", "Session date", "Measure", "Value", "Unit", "Censored", "Excluded",
            "Exclusion reason", "Source");
    /** Columns holding numbers (the others are text). */
    public static final int HOURS = 7;
    public static final int VALUE = 10;

    /** Receives the rows. */
    @FunctionalInterface
    public interface Sink {
        void row(Object[] cells) throws java.io.IOException;
    }

    private TidyRows() {
    }

    public static int count(Study study) {
        int n = 0;
        for (AssaySession s : Studies.sessions(study)) {
            n += s.getMeasurements().size();
        }
        return n;
    }

    /** Writes every measurement, by assay and session, as cells (String, Double or null). */
    public static void write(Study study, Sink sink) throws java.io.IOException {
        Map<Cohort, Boolean> revealed = new HashMap<>();
        for (AssayDefinition assay : study.getAssays()) {
            for (AssaySession s : assay.getSessions()) {
                for (Measurement m : s.getMeasurements()) {
                    sink.row(row(study, revealed, assay, s, m));
                }
            }
        }
    }

    /** The arm as whoever reads the export may see it: its code while the treatments are coded and not unblinded. */
    private static String arm(Study study, Map<Cohort, Boolean> revealed, Animal a, Cohort cohort) {
        if (a == null || a.getArm() == null) {
            return null;
        }
        return Coding.armLabel(a.getArm(), revealed.computeIfAbsent(cohort, c -> Coding.revealed(study, c)));
    }

    private static Object[] row(Study study, Map<Cohort, Boolean> revealed, AssayDefinition assay, AssaySession s,
            Measurement m) {
        Animal a = m.getAnimal();
        Cage cage = a != null ? a.getCage() : m.getCage();
        Cohort cohort = a != null ? Studies.cohortOf(a) : cage != null && cage.eContainer() instanceof Cohort c ? c
                : null;
        List<Object> r = new ArrayList<>(HEADER.size());
        r.add(a == null ? null : a.getId());
        r.add(cage == null ? null : cage.getLabel());
        r.add(cohort == null ? null : cohort.getName());
        r.add(a == null || a.getSex() == null ? null : a.getSex().getLiteral().toLowerCase(Locale.ROOT));
        r.add(arm(study, revealed, a, cohort));
        r.add(assay.getCode());
        r.add(s.getName());
        r.add(s.getTimeFromDoseHours());
        r.add(s.getDate() == null ? null : s.getDate().toString());
        r.add(m.getMeasure() == null ? null : m.getMeasure().getName());
        r.add(m.getValue());
        r.add(m.getMeasure() == null ? null : m.getMeasure().getUnit());
        r.add(m.isCensored() ? "yes" : "no");
        r.add(m.isExcluded() ? "yes" : "no");
        r.add(m.getExclusionReason());
        r.add(m.getSource());
        return r.toArray();
    }
}
