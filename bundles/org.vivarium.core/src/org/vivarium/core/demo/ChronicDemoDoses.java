package org.vivarium.core.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.schedule.RegimenDoses;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Sex;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;

/**
 * The animals of the chronic example and what was done to them so far: weighed the day before the first dose and
 * every third day at 08:00, every dose of a day before today given within a few minutes of its time - except one
 * given out of its window (with the reason) and one missed.
 */
final class ChronicDemoDoses {

    /** Why the out-of-window dose of the example was late. */
    static final String WINDOW_REASON = "fire alarm drill: the animal room was closed 16:45-18:05";

    private static final VivariumFactory F = VivariumFactory.eINSTANCE;

    private final Random random;
    private final LocalDate today;
    /** Doses whose window has closed by then are given (all but the deviations); later ones are still to give. */
    private final LocalDateTime now;
    private final DemoIds ids;

    ChronicDemoDoses(Random random, LocalDateTime now, DemoIds ids) {
        this.random = random;
        this.today = now.toLocalDate();
        this.now = now;
        this.ids = ids;
    }

    void populate(Cohort cohort, String code, List<TreatmentArm> arms) {
        List<TreatmentArm> slots = new ArrayList<>();
        for (TreatmentArm arm : arms) {
            for (int i = 0; i < ChronicDemo.N_PER_ARM; i++) {
                slots.add(arm);
            }
        }
        Collections.shuffle(slots, random);
        int number = 1;
        for (TreatmentArm arm : slots) {
            Animal a = F.createAnimal();
            a.setId(String.format("%s-%02d", code, number++));
            a.setEarTag(ids.earTag());
            a.setBlindCode(ids.blindCode());
            a.setSex(Sex.MALE);
            a.setDateOfBirth(cohort.getBirthDate());
            a.setGenotype("WT");
            a.setArm(arm);
            cohort.getAnimals().add(a);
        }
        house(cohort, code, arms);
        for (Animal a : cohort.getAnimals()) {
            weigh(a, cohort.getAnchorDoseTime());
            for (DoseRegimen r : a.getArm().getRegimens()) {
                for (LocalDateTime due : RegimenDoses.times(r, cohort)) {
                    if (due.plusMinutes(Math.round(r.getWindowMinutes())).isBefore(now)) {
                        give(a, r, due, due.plusMinutes(random.nextInt(15)));
                    }
                }
            }
        }
    }

    /** Same-arm cages of four. */
    private static void house(Cohort cohort, String code, List<TreatmentArm> arms) {
        int number = 1;
        for (TreatmentArm arm : arms) {
            Cage cage = null;
            for (Animal a : cohort.getAnimals()) {
                if (a.getArm() != arm) {
                    continue;
                }
                if (cage == null || cage.getAnimals().size() == ChronicDemo.CAGE_SIZE) {
                    cage = F.createCage();
                    cage.setLabel(String.format("%s-C%02d", code, number++));
                    cage.setLocation("Room 2.16, rack 1");
                    cage.setCapacity(ChronicDemo.CAGE_SIZE);
                    cohort.getCages().add(cage);
                }
                a.setCage(cage);
            }
        }
    }

    /** The day before the first dose at 16:00, then every third day at 08:00 up to today. */
    private void weigh(Animal a, LocalDateTime anchor) {
        double grams = 24 + 1.5 * random.nextGaussian();
        weight(a, anchor.minusHours(17), grams);
        for (LocalDateTime t = anchor.toLocalDate().plusDays(3).atTime(8, 0); !t.toLocalDate().isAfter(today);
                t = t.plusDays(3)) {
            grams += 0.15 + 0.2 * random.nextGaussian();
            weight(a, t, grams);
        }
    }

    private static void weight(Animal a, LocalDateTime at, double grams) {
        BodyWeight w = F.createBodyWeight();
        w.setMeasuredAt(at);
        w.setWeightGrams(Math.round(grams * 10) / 10.0);
        w.setOperator(ChronicDemo.OPERATOR);
        a.getBodyWeights().add(w);
    }

    private static DosingEvent give(Animal a, DoseRegimen r, LocalDateTime due, LocalDateTime at) {
        double grams = Studies.latestBodyWeight(a, at).getWeightGrams();
        DosingEvent e = F.createDosingEvent();
        e.setRegimen(r);
        e.setScheduledTime(due);
        e.setActualTime(at);
        e.setOperator(ChronicDemo.OPERATOR);
        e.setBodyWeightGrams(grams);
        e.setVolumeMl(DoseRecording.roundMl(DoseCalculator.volume(r, grams).volumeMl()));
        a.getDosingEvents().add(e);
        return e;
    }

    /**
     * In the first cohort, the first fluoxetine animal's 17:00 dose of day 4 was given at 18:10 (the reason
     * recorded); in the second, the first fluoxetine animal's 17:00 dose of yesterday was missed.
     */
    void deviations(Cohort first, Cohort second) {
        DosingEvent late = evening(first, 4);
        if (late != null) {
            late.setActualTime(late.getScheduledTime().plusMinutes(70));
            late.setWindowReason(WINDOW_REASON);
        }
        DosingEvent missed = evening(second, ChronicDemo.DAY_TODAY[1] - 1);
        if (missed != null) {
            missed.getAnimal().getDosingEvents().remove(missed);
        }
    }

    /** The 17:00 fluoxetine dose of a study day of the cohort's first fluoxetine animal (null if not given). */
    private static DosingEvent evening(Cohort cohort, int day) {
        LocalDateTime due = cohort.getAnchorDoseTime().toLocalDate().plusDays(day - 1L).atTime(17, 0);
        for (Animal a : cohort.getAnimals()) {
            if ("FLX".equals(a.getArm().getCode())) {
                return a.getDosingEvents().stream().filter(e -> due.equals(e.getScheduledTime())).findFirst()
                        .orElse(null);
            }
        }
        return null;
    }
}
