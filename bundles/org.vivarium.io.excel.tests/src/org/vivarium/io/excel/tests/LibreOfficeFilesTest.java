package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.SheetResult;
import org.vivarium.io.excel.SpreadsheetImport;
import org.vivarium.model.Study;

/** Workbooks written by LibreOffice Calc (see fixtures/libreoffice/README.md). */
class LibreOfficeFilesTest {

    @TempDir
    Path dir;

    private final Study study = ImportFixtures.study();

    /** A fixture of this test bundle, copied into the temporary folder. */
    private Path fixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/libreoffice/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"weights.xlsx", "weights.xls"})
    void weightsUnderAMergedHeaderWithFormulasAndSummaryRows(String name) throws Exception {
        ImportPlan plan = Imports.apply(fixture(name), study);
        assertThat(plan.summary()).isEqualTo("0 already present, 8 added");
        SheetResult r = plan.sheets().get(0);
        assertThat(r.summaryRows()).isEqualTo(2);
        assertThat(Imports.value(study, "BW 1 wk", "A2", "weight").getValue()).isEqualTo(24.5);
        assertThat(Imports.value(study, "BW 1 wk", "B1", "weight").getValue()).isEqualTo(22);
        assertThat(Imports.value(study, "BW 0 h", "B2", "weight").getSource()).isEqualTo(name + "!Weights!B9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nsf.xlsx", "nsf.xls"})
    void latenciesAsTimesAndCensoredValues(String name) throws Exception {
        ImportPlan plan = Imports.apply(fixture(name), study);
        assertThat(plan.summary()).isEqualTo("0 already present, 7 added");
        assertThat(plan.sheets()).extracting(SheetResult::imported).containsExactly(true, false);
        assertThat(Imports.value(study, "NSF 24 h", "A1", "latency").getValue()).isCloseTo(245, within(1e-6));
        assertThat(Imports.value(study, "NSF 24 h", "A2", "latency").isCensored()).isTrue();
        assertThat(Imports.value(study, "NSF 24 h", "B1", "latency").isCensored()).isTrue();
        assertThat(Imports.value(study, "NSF 24 h", "B2", "latency").isCensored()).isFalse();
        assertThat(Imports.value(study, "NSF 24 h", "B1", "homeCageFood").getValue()).isEqualTo(0.61);
    }

    @Test
    void aTemplateFilledAndSavedByLibreOfficeImportsWithoutProblems() throws Exception {
        ImportPlan plan = Imports.apply(fixture("template.xlsx"), study);
        assertThat(plan.summary()).isEqualTo("0 already present, 4 added");
        assertThat(Imports.value(study, "TST 24 h", "B1", "immobility").getValue()).isEqualTo(112);
    }

    @Test
    void anOpenDocumentSpreadsheetIsRefusedWithAMessage() throws Exception {
        Path ods = fixture("weights.ods");
        assertThatThrownBy(() -> SpreadsheetImport.open(ods)).isInstanceOf(ImportException.class).hasMessage(ods
                + ": an OpenDocument spreadsheet (.ods), which Vivarium does not read; open it in LibreOffice and save "
                + "it as .xlsx (File > Save As > Excel 2007-365)");
    }
}
