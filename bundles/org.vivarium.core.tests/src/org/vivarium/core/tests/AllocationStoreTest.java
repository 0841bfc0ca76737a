package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.allocation.ArriveText;
import org.vivarium.core.allocation.Randomiser;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.model.AllocationEntry;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/** Allocation records survive saving and opening the study again. */
class AllocationStoreTest {

    @TempDir
    Path dir;

    @Test
    void recordsCodesAndTheBlindingLogReadBack() throws Exception {
        AllocationFixture f = new AllocationFixture("VEH", "KET", "BCI");
        Cohort c = f.cohort("C", 8, 4);
        f.apply(f.settings(c).withStrata(List.of("sex")).withRatio(List.of(1, 1, 2)).withBlocking(
                org.vivarium.core.allocation.Blocking.RANDOM, 0));
        AllocationRecord original = f.study.getAllocations().get(0);
        assertThat(original.getRatio()).containsExactly(1, 1, 2);
        FolderStudyStore store = new FolderStudyStore(dir);
        try (OpenStudy open = store.create("a.vivarium", f.study)) {
            // created and saved
        }
        ReadStudy read = store.read("a.vivarium");
        Study back = read.study();
        AllocationRecord r = back.getAllocations().get(0);
        assertThat(r.getRatio()).containsExactly(1, 1, 2);
        assertThat(r.getBlockSizes()).containsExactly(4, 8);
        assertThat(r.getStrata()).containsExactly("sex");
        assertThat(r.getCohort()).isSameAs(back.getCohorts().get(0));
        assertThat(r.getArms()).containsExactlyElementsOf(back.getArms());
        assertThat(r.getEntries()).hasSize(16).allSatisfy(e -> assertThat(e.getArm()).isSameAs(e.getAnimal()
                .getArm()));
        assertThat(r.getEntries()).extracting(e -> e.getAnimal().getId() + " " + e.getArm().getCode() + " "
                + e.getBlindCode() + " " + e.getBlock() + " " + e.getStratum()).containsExactlyElementsOf(original
                        .getEntries().stream().map(e -> e.getAnimal().getId() + " " + e.getArm().getCode() + " "
                                + e.getBlindCode() + " " + e.getBlock() + " " + e.getStratum()).toList());
        assertThat(back.getBlindingLog()).hasSize(1);
        assertThat(back.getRandomisationMethod()).isEqualTo(ArriveText.randomisation(back)).contains("ratio 1:1:2");
        assertThat(Randomiser.sequence(back, Randomiser.settingsOf(r), r.getGeneratedAt())).extracting(
                a -> a.arm().getCode()).containsExactlyElementsOf(r.getEntries().stream().map(
                        (AllocationEntry e) -> e.getArm().getCode()).toList());
    }
}
