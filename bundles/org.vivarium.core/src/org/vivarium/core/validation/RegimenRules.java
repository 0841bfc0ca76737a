package org.vivarium.core.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.core.schedule.DoseTask;
import org.vivarium.core.schedule.RegimenDoses;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.StudyValidator.Report;
import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Rules of repeated regimens: their fields (every N h, doses, listed days, times of day, the window), that each
 * expands to an end for every cohort dosed with it, and cumulative limits - of the planned doses (a design problem of
 * the arm) and of the doses given (a data problem of the animal).
 */
final class RegimenRules {

    private RegimenRules() {
    }

    static void regimen(DoseRegimen regimen, Report report) {
        if (regimen.getEveryHours() < 0) {
            report.error(regimen, "repeats every " + Labels.number(regimen.getEveryHours())
                    + " h: the interval must be 0 (a single dose) or more");
        }
        if (regimen.getDoses() < 0) {
            report.error(regimen, regimen.getDoses() + " doses: the number of doses must be 0 (until a date or the "
                    + "cohort's last session) or more");
        }
        for (int day : regimen.getDays()) {
            if (day < 1) {
                report.error(regimen, "day " + day + " is not a study day: day 1 is the day of the anchor dose");
            }
        }
        for (String t : regimen.getTimesOfDay()) {
            if (RegimenDoses.timeOfDay(t) == null) {
                report.error(regimen, "time of day '" + t + "' is not a clock time: write it as HH:mm, e.g. 09:00");
            }
        }
        if (!(regimen.getWindowMinutes() > 0)) {
            report.error(regimen, "dosing window of " + Labels.number(regimen.getWindowMinutes())
                    + " min: it must be above 0 min (e.g. 30)");
        }
        if (!regimen.getTimesOfDay().isEmpty() && regimen.getDays().isEmpty()) {
            report.warning(regimen, "times of day are used only with listed days; list the days it is given on");
        }
        if (regimen.getEveryHours() > 0 && !regimen.getDays().isEmpty()) {
            report.warning(regimen, "both repeats every " + Labels.number(regimen.getEveryHours())
                    + " h and lists days: the listed days are used");
        }
        if (!RegimenDoses.repeats(regimen) && (regimen.getDoses() > 0 || regimen.getUntil() != null)) {
            report.warning(regimen, "a number of doses or an until date is set but the regimen does not repeat "
                    + "(every 0 h, no listed days): it gives one dose");
        }
        if (!(regimen.eContainer() instanceof TreatmentArm arm)) {
            return;
        }
        for (Cohort cohort : cohortsOf(arm)) {
            String problem = RegimenDoses.expand(regimen, cohort).problem();
            if (problem != null) {
                report.error(regimen, "for " + Labels.of(cohort) + ": " + problem);
            }
        }
    }

    /** The planned doses of each compound an arm's animals receive in a cohort, against the compound's limit. */
    static void arm(TreatmentArm arm, Report report) {
        for (Cohort cohort : cohortsOf(arm)) {
            Map<Compound, double[]> planned = new LinkedHashMap<>();
            for (DoseRegimen r : arm.getRegimens()) {
                if (r.getCompound() != null && r.getCompound().getCumulativeLimitMgPerKg() > 0) {
                    double[] sum = planned.computeIfAbsent(r.getCompound(), c -> new double[2]);
                    int n = RegimenDoses.times(r, cohort).size();
                    sum[0] += n * r.getDoseMgPerKg();
                    sum[1] += n;
                }
            }
            planned.forEach((compound, sum) -> {
                if (sum[0] > compound.getCumulativeLimitMgPerKg() + 1e-9) {
                    report.error(arm, "in " + Labels.of(cohort) + " plans " + Labels.number(sum[0]) + " mg/kg of "
                            + compound.getName() + " per animal (" + (int) sum[1] + " doses), above its cumulative "
                            + "limit of " + Labels.number(compound.getCumulativeLimitMgPerKg()) + " mg/kg");
                }
            });
        }
    }

    /** The doses an animal was given of each compound, against the compound's cumulative limit. */
    static void animal(Animal animal, Report report) {
        Map<Compound, double[]> given = new LinkedHashMap<>();
        for (DosingEvent e : animal.getDosingEvents()) {
            DoseRegimen r = e.getRegimen();
            if (e.getActualTime() == null || r == null || r.getCompound() == null
                    || r.getCompound().getCumulativeLimitMgPerKg() <= 0) {
                continue;
            }
            double[] sum = given.computeIfAbsent(r.getCompound(), c -> new double[2]);
            sum[0] += mgPerKg(e);
            sum[1]++;
        }
        given.forEach((compound, sum) -> {
            if (sum[0] > compound.getCumulativeLimitMgPerKg() + 1e-9) {
                report.error(animal, "was given " + Labels.number(Math.round(sum[0] * 100) / 100.0) + " mg/kg of "
                        + compound.getName() + " in " + (int) sum[1] + " doses, above its cumulative limit of "
                        + Labels.number(compound.getCumulativeLimitMgPerKg()) + " mg/kg");
            }
        });
    }

    /** The mg/kg a dose given delivered: volume x concentration / weight, else the regimen's dose. */
    static double mgPerKg(DosingEvent e) {
        double conc = e.getRegimen().getCompound().getStockConcentrationMgPerMl();
        if (e.getVolumeMl() > 0 && e.getBodyWeightGrams() > 0 && conc > 0) {
            return e.getVolumeMl() * conc / (e.getBodyWeightGrams() / 1000);
        }
        return e.getRegimen().getDoseMgPerKg();
    }

    /** Doses given out of window without a reason (e.g. recorded by an older version or another program). */
    static void dosingEvent(DosingEvent event, Report report) {
        if (event.getActualTime() == null || event.getWindowReason() != null || event.getRegimen() == null) {
            return;
        }
        DoseTask task = new DoseTask(event.getAnimal(), event.getRegimen(), event.getScheduledTime(), event);
        if (task.isOutOfWindow()) {
            report.warning(event, "given " + task.offBy(event.getActualTime()) + ", outside its window of \u00b1 "
                    + Labels.number(event.getRegimen().getWindowMinutes()) + " min, with no reason recorded");
        }
    }

    private static List<Cohort> cohortsOf(TreatmentArm arm) {
        Study study = Studies.studyOf(arm);
        List<Cohort> cohorts = new ArrayList<>();
        for (Cohort c : study == null ? List.<Cohort>of() : study.getCohorts()) {
            if (c.getAnimals().stream().anyMatch(a -> a.getArm() == arm)) {
                cohorts.add(c);
            }
        }
        return cohorts;
    }
}
