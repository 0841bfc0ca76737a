package org.vivarium.core.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;

/**
 * A technician's agenda: the study's dosing rounds and assay sessions grouped into what is overdue (not done and due
 * before today), today's work (done or not), and the days ahead; with the whole study, also the days before.
 */
public final class Agenda {

    /** Everything, past and future. */
    public static final int ALL_DAYS = -1;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /**
     * A heading of the agenda with its items.
     *
     * @param title   e.g. "Overdue", "Today, Thu 27 Nov", "Tomorrow, Fri 28 Nov", "Mon 1 Dec"
     * @param overdue whether this is the section of overdue work
     * @param items   its items by due time
     */
    public record Section(String title, boolean overdue, List<ScheduledItem> items) {
    }

    private Agenda() {
    }

    /**
     * The agenda as of {@code now}: overdue work, today, and the next {@code daysAhead} days ({@link #ALL_DAYS}: every
     * day of the study, past ones included, and items that have no due time yet). Empty sections are left out, except
     * today's.
     */
    public static List<Section> of(Study study, LocalDateTime now, int daysAhead) {
        LocalDate today = now.toLocalDate();
        List<ScheduledItem> overdue = new ArrayList<>();
        Map<LocalDate, List<ScheduledItem>> days = new TreeMap<>();
        days.put(today, new ArrayList<>());
        List<ScheduledItem> unscheduled = new ArrayList<>();
        for (ScheduledItem item : Schedule.items(study)) {
            if (item.due() == null) {
                unscheduled.add(item);
                continue;
            }
            LocalDate day = item.due().toLocalDate();
            if (day.isBefore(today) && !item.done()) {
                overdue.add(item);
            } else if (daysAhead == ALL_DAYS || !day.isBefore(today) && !day.isAfter(today.plusDays(daysAhead))) {
                days.computeIfAbsent(day, d -> new ArrayList<>()).add(item);
            }
        }
        List<Section> sections = new ArrayList<>();
        if (!overdue.isEmpty()) {
            sections.add(new Section("Overdue", true, overdue));
        }
        for (Map.Entry<LocalDate, List<ScheduledItem>> day : days.entrySet()) {
            sections.add(new Section(dayTitle(day.getKey(), today), false, day.getValue()));
        }
        if (daysAhead == ALL_DAYS && !unscheduled.isEmpty()) {
            sections.add(new Section("Not scheduled (the cohort has no dosing time yet)", false, unscheduled));
        }
        return sections;
    }

    /** "Today, Thu 27 Nov", "Tomorrow, Fri 28 Nov", "Yesterday, ...", "Mon 1 Dec", "Mon 22 Sep 2025". */
    public static String dayTitle(LocalDate day, LocalDate today) {
        String name = day.getYear() == today.getYear() ? DAY.format(day) : DAY_YEAR.format(day);
        if (day.equals(today)) {
            return "Today, " + name;
        }
        if (day.equals(today.plusDays(1))) {
            return "Tomorrow, " + name;
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday, " + name;
        }
        return name;
    }

    /** When an item is due as the agenda shows it: "10:00" today, else "Mon 1 Dec 10:00"; "-" if not scheduled. */
    public static String when(ScheduledItem item, LocalDate today) {
        if (item.due() == null) {
            return "-";
        }
        String time = TIME.format(item.due());
        return item.due().toLocalDate().equals(today) ? time : DAY.format(item.due()) + " " + time;
    }

    /**
     * Where an item stands: "done 10:12 by J. Tech", "overdue by 1 h 20 min", "due in 25 min", "due now", with the
     * progress of dosing ("12 of 80 given") and of sessions ("96 values") when begun; a dosing round whose window has
     * passed with doses not given: "missed: 3 of 80 doses not given, overdue by 2 h"; one done with doses given out
     * of their window: "done 10:12 by J. Tech (1 out of window)".
     */
    public static String status(ScheduledItem item, LocalDateTime now) {
        String progress = progress(item);
        if (item.done()) {
            String at = item.doneAt() == null ? "" : " " + (item.doneAt().toLocalDate().equals(now.toLocalDate())
                    ? TIME.format(item.doneAt()) : DAY.format(item.doneAt()));
            int out = item.outOfWindow();
            return "done" + at + (item.doneBy() == null ? "" : " by " + item.doneBy())
                    + (out == 0 ? "" : " (" + out + " out of window)");
        }
        String state;
        int missed = item.missed(now);
        if (missed > 0) {
            return "missed: " + missed + " of " + item.doses().size() + (item.doses().size() == 1 ? " dose" : " doses")
                    + " not given, overdue by " + duration(Duration.between(item.due(), now));
        }
        if (item.due() == null) {
            state = "not scheduled";
        } else if (item.isOverdue(now) && Duration.between(item.due(), now).toMinutes() >= 1) {
            state = "overdue by " + duration(Duration.between(item.due(), now));
        } else if (Duration.between(now, item.due()).toMinutes() < 1) {
            state = "due now";
        } else {
            state = "due in " + duration(Duration.between(now, item.due()));
        }
        return progress == null ? state : state + " (" + progress + ")";
    }

    private static String progress(ScheduledItem item) {
        if (item.kind() == ScheduledItem.Kind.DOSING) {
            long given = item.doses().stream().filter(DoseTask::isGiven).count();
            return given == 0 || item.done() ? null : given + " of " + item.doses().size() + " given";
        }
        int values = item.subjects().isEmpty() ? 0 : ((AssaySession) item.subjects().get(0)).getMeasurements().size();
        return values == 0 ? null : values + (values == 1 ? " value" : " values");
    }

    /** e.g. "25 min", "1 h 20 min", "3 d 2 h". */
    public static String duration(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
}
