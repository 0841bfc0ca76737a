package org.vivarium.core.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.Random;

import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.study.Time;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;

/**
 * Simulated (illustrative) values of the demo: body weights, doses given, and FST, NSF and SPT results whose treatment
 * effects follow the demo's story - ketamine alone fades after about a week, ketamine + BCI lasts to 8 weeks.
 */
final class DemoData {

    private static final VivariumFactory F = VivariumFactory.eINSTANCE;
    private static final String SOURCE = "simulated (demo)";

    // effects by timepoint index (1 h, 24 h, 1 wk, 2 wk, 4 wk, 8 wk)
    // FST: see DemoFst
    /** NSF latency change (log scale). */
    private static final double[] NSF_KET = { -0.45, -0.6, -0.45, -0.15, -0.05, 0 };
    private static final double[] NSF_BCI = { -0.05, -0.05, -0.05, -0.05, -0.05, -0.05 };
    private static final double[] NSF_COMBO = { -0.5, -0.65, -0.6, -0.55, -0.5, -0.45 };
    /** Sucrose preference change (percentage points). */
    private static final double[] SPT_KET = { 0, 12, 8, 3, 0, 0 };
    private static final double[] SPT_BCI = { 0, 1, 1, 1, 0, 0 };
    private static final double[] SPT_COMBO = { 0, 13, 12, 11, 10, 9 };

    private final Study study;
    private final DemoStudy.Arms arms;
    private final Random random;
    private final LocalDate today;
    private final DemoIds ids;

    DemoData(Study study, DemoStudy.Arms arms, Random random, LocalDate today, DemoIds ids) {
        this.study = study;
        this.arms = arms;
        this.random = random;
        this.today = today;
        this.ids = ids;
    }

    void populate(Cohort cohort, int index) {
        String code = DemoStudy.CODES[index];
        List<Animal> animals = DemoStudy.allocate(cohort, code, arms, random, ids);
        LocalDateTime anchor = cohort.getAnchorDoseTime();
        LocalDateTime test = anchor.plusHours((long) DemoStudy.TIMEPOINTS[index]);
        boolean past = index > 0;
        statusEvents(cohort, index, anchor);
        for (Animal a : animals) {
            double preDose = weights(a, cohort, anchor, past ? test : anchor.minusHours(17));
            dose(a, anchor, preDose, past);
        }
        String t = Time.sinceDose(DemoStudy.TIMEPOINTS[index]);
        AssaySession spt = index == 0 ? null : session("SPT", "SPT " + t, cohort, index, test.minusHours(1), false, past);
        AssaySession fst = session("FST", "FST " + t, cohort, index, test, true, past);
        AssaySession nsf = session("NSF", "NSF " + t, cohort, index, test.plusHours(1), true, past);
        if (!past) {
            return;
        }
        for (Animal a : animals) {
            if (a.getStatus() == AnimalStatus.FOUND_DEAD || a.getStatus() == AnimalStatus.HUMANE_ENDPOINT) {
                continue;
            }
            fst(fst, a, index);
            nsf(nsf, a, index);
        }
        for (Cage c : cohort.getCages()) {
            spt(spt, c, index);
        }
        if (index == 2) {
            Measurement deviation = fst.getMeasurements().get(7);
            deviation.setExcluded(true);
            deviation.setExclusionReason("climbed on the cylinder wall for most of the test (protocol deviation)");
        }
    }

    /** Weights at arrival, weekly, and the day before the dose (used for dosing, which it returns). */
    private double weights(Animal a, Cohort cohort, LocalDateTime anchor, LocalDateTime until) {
        boolean female = a.getSex() == Sex.FEMALE;
        double base = female ? 19.5 + 1.2 * random.nextGaussian() : 23.5 + 1.5 * random.nextGaussian();
        double perWeek = female ? 0.25 : 0.4;
        LocalDateTime arrival = cohort.getArrivalDate().atTime(10, 0);
        LocalDateTime preDose = anchor.minusHours(17);
        if (a.getStatusDate() != null && a.getStatusDate().atStartOfDay().isBefore(until)) {
            until = a.getStatusDate().atStartOfDay();
        }
        TreeSet<LocalDateTime> times = new TreeSet<>();
        for (LocalDateTime t = arrival; !t.isAfter(until); t = t.plusWeeks(1)) {
            times.add(t);
        }
        times.add(preDose);
        double dosingWeight = 0;
        for (LocalDateTime t : times) {
            double weeks = Duration.between(arrival, t).toHours() / 168.0;
            double w = round(base + perWeek * weeks + 0.3 * random.nextGaussian(), 1);
            addWeight(a, t, w);
            if (t.equals(preDose)) {
                dosingWeight = w;
            }
        }
        return dosingWeight;
    }

    private void addWeight(Animal a, LocalDateTime when, double grams) {
        BodyWeight w = F.createBodyWeight();
        w.setMeasuredAt(when);
        w.setWeightGrams(grams);
        w.setOperator(DemoStudy.OPERATOR);
        a.getBodyWeights().add(w);
    }

    private void dose(Animal a, LocalDateTime anchor, double weight, boolean given) {
        for (DoseRegimen r : a.getArm().getRegimens()) {
            DosingEvent e = F.createDosingEvent();
            e.setRegimen(r);
            e.setScheduledTime(anchor.plusMinutes(Math.round(r.getOffsetHours() * 60)));
            e.setBodyWeightGrams(weight);
            if (given) {
                e.setActualTime(e.getScheduledTime().plusMinutes(random.nextInt(20)));
                e.setVolumeMl(round(DoseCalculator.volume(r, weight).volumeMl(), 2));
                e.setOperator(DemoStudy.OPERATOR);
            }
            a.getDosingEvents().add(e);
        }
    }

    /** A few animals leave the study, with their reasons (as ARRIVE asks). */
    private void statusEvents(Cohort cohort, int index, LocalDateTime anchor) {
        List<Animal> animals = cohort.getAnimals();
        switch (index) {
            case 3 -> status(animals.get(12), AnimalStatus.FOUND_DEAD, anchor.toLocalDate().plusDays(3),
                    "found dead in the home cage on day 3; no prior clinical signs");
            case 4 -> status(animals.get(55), AnimalStatus.EXCLUDED, anchor.toLocalDate(),
                    "suspected misinjection (injection into the gut) at dosing");
            case 5 -> status(animals.get(61), AnimalStatus.HUMANE_ENDPOINT, anchor.toLocalDate().plusDays(33),
                    "fight wounds and more than 15% weight loss");
            default -> {
            }
        }
    }

    private static void status(Animal a, AnimalStatus status, LocalDate date, String reason) {
        a.setStatus(status);
        a.setStatusDate(date);
        a.setStatusReason(reason);
    }

    private AssaySession session(String assayCode, String name, Cohort cohort, int index, LocalDateTime date,
            boolean blinded, boolean done) {
        AssayDefinition assay = DemoStudy.assay(study, assayCode);
        AssaySession s = F.createAssaySession();
        s.setName(name);
        s.setCohort(cohort);
        s.setTimeFromDoseHours(DemoStudy.TIMEPOINTS[index]);
        s.setDate(date);
        s.setOperator(DemoStudy.OPERATOR);
        s.setBlinded(blinded);
        if (done) {
            s.setCompletedAt(date.plusHours(3));
            s.setCompletedBy(DemoStudy.OPERATOR);
        }
        assay.getSessions().add(s);
        return s;
    }

    private double effect(TreatmentArm arm, int index, double[] ket, double[] bci, double[] combo) {
        return arm == arms.ketamine() ? ket[index] : arm == arms.bci() ? bci[index]
                : arm == arms.combination() ? combo[index] : 0;
    }

    private void fst(AssaySession s, Animal a, int index) {
        DemoFst.Scores f = DemoFst.draw(DemoFst.effect(a.getArm(), index), a.getSex(), random);
        measure(s, a, null, "immobility", round(f.immobility(), 1), false);
        measure(s, a, null, "latency", round(f.latency(), 1), false);
    }

    private void nsf(AssaySession s, Animal a, int index) {
        double effect = effect(a.getArm(), index, NSF_KET, NSF_BCI, NSF_COMBO);
        double latency = Math.exp(Math.log(400) + effect + 0.45 * random.nextGaussian());
        boolean censored = latency >= 600;
        measure(s, a, null, "latency", censored ? 600 : round(latency, 1), censored);
        measure(s, a, null, "homeCageFood", round(clamp(0.45 + 0.12 * random.nextGaussian(), 0.05, 2), 2), false);
    }

    private void spt(AssaySession s, Cage cage, int index) {
        TreatmentArm arm = cage.getAnimals().get(0).getArm();
        double preference = clamp(70 + effect(arm, index, SPT_KET, SPT_BCI, SPT_COMBO) + 6 * random.nextGaussian(), 30, 98);
        double total = cage.getAnimals().size() * (3.0 + 0.4 * random.nextGaussian());
        double sucrose = round(total * preference / 100, 2);
        double water = round(total - sucrose, 2);
        measure(s, null, cage, "sucrose", sucrose, false);
        measure(s, null, cage, "water", water, false);
        measure(s, null, cage, "preference", round(100 * sucrose / (sucrose + water), 1), false);
    }

    private void measure(AssaySession s, Animal animal, Cage cage, String measure, double value, boolean censored) {
        MeasureDefinition definition = ((AssayDefinition) s.eContainer()).getMeasures().stream()
                .filter(m -> m.getName().equals(measure)).findFirst().orElseThrow();
        Measurement m = F.createMeasurement();
        m.setAnimal(animal);
        m.setCage(cage);
        m.setMeasure(definition);
        m.setValue(value);
        m.setCensored(censored);
        m.setSource(SOURCE);
        s.getMeasurements().add(m);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
