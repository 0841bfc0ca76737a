package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vivarium.core.allocation.AllocationPlan;
import org.vivarium.core.allocation.AllocationSettings;
import org.vivarium.core.allocation.Assignment;
import org.vivarium.core.allocation.Balance;
import org.vivarium.core.allocation.Blocking;
import org.vivarium.core.allocation.Randomiser;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.TreatmentArm;

/** Allocation algorithm version 1: balance, blocks, strata, cages, ratios and reproducibility. */
class RandomiserTest {

    private final AllocationFixture f = new AllocationFixture("VEH", "KET", "BCI", "KB");

    private static Map<Integer, List<Assignment>> blocks(List<Assignment> list) {
        return list.stream().collect(Collectors.groupingBy(Assignment::block, LinkedHashMap::new, Collectors
                .toList()));
    }

    private static Map<TreatmentArm, Long> perArm(List<Assignment> list) {
        return list.stream().collect(Collectors.groupingBy(Assignment::arm, Collectors.counting()));
    }

    @Test
    void everyCompleteBlockHoldsEachArmOnceAndEachStratumIsBalanced() throws Exception {
        Cohort c = f.cohort("24 h", 20, 5);
        AllocationPlan plan = f.plan(f.settings(c).withStrata(List.of("sex")).withBlocking(Blocking.FIXED, 4));
        List<Assignment> list = plan.assignments();
        assertThat(list).hasSize(40);
        assertThat(list).extracting(Assignment::animal).doesNotHaveDuplicates();
        for (List<Assignment> block : blocks(list).values()) {
            assertThat(block).hasSize(4);
            assertThat(block).extracting(Assignment::arm).containsExactlyInAnyOrderElementsOf(f.study.getArms());
            assertThat(block).extracting(Assignment::stratum).containsOnly(block.get(0).stratum());
            assertThat(block).extracting(a -> a.animal().getSex()).containsOnly(block.get(0).animal().getSex());
        }
        Balance balance = plan.balance();
        assertThat(balance.rows()).extracting(Balance.Row::stratum).containsExactly("female", "male");
        assertThat(balance.rows()).allSatisfy(r -> assertThat(r.animals()).containsExactly(5, 5, 5, 5));
        assertThat(balance.lines()).containsExactly(
                "stratum  VEH  KET  BCI  KB  total",
                "female     5    5    5   5     20",
                "male       5    5    5   5     20",
                "total     10   10   10  10     40");
    }

    @Test
    void anIncompleteLastBlockIsTheStartOfAShuffledBlock() throws Exception {
        Cohort c = f.cohort("C", 7, 7);
        AllocationPlan plan = f.plan(f.settings(c).withStrata(List.of("sex")).withBlocking(Blocking.FIXED, 4));
        Map<Integer, List<Assignment>> blocks = blocks(plan.assignments());
        assertThat(blocks.values()).extracting(List::size).containsExactly(4, 3, 4, 3);
        for (List<Assignment> block : blocks.values()) {
            assertThat(block).extracting(Assignment::arm).doesNotHaveDuplicates();
        }
    }

    @Test
    void randomBlockSizesAreMultiplesOfTheRatioAndEachCompleteBlockIsBalanced() throws Exception {
        Cohort c = f.cohort("C", 40, 5);
        AllocationPlan plan = f.plan(f.settings(c).withStrata(List.of("sex")).withBlocking(Blocking.RANDOM, 0));
        assertThat(plan.blockSizes()).containsExactly(4, 8);
        List<List<Assignment>> blocks = new ArrayList<>(blocks(plan.assignments()).values());
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            List<Assignment> block = blocks.get(i);
            boolean lastOfStratum = i == blocks.size() - 1 || !blocks.get(i + 1).get(0).stratum().equals(block.get(0)
                    .stratum());
            if (!lastOfStratum) {
                assertThat(block.size()).isIn(4, 8);
                perArm(block).values().forEach(n -> assertThat(n).isEqualTo(block.size() / 4));
                sizes.add(block.size());
            }
        }
        assertThat(sizes).as("both sizes are drawn").contains(4, 8);
        assertThat(f.plan(f.settings(c).withBlocking(Blocking.RANDOM, 16)).blockSizes()).containsExactly(4, 8, 12, 16);
    }

    @Test
    void ratioOneToTwoGivesTwiceTheAnimalsToTheSecondArmInEveryBlock() throws Exception {
        AllocationFixture two = new AllocationFixture("VEH", "KET");
        Cohort c = two.cohort("C", 12, 4);
        AllocationSettings s = two.settings(c).withRatio(List.of(1, 2));
        assertThat(s.blockSize()).as("the default block follows the ratio").isEqualTo(6);
        AllocationPlan plan = two.plan(s);
        for (List<Assignment> block : blocks(plan.assignments()).values()) {
            assertThat(perArm(block)).containsEntry(two.arm("VEH"), 2L).containsEntry(two.arm("KET"), 4L);
        }
        assertThat(plan.balance().total().animals()).containsExactly(8, 16);
    }

    @Test
    void simpleRandomisationDrawsEachUnitOnItsOwn() throws Exception {
        Cohort c = f.cohort("C", 200, 5);
        AllocationPlan plan = f.plan(f.settings(c).withBlocking(Blocking.NONE, 0));
        assertThat(plan.assignments()).extracting(Assignment::block).containsOnly(0);
        assertThat(plan.blockSizes()).isEmpty();
        assertThat(plan.balance().total().animals()).allSatisfy(n -> assertThat(n).isBetween(70, 130))
                .isNotEqualTo(List.of(100, 100, 100, 100));
    }

    @Test
    void wholeCagesAreNeverSplitAndCagesAreBalanced() throws Exception {
        Cohort c = f.cohort("C", 24, 3);
        AllocationPlan plan = f.plan(f.settings(c).withByCage(true).withStrata(List.of("sex")));
        assertThat(plan.assignments()).hasSize(48);
        for (Cage cage : c.getCages()) {
            assertThat(plan.assignments().stream().filter(a -> a.animal().getCage() == cage).map(Assignment::arm)
                    .distinct()).as(cage.getLabel()).hasSize(1);
        }
        assertThat(plan.balance().rows()).allSatisfy(r -> assertThat(r.cages()).containsExactly(2, 2, 2, 2));
        assertThat(plan.balance().total().animals()).containsExactly(12, 12, 12, 12);
        assertThat(plan.summaryLines().get(0)).isEqualTo("cohort C: 16 cages (48 animals) allocated as whole cages "
                + "to 4 arms (VEH, KET, BCI, KB; ratio 1:1:1:1)");
    }

    @Test
    void weightBandsSplitEachSexAtItsOwnRank() throws Exception {
        Cohort c = f.cohort("C", 16, 4);
        AllocationPlan plan = f.plan(f.settings(c).withStrata(List.of("sex", "weight")));
        assertThat(plan.balance().rows()).extracting(Balance.Row::stratum).containsExactly(
                "female, weight 1/2 (18.0-18.7 g)", "female, weight 2/2 (18.8-19.5 g)",
                "male, weight 1/2 (23.0-23.7 g)", "male, weight 2/2 (23.8-24.5 g)");
        assertThat(plan.balance().rows()).allSatisfy(r -> assertThat(r.animals()).containsExactly(2, 2, 2, 2));
        assertThat(plan.strata()).containsExactly("sex", "weight:2");
    }

    @Test
    void theSameSettingsAndSeedGiveTheSameAllocationAndAnotherSeedAnother() throws Exception {
        Cohort c = f.cohort("C", 20, 5);
        AllocationSettings s = f.settings(c).withStrata(List.of("sex", "weight:2")).withBlocking(Blocking.RANDOM, 0);
        List<String> first = describe(f.plan(s).assignments());
        assertThat(describe(f.plan(s).assignments())).isEqualTo(first);
        assertThat(describe(Randomiser.sequence(f.study, s, AllocationFixture.AT))).isEqualTo(first);
        assertThat(describe(f.plan(s.withSeed(20261207)).assignments())).isNotEqualTo(first);
        // the order of the animals in the file does not matter, only their ids
        org.eclipse.emf.common.util.ECollections.reverse(c.getAnimals());
        assertThat(describe(f.plan(s).assignments())).isEqualTo(first);
    }

    /**
     * The contract of algorithm version 1, computed once: any implementation claiming "permuted-blocks v1" must give
     * exactly these allocations for this study and seed.
     */
    @Test
    void pinnedAllocationsOfVersionOne() throws Exception {
        AllocationFixture two = new AllocationFixture("VEH", "KET");
        Cohort c = two.cohort("P", 0, 1);
        int[] order = {7, 2, 11, 5, 1, 10, 3, 12, 8, 4, 9, 6}; // file order differs from the natural order of ids
        for (int i : order) {
            Animal a = AllocationFixture.animal(c, "P-" + i, i % 2 == 0 ? Sex.MALE : Sex.FEMALE, 18 + (i * 7) % 5);
            String cage = "K" + (i + 1) / 2;
            a.setCage(c.getCages().stream().filter(k -> k.getLabel().equals(cage)).findFirst().orElseGet(
                    () -> org.vivarium.testing.TestStudies.cage(c, cage)));
        }
        AllocationSettings s = two.settings(c).withSeed(20261206);
        assertThat(describe(two.plan(s.withBlocking(Blocking.FIXED, 4)).assignments())).containsExactly(PINNED_FIXED);
        assertThat(describe(two.plan(s.withStrata(List.of("sex")).withBlocking(Blocking.RANDOM, 0)).assignments()))
                .containsExactly(PINNED_RANDOM_SEX);
        assertThat(describe(two.plan(s.withBlocking(Blocking.NONE, 0).withRatio(List.of(1, 2)).withSeed(7))
                .assignments())).containsExactly(PINNED_SIMPLE);
        assertThat(describe(two.plan(s.withByCage(true).withStrata(List.of("weight")).withBlocking(Blocking.FIXED, 2))
                .assignments())).containsExactly(PINNED_CAGES_WEIGHT);
    }

    private static final String[] PINNED_FIXED = {
            "P-1 VEH all 1", "P-2 KET all 1", "P-3 VEH all 1", "P-4 KET all 1", "P-5 KET all 2", "P-6 VEH all 2",
            "P-7 VEH all 2", "P-8 KET all 2", "P-9 VEH all 3", "P-10 KET all 3", "P-11 VEH all 3", "P-12 KET all 3"};
    private static final String[] PINNED_RANDOM_SEX = {
            "P-1 KET female 1", "P-3 VEH female 1", "P-5 VEH female 1", "P-7 KET female 1", "P-9 KET female 2",
            "P-11 VEH female 2", "P-2 VEH male 3", "P-4 KET male 3", "P-6 KET male 4", "P-8 KET male 4",
            "P-10 VEH male 4", "P-12 VEH male 4"};
    private static final String[] PINNED_SIMPLE = {
            "P-1 KET all 0", "P-2 VEH all 0", "P-3 VEH all 0", "P-4 KET all 0", "P-5 KET all 0", "P-6 KET all 0",
            "P-7 KET all 0", "P-8 VEH all 0", "P-9 KET all 0", "P-10 KET all 0", "P-11 VEH all 0", "P-12 KET all 0"};
    private static final String[] PINNED_CAGES_WEIGHT = {
            "P-3 VEH weight 1/2 (19.0-20.0 g) 1", "P-4 VEH weight 1/2 (19.0-20.0 g) 1",
            "P-5 KET weight 1/2 (19.0-20.0 g) 1", "P-6 KET weight 1/2 (19.0-20.0 g) 1",
            "P-9 VEH weight 1/2 (19.0-20.0 g) 2", "P-10 VEH weight 1/2 (19.0-20.0 g) 2",
            "P-1 VEH weight 2/2 (20.5-21.0 g) 3", "P-2 VEH weight 2/2 (20.5-21.0 g) 3",
            "P-7 KET weight 2/2 (20.5-21.0 g) 3", "P-8 KET weight 2/2 (20.5-21.0 g) 3",
            "P-11 KET weight 2/2 (20.5-21.0 g) 4", "P-12 KET weight 2/2 (20.5-21.0 g) 4"};

    /** "P-1 KET all 1" per assignment. */
    static List<String> describe(List<Assignment> list) {
        return list.stream().map(a -> a.animal().getId() + " " + a.arm().getCode() + " " + a.stratum() + " "
                + a.block()).toList();
    }
}
