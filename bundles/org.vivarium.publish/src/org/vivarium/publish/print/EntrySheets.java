package org.vivarium.publish.print;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.core.entry.EntryRow;
import org.vivarium.core.entry.EntrySheet;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.study.DateTexts;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;

/**
 * The paper entry sheet of an assay session, from core's {@link EntrySheet}: one row per animal (by blind code, in
 * code order and without cage or arm, when the session is blinded) or per cage, one empty column per measure with its
 * unit and valid range in the header, and a notes column; the operator signs under it.
 */
final class EntrySheets {

    private EntrySheets() {
    }

    static SheetTable table(Study study, AssaySession session) {
        EntrySheet sheet = EntrySheet.of(session);
        boolean cages = sheet.unit() == ExperimentalUnit.CAGE;
        List<SheetTable.Column> columns = new ArrayList<>();
        columns.add(new SheetTable.Column(cages ? "Cage" : sheet.blinded() ? "Blind code" : "Animal", "", 58, 0.5f));
        boolean cageColumn = cages || !sheet.blinded(); // a blinded sheet does not tell the cage (core's EntrySheet)
        if (cageColumn) {
            columns.add(new SheetTable.Column(cages ? "Animals" : "Cage", "", cages ? 120 : 50, cages ? 1 : 0.5f));
        }
        columns.add(new SheetTable.Column("Sex", "", 26, 0));
        for (MeasureDefinition m : sheet.measures()) {
            columns.add(new SheetTable.Column(measureTitle(m), detail(m), 74, 2));
        }
        columns.add(new SheetTable.Column("Notes", "", cages ? 60 : 90, 3));
        List<List<String>> rows = new ArrayList<>();
        for (EntryRow r : sheet.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.name());
            if (cageColumn) {
                cells.add(r.cage());
            }
            cells.add(r.sex());
            sheet.measures().forEach(m -> cells.add(""));
            cells.add(r.status().isEmpty() ? "" : r.status());
            rows.add(cells);
        }
        AssayDefinition assay = Studies.assayOf(session);
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] { "Study", nz(study.getId()) + " - " + nz(study.getTitle()) });
        facts.add(new String[] { "Assay", assay == null ? "" : nz(assay.getCode()) + " - " + nz(assay.getName()) });
        facts.add(new String[] { "Cohort", session.getCohort() == null ? "" : nz(session.getCohort().getName()) });
        facts.add(new String[] { "Time since dose", Time.sinceDose(session.getTimeFromDoseHours()) });
        facts.add(new String[] { "Date", Schedule.due(session) == null ? "" : DateTexts.format(Schedule.due(
                session)) });
        facts.add(new String[] { "Blinded", sheet.blinded() ? "yes - score by blind code" : "no" });
        return new SheetTable("Entry sheet - " + nz(session.getName()), facts, columns, rows, List.of(
                "Operator (name, signature)", "Date, start and end time"));
    }

    private static String measureTitle(MeasureDefinition m) {
        return m.getLabel() != null && !m.getLabel().isBlank() ? m.getLabel() : nz(m.getName());
    }

    /** e.g. "s, 0–360" or "%" or "valid 0–100". */
    static String detail(MeasureDefinition m) {
        String unit = nz(m.getUnit());
        boolean min = m.getMinimum() != null && Double.isFinite(m.getMinimum());
        boolean max = m.getMaximum() != null && Double.isFinite(m.getMaximum());
        String range = min && max ? Labels.number(m.getMinimum()) + "–" + Labels.number(m.getMaximum())
                : min ? "≥ " + Labels.number(m.getMinimum()) : max ? "≤ " + Labels.number(m.getMaximum()) : "";
        return unit.isEmpty() ? range : range.isEmpty() ? unit : unit + ", " + range;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
