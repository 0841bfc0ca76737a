package org.vivarium.core.study;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

    /** e.g. "animal 1W-017", "session FST 1 wk", "arm KET+BCI" ("cohort Cohort 01" is "Cohort 01"). */
    public static String of(EObject o) {
        if (o == null) {
            return "(nothing)";
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
        if (o instanceof Measurement m) {
            return measurement(m);
        }
        String kind = kind(o);
        return kind == null ? o.eClass().getName() : typed(kind, name(o));
    }

    /**
     * The name of an object without its kind, e.g. "1W-017", "KET+BCI", "FST 1 wk" (for command labels: "Set planned
     * n of VEH").
     */
    public static String name(EObject o) {
        if (o instanceof Study s) {
            return nonBlank(s.getId(), s.getTitle());
        }
        if (o instanceof Animal a) {
            return nonBlank(a.getId(), "(no id)");
        }
        if (o instanceof Cage c) {
            return nonBlank(c.getLabel(), "(no label)");
        }
        if (o instanceof Cohort c) {
            return nonBlank(c.getName(), "(no name)");
        }
        if (o instanceof TreatmentArm a) {
            return nonBlank(a.getCode(), a.getLabel());
        }
        if (o instanceof Compound c) {
            return nonBlank(c.getName(), "(no name)");
        }
        if (o instanceof Route r) {
            return nonBlank(r.getCode(), r.getName());
        }
        if (o instanceof DoseRegimen r) {
            return (r.eContainer() instanceof TreatmentArm a ? name(a) + ": " : "") + regimen(r);
        }
        if (o instanceof AssayDefinition a) {
            return nonBlank(a.getCode(), a.getName());
        }
        if (o instanceof MeasureDefinition m) {
            return nonBlank(m.getName(), m.getLabel());
        }
        if (o instanceof AssaySession s) {
            return nonBlank(s.getName(), "(no name)");
        }
        return of(o);
    }

    /** e.g. "5 animals", "1 cage", "2 dose regimens" (the kind of the first object counted). */
    public static String count(int n, EObject sample) {
        String kind = sample == null ? null : kind(sample);
        if (kind == null) {
            kind = sample == null ? "item" : sample.eClass().getName().toLowerCase(Locale.ROOT);
        }
        if (n == 1) {
            return "1 " + kind;
        }
        return n + " " + (kind.equals("study") ? "studies" : kind + "s");
    }

    /** The word for what an object is ("animal", "dose regimen"), or null when there is none. */
    private static String kind(EObject o) {
        if (o instanceof Study) {
            return "study";
        }
        if (o instanceof Animal) {
            return "animal";
        }
        if (o instanceof Cage) {
            return "cage";
        }
        if (o instanceof Cohort) {
            return "cohort";
        }
        if (o instanceof TreatmentArm) {
            return "arm";
        }
        if (o instanceof Compound) {
            return "compound";
        }
        if (o instanceof Route) {
            return "route";
        }
        if (o instanceof DoseRegimen) {
            return "dose regimen";
        }
        if (o instanceof AssayDefinition) {
            return "assay";
        }
        if (o instanceof MeasureDefinition) {
            return "measure";
        }
        if (o instanceof AssaySession) {
            return "session";
        }
        return null;
    }

    /**
     * "cohort 1 wk", but "Cohort 01" rather than "cohort Cohort 01": a name that starts with its kind is not
     * prefixed again.
     */
    public static String typed(String kind, String name) {
        String n = name == null ? "" : name;
        String lower = n.toLowerCase(Locale.ROOT);
        String k = kind.toLowerCase(Locale.ROOT);
        if (lower.equals(k) || lower.startsWith(k + " ") || lower.startsWith(k + "-") || lower.startsWith(k + "_")) {
            return n;
        }
        return kind + " " + n;
    }

    /** e.g. "Ketamine 10 mg/kg i.p. at 0 h". */
    public static String regimen(DoseRegimen r) {
        String compound = r.getCompound() == null ? "?" : r.getCompound().getName();
        String route = r.getRoute() == null ? "" : " " + r.getRoute().getCode();
        String amount = r.getCompound() != null && r.getCompound().isPlacebo() || r.getVolumeMlPerKg() > 0
                ? number(r.getVolumeMlPerKg()) + " mL/kg" : number(r.getDoseMgPerKg()) + " mg/kg";
        return compound + " " + amount + route + " " + when(r);
    }

    /**
     * When a regimen is given: "at 0 h"; "daily from 24 h, 14 doses"; "every 12 h from 0 h until 2026-03-01";
     * "daily from 24 h until the last session"; "on days 1-21 at 09:00, 17:00".
     */
    public static String when(DoseRegimen r) {
        if (!repeats(r)) {
            return "at " + Time.offset(r.getOffsetHours());
        }
        if (!r.getDays().isEmpty()) {
            return "on " + (r.getDays().size() == 1 ? "day " : "days ") + ranges(r.getDays())
                    + (r.getTimesOfDay().isEmpty() ? "" : " at " + String.join(", ", r.getTimesOfDay()));
        }
        double h = r.getEveryHours();
        String every = h == 24 ? "daily" : h == 168 ? "weekly" : "every " + number(h) + " h";
        String end = r.getDoses() > 0 ? ", " + r.getDoses() + (r.getDoses() == 1 ? " dose" : " doses")
                : r.getUntil() != null ? " until " + r.getUntil() : " until the last session";
        return every + " from " + Time.sinceDose(r.getOffsetHours()) + end;
    }

    /** Whether a regimen gives more than one dose (it repeats, or is given on listed days). */
    public static boolean repeats(DoseRegimen r) {
        return r.getEveryHours() > 0 || !r.getDays().isEmpty();
    }

    /** Whole numbers with consecutive runs as ranges: "1-21, 28" ("1, 2" for a run of two). */
    public static String ranges(Collection<? extends Number> values) {
        List<Integer> numbers = values.stream().map(Number::intValue).toList();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < numbers.size();) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            parts.add(j - i >= 2 ? numbers.get(i) + "-" + numbers.get(j)
                    : j > i ? numbers.get(i) + ", " + numbers.get(j) : String.valueOf(numbers.get(i)));
            i = j + 1;
        }
        return String.join(", ", parts);
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
