package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.model.Study;

/**
 * Trial dates of behaviour exports (EthoVision "Start time" in the locale's order, ANY-maze "Date", BORIS
 * "Observation date") go to the plan as a lab sheet's Date column does when the import may create sessions: a session
 * created by the import (create option) gets the date, and an ambiguous slashed date is a problem rather than a
 * guess. Otherwise the date is not needed and not read (an American EthoVision export writes 10/5/2026); a named
 * session is not checked against the date (lab sheets do not either).
 */
class BehaviourDatesTest {

    @TempDir
    Path dir;

    private ImportPlan plan(Path in, Study study, String session, boolean create) throws Exception {
        ImportMapping mapping = new ImportMapping(null, null, true, Map.of(ColumnRole.SESSION, session,
                ColumnRole.ASSAY, "FST"), List.of(), Map.of(), Set.of());
        return BehaviourImport.open(in).plan(study, mapping, ImportOptions.DEFAULT.withCreate(create),
                new NullProgressMonitor());
    }

    @Test
    void aSessionCreatedByTheImportGetsTheTrialDateOfEachProgram() throws Exception {
        Path in = Files.createDirectories(dir.resolve("dates"));
        EthoVisionFiles german = new EthoVisionFiles("D1", i -> i > 4000 ? 1 : 0);
        german.german = true;
        german.startTime = "04.12.2026 09:15:00.000";
        german.text(in.resolve("d1.txt"), StandardCharsets.UTF_16LE, true, ";", true);
        Study study = ImportFixtures.study();
        ImportPlan plan = plan(in, study, "FST 9 wk", true);
        assertThat(plan.problems()).isEmpty();
        plan.applyTo(study);
        assertThat(Imports.session(study, "FST 9 wk").getDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 4));

        Path any = Files.createDirectories(dir.resolve("anymaze"));
        Files.writeString(any.resolve("results.csv"), "Test,Animal,Date,Time immobile (s)\n1,D2,12/28/2026,88\n");
        Study s2 = ImportFixtures.study();
        ImportPlan p2 = plan(any, s2, "FST 10 wk", true);
        assertThat(p2.problems()).isEmpty();
        p2.applyTo(s2);
        assertThat(Imports.session(s2, "FST 10 wk").getDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 28));

        Path boris = Files.createDirectories(dir.resolve("boris"));
        BehaviourLayoutsTest.write(boris.resolve("ev.xlsx"), List.of("Observation id\tObservation date\tMouse ID\t"
                + "Subject\tBehavior\tBehavior type\tTime", "obs1\t2026-12-03\tD1\t\tImmobility\tSTART\t130",
                "obs1\t2026-12-03\tD1\t\tImmobility\tSTOP\t150"));
        Study s3 = ImportFixtures.study();
        ImportPlan p3 = plan(boris, s3, "FST 11 wk", true);
        assertThat(p3.problems()).isEmpty();
        p3.applyTo(s3);
        assertThat(Imports.session(s3, "FST 11 wk").getDate().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void anAmbiguousSlashedStartTimeIsAProblemOnlyWhenItWouldDateANewSession() throws Exception {
        Path in = Files.createDirectories(dir.resolve("ambiguous"));
        EthoVisionFiles us = new EthoVisionFiles("D1", i -> i > 4000 ? 1 : 0);
        us.startTime = "12/5/2026 10:31:09 AM";
        us.text(in.resolve("d1.txt"), StandardCharsets.UTF_8, false, ";", true);
        Study study = ImportFixtures.study();
        ImportPlan plan = plan(in, study, "FST 9 wk", true);
        assertThat(plan.problems()).extracting(ImportProblem::toString).containsExactly(in.resolve("d1.txt")
                + ":d1!B8: '12/5/2026' is ambiguous (day/month or month/day?); write the date as 2026-MM-DD");
        assertThat(Imports.session(study, "FST 1 wk").getMeasurements()).isEmpty();

        ImportPlan existing = plan(in, study, "FST 1 wk", false);
        assertThat(existing.problems()).isEmpty();
        assertThat(existing.added()).isEqualTo(2);

        us.startTime = "12/25/2026 10:31:09 AM";
        us.text(in.resolve("d1.txt"), StandardCharsets.UTF_8, false, ";", true);
        assertThat(plan(in, study, "FST 9 wk", true).problems()).isEmpty();
    }
}
