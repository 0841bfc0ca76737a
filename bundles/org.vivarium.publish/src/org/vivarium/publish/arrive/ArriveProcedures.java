package org.vivarium.publish.arrive;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.publish.document.Table;

/** ARRIVE item 9: what each arm received (compound, dose, route, volume, timing), when, where and why. */
final class ArriveProcedures {

    private final Study study;
    private final Naming naming;
    private final Checklist out;

    ArriveProcedures(Study study, Naming naming, Checklist out) {
        this.study = study;
        this.naming = naming;
        this.out = out;
    }

    void write() {
        out.item(9, "Experimental procedures");
        what();
        when();
        where();
        out.toComplete("9d", "why: the rationale for the doses, route and timing, and for the choice of tests (e.g. "
                + "references to earlier studies)", "in the manuscript");
    }

    private void what() {
        List<List<String>> rows = new ArrayList<>();
        for (TreatmentArm arm : naming.arms()) {
            for (DoseRegimen r : arm.getRegimens()) {
                rows.add(row(arm, r));
            }
        }
        if (rows.isEmpty()) {
            out.toComplete("9a", "what each group received (compound, dose, route, volume) and how",
                    "add the dose regimens in Study design editor > Treatments > Regimens");
            return;
        }
        boolean repeated = naming.arms().stream().flatMap(a -> a.getRegimens().stream()).anyMatch(Labels::repeats);
        String how = repeated ? "as scheduled below (single doses, repeated doses and listed days)"
                : naming.blinded() ? "by a single administration each" : "once per regimen";
        out.reported("9a", naming.blinded() ? "Each arm received the following coded solutions " + how
                + " (doses in mg/kg are withheld while the treatments are coded; volumes follow each animal's body "
                + "weight):" : "Each arm received the following, " + how + ", dosed by body weight (volume = weight "
                        + "\u00d7 dose / stock concentration, or a fixed volume per kg for vehicles):");
        out.table(new Table("Dose regimens per arm (time relative to the anchor dose)", List.of("Arm", "Compound",
                "Dose", "Route", "Volume", "Time"), rows, List.of(1.0, 1.4, 1.0, 1.3, 1.0, 0.8)));
        out.bullets(compounds());
    }

    private List<String> row(TreatmentArm arm, DoseRegimen r) {
        Compound c = r.getCompound();
        double perKg = DoseCalculator.volumePerKg(r);
        String dose = naming.blinded() ? "coded" : c != null && c.isPlacebo() ? "vehicle" : Labels.number(r
                .getDoseMgPerKg()) + " mg/kg";
        String route = r.getRoute() == null ? "" : r.getRoute().getCode() + (Formats.given(r.getRoute().getName())
                == null ? "" : " (" + r.getRoute().getName() + ")");
        return List.of(naming.arm(arm), c == null ? "?" : naming.compound(c), dose, route, Double.isNaN(perKg) ? "?"
                : Labels.number(Math.round(perKg * 100) / 100.0) + " mL/kg", Labels.repeats(r) ? Labels.when(r)
                        : Time.offset(r.getOffsetHours()));
    }

    private List<String> compounds() {
        if (naming.blinded()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (Compound c : study.getCompounds()) {
            List<String> facts = new ArrayList<>();
            if (c.getStockConcentrationMgPerMl() > 0 && !c.isPlacebo()) {
                facts.add(Labels.number(c.getStockConcentrationMgPerMl()) + " mg/mL");
            }
            if (Formats.given(c.getVehicle()) != null) {
                facts.add((c.isPlacebo() ? "" : "in ") + c.getVehicle().strip());
            }
            if (c.isControlledSubstance() && (c.getDescription() == null || !c.getDescription().toLowerCase()
                    .contains("controlled substance"))) {
                facts.add("controlled substance");
            }
            String text = c.getName() + (facts.isEmpty() ? "" : ": " + String.join(", ", facts));
            if (Formats.given(c.getDescription()) != null) {
                text += ". " + Formats.sentence(c.getDescription());
            } else {
                text = Formats.sentence(text);
            }
            lines.add(text);
        }
        return lines;
    }

    /** Anchor doses per cohort, the time of day, and the doses given. */
    private void when() {
        List<String> facts = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        Set<LocalTime> times = new TreeSet<>();
        for (Cohort c : study.getCohorts()) {
            if (c.getAnchorDoseTime() != null) {
                anchors.add(c.getName() + ": " + c.getAnchorDoseTime().toLocalDate());
                times.add(c.getAnchorDoseTime().toLocalTime());
            }
        }
        if (!anchors.isEmpty()) {
            facts.add("Each cohort received its anchor dose (time 0) on one day (" + String.join(", ", anchors) + ")"
                    + (times.size() == 1 ? " at " + times.iterator().next() : "") + "; the other administrations "
                    + "are timed from it (table above) and the tests at the times given in item 1a.");
        }
        int scheduled = 0;
        int given = 0;
        Set<String> operators = new LinkedHashSet<>();
        for (Animal a : Studies.animals(study)) {
            for (DosingEvent e : a.getDosingEvents()) {
                scheduled++;
                if (e.getActualTime() != null) {
                    given++;
                    if (Formats.given(e.getOperator()) != null) {
                        operators.add(e.getOperator().strip());
                    }
                }
            }
        }
        if (scheduled > 0) {
            facts.add(given + " of " + scheduled + " scheduled administrations are recorded as given, each with the "
                    + "time, the body weight used and the volume" + (given < scheduled ? "; the others were not given "
                            + "or are not yet due" : "") + "." + (operators.isEmpty() ? "" : " Dosed by " + Formats.and(
                                    new ArrayList<>(operators)) + "."));
        }
        if (facts.isEmpty()) {
            out.toComplete("9b", "when and how often the procedures were done", "enter the cohorts' anchor dose times "
                    + "in Study design editor > Animals > Cohorts");
        } else {
            out.reported("9b", String.join(" ", facts));
        }
    }

    private void where() {
        Set<String> locations = new TreeSet<>();
        for (Cage c : Studies.cages(study)) {
            if (Formats.given(c.getLocation()) != null) {
                locations.add(c.getLocation().strip());
            }
        }
        if (!locations.isEmpty()) {
            out.reported("9c", "Cages were kept in " + Formats.and(new ArrayList<>(locations.size() > 6 ? List.of(
                    locations.size() + " locations") : locations)) + ".");
        }
        out.toComplete("9c", "where the procedures and tests took place (e.g. home cage, testing room) and the "
                + "acclimatisation to the facility and to the testing room", "in the manuscript");
    }
}
