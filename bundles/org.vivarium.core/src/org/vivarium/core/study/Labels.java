package org.vivarium.core.study;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Route;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/** Names of study objects as people say them, for messages, reports and the command line. */
public final class Labels {

    private Labels() {
    }

    /** e.g. "animal 1W-017", "session FST 1 wk", "arm KET+BCI". */
    public static String of(EObject o) {
        if (o == null) {
            return "(nothing)";
        }
        if (o instanceof Study s) {
            return "study " + nonBlank(s.getId(), s.getTitle());
        }
        if (o instanceof Animal a) {
            return "animal " + nonBlank(a.getId(), "(no id)");
        }
        if (o instanceof Cage c) {
            return "cage " + nonBlank(c.getLabel(), "(no label)");
        }
        if (o instanceof Cohort c) {
            return "cohort " + nonBlank(c.getName(), "(no name)");
        }
        if (o instanceof TreatmentArm a) {
            return "arm " + nonBlank(a.getCode(), a.getLabel());
        }
        if (o instanceof Compound c) {
            return "compound " + nonBlank(c.getName(), "(no name)");
        }
        if (o instanceof Route r) {
            return "route " + nonBlank(r.getCode(), r.getName());
        }
        if (o instanceof DoseRegimen r) {
            return (r.eContainer() == null ? "" : of(r.eContainer()) + ", ") + regimen(r);
        }
        if (o instanceof DosingEvent e) {
            return of(e.getAnimal()) + ", dose of " + (e.getRegimen() == null ? "?" : regimen(e.getRegimen()));
        }
        if (o instanceof BodyWeight w) {
            return of(w.eContainer()) + ", body weight of " + w.getMeasuredAt();
        }
        if (o instanceof AssayDefinition a) {
            return "assay " + nonBlank(a.getCode(), a.getName());
        }
        if (o instanceof MeasureDefinition m) {
            return "measure " + nonBlank(m.getName(), m.getLabel());
        }
        if (o instanceof AssaySession s) {
            return "session " + nonBlank(s.getName(), "(no name)");
        }
        if (o instanceof Measurement m) {
            return measurement(m);
        }
        return o.eClass().getName();
    }

    /** e.g. "Ketamine 10 mg/kg i.p. at 0 h". */
    public static String regimen(DoseRegimen r) {
        String compound = r.getCompound() == null ? "?" : r.getCompound().getName();
        String route = r.getRoute() == null ? "" : " " + r.getRoute().getCode();
        String amount = r.getCompound() != null && r.getCompound().isPlacebo() || r.getVolumeMlPerKg() > 0
                ? number(r.getVolumeMlPerKg()) + " mL/kg" : number(r.getDoseMgPerKg()) + " mg/kg";
        return compound + " " + amount + route + " at " + Time.offset(r.getOffsetHours());
    }

    private static String measurement(Measurement m) {
        StringBuilder b = new StringBuilder();
        if (m.eContainer() instanceof AssaySession s) {
            b.append(of(s)).append(", ");
        }
        b.append(m.getAnimal() != null ? of(m.getAnimal()) : m.getCage() != null ? of(m.getCage()) : "(no unit)");
        b.append(", ").append(m.getMeasure() == null ? "?" : m.getMeasure().getName());
        return b.toString();
    }

    /** A number without trailing zeros: 10, 2.5, 0.25. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String nonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b == null ? "" : b;
    }
}
