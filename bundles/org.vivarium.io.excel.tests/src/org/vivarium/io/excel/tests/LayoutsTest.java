package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vivarium.io.excel.tests.Imports.apply;
import static org.vivarium.io.excel.tests.Imports.value;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.SheetResult;
import org.vivarium.io.excel.tests.Workbooks.Formula;
import org.vivarium.io.excel.tests.Workbooks.Merge;
import org.vivarium.io.excel.tests.Workbooks.Time;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/** The layouts labs actually use, each imported with the values and sources it should give. */
class LayoutsTest {

    @TempDir
    Path dir;

    private final Study study = ImportFixtures.study();

    @Test
    void longLayoutWithSessionMeasureValueAndUnitColumns() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("long.xlsx"), "Data", new Object[][] {
            {"Animal", "Session", "Measure", "Value", "Unit"},
            {"A1", "BW 0 h", "weight", 20, "g"},
            {"A1", "BW 1 wk", "Body weight", 22.5, "g"},
            {"A2", "bw 0 H", "BW", 0.024, "kg"}});
        ImportPlan plan = apply(f, study);
        assertThat(plan.summary()).isEqualTo("0 already present, 3 added");
        assertThat(value(study, "BW 1 wk", "A1", "weight").getValue()).isEqualTo(22.5);
        Measurement a2 = value(study, "BW 0 h", "A2", "weight");
        assertThat(a2.getValue()).isCloseTo(24, within(1e-9));
        assertThat(a2.getSource()).isEqualTo("long.xlsx!Data!D4");
    }

    @Test
    void wideLayoutBelowATitleAndSettingsWithCensoringTimesAndDecimalCommas() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("nsf.xlsx"), "Scores", new Object[][] {
            {"Novelty-suppressed feeding, scored by J. Doe"},
            {"Session:", "NSF 24 h"},
            null,
            {"Mouse", "Latency to feed (s)", "Home cage food (g)"},
            {"A1", 600, "0,45"},
            {"A2", ">600", 0.5},
            {"B1", "245.5", "0.6 g"},
            {"B2", new Time(4, 5), "NA"}});
        ImportPlan plan = apply(f, study);
        assertThat(plan.summary()).isEqualTo("0 already present, 7 added");
        assertThat(plan.sheets().get(0).missingValues()).isEqualTo(1);
        assertThat(value(study, "NSF 24 h", "A1", "latency").isCensored()).isTrue();
        assertThat(value(study, "NSF 24 h", "A2", "latency").isCensored()).isTrue();
        assertThat(value(study, "NSF 24 h", "A2", "latency").getValue()).isEqualTo(600);
        assertThat(value(study, "NSF 24 h", "B1", "latency").isCensored()).isFalse();
        assertThat(value(study, "NSF 24 h", "B2", "latency").getValue()).isCloseTo(245, within(1e-6));
        assertThat(value(study, "NSF 24 h", "A1", "homeCageFood").getValue()).isEqualTo(0.45);
        assertThat(value(study, "NSF 24 h", "B1", "homeCageFood").getSource()).isEqualTo("nsf.xlsx!Scores!C7");
    }

    @Test
    void widePerTimepointUnderAMergedGroupHeader() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("w.xlsx"), "Weights", new Object[][] {
            {null, "Body weight (g)", null},
            {"Animal", "0 h", "1 wk"},
            {"A1", 20, 21},
            {"A2", 24, 25}}, new Merge(0, 0, 1, 2), new Merge(0, 1, 0, 0));
        assertThat(apply(f, study).summary()).isEqualTo("0 already present, 4 added");
        assertThat(value(study, "BW 1 wk", "A1", "weight").getValue()).isEqualTo(21);
        assertThat(value(study, "BW 0 h", "A2", "weight").getValue()).isEqualTo(24);
    }

    @Test
    void widePerTimepointWithTheTimepointInEachHeader() throws Exception {
        Path f = Workbooks.csv(dir.resolve("w.csv"), "Animal,Body weight 0h (g),Body weight 1 wk (kg)\n"
                + "A1,20,0.021\n");
        assertThat(apply(f, study).summary()).isEqualTo("0 already present, 2 added");
        assertThat(value(study, "BW 1 wk", "A1", "weight").getValue()).isCloseTo(21, within(1e-9));
    }

    @Test
    void summaryRowsBlankRowsAndFormulasGiveOnlyTheAnimals() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("s.xlsx"), "BW 0 h", new Object[][] {
            {"Group", "Animal", "Body weight (g)"},
            {"VEH", "A1", 20},
            {"VEH", "A2", new Formula("20+4")},
            {"Mean", null, new Formula("AVERAGE(C2:C3)")},
            {"SD", null, new Formula("STDEV(C2:C3)")},
            null,
            {"KET", "B1", 21},
            {"KET", "B2", 24},
            {null, "SEM", new Formula("STDEV(C7:C8)/SQRT(2)")},
            {null, null, new Formula("AVERAGE(C7:C8)")},
            null, null});
        ImportPlan plan = apply(f, study);
        SheetResult r = plan.sheets().get(0);
        assertThat(r.added()).isEqualTo(4);
        assertThat(r.summaryRows()).isEqualTo(4);
        assertThat(value(study, "BW 0 h", "A2", "weight").getValue()).isEqualTo(24);
    }

    @Test
    void unnamedIndexColumnAndNumbersStoredAsText() throws Exception {
        Path f = Workbooks.csv(dir.resolve("BW 0 h.csv"), ",Identifier,Body weight (g)\n0,A1,\"20.5\"\n1,A2, 24 \n");
        ImportPlan plan = apply(f, study);
        assertThat(plan.summary()).isEqualTo("0 already present, 2 added");
        assertThat(value(study, "BW 0 h", "A1", "weight").getSource()).isEqualTo("BW 0 h.csv!BW 0 h!C2");
    }

    @Test
    void semicolonCsvWithDecimalCommasAndUtf16WithBom() throws Exception {
        Path semi = Workbooks.csv(dir.resolve("BW 0 h.csv"), "sep=;\nAnimal;Body weight (g);Notes\nA1;20,5;"
                + "\"müde; ruhig\"\nA2;24,125;\n");
        apply(semi, study);
        assertThat(value(study, "BW 0 h", "A2", "weight").getValue()).isEqualTo(24.125);
        Path utf16 = dir.resolve("BW 1 wk.csv");
        byte[] text = "Animal\tBody weight (g)\tNotes\nA1\t21\tÄrger\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(utf16, withBom);
        apply(utf16, study);
        assertThat(value(study, "BW 1 wk", "A1", "weight").getValue()).isEqualTo(21);
    }

    @Test
    void mergedCellsDownTheDataAreSpread() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("m.xlsx"), "BW 0 h", new Object[][] {
            {"Arm", "Animal", "Body weight (g)"},
            {"KET", "A1", 20},
            {null, "A2", 24},
            {"KET", "B1", 21}}, new Merge(1, 2, 0, 0));
        ImportPlan plan = Imports.plan(f, study);
        assertThat(plan.problems()).extracting(Object::toString).containsExactly(
                f + ":BW 0 h!A2: animal A1 is in arm VEH, not in 'KET'",
                f + ":BW 0 h!A3: animal A2 is in arm VEH, not in 'KET'");
    }

    @Test
    void blankTrailingRowsWithFormattingAreIgnored() throws Exception {
        Path f = dir.resolve("t.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = Workbooks.fill(wb, "BW 0 h", new Object[][] {{"Animal", "Body weight (g)"}, {"A1", 20}});
            CellStyle yellow = wb.createCellStyle();
            yellow.setFillForegroundColor((short) 13);
            for (int r = 2; r < 500; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellStyle(yellow);
                row.createCell(1).setCellValue("");
            }
            Workbooks.save(wb, f);
        }
        assertThat(apply(f, study).sheets().get(0).rows()).isEqualTo(1);
    }

    @Test
    void datesAndTimesFromExcel() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("r.xlsx"), "FST 1 wk", new Object[][] {
            {"Animal", "Date of birth", "Sex", "Cage", "Latency to immobility (s)"},
            {"N1", LocalDate.of(2026, 1, 5), "F", "K3", new Time(1, 30)},
            {"N2", "2026-01-06", "female", "K3", "2:05"}});
        ImportPlan plan = apply(f, study, ImportMapping.AUTOMATIC, ImportOptions.DEFAULT.withCreate(true));
        assertThat(plan.created()).containsEntry("animal", 2);
        assertThat(value(study, "FST 1 wk", "N1", "latency").getValue()).isCloseTo(90, within(1e-6));
        assertThat(value(study, "FST 1 wk", "N2", "latency").getValue()).isCloseTo(125, within(1e-6));
        assertThat(value(study, "FST 1 wk", "N1", "latency").getAnimal().getDateOfBirth())
                .isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(value(study, "FST 1 wk", "N2", "latency").getAnimal().getCage().getLabel()).isEqualTo("K3");
    }

    @Test
    void anXlsWorkbookWithMergedHeadersAndFormulas() throws Exception {
        Path f = Workbooks.xls(dir.resolve("w.xls"), "Weights", new Object[][] {
            {null, "Body weight (g)", null},
            {"Animal", "0 h", "1 wk"},
            {"A1", 20, new Formula("B3+1")},
            {"Mean", new Formula("AVERAGE(B3:B3)"), null}}, new Merge(0, 0, 1, 2));
        ImportPlan plan = apply(f, study);
        assertThat(plan.summary()).isEqualTo("0 already present, 2 added");
        assertThat(value(study, "BW 1 wk", "A1", "weight").getValue()).isEqualTo(21);
    }

    @Test
    void blindCodesOfABlindedSessionMapBackToTheAnimals() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("b.xlsx"), "TST 24 h", new Object[][] {
            {"Blind code", "Immobility (s)"}, {"QX7", 101}, {"tu4", 99}});
        apply(f, study);
        assertThat(value(study, "TST 24 h", "A1", "immobility").getValue()).isEqualTo(101);
        assertThat(value(study, "TST 24 h", "B2", "immobility").getValue()).isEqualTo(99);
    }

    @Test
    void perCageAssaysTakeTheCage() throws Exception {
        Path f = Workbooks.xlsx(dir.resolve("spt.xlsx"), "SPT 24 h", new Object[][] {
            {"Cage", "Sucrose intake (g)", "Water intake (g)", "Sucrose preference (%)"},
            {"K1", 6.1, 2.0, 75.3}, {"K2", 5.0, 2.5, 66.7}});
        assertThat(apply(f, study).summary()).isEqualTo("0 already present, 6 added");
        assertThat(value(study, "SPT 24 h", "K2", "preference").getCage().getLabel()).isEqualTo("K2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Animal ID", "ANIMAL.ID", "animal_id", "Mouse", "Identifier", "Mouse No.", "Subject ID"})
    void animalColumnsGoByManyNames(String header) throws Exception {
        Path f = Workbooks.csv(dir.resolve("BW 0 h.csv"), "\"" + header + "\",Weight (g)\nA1,20\n");
        assertThat(apply(f, study).added()).isEqualTo(1);
    }

    @Test
    void everyRecognisableSheetIsImportedAndOthersAreLeftOut() throws Exception {
        Path f = dir.resolve("book.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.fill(wb, "Read me", new Object[][] {{"Weights of the first week"}, {"Scale: lab 2"}});
            Workbooks.fill(wb, "BW 0 h", new Object[][] {{"Animal", "Body weight (g)"}, {"A1", 20}});
            Workbooks.fill(wb, "BW 1 wk", new Object[][] {{"Animal", "Body weight (g)"}, {"A1", 21}});
            Workbooks.save(wb, f);
        }
        ImportPlan plan = apply(f, study);
        assertThat(plan.sheets()).extracting(SheetResult::sheet, SheetResult::imported, SheetResult::added)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Read me", false, 0),
                        org.assertj.core.groups.Tuple.tuple("BW 0 h", true, 1),
                        org.assertj.core.groups.Tuple.tuple("BW 1 wk", true, 1));
    }

    @Test
    void aMappingNamesColumnsUnitsFiltersAndValueReplacements() throws Exception {
        Path f = Workbooks.csv(dir.resolve("scale.csv"), "Tag,Grp,Wt,Day\nA1,ctrl,0.020,0\nA1,ctrl,0.022,7\n"
                + "B1,ket,0.021,0\n");
        ImportMapping m = ImportMapping.AUTOMATIC.withDefault(org.vivarium.io.excel.ColumnRole.ASSAY, "BW")
                .withColumn(ImportMapping.ColumnSpec.header("Tag", org.vivarium.io.excel.ColumnRole.ANIMAL))
                .withColumn(ImportMapping.ColumnSpec.header("Grp", org.vivarium.io.excel.ColumnRole.ARM)
                        .withValues(java.util.Map.of("ctrl", "VEH", "ket", "KET")))
                .withColumn(ImportMapping.ColumnSpec.measure("Wt", "BW.weight").withUnit("kg"))
                .withColumn(ImportMapping.ColumnSpec.header("Day", org.vivarium.io.excel.ColumnRole.TIMEPOINT)
                        .withUnit("d"))
                .withWhere("Day", List.of("0"));
        ImportPlan plan = apply(f, study, m, ImportOptions.DEFAULT);
        assertThat(plan.summary()).isEqualTo("0 already present, 2 added");
        assertThat(plan.sheets().get(0).filteredRows()).isEqualTo(1);
        assertThat(value(study, "BW 0 h", "B1", "weight").getValue()).isCloseTo(21, within(1e-9));
    }

    /** Excel for Mac's "CSV (Macintosh)" ends lines with a bare CR, also the last one (it crashed the reader). */
    @ParameterizedTest
    @ValueSource(strings = {"Animal,Body weight (g)\rA1,20\rA2,21.5\r", "Animal,Body weight (g)\rA1,20\rA2,21.5",
        "sep=;\rAnimal;Body weight (g)\rA1;20\rA2;21,5\r", "Animal,Body weight (g)\r\nA1,20\rA2,\"21.5\"\r",
        "Animal,Body weight (g)\rA1,20\r\rA2,21.5\r\r"})
    void csvWithBareCarriageReturnLineEnds(String text) throws Exception {
        Path f = Workbooks.csv(dir.resolve("BW 0 h.csv"), text);
        ImportPlan plan = apply(f, study);
        assertThat(plan.summary()).isEqualTo("0 already present, 2 added");
        assertThat(value(study, "BW 0 h", "A1", "weight").getValue()).isEqualTo(20);
        assertThat(value(study, "BW 0 h", "A2", "weight").getValue()).isEqualTo(21.5);
        assertThat(value(study, "BW 0 h", "A2", "weight").getSource()).endsWith("!" + (text.contains("\r\r") ? "B4"
                : "B3"));
    }

    /** Excel writes characters XML cannot hold as _xHHHH_ and shows them decoded; so are they read. */
    @Test
    void xlsxEscapedCharactersAreDecoded() throws Exception {
        Path f = Workbooks.raw(dir.resolve("x.xlsx"), "BW 0 h", Workbooks.sheetXml("<row r=\"1\">" + Workbooks.text(
                "A1", "Animal") + Workbooks.text("B1", "Body weight (g)") + "</row><row r=\"2\">" + Workbooks.text("A2",
                        "A_x0031_") + Workbooks.number("B2", "20") + "</row>"), "<?xml version=\"1.0\"?><sst xmlns="
                                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>x</t></si></sst>");
        assertThat(apply(f, study).summary()).isEqualTo("0 already present, 1 added");
        assertThat(value(study, "BW 0 h", "A1", "weight").getValue()).isEqualTo(20);
    }

    /** An .xls in the 1904 date system (old Mac Excel) gives the dates Excel shows, not dates 4 years early. */
    @Test
    void xlsDatesOfThe1904DateSystem() throws Exception {
        Path f = dir.resolve("r.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            ((org.apache.poi.hssf.record.DateWindow1904Record) wb.getInternalWorkbook().findFirstRecordBySid(
                    org.apache.poi.hssf.record.DateWindow1904Record.sid)).setWindowing((short) 1);
            Workbooks.fill(wb, "BW 0 h", new Object[][] {{"Animal", "Sex", "Date of birth", "Body weight (g)"},
                {"N1", "F", new Workbooks.DateNumber(46082 - 1462), 20}});
            Workbooks.save(wb, f);
        }
        Imports.apply(f, study, ImportMapping.AUTOMATIC, ImportOptions.DEFAULT.withCreate(true));
        assertThat(value(study, "BW 0 h", "N1", "weight").getAnimal().getDateOfBirth()).isEqualTo(LocalDate.of(2026,
                3, 1));
    }
}
