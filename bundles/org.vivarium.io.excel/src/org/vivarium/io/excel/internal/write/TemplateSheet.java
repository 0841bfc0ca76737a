package org.vivarium.io.excel.internal.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.vivarium.core.blinding.Coding;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.io.excel.internal.read.CellRefs;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/**
 * One entry sheet of a template: the session's settings above the header ("Session: FST 24 h", which the importer
 * reads back), one row per animal (by blind code when the session is blinded) or per cage (per-cage assays), one
 * column per measure with its unit, numeric validation with the measure's range, a yes/no drop-down for censoring,
 * locked grey cells and white entry cells. Values the study has are filled in. While the treatments are coded (and
 * not unblinded for the session's cohort) the arm column shows the arms' codes, never their names.
 */
final class TemplateSheet {

    static final int HEADER_ROW = 9;

    private final Study study;
    private final AssaySession session;
    private final AssayDefinition assay;
    private final XSSFSheet sheet;
    private final TemplateStyles styles;
    private final List<String> header = new ArrayList<>();
    private final List<MeasureDefinition> measures;
    private final List<MeasureDefinition> censorable = new ArrayList<>();
    private int firstMeasureColumn;

    TemplateSheet(Study study, AssaySession session, XSSFSheet sheet, TemplateStyles styles) {
        this.study = study;
        this.session = session;
        this.assay = Studies.assayOf(session);
        this.sheet = sheet;
        this.styles = styles;
        this.measures = assay.getMeasures();
        for (MeasureDefinition m : measures) {
            if (m.getCensoringCutoff() != null) {
                censorable.add(m);
            }
        }
    }

    private boolean perCage() {
        return assay.getUnit() == ExperimentalUnit.CAGE;
    }

    /** Writes the sheet; returns the number of entry rows. */
    int write() {
        preamble();
        headerRow();
        List<?> units = perCage() ? Studies.cagesOf(session) : animals();
        int r = HEADER_ROW + 1;
        for (Object unit : units) {
            row(sheet.createRow(r++), unit);
        }
        int last = Math.max(HEADER_ROW + 1, r - 1);
        validation(HEADER_ROW + 1, last);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, header.get(c).length() + 4)) * 256);
        }
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
        return units.size();
    }

    private void preamble() {
        cell(sheet.createRow(0), 0, "Vivarium entry sheet", styles.title);
        setting(1, "Study:", study.getId() != null && !study.getId().isBlank() ? study.getId() : study.getTitle());
        setting(2, "Session:", session.getName());
        setting(3, "Assay:", assay.getCode());
        cell(sheet.getRow(3), 2, assay.getName(), styles.note);
        setting(4, "Time since dose:", Time.sinceDose(session.getTimeFromDoseHours()));
        setting(5, "Date:", session.getDate() == null ? "" : session.getDate().toLocalDate().toString());
        if (session.isBlinded()) {
            setting(6, "Blinded:", "yes - animals are listed by blind code");
        }
        cell(sheet.createRow(7), 0, "Enter values in the white cells, in the units of the header. Leave a cell empty "
                + "if the test was not done; write NA if the value is missing. Do not change the grey cells.",
                styles.note);
    }

    private void setting(int row, String label, String value) {
        XSSFRow r = sheet.createRow(row);
        cell(r, 0, label, styles.label);
        cell(r, 1, value, styles.locked);
    }

    private void headerRow() {
        if (perCage()) {
            header.add("Cage");
            header.add("Animals");
        } else if (session.isBlinded()) {
            header.add("Blind code");
            header.add("Sex");
        } else {
            header.add("Animal");
            header.add("Cage");
            header.add("Sex");
            header.add("Arm");
        }
        firstMeasureColumn = header.size();
        for (MeasureDefinition m : measures) {
            header.add(m.getLabel() + (m.getUnit() == null || m.getUnit().isBlank() ? "" : " (" + m.getUnit() + ")"));
        }
        for (MeasureDefinition m : censorable) {
            header.add(m.getLabel() + " censored");
        }
        header.add("Notes");
        XSSFRow r = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < header.size(); c++) {
            cell(r, c, header.get(c), styles.header);
        }
    }

    private List<Animal> animals() {
        List<Animal> list = new ArrayList<>();
        for (Animal a : Studies.animalsOf(session)) {
            if (Studies.isActive(a) || hasValue(a)) {
                list.add(a);
            }
        }
        if (session.isBlinded()) {
            list.sort(Comparator.comparing(a -> a.getBlindCode() == null ? "" : a.getBlindCode()));
        }
        return list;
    }

    private boolean hasValue(Object unit) {
        return session.getMeasurements().stream().anyMatch(m -> m.getAnimal() == unit || m.getCage() == unit);
    }

    private void row(XSSFRow r, Object unit) {
        if (unit instanceof Cage cage) {
            cell(r, 0, cage.getLabel(), styles.locked);
            cell(r, 1, String.join(", ", cage.getAnimals().stream().map(Animal::getId).toList()), styles.locked);
        } else {
            Animal a = (Animal) unit;
            String sex = a.getSex() == null ? "" : a.getSex().getLiteral().substring(0, 1);
            if (session.isBlinded()) {
                cell(r, 0, a.getBlindCode(), styles.locked);
                cell(r, 1, sex, styles.locked);
            } else {
                cell(r, 0, a.getId(), styles.locked);
                cell(r, 1, a.getCage() == null ? "" : a.getCage().getLabel(), styles.locked);
                cell(r, 2, sex, styles.locked);
                cell(r, 3, Coding.armLabel(a), styles.locked); // the arm's code while treatments are coded
            }
        }
        for (int i = 0; i < measures.size(); i++) {
            XSSFCell c = r.createCell(firstMeasureColumn + i);
            c.setCellStyle(styles.entry);
            Measurement m = existing(unit, measures.get(i));
            if (m != null) {
                c.setCellValue(m.getValue());
            }
        }
        for (int i = 0; i < censorable.size(); i++) {
            XSSFCell c = r.createCell(firstMeasureColumn + measures.size() + i);
            c.setCellStyle(styles.entry);
            Measurement m = existing(unit, censorable.get(i));
            if (m != null) {
                c.setCellValue(m.isCensored() ? "yes" : "no");
            }
        }
        r.createCell(header.size() - 1).setCellStyle(styles.entry);
    }

    private Measurement existing(Object unit, MeasureDefinition measure) {
        for (Measurement m : session.getMeasurements()) {
            if (m.getMeasure() == measure && (m.getAnimal() == unit || m.getCage() == unit)) {
                return m;
            }
        }
        return null;
    }

    private void validation(int first, int last) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (int i = 0; i < measures.size(); i++) {
            MeasureDefinition m = measures.get(i);
            int col = firstMeasureColumn + i;
            String ref = CellRefs.cell(first, col);
            List<String> tests = new ArrayList<>();
            tests.add("ISNUMBER(" + ref + ")");
            if (m.getMinimum() != null) {
                tests.add(ref + ">=" + Labels.number(m.getMinimum()));
            }
            if (m.getMaximum() != null) {
                tests.add(ref + "<=" + Labels.number(m.getMaximum()));
            }
            DataValidationConstraint constraint = helper.createCustomConstraint("OR(AND(" + String.join(",", tests)
                    + ")," + ref + "=\"NA\")");
            DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(first, last, col, col));
            String range = m.getMinimum() != null && m.getMaximum() != null ? "from " + Labels.number(m.getMinimum())
                    + " to " + Labels.number(m.getMaximum()) : "";
            String unit = m.getUnit() == null ? "" : " " + m.getUnit();
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.STOP);
            v.createErrorBox(trim(m.getLabel()), "Enter a number " + range + unit + ", or NA if the value is "
                    + "missing.");
            v.setShowPromptBox(true);
            v.createPromptBox(trim(m.getLabel()), (range.isEmpty() ? "A number" : "A number " + range) + unit
                    + (m.getCensoringCutoff() != null ? "; " + Labels.number(m.getCensoringCutoff()) + unit
                            + " when censored" : ""));
            v.setEmptyCellAllowed(true);
            sheet.addValidationData(v);
        }
        for (int i = 0; i < censorable.size(); i++) {
            int col = firstMeasureColumn + measures.size() + i;
            DataValidation v = helper.createValidation(helper.createExplicitListConstraint(new String[] {"yes", "no"}),
                    new CellRangeAddressList(first, last, col, col));
            v.setShowErrorBox(true);
            v.setSuppressDropDownArrow(true);
            v.createErrorBox("Censored", "Choose yes (the event did not happen before the cutoff) or no.");
            v.setEmptyCellAllowed(true);
            sheet.addValidationData(v);
        }
    }

    /** Excel limits validation titles to 32 characters. */
    private static String trim(String s) {
        return s == null ? "" : s.length() > 32 ? s.substring(0, 32) : s;
    }

    private static void cell(Row r, int c, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        var cell = r.createCell(c);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }
}
