package org.vivarium.core.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Study;

/**
 * The doses a regimen is due for a cohort: once at the anchor dose + offsetHours; or every everyHours from that first
 * dose for a number of doses, else until a date (inclusive), else until the day of the cohort's last session; or on
 * listed days (day 1 is the anchor dose's date) at each time of day (default: the anchor's time of day +
 * offsetHours). A repeating regimen whose end cannot be resolved gives its first dose only, and the expansion stops
 * after {@link #MAX_DOSES} + 1 doses: both are validation problems ({@link #expand}), never an endless list.
 */
public final class RegimenDoses {

    /** The most doses one regimen may give one animal. */
    public static final int MAX_DOSES = 2000;

    /**
     * A regimen's due times for a cohort.
     *
     * @param times   the due times in order (empty when the cohort has no anchor dose time)
     * @param problem why the regimen cannot be expanded as it says (no end, too many doses, a bad time of day), or
     *                null
     */
    public record Expansion(List<LocalDateTime> times, String problem) {
    }

    private RegimenDoses() {
    }

    /** Whether a regimen gives more than one dose (repeats every N hours or is given on listed days). */
    public static boolean repeats(DoseRegimen regimen) {
        return !regimen.getDays().isEmpty() || regimen.getEveryHours() > 0;
    }

    /** The due times of a regimen for a cohort (see {@link #expand}). */
    public static List<LocalDateTime> times(DoseRegimen regimen, Cohort cohort) {
        return expand(regimen, cohort).times();
    }

    /** The due times of a regimen for a cohort, with the problem that cut them short, if any. */
    public static Expansion expand(DoseRegimen regimen, Cohort cohort) {
        LocalDateTime anchor = cohort == null ? null : cohort.getAnchorDoseTime();
        if (anchor == null) {
            return new Expansion(List.of(), null);
        }
        LocalDateTime first = Schedule.plusHours(anchor, regimen.getOffsetHours());
        if (!regimen.getDays().isEmpty()) {
            return listedDays(regimen, anchor);
        }
        if (regimen.getEveryHours() <= 0) {
            return new Expansion(List.of(first), null);
        }
        return every(regimen, cohort, first);
    }

    private static Expansion listedDays(DoseRegimen regimen, LocalDateTime anchor) {
        List<LocalTime> clock = new ArrayList<>();
        for (String t : regimen.getTimesOfDay()) {
            LocalTime time = timeOfDay(t);
            if (time == null) {
                return new Expansion(List.of(), "time of day '" + t + "' is not a clock time (HH:mm, e.g. 09:00)");
            }
            clock.add(time);
        }
        TreeSet<LocalDateTime> times = new TreeSet<>();
        for (int day : new TreeSet<>(regimen.getDays())) {
            if (day < 1) {
                return new Expansion(List.of(), "day " + day + " is not a study day (day 1 is the anchor dose's day)");
            }
            LocalDate date = anchor.toLocalDate().plusDays(day - 1L);
            if (clock.isEmpty()) {
                times.add(Schedule.plusHours(anchor.plusDays(day - 1L), regimen.getOffsetHours()));
            } else {
                clock.forEach(c -> times.add(date.atTime(c)));
            }
            if (times.size() > MAX_DOSES) {
                return tooMany(times);
            }
        }
        return new Expansion(List.copyOf(times), null);
    }

    private static Expansion every(DoseRegimen regimen, Cohort cohort, LocalDateTime first) {
        LocalDate last = null;
        int count = regimen.getDoses();
        if (count <= 0) {
            last = regimen.getUntil() != null ? regimen.getUntil() : lastSessionDay(cohort);
            if (last == null) {
                return new Expansion(List.of(first), "repeats every " + Labels.number(regimen.getEveryHours())
                        + " h with no end: set a number of doses or an until date, or give the cohort a session");
            }
        }
        List<LocalDateTime> times = new ArrayList<>();
        for (LocalDateTime t = first; count > 0 ? times.size() < count : !t.toLocalDate().isAfter(last);
                t = Schedule.plusHours(t, regimen.getEveryHours())) {
            times.add(t);
            if (times.size() > MAX_DOSES) {
                return tooMany(times);
            }
        }
        return new Expansion(List.copyOf(times), null);
    }

    private static Expansion tooMany(java.util.Collection<LocalDateTime> times) {
        return new Expansion(List.copyOf(times), "gives more than " + MAX_DOSES + " doses per animal");
    }

    /** The day of the cohort's last session (by due time), or null when it has none scheduled. */
    static LocalDate lastSessionDay(Cohort cohort) {
        Study study = Studies.studyOf(cohort);
        LocalDateTime last = null;
        for (AssaySession s : study == null ? List.<AssaySession>of() : Studies.sessions(study)) {
            LocalDateTime due = s.getCohort() == cohort ? Schedule.due(s) : null;
            if (due != null && (last == null || due.isAfter(last))) {
                last = due;
            }
        }
        return last == null ? null : last.toLocalDate();
    }

    /** A time of day as HH:mm (also H:mm), or null when it is not one. */
    public static LocalTime timeOfDay(String text) {
        if (text == null || !text.strip().matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        try {
            String t = text.strip();
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The study day of a time: 1 on the anchor dose's date. */
    public static long studyDay(Cohort cohort, LocalDateTime at) {
        return java.time.temporal.ChronoUnit.DAYS.between(cohort.getAnchorDoseTime().toLocalDate(), at.toLocalDate()) + 1;
    }
}
