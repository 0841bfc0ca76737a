package org.vivarium.core.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.vivarium.core.blinding.Coding;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;

/**
 * When each dose and each assay session of a study is due. Everything is relative to the anchor dose of the cohort:
 * a regimen at offset h is due at anchor + h, a session at anchor + its time since dose (unless it has its own date).
 * A dosing round names its compounds as the people dosing may see them: by their codes while the cohort's treatments
 * are coded and not unblinded ({@link Coding}).
 */
public final class Schedule {

    private Schedule() {
    }

    /** Every dosing round and session of the study, by due time (items without a due time last). */
    public static List<ScheduledItem> items(Study study) {
        List<ScheduledItem> items = new ArrayList<>();
        for (Cohort cohort : study.getCohorts()) {
            items.addAll(dosingRounds(cohort));
        }
        for (AssaySession session : Studies.sessions(study)) {
            items.add(session(session));
        }
        items.sort(Comparator.comparing(ScheduledItem::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return items;
    }

    /** Items not done and due at or before the given time (overdue ones included). */
    public static List<ScheduledItem> dueBy(Study study, LocalDateTime until) {
        return items(study).stream().filter(i -> !i.done() && i.due() != null && !i.due().isAfter(until)).toList();
    }

    /** When a session is due: its own date, else the cohort's anchor dose plus its time since dose. */
    public static LocalDateTime due(AssaySession session) {
        if (session.getDate() != null) {
            return session.getDate();
        }
        Cohort cohort = session.getCohort();
        return cohort == null || cohort.getAnchorDoseTime() == null ? null
                : plusHours(cohort.getAnchorDoseTime(), session.getTimeFromDoseHours());
    }

    /**
     * The administrations due to the active animals of a cohort, by due time then animal: each due dose of each
     * regimen ({@link RegimenDoses}) with the dosing event of the same regimen scheduled at that time; a single dose
     * takes the regimen's one event whenever it was scheduled. Events due at no time of the regimen (its design
     * changed after) are tasks of their own at their scheduled time, never left out.
     */
    public static List<DoseTask> doseTasks(Cohort cohort) {
        List<DoseTask> tasks = new ArrayList<>();
        for (Animal animal : cohort.getAnimals()) {
            if (!Studies.isActive(animal) && animal.getDosingEvents().stream().noneMatch(e -> e.getActualTime() != null)) {
                continue;
            }
            if (animal.getArm() == null) {
                continue;
            }
            for (DoseRegimen regimen : animal.getArm().getRegimens()) {
                tasks.addAll(tasks(cohort, animal, regimen));
            }
        }
        tasks.sort(Comparator.comparing(DoseTask::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return tasks;
    }

    private static List<DoseTask> tasks(Cohort cohort, Animal animal, DoseRegimen regimen) {
        List<DosingEvent> events = new ArrayList<>();
        for (DosingEvent e : animal.getDosingEvents()) {
            if (e.getRegimen() == regimen) {
                events.add(e);
            }
        }
        List<DoseTask> tasks = new ArrayList<>();
        List<LocalDateTime> times = RegimenDoses.times(regimen, cohort);
        if (times.isEmpty()) {
            times = java.util.Collections.singletonList(null); // not scheduled yet: no anchor dose time
        }
        for (LocalDateTime due : times) {
            DosingEvent event = null;
            for (DosingEvent e : events) {
                if (due != null && due.equals(e.getScheduledTime())) {
                    event = e;
                    break;
                }
            }
            if (event == null && !RegimenDoses.repeats(regimen) && !events.isEmpty()) {
                event = events.get(0); // a single dose: its event, whenever it was scheduled
            }
            events.remove(event);
            tasks.add(new DoseTask(animal, regimen,
                    event != null && event.getScheduledTime() != null ? event.getScheduledTime() : due, event));
        }
        for (DosingEvent e : events) {
            tasks.add(new DoseTask(animal, regimen, e.getScheduledTime(), e));
        }
        return tasks;
    }

    private static List<ScheduledItem> dosingRounds(Cohort cohort) {
        Map<LocalDateTime, List<DoseTask>> rounds = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (DoseTask t : doseTasks(cohort)) {
            rounds.computeIfAbsent(t.due(), k -> new ArrayList<>()).add(t);
        }
        List<ScheduledItem> items = new ArrayList<>();
        for (Map.Entry<LocalDateTime, List<DoseTask>> round : rounds.entrySet()) {
            List<DoseTask> tasks = round.getValue();
            Set<Animal> animals = new LinkedHashSet<>();
            List<Compound> compounds = new ArrayList<>();
            LocalDateTime doneAt = null;
            Set<String> operators = new LinkedHashSet<>();
            boolean done = true;
            List<DosingEvent> events = new ArrayList<>();
            for (DoseTask t : tasks) {
                animals.add(t.animal());
                compounds.add(t.regimen().getCompound());
                if (t.event() != null) {
                    events.add(t.event());
                }
                if (t.isGiven()) {
                    doneAt = doneAt == null || t.event().getActualTime().isAfter(doneAt) ? t.event().getActualTime() : doneAt;
                    if (t.event().getOperator() != null) {
                        operators.add(t.event().getOperator());
                    }
                } else {
                    done = false;
                }
            }
            double offset = tasks.get(0).regimen().getOffsetHours();
            boolean repeats = tasks.stream().anyMatch(t -> RegimenDoses.repeats(t.regimen()));
            String when = repeats && round.getKey() != null && cohort.getAnchorDoseTime() != null
                    ? ", day " + RegimenDoses.studyDay(cohort, round.getKey()) : " at " + Time.offset(offset);
            String title = "Dosing " + cohortName(cohort) + when + ": " + animals.size() + " animals ("
                    + compoundNames(cohort, compounds) + ")";
            items.add(new ScheduledItem(ScheduledItem.Kind.DOSING, round.getKey(), cohort, title, events, done,
                    done ? doneAt : null, operators.isEmpty() ? null : String.join(", ", operators), tasks));
        }
        return items;
    }

    private static ScheduledItem session(AssaySession session) {
        String title = Objects.requireNonNullElse(session.getName(), "Session") + " (" + cohortName(session.getCohort())
                + ", " + Time.sinceDose(session.getTimeFromDoseHours()) + " after dose)";
        boolean done = session.getCompletedAt() != null;
        return new ScheduledItem(ScheduledItem.Kind.SESSION, due(session), session.getCohort(), title, List.of(session),
                done, session.getCompletedAt(), session.getCompletedBy(), List.of());
    }

    /**
     * "Saline, Ketamine" in the order of the round's doses; while coded, the codes in alphabetical order ("Solution A,
     * Solution C"), so that the order says nothing about the arms.
     */
    private static String compoundNames(Cohort cohort, List<Compound> compounds) {
        if (!Coding.revealed(Studies.studyOf(cohort), cohort)) {
            return Coding.compounds(compounds, false);
        }
        Set<String> names = new LinkedHashSet<>();
        compounds.forEach(c -> names.add(c == null ? "?" : c.getName()));
        return String.join(", ", names);
    }

    private static String cohortName(Cohort cohort) {
        return cohort == null ? "no cohort" : "cohort " + cohort.getName();
    }

    static LocalDateTime plusHours(LocalDateTime t, double hours) {
        return t.plusSeconds(Math.round(hours * 3600));
    }
}
