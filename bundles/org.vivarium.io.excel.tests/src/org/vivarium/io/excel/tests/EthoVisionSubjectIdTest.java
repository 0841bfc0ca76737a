package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
 * EthoVision XT writes its own 0-based "Subject ID" above the user-defined independent variables: the animal is the
 * independent variable ("Mouse ID"), not that id - unless a mapping says so.
 */
class EthoVisionSubjectIdTest {

    @TempDir
    Path dir;

    private static ImportMapping mapping(List<ImportMapping.ColumnSpec> columns) {
        return new ImportMapping(null, null, true, Map.of(ColumnRole.SESSION, "FST 1 wk"), columns, Map.of(),
                Set.of());
    }

    private Path export() throws Exception {
        int[] d1 = EthoVisionFiles.bouts(5, 9001);
        EthoVisionFiles f = new EthoVisionFiles("0", i -> d1[i]);
        f.animalKey = "Subject ID:";
        f.extra.add(new String[] {"Mouse ID", "D1"});
        return f.xlsx(dir.resolve("trial 1.xlsx"));
    }

    @Test
    void theMouseIdIsTheAnimalNotEthoVisionsSubjectId() throws Exception {
        Path file = export();
        Study study = ImportFixtures.study();
        ImportPlan plan = BehaviourImport.open(file).plan(study, mapping(List.of()), ImportOptions.DEFAULT,
                new NullProgressMonitor());
        assertThat(plan.problems()).isEmpty();
        plan.applyTo(study);
        assertThat(Imports.value(study, "FST 1 wk", "D1", "immobility").getSource()).isEqualTo("trial 1.xlsx!"
                + "Track-Arena 1-Subject 1!Trial 1, Arena 1, Subject 1");
    }

    @Test
    void aMappingMayStillNameTheSubjectIdAsTheAnimal() throws Exception {
        Path file = export();
        ImportPlan plan = BehaviourImport.open(file).plan(ImportFixtures.study(), mapping(List.of(ImportMapping
                .ColumnSpec.header("Subject ID", ColumnRole.ANIMAL))), ImportOptions.DEFAULT,
                new NullProgressMonitor());
        assertThat(plan.problems()).extracting(ImportProblem::message).anySatisfy(m -> assertThat(m).contains(
                "unknown animal '0'"));
    }
}
