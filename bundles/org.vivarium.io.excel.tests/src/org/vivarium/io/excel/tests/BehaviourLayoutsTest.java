package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.io.excel.behaviour.ExportKind;
import org.vivarium.model.Study;

/**
 * The behaviour-export layouts beyond raw tracks (synthetic look-alikes written here): BORIS aggregated events and
 * events as xlsx/csv/tsv, ezTrack batch summaries, ANY-maze time series, EthoVision XT statistics. Expected values
 * are computed here from the bouts, bins and samples the test writes; a bad cell gives one line and nothing.
 */
class BehaviourLayoutsTest {

    @TempDir
    Path dir;

    static ImportMapping session(String name) {
        return new ImportMapping(null, null, true, Map.of(ColumnRole.SESSION, name), List.of(), Map.of(), Set.of());
    }

    static ImportPlan plan(Path input, Study study, ImportMapping mapping) throws ImportException {
        return BehaviourImport.open(input).plan(study, mapping, ImportOptions.DEFAULT, new NullProgressMonitor());
    }

    static ImportPlan apply(Path input, Study study, ImportMapping mapping) throws ImportException {
        ImportPlan plan = plan(input, study, mapping);
        assertThat(plan.problems()).as("problems").isEmpty();
        plan.applyTo(study);
        return plan;
    }

    /** The part of the bout [from, to) inside [wFrom, wTo). */
    static double clip(double from, double to, double wFrom, double wTo) {
        return Math.max(0, Math.min(to, wTo) - Math.max(from, wFrom));
    }

    /** Tab-separated lines as cells: numbers as numbers, ISO dates as dates (for xlsx), the rest as text. */
    static Object[][] cells(List<String> lines) {
        Object[][] rows = new Object[lines.size()][];
        for (int i = 0; i < rows.length; i++) {
            String[] f = lines.get(i).split("\t", -1);
            rows[i] = new Object[f.length];
            for (int c = 0; c < f.length; c++) {
                String t = f[c];
                rows[i][c] = t.isEmpty() ? null : t.matches("-?\\d+(\\.\\d+)?") ? (Object) Double.valueOf(t)
                        : t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : t;
            }
        }
        return rows;
    }

    /** Writes tab-separated lines as .tsv, .csv (commas) or .xlsx. */
    static Path write(Path file, List<String> lines) throws Exception {
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            return Workbooks.xlsx(file, "Sheet1", cells(lines));
        }
        String sep = name.endsWith(".csv") ? "," : "\t";
        Files.writeString(file, String.join("\n", lines.stream().map(l -> l.replace("\t", sep)).toList()) + "\n");
        return file;
    }

    // ---------------------------------------------------------------- BORIS

    /** Bouts of immobility per animal (start, stop), and one point event. */
    private static final double[][] D1_BOUTS = {{100, 150}, {200, 260}, {350, 400}};
    private static final double[][] D2_BOUTS = {{20, 130}, {300, 301.5}};

    static double immobile(double[][] bouts, double from, double to) {
        double sum = 0;
        for (double[] b : bouts) {
            sum += clip(b[0], b[1], from, to);
        }
        return sum;
    }

    private static List<String> aggregated(boolean withType) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Observation id\tObservation date\tDescription\tMedia duration (s)\tFPS\tMouse ID\tSubject\t"
                + "Behavior\tBehavioral category\tModifiers\t" + (withType ? "Behavior type\t" : "")
                + "Start (s)\tStop (s)\tDuration (s)\tComment start\tComment stop");
        String[] animals = {"D1", "D2"};
        double[][][] bouts = {D1_BOUTS, D2_BOUTS};
        for (int a = 0; a < 2; a++) {
            for (double[] b : bouts[a]) {
                lines.add("obs" + (a + 1) + "\t2026-12-05\t\t360\t25\t" + animals[a] + "\tNo focal subject\t"
                        + "Immobility\t\t\t" + (withType ? "STATE\t" : "") + b[0] + "\t" + b[1] + "\t" + (b[1] - b[0])
                        + "\t\t");
            }
            lines.add("obs" + (a + 1) + "\t2026-12-05\t\t360\t25\t" + animals[a] + "\tNo focal subject\tClimbing\t\t\t"
                    + (withType ? "POINT\t" : "") + "130.0\t130.0\tNA\t\t");
        }
        return lines;
    }

    @Test
    void borisAggregatedEventsAreClippedToTheWindowInTsvCsvAndXlsx() throws Exception {
        for (String name : new String[] {"agg.tsv", "agg.csv", "agg.xlsx"}) {
            Path in = Files.createDirectories(dir.resolve(name.replace('.', '-')));
            write(in.resolve(name), aggregated(!name.endsWith(".csv")));
            Study study = ImportFixtures.study();
            BehaviourImport behaviour = BehaviourImport.open(in);
            ImportPlan plan = behaviour.plan(study, session("FST 1 wk"), ImportOptions.DEFAULT,
                    new NullProgressMonitor());
            assertThat(plan.problems()).as(name).isEmpty();
            plan.applyTo(study);
            assertThat(behaviour.recognised()).containsValue(ExportKind.BORIS_AGGREGATED);
            assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).as(name).isCloseTo(immobile(
                    D1_BOUTS, 120, 360), within(1e-9));
            assertThat(Imports.value(study, "FST 1 wk", "D2", "immobility").getValue()).as(name).isCloseTo(immobile(
                    D2_BOUTS, 120, 360), within(1e-9));
            assertThat(Imports.value(study, "FST 1 wk", "D1", "latency").getValue()).isEqualTo(100.0);
            assertThat(Imports.value(study, "FST 1 wk", "D2", "latency").getValue()).isEqualTo(20.0);
            assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getSource()).isEqualTo(name + "!"
                    + (name.endsWith(".xlsx") ? "Sheet1" : "agg") + "!obs1/No focal subject");
            assertThat(Imports.session(study, "FST 1 wk").getScoring()).contains("BORIS aggregated events: duration "
                    + "of 'Immobility' in 120-360 s of trial time");
            assertThat(behaviour.notes()).anySatisfy(n -> assertThat(n).contains("Climbing"));
        }
    }

    @Test
    void aBadBoutTimeIsOneLineAndNothingIsImported() throws Exception {
        List<String> lines = new java.util.ArrayList<>(aggregated(true));
        lines.set(2, lines.get(2).replace("\t200.0\t", "\t2OO\t"));
        Path in = Files.createDirectories(dir.resolve("bad"));
        write(in.resolve("agg.tsv"), lines);
        Study study = ImportFixtures.study();
        ImportPlan plan = plan(in, study, session("FST 1 wk"));
        assertThat(plan.problems()).extracting(ImportProblem::toString).containsExactly(in.resolve("agg.tsv")
                + ":agg!L3: '2OO' is not a number");
        assertThat(plan.added()).isZero();
        assertThat(Imports.session(study, "FST 1 wk").getMeasurements()).isEmpty();
    }

    @Test
    void borisEventsAsXlsxAndCsvGiveTheSameAsTsv() throws Exception {
        List<String> events = List.of(
                "Observation id\tObservation date\tDescription\tMouse ID\tSubject\tBehavior\tBehavioral category\t"
                        + "Behavior type\tTime",
                "obs1\t2026-12-05\t\tD1\tNo focal subject\tImmobility\t\tSTART\t100.0",
                "obs1\t2026-12-05\t\tD1\tNo focal subject\tImmobility\t\tSTOP\t150.0",
                "obs1\t2026-12-05\t\tD1\tNo focal subject\tImmobility\t\tSTART\t350.0",
                "obs1\t2026-12-05\t\tD1\tNo focal subject\tImmobility\t\tSTOP\t400.0");
        for (String name : new String[] {"ev.tsv", "ev.csv", "ev.xlsx"}) {
            Path in = Files.createDirectories(dir.resolve(name.replace('.', '-')));
            write(in.resolve(name), events);
            Study study = ImportFixtures.study();
            apply(in, study, session("FST 1 wk"));
            assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).as(name).isCloseTo(immobile(
                    new double[][] {{100, 150}, {350, 400}}, 120, 360), within(1e-9));
            assertThat(Imports.value(study, "FST 1 wk", "D1", "latency").getValue()).as(name).isEqualTo(100.0);
        }
    }

    @Test
    void aBorisWorkbookWithASheetPerObservationIsReadWhole() throws Exception {
        String head = "Observation id\tObservation date\tMouse ID\tSubject\tBehavior\tBehavior type\tTime";
        Path in = Files.createDirectories(dir.resolve("sheets"));
        try (org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Workbooks.fill(wb, "obs1", cells(List.of(head, "obs1\t2026-12-05\tD1\t\tImmobility\tSTART\t130",
                    "obs1\t2026-12-05\tD1\t\tImmobility\tSTOP\t170")));
            Workbooks.fill(wb, "obs2", cells(List.of(head, "obs2\t2026-12-05\tD2\t\tImmobility\tSTART\t100",
                    "obs2\t2026-12-05\tD2\t\tImmobility\tSTOP\t125")));
            Workbooks.save(wb, in.resolve("events.xlsx"));
        }
        Study study = ImportFixtures.study();
        apply(in, study, session("FST 1 wk"));
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getValue()).isEqualTo(40.0);
        assertThat(Imports.value(study, "FST 1 wk", "D2", "immobility").getValue()).isEqualTo(clip(100, 125, 120,
                360));
        assertThat(Imports.value(study, "FST 1 wk", "D2", "immobility").getSource()).isEqualTo("events.xlsx!obs2!obs2");
    }

    @Test
    void aBorisTimeBudgetIsRefusedSayingWhatToExport() throws Exception {
        Path in = Files.createDirectories(dir.resolve("budget"));
        write(in.resolve("budget.tsv"), List.of("Observation id\tSubject\tBehavior\tBehavior type\tTotal number of "
                + "occurences\tTotal duration (s)\tDuration mean (s)", "obs1\tD1\tImmobility\tSTATE\t3\t110\t36.7"));
        ImportPlan plan = plan(in, ImportFixtures.study(), session("FST 1 wk"));
        assertThat(plan.problems()).extracting(ImportProblem::toString).containsExactly(in.resolve("budget.tsv")
                + ": a BORIS time budget holds each behaviour's total over the exported interval, which the file does "
                + "not say, so the analysis window cannot be applied; not imported (export the events instead: "
                + "Observations > Export events, or Export aggregated events)");
    }
}
