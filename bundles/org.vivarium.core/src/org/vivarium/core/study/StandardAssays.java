package org.vivarium.core.study;

import java.util.List;

import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssayKind;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;

/**
 * The standard assay definitions of a new study: forced swim, tail suspension, novelty-suppressed feeding, sucrose
 * preference, open field, elevated plus maze and body weight, with their measures, units and valid ranges.
 */
public final class StandardAssays {

    private StandardAssays() {
    }

    /** Adds every standard assay that the study does not have yet (matched by code); returns the study. */
    public static Study addTo(Study study) {
        for (AssayDefinition a : all()) {
            if (Studies.findAssay(study, a.getCode()) == null) {
                study.getAssays().add(a);
            }
        }
        return study;
    }

    /** Fresh copies of all standard assays. */
    public static List<AssayDefinition> all() {
        return List.of(fst(), tst(), nsf(), spt(), oft(), epm(), bodyWeight());
    }

    public static AssayDefinition fst() {
        AssayDefinition a = assay("FST", AssayKind.FST, "Forced swim test",
                "6 min in water at 23-27 °C; immobility scored during the last 4 min.");
        measure(a, "immobility", "Immobility", "s", 0, 240, null, true,
                "Time immobile (floating, only movements needed to keep the head above water) in the last 4 min.",
                "immobility time", "time immobile", "immobile", "immobility (s)", "fst immobility");
        measure(a, "latency", "Latency to immobility", "s", 0, 360, null, false,
                "Time from the start of the test to the first immobility bout.", "latency to immobility",
                "latency to first immobility", "immobility latency");
        return a;
    }

    public static AssayDefinition tst() {
        AssayDefinition a = assay("TST", AssayKind.TST, "Tail suspension test",
                "6 min suspended by the tail; immobility scored during the last 4 min.");
        measure(a, "immobility", "Immobility", "s", 0, 240, null, true, "Time immobile in the last 4 min.",
                "immobility time", "time immobile", "tst immobility");
        return a;
    }

    public static AssayDefinition nsf() {
        AssayDefinition a = assay("NSF", AssayKind.NSF, "Novelty-suppressed feeding",
                "Food-deprived mouse in a novel arena with a food pellet in the centre; cutoff 10 min. "
                        + "Analyse the latency as survival data (Kaplan-Meier, log-rank).");
        measure(a, "latency", "Latency to feed", "s", 0, 600, 600.0, true,
                "Time to the first bite; mice that do not eat within the cutoff are censored at 600 s.",
                "latency to feed", "feeding latency", "latency to eat", "nsf latency");
        measure(a, "homeCageFood", "Home-cage food consumed", "g", 0, 10, null, false,
                "Food eaten in the home cage in 5 min right after the test (appetite control).", "home cage food",
                "food consumed", "home-cage feeding");
        return a;
    }

    public static AssayDefinition spt() {
        AssayDefinition a = assay("SPT", AssayKind.SPT, "Sucrose preference test",
                "1% sucrose vs water, bottle sides swapped halfway; intake measured per cage when bottles are shared.");
        a.setUnit(ExperimentalUnit.CAGE);
        measure(a, "sucrose", "Sucrose intake", "g", 0, 100, null, false, "1% sucrose solution consumed.",
                "sucrose intake", "sucrose consumption", "sucrose (g)");
        measure(a, "water", "Water intake", "g", 0, 100, null, false, "Water consumed.", "water intake",
                "water consumption", "water (g)");
        measure(a, "preference", "Sucrose preference", "%", 0, 100, null, true,
                "sucrose / (sucrose + water) x 100.", "sucrose preference", "preference", "spt", "% preference");
        return a;
    }

    public static AssayDefinition oft() {
        AssayDefinition a = assay("OFT", AssayKind.OFT, "Open field test",
                "Free exploration of an open arena (5-30 min); locomotor control for the forced swim test.");
        measure(a, "distance", "Total distance", "cm", 0, 200000, null, true, "Distance travelled.",
                "total distance", "distance travelled", "distance moved", "distance (cm)");
        measure(a, "centreTime", "Centre time", "s", 0, 3600, null, false, "Time in the centre zone.", "center time",
                "time in centre", "time in center", "centre duration");
        measure(a, "velocity", "Mean velocity", "cm/s", 0, 200, null, false, "Mean velocity.", "velocity", "speed",
                "mean speed");
        return a;
    }

    public static AssayDefinition epm() {
        AssayDefinition a = assay("EPM", AssayKind.EPM, "Elevated plus maze", "5 min on the maze.");
        measure(a, "openArmTime", "Open-arm time", "%", 0, 100, null, true, "Share of time on the open arms.",
                "open arm time", "% open arm time", "open arms time");
        measure(a, "openArmEntries", "Open-arm entries", "count", 0, 500, null, false, "Entries into the open arms.",
                "open arm entries", "open entries");
        measure(a, "totalEntries", "Total arm entries", "count", 0, 1000, null, false, "Entries into any arm.",
                "total entries", "arm entries");
        return a;
    }

    public static AssayDefinition bodyWeight() {
        AssayDefinition a = assay("BW", AssayKind.BODY_WEIGHT, "Body weight",
                "Weighed before dosing and regularly after; loss beyond the humane endpoint is reported.");
        measure(a, "weight", "Body weight", "g", 5, 80, null, true, "Body weight.", "body weight", "bw", "weight (g)",
                "mass");
        return a;
    }

    private static AssayDefinition assay(String code, AssayKind kind, String name, String protocol) {
        AssayDefinition a = VivariumFactory.eINSTANCE.createAssayDefinition();
        a.setCode(code);
        a.setKind(kind);
        a.setName(name);
        a.setProtocol(protocol);
        return a;
    }

    private static void measure(AssayDefinition a, String name, String label, String unit, double min, double max,
            Double cutoff, boolean primary, String description, String... aliases) {
        MeasureDefinition m = VivariumFactory.eINSTANCE.createMeasureDefinition();
        m.setName(name);
        m.setLabel(label);
        m.setUnit(unit);
        m.setMinimum(min);
        m.setMaximum(max);
        m.setCensoringCutoff(cutoff);
        m.setPrimary(primary);
        m.setDescription(description);
        m.getAliases().addAll(List.of(aliases));
        a.getMeasures().add(m);
    }
}
