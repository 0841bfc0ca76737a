package org.vivarium.io.excel.internal.behaviour;

import org.vivarium.io.excel.internal.map.RowOrigins;

/**
 * One value computed from (or read off) a behaviour export, before it is matched to the study.
 *
 * @param animal   the animal's identifier, ear tag or blind code as the export writes it
 * @param session  the session it names (a variable, the mapping), or null
 * @param assay    the assay code it is about, or null (found from the session)
 * @param date     the trial's date (ISO), or null
 * @param measure  the measure as a name the study's vocabulary knows ("immobility", "FST latency to immobility")
 * @param value    the value, in {@code unit}
 * @param unit     the unit it is written in, or null for the measure's own
 * @param censored whether the value is censored (e.g. no feeding before the end of the test)
 * @param source   the measurement source, "file!sheet!track"
 * @param scoring  how it was computed (window, parameters), recorded on the session, or null
 * @param at       where problems about the value are reported (the cell naming the animal)
 * @param window   the analysis window it was computed over, or null (a latency, a program's own result)
 */
public record ExportRow(String animal, String session, String assay, String date, String measure, double value,
        String unit, boolean censored, String source, String scoring, RowOrigins.Location at,
        Target.Window window) {

    /** A value not computed over a window. */
    public ExportRow(String animal, String session, String assay, String date, String measure, double value,
            String unit, boolean censored, String source, String scoring, RowOrigins.Location at) {
        this(animal, session, assay, date, measure, value, unit, censored, source, scoring, at, null);
    }
}
