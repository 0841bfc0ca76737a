package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.MeasurementExport;
import org.vivarium.core.study.CsvFormulas;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

/** No exported cell runs as a formula in a spreadsheet, and the export still imports back as "0 added". */
class FormulaInjectionTest {

    private static final String LINK = "=HYPERLINK(\"http://evil.example\",\"x\")";
    private static final String SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
    private static final String CMD = "+cmd|' /C calc'!A0";
    private static final String MINUS = "-2+3";
    /** Text that starts with an apostrophe of its own before a formula (written with one more). */
    private static final String QUOTED = "'=1+1";
    private static final String SOURCE = MINUS + ".xlsx";

    @TempDir
    Path dir;

    /** The fixture study plus animals and a cage created from a sheet whose names and file name are formulas. */
    private Study hostile() throws Exception {
        Study study = ImportFixtures.study();
        Path sheet = Workbooks.xlsx(dir.resolve(SOURCE), "BW 0 h", new Object[][] {
            {"Animal", "Cage", "Sex", "Arm", "Body weight (g)"},
            {LINK, SUM, "F", "VEH", 20},
            {CMD, SUM, "F", "VEH", 21},
            {MINUS, SUM, "F", "VEH", 22},
            {QUOTED, "K9", "F", "VEH", 23}});
        ImportPlan plan = Imports.apply(sheet, study, ImportMapping.AUTOMATIC, ImportOptions.DEFAULT.withCreate(true));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.created()).containsEntry("animal", 4);
        AssayDefinition bw = Studies.findAssay(study, "BW");
        MeasureDefinition change = VivariumFactory.eINSTANCE.createMeasureDefinition();
        change.setName("change");
        change.setLabel("Weight change");
        change.setUnit("g");
        change.setMinimum(-10.0);
        change.setMaximum(10.0);
        bw.getMeasures().add(change);
        AssaySession before = TestStudies.session(study, "BW", "BW -2.5 h", study.getCohorts().get(0), -2.5);
        TestStudies.measure(before, MINUS, "change", -2.5);
        return study;
    }

    @Test
    void hostileTextInACsvExportStartsWithAnApostropheNumbersStayNumbersAndItImportsBackAsPresent() throws Exception {
        Study study = hostile();
        Path out = dir.resolve("x.csv");
        int rows = MeasurementExport.write(study, out, new NullProgressMonitor());
        List<List<String>> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            lines.add(fields(line));
        }
        assertThat(lines).anySatisfy(f -> assertThat(f).startsWith("'" + LINK, "'" + SUM).endsWith("'" + SOURCE
                + "!BW 0 h!E2"));
        assertThat(lines).anySatisfy(f -> assertThat(f).startsWith("'" + CMD, "'" + SUM));
        assertThat(lines).anySatisfy(f -> assertThat(f).startsWith("'" + MINUS).contains("-2.5").contains("change"));
        assertThat(lines).anySatisfy(f -> assertThat(f).startsWith("''=1+1", "K9"));
        for (List<String> f : lines) {
            for (String cell : f) {
                assertThat(CsvFormulas.risky(cell) && !cell.matches("-[0-9.]+")).as(cell).isFalse();
            }
        }
        String raw = Files.readString(out);
        assertThat(raw).contains(",BW -2.5 h,-2.5,").contains(",change,-2.5,g,");
        assertThat(raw).contains("\"'" + LINK.replace("\"", "\"\"") + "\"");
        ImportPlan again = Imports.plan(out, study);
        assertThat(again.problems()).isEmpty();
        assertThat(again.summary()).isEqualTo(rows + " already present, 0 added");
    }

    @Test
    void hostileTextInAnXlsxExportIsAStringCellNeverAFormula() throws Exception {
        Study study = hostile();
        Path out = dir.resolve("x.xlsx");
        int rows = MeasurementExport.write(study, out, new NullProgressMonitor());
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (Row r : sheet) {
                for (Cell c : r) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    } else if (c.getNumericCellValue() < 0) {
                        texts.add(Double.toString(c.getNumericCellValue()));
                    }
                }
            }
        }
        assertThat(texts).contains(LINK, SUM, CMD, MINUS, QUOTED, SOURCE + "!BW 0 h!E2", "-2.5").doesNotContain("'" + LINK);
        assertThat(Imports.plan(out, study).summary()).isEqualTo(rows + " already present, 0 added");
    }

    @Test
    void theImporterRemovesOnlyTheApostropheAnExportAdds() {
        assertThat(CsvFormulas.restore("'" + LINK)).isEqualTo(LINK);
        assertThat(CsvFormulas.restore("'\tx")).isEqualTo("\tx");
        assertThat(CsvFormulas.neutralise("'=x")).isEqualTo("''=x");
        assertThat(CsvFormulas.restore("''=x")).isEqualTo("'=x");
        assertThat(CsvFormulas.restore("'=x")).isEqualTo("=x");
        assertThat(CsvFormulas.neutralise("'A1")).isEqualTo("'A1");
        assertThat(CsvFormulas.restore("'A1")).isEqualTo("'A1");
        assertThat(CsvFormulas.restore("'")).isEqualTo("'");
        assertThat(CsvFormulas.neutralise("A-1")).isEqualTo("A-1");
        assertThat(CsvFormulas.neutralise("\rx")).isEqualTo("'\rx");
    }

    /** The fields of one RFC 4180 line (no line breaks inside fields in these files). */
    private static List<String> fields(String line) {
        List<String> list = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                list.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        list.add(f.toString());
        return list;
    }
}
