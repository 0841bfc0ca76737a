package org.vivarium.core.study;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.core.schedule.Schedule;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/** What a PI checks first: n planned, enrolled and lost per arm and sex, who left and why, and sessions done vs due. */
public final class Enrolment {

    /**
     * One arm and sex.
     *
     * @param planned  the arm's planned n per sex times the cohorts that take that sex
     * @param enrolled animals allocated
     * @param active   animals still in the study
     * @param left     animals that left, by status (excluded, found dead, humane endpoint)
     */
    public record Row(String arm, Sex sex, int planned, int enrolled, int active, Map<AnimalStatus, Integer> left) {
        public int lost() {
            return enrolled - active;
        }
    }

    /** An animal that left the study. */
    public record Departure(Animal animal, String cohort, String arm, AnimalStatus status, LocalDate date,
            String reason) {
    }

    /** Sessions of one cohort: done, due (by now) and still to come. */
    public record Progress(String cohort, int done, int overdue, int upcoming) {
    }

    private Enrolment() {
    }

    public static List<Row> byArmAndSex(Study study) {
        List<Row> rows = new ArrayList<>();
        for (TreatmentArm arm : study.getArms()) {
            for (Sex sex : List.of(Sex.FEMALE, Sex.MALE)) {
                int cohorts = (int) study.getCohorts().stream()
                        .filter(c -> c.getSex() == sex || c.getSex() == Sex.MIXED || c.getSex() == Sex.UNKNOWN).count();
                int enrolled = 0;
                int active = 0;
                Map<AnimalStatus, Integer> left = new LinkedHashMap<>();
                for (Animal a : Studies.animals(study)) {
                    if (a.getArm() == arm && a.getSex() == sex) {
                        enrolled++;
                        if (a.getStatus() == AnimalStatus.ACTIVE) {
                            active++;
                        } else {
                            left.merge(a.getStatus(), 1, Integer::sum);
                        }
                    }
                }
                rows.add(new Row(arm.getCode(), sex, arm.getPlannedN() * cohorts, enrolled, active, left));
            }
        }
        return rows;
    }

    /** Animals no longer active, earliest first. */
    public static List<Departure> departures(Study study) {
        List<Departure> list = new ArrayList<>();
        for (Cohort c : study.getCohorts()) {
            for (Animal a : c.getAnimals()) {
                if (a.getStatus() != AnimalStatus.ACTIVE) {
                    list.add(new Departure(a, c.getName(), a.getArm() == null ? "-" : a.getArm().getCode(),
                            a.getStatus(), a.getStatusDate(), a.getStatusReason()));
                }
            }
        }
        list.sort(Comparator.comparing(Departure::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return list;
    }

    /** Per cohort: sessions done, overdue at {@code now}, and to come. */
    public static List<Progress> sessions(Study study, LocalDateTime now) {
        Map<Cohort, int[]> counts = new LinkedHashMap<>();
        for (Cohort c : study.getCohorts()) {
            counts.put(c, new int[3]);
        }
        for (AssaySession s : Studies.sessions(study)) {
            int[] n = counts.get(s.getCohort());
            if (n == null) {
                continue;
            }
            LocalDateTime due = Schedule.due(s);
            n[s.getCompletedAt() != null ? 0 : due != null && due.isBefore(now) ? 1 : 2]++;
        }
        List<Progress> result = new ArrayList<>();
        counts.forEach((c, n) -> result.add(new Progress(c.getName(), n[0], n[1], n[2])));
        return result;
    }
}
