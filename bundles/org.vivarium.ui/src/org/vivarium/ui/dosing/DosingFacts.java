package org.vivarium.ui.dosing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.RGB;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.dose.DoseVolume;
import org.vivarium.core.schedule.Agenda;
import org.vivarium.core.schedule.RegimenDoses;
import org.vivarium.core.study.Labels;
import org.vivarium.model.Animal;
import org.vivarium.model.Sex;

/** Texts and colours of the dosing editor. */
final class DosingFacts {

    static final Color RED = color("vivarium.dosing.red", new RGB(180, 0, 0));
    static final Color GIVEN = color("vivarium.dosing.given", new RGB(226, 243, 226));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    static final Color PROVISIONAL = color("vivarium.dosing.provisional", new RGB(255, 246, 200));
    private static final int WEIGHED_COLUMN = 5;
    private static final int VOLUME_COLUMN = 6;

    private DosingFacts() {
    }

    private static Color color(String key, RGB rgb) {
        JFaceResources.getColorRegistry().put(key, rgb);
        return JFaceResources.getColorRegistry().get(key);
    }

    static String sex(Animal a) {
        return a.getSex() == Sex.FEMALE ? "F" : a.getSex() == Sex.MALE ? "M" : "";
    }

    /** When something happened relative to the round: "08:40" on its day, "Thu 26 Nov 16:00" before. */
    static String when(LocalDateTime at, LocalDateTime due) {
        if (at == null) {
            return "";
        }
        return due != null && at.toLocalDate().equals(due.toLocalDate()) ? TIME.format(at) : DAY_TIME.format(at);
    }

    /** "09:04 by J. Tech" ("Sun 6 Dec 22:10 by J. Tech" when given on another day than due), or "" while not given. */
    static String given(DoseLine l) {
        if (!l.isGiven()) {
            return "";
        }
        String by = l.event().getOperator();
        return when(l.event().getActualTime(), l.task().due() == null ? l.event().getActualTime() : l.task().due())
                + (by == null || by.isBlank() ? "" : " by " + by);
    }

    /**
     * The Window column: "\u26a0 1 h 10 min late (out of window)" for a dose given out of its window, "MISSED (window
     * +- 30 min passed)" for one not given in time, else "".
     */
    static String window(DoseLine l, LocalDateTime now) {
        if (l.task().isOutOfWindow()) {
            return "\u26a0 " + l.task().offBy(l.event().getActualTime()) + " (out of window)";
        }
        return l.task().isMissed(now) ? "MISSED (window \u00b1 " + Labels.number(l.regimen().getWindowMinutes())
                + " min passed)" : "";
    }

    /** The tooltip of the time given: the window, and for a dose out of it the reason recorded. */
    static String windowTip(DoseLine l, LocalDateTime now) {
        String window = "Due " + when(l.task().due(), l.task().due()) + ", window \u00b1 "
                + Labels.number(l.regimen().getWindowMinutes()) + " min";
        if (l.task().isOutOfWindow()) {
            return window + "\nGiven " + l.task().offBy(l.event().getActualTime()) + ". Reason: "
                    + (l.event().getWindowReason() == null ? "none recorded" : l.event().getWindowReason());
        }
        return l.task().isMissed(now) ? window + "\nMissed: not given and the window has passed" : window;
    }

    /** e.g. "Dosing cohort 1 h at 09:00", or for repeated regimens "Dosing cohort Chronic A, day 10 at 09:00". */
    static String title(DoseRound round) {
        String at = round.due() == null ? "" : " at " + TIME.format(round.due());
        boolean repeats = round.lines().stream().anyMatch(l -> RegimenDoses.repeats(l.regimen()));
        String day = repeats && round.due() != null && round.cohort().getAnchorDoseTime() != null
                ? ", day " + RegimenDoses.studyDay(round.cohort(), round.due()) : "";
        return "Dosing cohort " + round.cohort().getName() + day + at;
    }

    /** e.g. "Ketamine, Saline  \u00b7  80 animals  \u00b7  due Today, Fri 27 Nov 09:00 (overdue by 1 h 12 min)". */
    static String details(DoseRound round, LocalDateTime now) {
        StringBuilder b = new StringBuilder(round.compounds());
        b.append("  \u00b7  ").append(round.lines().size()).append(round.lines().size() == 1 ? " dose" : " doses");
        if (round.due() != null) {
            b.append("  \u00b7  due ").append(Agenda.dayTitle(round.due().toLocalDate(), now.toLocalDate())).append(' ')
                    .append(TIME.format(round.due()));
            long missed = round.lines().stream().filter(l -> l.task().isMissed(now)).count();
            if (missed > 0) {
                b.append(" (missed: ").append(missed).append(" not given, its window has passed)");
            } else if (round.given() < round.lines().size() && round.due().isBefore(now.minusMinutes(1))) {
                b.append(" (overdue by ").append(Agenda.duration(Duration.between(round.due(), now))).append(')');
            }
        }
        b.append(round.revealed()
                ? "  \u00b7  volume = weight \u00d7 dose / stock concentration (vehicles: mL/kg \u00d7 weight)"
                : "  \u00b7  coded treatments: doses as mL/kg of the coded solution, volume = weight \u00d7 mL/kg");
        return b.toString();
    }

    /** e.g. "12 of 80 given  \u00b7  1 to check". */
    static String progress(DoseRound round) {
        int warnings = round.warnings();
        long out = round.lines().stream().filter(l -> l.task().isOutOfWindow()).count();
        return round.given() + " of " + round.lines().size() + " given"
                + (out == 0 ? "" : "  \u00b7  " + out + " out of window")
                + (warnings == 0 ? "" : "  \u00b7  " + warnings + " to check (see the Check column)");
    }

    /** A typed number (decimal comma accepted); NaN when it is none. */
    static double number(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return Double.parseDouble(t.indexOf(',') >= 0 && t.indexOf('.') < 0 ? t.replace(',', '.') : t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Shows the volume a weight being typed would give in the line at the given index, marked as provisional: italic on
     * a pale yellow ground, and "not recorded yet" where the time of the weighing goes.
     */
    static void provisional(Table table, int index, DoseVolume volume) {
        if (index < 0 || index >= table.getItemCount()) {
            return;
        }
        TableItem item = table.getItem(index);
        Font italic = JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT);
        item.setText(VOLUME_COLUMN, volume.isComputed() ? String.format("%.2f", volume.volumeMl()) : "-");
        item.setForeground(VOLUME_COLUMN, volume.withinLimit() ? null : RED);
        item.setFont(VOLUME_COLUMN, italic);
        item.setBackground(VOLUME_COLUMN, PROVISIONAL);
        item.setText(WEIGHED_COLUMN, "not recorded yet");
        item.setFont(WEIGHED_COLUMN, italic);
        item.setBackground(WEIGHED_COLUMN, PROVISIONAL);
    }
}
