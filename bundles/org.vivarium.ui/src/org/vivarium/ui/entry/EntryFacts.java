package org.vivarium.ui.entry;

import java.time.LocalDate;
import java.util.function.BiConsumer;

import org.vivarium.core.entry.EntrySheet;
import org.vivarium.core.schedule.Agenda;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.ExperimentalUnit;

/** The texts of the entry editor's header. */
final class EntryFacts {

    private EntryFacts() {
    }

    /** e.g. "FST 1 h - Forced swim test". */
    static String title(AssaySession session) {
        AssayDefinition assay = Studies.assayOf(session);
        return session.getName() + (assay == null || assay.getName() == null ? "" : " \u2013 " + assay.getName());
    }

    /** e.g. "Cohort 1 h · 1 h after dose · due Fri 27 Nov 10:00 · blinded: blind codes only, no cages or arms". */
    static String details(EntrySheet sheet) {
        AssaySession s = sheet.session();
        StringBuilder b = new StringBuilder();
        b.append("Cohort ").append(s.getCohort() == null ? "-" : s.getCohort().getName());
        b.append("  \u00b7  ").append(Time.sinceDose(s.getTimeFromDoseHours())).append(" after dose");
        if (Schedule.due(s) != null) {
            b.append("  \u00b7  due ").append(Agenda.dayTitle(Schedule.due(s).toLocalDate(), LocalDate.now()))
                    .append(' ').append(Schedule.due(s).toLocalTime());
        }
        if (sheet.unit() == ExperimentalUnit.CAGE) {
            b.append("  \u00b7  one value per cage");
        }
        if (sheet.blinded()) {
            b.append("  \u00b7  blinded: blind codes only, no ids, cages or arms");
        } else if (!sheet.revealed()) {
            b.append("  \u00b7  coded treatments: arms shown by their codes");
        }
        return b.toString();
    }

    /** e.g. "37 of 160 values entered (80 animals x 2 measures); done 10:12 by J. Tech". */
    static String progress(EntrySheet sheet) {
        String units = sheet.unit() == ExperimentalUnit.CAGE ? " cages" : " animals";
        String text = sheet.filled() + " of " + sheet.rowCount() * sheet.columnCount() + " values entered ("
                + sheet.rowCount() + units + " \u00d7 " + sheet.columnCount() + " measures)";
        AssaySession s = sheet.session();
        if (s.getCompletedAt() != null) {
            text += ";  marked done " + Agenda.dayTitle(s.getCompletedAt().toLocalDate(), LocalDate.now()) + " "
                    + s.getCompletedAt().toLocalTime() + (s.getCompletedBy() == null ? "" : " by " + s.getCompletedBy());
        }
        return text;
    }

    /** Selects the first empty cell, row by row (the first cell when all are filled). */
    static void firstEmpty(EntrySheet sheet, BiConsumer<Integer, Integer> select) {
        for (int r = 0; r < sheet.rowCount(); r++) {
            for (int c = 0; c < sheet.columnCount(); c++) {
                if (sheet.measurement(r, c) == null) {
                    select.accept(r, c);
                    return;
                }
            }
        }
        if (sheet.rowCount() > 0 && sheet.columnCount() > 0) {
            select.accept(0, 0);
        }
    }
}
