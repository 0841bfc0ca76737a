package org.vivarium.ui.design;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.dose.DoseVolume;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.study.Housing;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.TreatmentArm;

/** Derived facts shown above an object's fields: what the numbers mean for the lab (volumes, counts, due times). */
final class DesignFacts {

    private static final double TYPICAL_MOUSE_GRAMS = 25;

    private DesignFacts() {
    }

    static String of(EObject o) {
        if (o instanceof DoseRegimen r) {
            DoseVolume v = DoseCalculator.volume(r, TYPICAL_MOUSE_GRAMS);
            if (!v.isComputed()) {
                return "Volume: " + v.problem();
            }
            return String.format(Locale.ROOT, "Volume %s mL/kg (route limit %s mL/kg): %.2f mL for a 25 g mouse.",
                    Labels.number(Math.round(v.volumePerKg() * 100) / 100.0),
                    Double.isNaN(v.limitPerKg()) ? "none" : Labels.number(v.limitPerKg()), v.volumeMl());
        }
        if (o instanceof TreatmentArm a) {
            return a.getRegimens().size() + " regimen(s); planned n " + a.getPlannedN() + " per sex and cohort.";
        }
        if (o instanceof Cohort c) {
            long active = c.getAnimals().stream().filter(Studies::isActive).count();
            int unhoused = Housing.unhoused(c).size();
            return c.getAnimals().size() + " animals (" + active + " active) in " + c.getCages().size() + " cages."
                    + (unhoused == 0 ? "" : " " + unhoused + " active without a cage: House... on the Cages list.");
        }
        if (o instanceof Cage c) {
            return c.getAnimals().size() + " of " + c.getCapacity() + " places taken.";
        }
        if (o instanceof Animal a) {
            BodyWeight w = Studies.latestBodyWeight(a, null);
            return (w == null ? "No body weight yet." : "Last weighed " + Labels.number(w.getWeightGrams()) + " g on "
                    + w.getMeasuredAt().toLocalDate() + ".") + " " + a.getDosingEvents().size() + " dose(s) recorded.";
        }
        if (o instanceof AssaySession s) {
            return s.getMeasurements().size() + " values; due " + (Schedule.due(s) == null ? "when its cohort is dosed"
                    : Schedule.due(s).toString().replace('T', ' ')) + (s.getCompletedAt() == null ? "."
                            : "; done " + s.getCompletedAt().toString().replace('T', ' ') + ".");
        }
        return "";
    }
}
