package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.SpreadsheetImport;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;
import org.vivarium.ui.handlers.StudyExports;
import org.vivarium.ui.session.StudySessions;

/** File > Export Measurements and Write Entry Template on the demo study open in the workbench. */
class StudyExportsUITest {

    @TempDir
    Path dir;

    @Test
    void exportedMeasurementsAreEveryValueOfTheStudyAndImportBackAsPresent() throws Exception {
        Study study = StudySessions.current().study();
        long values = Studies.sessions(study).stream().mapToLong(s -> s.getMeasurements().size()).sum();
        Path csv = dir.resolve("demo-measurements.csv");
        assertThat(StudyExports.exportMeasurements(study, csv)).isEqualTo(String.format("%,d measurements", values));
        assertThat(Files.readAllLines(csv)).hasSize((int) values + 1).first().asString().startsWith("Animal,Cage,");
        try (SpreadsheetImport in = SpreadsheetImport.open(csv)) {
            assertThat(in.plan(study, ImportMapping.AUTOMATIC, ImportOptions.DEFAULT, new NullProgressMonitor())
                    .summary()).isEqualTo(String.format("%,d already present, 0 added", values));
        }
        assertThatThrownBy(() -> StudyExports.exportMeasurements(study, dir.resolve("x.ods")))
                .isInstanceOf(IOException.class).hasMessageContaining(".xlsx or .csv");
        assertThat(dir.resolve("x.ods")).doesNotExist();
    }

    @Test
    void anEntryTemplateHasASheetPerSessionOfTheAssayWithBlindCodesWhenBlinded() throws Exception {
        Study study = StudySessions.current().study();
        long fstSessions = Studies.findAssay(study, "FST").getSessions().size();
        Path xlsx = dir.resolve("fst.xlsx");
        assertThat(StudyExports.writeTemplate(study, "FST", xlsx)).isEqualTo(fstSessions + " entry sheets");
        AssaySession blinded = Studies.findAssay(study, "FST").getSessions().stream().filter(AssaySession::isBlinded)
                .findFirst().orElseThrow();
        try (SpreadsheetImport in = SpreadsheetImport.open(xlsx)) {
            assertThat(in.sheets()).hasSize((int) fstSessions).contains(blinded.getName());
            var layout = in.detect(blinded.getName(), study, ImportMapping.AUTOMATIC);
            assertThat(layout.problems()).isEmpty();
        }
        assertThatThrownBy(() -> StudyExports.writeTemplate(study, "EPM", dir.resolve("epm.xlsx")))
                .isInstanceOf(IOException.class).hasMessageContaining("no sessions of EPM");
        assertThat(StudyExports.assaysWithSessions(study)).extracting(a -> a.getCode()).contains("FST", "NSF", "SPT")
                .doesNotContain("EPM");
    }
}
