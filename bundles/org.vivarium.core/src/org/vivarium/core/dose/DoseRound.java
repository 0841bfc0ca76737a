package org.vivarium.core.dose;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.vivarium.core.blinding.Coding;
import org.vivarium.core.schedule.DoseTask;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.study.Studies;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DosingEvent;

/**
 * The doses a cohort receives at one time (a dosing round of the schedule), each with the latest body weight and the
 * volume computed from it by the {@link DoseCalculator}; doses already given show what was recorded. While the
 * cohort's treatments are coded and not unblinded, compounds are named by their codes and doses given in mL/kg
 * ({@link Coding}); the volumes are the same.
 */
public final class DoseRound {

    private final Cohort cohort;
    private final LocalDateTime due;
    private final List<DoseLine> lines;
    private final boolean revealed;

    private DoseRound(Cohort cohort, LocalDateTime due, List<DoseLine> lines) {
        this.cohort = cohort;
        this.due = due;
        this.lines = lines;
        this.revealed = Coding.revealed(Studies.studyOf(cohort), cohort);
    }

    /** The round of a cohort due at the given time (every dose task with that due time). */
    public static DoseRound of(Cohort cohort, LocalDateTime due) {
        List<DoseLine> lines = new ArrayList<>();
        for (DoseTask task : Schedule.doseTasks(cohort)) {
            if (Objects.equals(task.due(), due)) {
                lines.add(line(task));
            }
        }
        return new DoseRound(cohort, due, List.copyOf(lines));
    }

    /** The due times of a cohort's rounds, in order. */
    public static List<LocalDateTime> times(Cohort cohort) {
        Set<LocalDateTime> times = new LinkedHashSet<>();
        for (DoseTask task : Schedule.doseTasks(cohort)) {
            times.add(task.due());
        }
        return List.copyOf(times);
    }

    /** The line of one task: recorded values once given, else the latest weight and the volume it gives. */
    public static DoseLine line(DoseTask task) {
        DosingEvent event = task.event();
        boolean revealed = Coding.revealed(task.animal());
        if (task.isGiven()) {
            double grams = event.getBodyWeightGrams();
            BodyWeight used = Studies.latestBodyWeight(task.animal(), event.getActualTime());
            return new DoseLine(task, grams > 0 ? grams : Double.NaN,
                    used != null && used.getWeightGrams() == grams ? used.getMeasuredAt() : null,
                    DoseCalculator.given(task.regimen(), event.getVolumeMl(), grams), revealed);
        }
        BodyWeight latest = Studies.latestBodyWeight(task.animal(), null);
        double grams = latest != null ? latest.getWeightGrams()
                : event != null && event.getBodyWeightGrams() > 0 ? event.getBodyWeightGrams() : Double.NaN;
        return new DoseLine(task, grams, latest == null ? null : latest.getMeasuredAt(),
                DoseCalculator.volume(task.regimen(), grams, Coding.compoundLabel(task.regimen().getCompound(),
                        revealed)), revealed);
    }

    public Cohort cohort() {
        return cohort;
    }

    public LocalDateTime due() {
        return due;
    }

    public List<DoseLine> lines() {
        return lines;
    }

    /** How many doses of the round have been given. */
    public int given() {
        return (int) lines.stream().filter(DoseLine::isGiven).count();
    }

    /** How many doses need attention (see {@link DoseLine#warning()}). */
    public int warnings() {
        return (int) lines.stream().filter(l -> l.warning() != null).count();
    }

    /** Whether the cohort's treatments may be shown: not coded, or unblinded. */
    public boolean revealed() {
        return revealed;
    }

    /** The distinct compounds of the round, e.g. "Ketamine, Saline", or while coded "Solution A, Solution C". */
    public String compounds() {
        List<Compound> compounds = new ArrayList<>();
        for (DoseLine l : lines) {
            compounds.add(l.regimen().getCompound());
        }
        return Coding.compounds(compounds, revealed);
    }
}
