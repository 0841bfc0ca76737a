package org.vivarium.core.dose;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.vivarium.core.schedule.DoseTask;
import org.vivarium.core.study.Labels;

/**
 * Dosing windows as the person dosing is told of them: which doses a time is outside the window of, and what that
 * comes to ("1W-03 due 09:00, given 04:30: 4 h 30 min early, outside its window of +- 30 min").
 */
public final class DoseWindows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private DoseWindows() {
    }

    /** The lines not given yet that a dose given at a time would be outside the window of. */
    public static List<DoseLine> outside(Collection<DoseLine> lines, LocalDateTime at) {
        List<DoseLine> out = new ArrayList<>();
        for (DoseLine line : lines) {
            if (!line.isGiven() && !line.task().inWindow(at)) {
                out.add(line);
            }
        }
        return out;
    }

    /** "1W-03 due Mon 1 Dec 09:00, given 04:30: 4 h 30 min early, outside its window of +- 30 min". */
    public static String describe(DoseLine line, LocalDateTime at) {
        DoseTask task = line.task();
        boolean sameDay = task.due() != null && task.due().toLocalDate().equals(at.toLocalDate());
        return line.animal().getId() + " due " + (task.due() == null ? "-" : DAY_TIME.format(task.due()))
                + ", given " + (sameDay ? TIME.format(at) : DAY_TIME.format(at)) + ": " + task.offBy(at)
                + ", outside its window of \u00b1 " + Labels.number(line.regimen().getWindowMinutes()) + " min";
    }

    /** Why a dose at that time is not recorded without a reason. */
    static String refusal(DoseLine line, LocalDateTime at) {
        return describe(line, at) + "; give a reason to record it out of window";
    }
}
