package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.io.excel.ColumnLayout;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportMapping.ColumnSpec;
import org.vivarium.io.excel.ImportMapping.NewMeasure;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.MappingFiles;
import org.vivarium.io.excel.SheetLayout;
import org.vivarium.io.excel.SpreadsheetImport;
import org.vivarium.model.Study;

/** Mapping files: what the wizard saves is what the command line reads. */
class MappingFilesTest {

    @TempDir
    Path dir;

    @Test
    void everySettingSurvivesWritingAndReading() throws Exception {
        ImportMapping m = new ImportMapping("Scores", 4, false, Map.of(ColumnRole.ASSAY, "NSF", ColumnRole.SEX, "F"),
                List.of(ColumnSpec.header("Mouse", ColumnRole.ANIMAL),
                        ColumnSpec.measure("Lat", "NSF.latency").withUnit("min").withTimepoint("24 h"),
                        new ColumnSpec(null, "F", ColumnRole.MEASURE, "NSF.eaten", "g", null, "NSF 24 h",
                                new NewMeasure("Eaten", "g", 0.0, 10.0, null), Map.of()),
                        ColumnSpec.header("Group", ColumnRole.ARM).withValues(Map.of("ctrl", "VEH"))),
                Map.of("Interval", List.of("2 to 6")), Set.of("n.d."));
        Path file = dir.resolve("m.json");
        MappingFiles.write(file, m);
        assertThat(MappingFiles.read(file)).isEqualTo(m);
        assertThat(Files.readString(file)).startsWith("{\n  \"format\": \"vivarium-import-mapping\",\n"
                + "  \"version\": 1,");
    }

    @Test
    void theDetectedLayoutSavedAsAMappingImportsTheSame() throws Exception {
        Study study = ImportFixtures.study();
        Path f = Workbooks.xlsx(dir.resolve("w.xlsx"), "Weights", new Object[][] {
            {"Animal", "Body weight 0 h (g)", "Body weight 1 wk (kg)", "Comment"}, {"A1", 20, 0.021, "ok"}});
        try (SpreadsheetImport in = SpreadsheetImport.open(f)) {
            SheetLayout layout = in.detect("Weights", study, ImportMapping.AUTOMATIC);
            assertThat(layout.columns()).extracting(ColumnLayout::target).containsExactly("animal",
                    "BW weight at 0 h, written in g", "BW weight at 1 wk, written in kg", "not imported");
            Path file = dir.resolve("weights.json");
            MappingFiles.write(file, layout.toMapping(ImportMapping.AUTOMATIC));
            ImportMapping saved = MappingFiles.read(file);
            assertThat(saved.autoDetect()).isFalse();
            assertThat(saved.columns()).hasSize(4);
            assertThat(Imports.plan(f, study, saved, ImportOptions.DEFAULT).summary())
                    .isEqualTo(Imports.plan(f, study).summary()).isEqualTo("0 already present, 2 added");
        }
    }

    @Test
    void theReadmeExampleIsValid() throws Exception {
        Path file = Workbooks.csv(dir.resolve("readme.json"), README_EXAMPLE);
        ImportMapping m = MappingFiles.read(file);
        assertThat(m.defaults()).containsEntry(ColumnRole.ASSAY, "FST").containsEntry(ColumnRole.SEX, "female");
        assertThat(m.columns()).extracting(ColumnSpec::role).containsExactly(ColumnRole.ANIMAL, ColumnRole.IGNORE,
                ColumnRole.ARM, ColumnRole.MEASURE);
    }

    /** The example of the README's "Import mapping files" section, word for word. */
    static final String README_EXAMPLE = """
            {
              "format": "vivarium-import-mapping",
              "version": 1,
              "sheet": "FST",
              "headerRow": 1,
              "defaults": { "assay": "FST", "sex": "female" },
              "columns": [
                { "header": "ANIMAL.ID", "role": "animal" },
                { "header": "BATCH", "role": "ignore" },
                { "header": "TREATMENT", "role": "arm", "values": { "Control": "SHAM" } },
                { "header": "PctImb", "measure": "FST.immobilityPct", "unit": "%",
                  "create": { "label": "Immobility", "unit": "%", "minimum": 0, "maximum": 100 } }
              ],
              "where": { "Interval [minutes]": ["2 to 6"] },
              "missing": ["n.d.", "lost"]
            }
            """;
}
