package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.io.excel.EntryTemplates;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.MeasurementExport;
import org.vivarium.io.excel.StudyFileImport;
import org.vivarium.model.Study;

/** Templates filled in import without problems; exports import back as "already present". */
class RoundTripTest {

    @TempDir
    Path dir;

    /** Fills every empty measure cell of every entry sheet with a value in range (the top of the range / 2). */
    static int fill(Path template) throws Exception {
        int filled = 0;
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(template)) {
            wb = new XSSFWorkbook(in);
        }
        try (wb) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                Row header = sheet.getRow(9);
                for (int r = 10; r <= sheet.getLastRowNum(); r++) {
                    for (int c = 0; c < header.getLastCellNum(); c++) {
                        String h = header.getCell(c).getStringCellValue();
                        Cell cell = sheet.getRow(r).getCell(c);
                        if (cell != null && cell.getCellType() == CellType.BLANK && h.endsWith(")")) {
                            cell.setCellValue(h.contains("(%)") ? 50 : h.contains("(g)") ? 5 : 100 + r);
                            filled++;
                        } else if (cell != null && cell.getCellType() == CellType.BLANK && h.endsWith("censored")) {
                            cell.setCellValue("no");
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(template)) {
                wb.write(out);
            }
        }
        return filled;
    }

    @Test
    void aFilledTemplateImportsWithoutAProblem() throws Exception {
        Study study = ImportFixtures.study();
        Path template = dir.resolve("entry.xlsx");
        assertThat(EntryTemplates.write(study, null, template)).isEqualTo(EntryTemplates.sessions(study, null).size());
        int filled = fill(template);
        ImportPlan plan = Imports.apply(template, study);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.added()).isEqualTo(filled);
        assertThat(plan.present()).isEqualTo(4);
        assertThat(Imports.value(study, "TST 24 h", "A1", "immobility").getSource()).isEqualTo(
                "entry.xlsx!TST 24 h!C11");
        assertThat(Imports.value(study, "SPT 24 h", "K1", "sucrose").getValue()).isEqualTo(5);
        ImportPlan again = Imports.plan(template, study);
        assertThat(again.summary()).isEqualTo(filled + 4 + " already present, 0 added");
    }

    @Test
    void templatesListTheExpectedUnitsWithValidationAndLocking() throws Exception {
        Study study = ImportFixtures.study();
        Path template = dir.resolve("entry.xlsx");
        EntryTemplates.write(study, null, template);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet tst = wb.getSheet("TST 24 h");
            assertThat(cells(tst.getRow(9))).containsExactly("Blind code", "Sex", "Immobility (s)", "Notes");
            assertThat(List.of(cell(tst, 10), cell(tst, 11), cell(tst, 12), cell(tst, 13))).containsExactly("QX7",
                    "RW2", "SV9", "TU4");
            assertThat(cell(wb.getSheet("TST 24 h"), 2, 1)).isEqualTo("TST 24 h");
            XSSFSheet nsf = wb.getSheet("NSF 24 h");
            assertThat(cells(nsf.getRow(9))).containsExactly("Animal", "Cage", "Sex", "Arm", "Latency to feed (s)",
                    "Home-cage food consumed (g)", "Latency to feed censored", "Notes");
            assertThat(nsf.isSheetLocked()).isTrue();
            assertThat(nsf.getRow(9).getCell(0).getCellStyle().getLocked()).isTrue();
            assertThat(nsf.getRow(10).getCell(4).getCellStyle().getLocked()).isFalse();
            List<? extends DataValidation> v = nsf.getDataValidations();
            assertThat(v).anySatisfy(d -> assertThat(d.getValidationConstraint().getFormula1()).isEqualTo(
                    "OR(AND(ISNUMBER(E11),E11>=0,E11<=600),E11=\"NA\")"));
            assertThat(v).anySatisfy(d -> {
                assertThat(d.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
                assertThat(d.getValidationConstraint().getExplicitListValues()).containsExactly("yes", "no");
            });
            XSSFSheet spt = wb.getSheet("SPT 24 h");
            assertThat(cells(spt.getRow(10))).startsWith("K1", "A1, A2");
            XSSFSheet fst = wb.getSheet("FST 24 h");
            assertThat(fst.getRow(10).getCell(4).getNumericCellValue()).isEqualTo(150);
        }
    }

    private static List<String> cells(Row row) {
        List<String> list = new ArrayList<>();
        for (Cell c : row) {
            if (c.getCellType() == CellType.STRING) {
                list.add(c.getStringCellValue());
            }
        }
        return list;
    }

    private static String cell(XSSFSheet s, int row) {
        return cell(s, row, 0);
    }

    private static String cell(XSSFSheet s, int row, int col) {
        return s.getRow(row).getCell(col).getStringCellValue();
    }

    @Test
    void theDemoExportImportsBackAsAllPresent() throws Exception {
        Study demo = DemoStudy.generate(11, LocalDate.of(2026, 5, 4));
        Path study = ImportFixtures.save(dir, demo);
        for (String name : List.of("all.csv", "all.xlsx")) {
            Path out = dir.resolve(name);
            int rows = MeasurementExport.write(demo, out, new NullProgressMonitor());
            byte[] before = Files.readAllBytes(study);
            StudyFileImport.Outcome o = StudyFileImport.run(study, out, ImportMapping.AUTOMATIC,
                    ImportOptions.DEFAULT, false, new NullProgressMonitor());
            assertThat(o.plan().problems()).isEmpty();
            assertThat(o.plan().summary()).isEqualTo(String.format("%,d already present, 0 added", rows));
            assertThat(o.saved()).isFalse();
            assertThat(Files.readAllBytes(study)).isEqualTo(before);
        }
    }

    @Test
    void theCsvExportIsTidyAndExact() throws Exception {
        Study study = ImportFixtures.study();
        Imports.value(study, "FST 24 h", "A1", "immobility").setValue(0.1 + 0.2);
        Path out = dir.resolve("x.csv");
        assertThat(MeasurementExport.write(study, out, new NullProgressMonitor())).isEqualTo(4);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("Animal,Cage,Cohort,Sex,Arm,Assay,Session,Time since dose (h),"
                + "Session date,Measure,Value,Unit,Censored,Excluded,Exclusion reason,Source");
        assertThat(lines.get(1)).isEqualTo("A1,K1,C1,female,VEH,FST,FST 24 h,24,2026-03-03T09:00,immobility,"
                + "0.30000000000000004,s,no,no,,manual");
        assertThat(Imports.plan(out, study).summary()).isEqualTo("4 already present, 0 added");
    }

    @Test
    void anExportIsReadableByWhoeverCouldReadTheFileItReplacesAndLeavesNoTemporaryFile() throws Exception {
        Study study = ImportFixtures.study();
        Path fresh = dir.resolve("fresh.xlsx");
        MeasurementExport.write(study, fresh, new NullProgressMonitor());
        Path reference = Files.createFile(dir.resolve("reference"));
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(reference));
        Path shared = dir.resolve("shared.csv");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        MeasurementExport.write(study, shared, new NullProgressMonitor());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
        assertThat(Files.readString(shared)).startsWith("Animal,");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
