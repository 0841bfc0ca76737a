package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.BlindingEventKind;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

/** The randomise command as a user runs it: output, the study file written (or left byte for byte), exit codes. */
class RandomiseCommandTest {

    @TempDir
    Path dir;

    private Path demo(String name) {
        return CliRun.demo(dir.resolve(name));
    }

    private Study read(Path file) throws Exception {
        return FolderStudyStore.containing(file).read(FolderStudyStore.nameOf(file)).study();
    }

    /** A study with arms A and B and cohort C: 4 females, 4 males, in 4 same-sex cages of 2, weighed, no arms. */
    private Path small(String name, Consumer<Cohort> change) throws Exception {
        Study study = Studies.newStudy(name, "Small");
        var saline = TestStudies.compound(study, "Saline", true, 0);
        TestStudies.arm(study, "A", true, saline, 0, 10);
        TestStudies.arm(study, "B", false, saline, 0, 10);
        Cohort c = VivariumFactory.eINSTANCE.createCohort();
        c.setName("C");
        c.setSex(Sex.MIXED);
        study.getCohorts().add(c);
        for (int i = 1; i <= 8; i++) {
            Cage cage = i % 2 == 1 ? TestStudies.cage(c, "K" + (i + 1) / 2) : c.getCages().get(c.getCages().size() - 1);
            Animal a = VivariumFactory.eINSTANCE.createAnimal();
            a.setId("C-" + i);
            a.setSex(i <= 4 ? Sex.FEMALE : Sex.MALE);
            a.setCage(cage);
            BodyWeight w = VivariumFactory.eINSTANCE.createBodyWeight();
            w.setMeasuredAt(TestStudies.ANCHOR);
            w.setWeightGrams(20 + i);
            a.getBodyWeights().add(w);
            c.getAnimals().add(a);
        }
        change.accept(c);
        Path file = dir.resolve(name);
        try (OpenStudy created = new FolderStudyStore(dir).create(name, study)) {
            return file;
        }
    }

    @Test
    void randomisesACohortPrintsTheBalanceAndRecordsIt() throws Exception {
        Path study = demo("d.vivarium");
        java.util.Map<String, String> armsBefore = new java.util.HashMap<>();
        read(study).getCohorts().get(0).getAnimals().forEach(a -> armsBefore.put(a.getId(), a.getArm().getCode()));
        CliRun run = CliRun.of("randomise", study.toString(), "--cohort", "1 h", "--strata", "sex", "--seed",
                "20261206", "--reason", "the demo's allocation is replaced by a recorded one");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("cohort 1 h: 80 animals allocated to 4 arms (VEH+VEH, KET+VEH, VEH+BCI, "
                + "KET+BCI; ratio 1:1:1:1)");
        assertThat(lines).contains("method: stratified permuted-block randomisation (strata: sex; block size 4); "
                + "permuted-blocks v1, seed 20261206", "80 new blind codes", "balance (animals per arm):",
                "  stratum  VEH+VEH  KET+VEH  VEH+BCI  KET+BCI  total",
                "  female        10       10       10       10     40",
                "  male          10       10       10       10     40",
                "  total         20       20       20       20     80");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("wrote " + study + ": allocation 1 of cohort 1 h recorded");
        assertThat(run.out()).doesNotContain("drawn at random");

        Study back = read(study);
        AllocationRecord r = back.getAllocations().get(0);
        assertThat(r.getCohort().getName()).isEqualTo("1 h");
        assertThat(r.getSeed()).isEqualTo(20261206L);
        assertThat(r.getRatio()).containsExactly(1, 1, 1, 1);
        assertThat(r.getReason()).isEqualTo("the demo's allocation is replaced by a recorded one");
        assertThat(r.getEntries()).hasSize(80).allSatisfy(e -> {
            assertThat(e.getAnimal().getArm()).isSameAs(e.getArm());
            assertThat(e.getAnimal().getBlindCode()).isEqualTo(e.getBlindCode());
            assertThat(e.getAnimal().getDosingEvents()).allSatisfy(d -> assertThat(d.getRegimen().eContainer())
                    .isSameAs(e.getArm()));
        });
        long moved = r.getEntries().stream().filter(e -> !e.getArm().getCode().equals(armsBefore.get(e.getAnimal()
                .getId()))).count();
        assertThat(moved).isPositive();
        assertThat(lines).contains(moved + " animals change arm");
        assertThat(back.getBlindingLog()).singleElement().satisfies(e -> assertThat(e.getKind()).isEqualTo(
                BlindingEventKind.CODES_REGENERATED));
        assertThat(back.getRandomisationMethod()).startsWith("Animals of cohort 1 h (n = 80) were allocated to 4 arms "
                + "(VEH+VEH, KET+VEH, VEH+BCI, KET+BCI; ratio 1:1:1:1) by stratified permuted-block randomisation "
                + "(strata: sex; block size 4) generated by Vivarium (permuted-blocks v1, seed 20261206) on ")
                .endsWith(", replacing an earlier allocation (reason: the demo's allocation is replaced by a recorded "
                        + "one).");
        assertThat(CliRun.of("validate", study.toString()).code()).as("still a valid study").isZero();

        // the same study and seed elsewhere give the same allocation
        Path other = demo("e.vivarium");
        assertThat(CliRun.of("randomise", other.toString(), "--cohort", "1 h", "--strata", "sex", "--seed",
                "20261206", "--reason", "again").code()).isZero();
        assertThat(read(other).getAllocations().get(0).getEntries()).extracting(e -> e.getAnimal().getId() + " "
                + e.getArm().getCode() + " " + e.getBlock()).containsExactlyElementsOf(r.getEntries().stream().map(
                        e -> e.getAnimal().getId() + " " + e.getArm().getCode() + " " + e.getBlock()).toList());
    }

    @Test
    void withoutASeedOneIsDrawnAndPrinted() throws Exception {
        Path study = small("s.vivarium", c -> {
        });
        CliRun run = CliRun.of("randomise", study.toString(), "--cohort", "C", "--by", "cage", "--block", "2");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        Matcher m = Pattern.compile("seed (\\d+) was drawn at random; add --seed \\1 to reproduce it").matcher(run
                .out());
        assertThat(m.find()).as(run.out()).isTrue();
        AllocationRecord r = read(study).getAllocations().get(0);
        assertThat(r.getSeed()).isEqualTo(Long.parseLong(m.group(1)));
        assertThat(r.isByCage()).isTrue();
        assertThat(run.out()).contains("cohort C: 4 cages (8 animals) allocated as whole cages to 2 arms (A, B; "
                + "ratio 1:1)", "balance (cages/animals per arm):", "  stratum (cages/animals)    A    B  total",
                "  total                    2/4  2/4    4/8");
    }

    @Test
    void reRandomisingNeedsAReasonAndKeepsTheEarlierRecord() throws Exception {
        Path study = small("s.vivarium", c -> {
        });
        assertThat(CliRun.of("randomise", study.toString(), "--cohort", "C", "--seed", "1").code()).isZero();
        byte[] before = Files.readAllBytes(study);
        CliRun again = CliRun.of("randomise", study.toString(), "--cohort", "C", "--seed", "2");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.out()).matches(study + ": cohort C is already allocated \\(allocation of \\d{4}-\\d\\d-\\d\\d "
                + "by .+@.+\\); randomising it again needs a reason\n");
        assertThat(again.err()).isEqualTo("nothing changed; " + study + " is unchanged\n");
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
        CliRun withReason = CliRun.of("randomise", study.toString(), "--cohort", "C", "--seed", "2", "--reason",
                "cage K2 was flooded", "--no-codes");
        assertThat(withReason.code()).as(withReason.out()).isZero();
        assertThat(withReason.out()).contains("randomised again (earlier allocations are kept in the study): cage K2 "
                + "was flooded", "blind codes unchanged", "wrote " + study + ": allocation 2 of cohort C recorded");
        Study back = read(study);
        assertThat(back.getAllocations()).hasSize(2);
        assertThat(back.getAllocations().get(0).getSeed()).isEqualTo(1);
        for (var entry : back.getAllocations().get(1).getEntries()) {
            assertThat(entry.getBlindCode()).as("codes kept").isNotNull().isEqualTo(back.getAllocations().get(0)
                    .getEntries().stream().filter(e -> e.getAnimal() == entry.getAnimal()).findFirst().orElseThrow()
                    .getBlindCode());
        }
        assertThat(back.getBlindingLog()).hasSize(1);
        assertThat(back.getRandomisationMethod()).endsWith(", replacing an earlier allocation (reason: cage K2 was "
                + "flooded).");
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        Path study = small("s.vivarium", c -> {
        });
        byte[] before = Files.readAllBytes(study);
        CliRun run = CliRun.of("randomise", study.toString(), "--cohort", "c", "--strata", "weight", "--ratio",
                "1:1", "--arms", "a,b", "--block", "random", "--seed", "5", "--dry-run");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("method: stratified permuted-block randomisation (strata: body weight in 2 "
                + "bands; random block sizes 2 and 4); permuted-blocks v1, seed 5").endsWith("dry run: nothing "
                        + "written\n");
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedWithOneLineAndTheFileIsUnchanged() throws Exception {
        Path demo = demo("d.vivarium");
        refused(demo, "unknown cohort '3 h' (cohorts: 1 h, 24 h, 1 wk, 2 wk, 4 wk, 8 wk)", "--cohort", "3 h");
        refused(demo, "unknown arm 'KET' (arms: VEH+VEH, KET+VEH, VEH+BCI, KET+BCI)", "--cohort", "1 h", "--arms",
                "VEH+VEH,KET", "--reason", "r");
        refused(demo, "cohort 1 h is already allocated (its animals have arms); randomising it again needs a reason",
                "--cohort", "1 h");
        refused(demo, "block size 6 is not a multiple of 4, the sum of the ratio 1:1:1:1 (each block holds every arm "
                + "its ratio times)", "--cohort", "1 h", "--block", "6", "--reason", "r");
        refused(demo, "the ratio 1:2 has 2 parts but 4 arms are allocated (VEH+VEH, KET+VEH, VEH+BCI, KET+BCI)",
                "--cohort", "1 h", "--ratio", "1:2", "--reason", "r");
        refused(demo, "cohort 1 h: stratum 'female, weight 1/10 (17.1-18.7 g)' has 4 animals, fewer than one block "
                + "of the ratio 1:1:1:2 (5); it cannot be balanced (use fewer strata or weight bands)", "--cohort",
                "1 h", "--strata", "sex,weight:10", "--ratio", "1:1:1:2", "--block", "5", "--reason", "r");
        CliRun data = CliRun.of("randomise", demo.toString(), "--cohort", "24 h", "--reason", "r", "--seed", "1");
        assertThat(data.code()).isEqualTo(2);
        assertThat(data.out()).startsWith(demo + ": cohort 24 h: this allocation would move ").contains(
                " animals with data (measurements, doses given or body weights since the allocation) to another arm: "
                        + "24H-").endsWith(" more\n").hasLineCount(1);

        Path mixed = small("m.vivarium", c -> c.getAnimals().get(4).setCage(c.getCages().get(0)));
        refused(mixed, "cages with mixed sex cannot be allocated whole when stratifying by sex: K1 (female, male)",
                "--cohort", "C", "--by", "cage", "--strata", "sex", "--block", "2");
        Path unweighed = small("w.vivarium", c -> c.getAnimals().get(1).getBodyWeights().clear());
        refused(unweighed, "1 animal without a body weight cannot be stratified by weight: C-2", "--cohort", "C",
                "--strata", "weight");
        Path homeless = small("h.vivarium", c -> c.getAnimals().get(7).setCage(null));
        refused(homeless, "cohort C: animals without a cage cannot be allocated by cage: C-8", "--cohort", "C", "--by",
                "cage", "--block", "2");
    }

    private void refused(Path study, String line, String... options) throws Exception {
        byte[] before = Files.readAllBytes(study);
        String[] args = new String[options.length + 2];
        args[0] = "randomise";
        args[1] = study.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).isEqualTo(study + ": " + line + "\n");
        assertThat(run.err()).isEqualTo("nothing changed; " + study + " is unchanged\n");
        assertThat(Files.readAllBytes(study)).as("unchanged byte for byte").isEqualTo(before);
    }

    @Test
    void usageErrors() throws Exception {
        Path study = small("s.vivarium", c -> {
        });
        assertThat(CliRun.of("randomise", study.toString()).err()).contains("missing --cohort");
        assertThat(CliRun.of("randomise", study.toString(), "--cohort", "C", "--block", "big").err()).contains(
                "--block takes whole numbers (or random, none), not 'big'");
        assertThat(CliRun.of("randomise", study.toString(), "--cohort", "C", "--block", "0").code()).isEqualTo(1);
        assertThat(CliRun.of("randomise", study.toString(), "--cohort", "C", "--by", "litter").err()).contains(
                "--by must be cage or animal, not 'litter'");
        assertThat(CliRun.of("randomise", study.toString(), "--cohort", "C", "--ratio", "1:x").code()).isEqualTo(1);
        assertThat(CliRun.of("randomise", study.toString(), "--cohort", "C", "--seed", "abc").code()).isEqualTo(1);
        assertThat(CliRun.of("help").out()).contains("randomise STUDY --cohort C");
        assertThat(read(study).getAllocations()).isEmpty();
    }
}
