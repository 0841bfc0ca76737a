package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vivarium.core.blinding.BlindCodes;
import org.vivarium.core.blinding.BlindCodesPlan;
import org.vivarium.model.Animal;
import org.vivarium.model.BlindingEvent;
import org.vivarium.model.BlindingEventKind;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

class BlindCodesTest {

    static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 9, 30, 12);
    private static final String LOOK_ALIKES = "0O1IL2Z5S8BUVQ6GAE";

    private final Study study = TestStudies.small();
    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
            stack);

    /** A cohort of n animals, ids 24H-00001..., arms and cages of 5 in turn. */
    static Cohort cohort(Study study, String name, int n) {
        Cohort c = VivariumFactory.eINSTANCE.createCohort();
        c.setName(name);
        study.getCohorts().add(c);
        List<TreatmentArm> arms = study.getArms();
        Cage cage = null;
        for (int i = 0; i < n; i++) {
            if (i % 5 == 0) {
                cage = TestStudies.cage(c, name + "-C" + (i / 5 + 1));
            }
            Animal a = VivariumFactory.eINSTANCE.createAnimal();
            a.setId(String.format("%s-%05d", name.replace(" ", "").toUpperCase(), i + 1));
            a.setSex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE);
            a.setArm(arms.get(i % arms.size()));
            a.setCage(cage);
            c.getAnimals().add(a);
        }
        return c;
    }

    private BlindCodesPlan plan(Study s, Cohort c, Long seed, String reason) {
        return BlindCodes.plan(s, c, seed, reason, "jdoe@lab-pc", AT);
    }

    @Test
    void codesOf20000AnimalsAreUniqueFromTheAlphabetAndShowNoOrder() {
        Cohort big = cohort(study, "24 h", 20_000);
        BlindCodesPlan plan = plan(study, big, 7L, null);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.length()).isEqualTo(5); // 18^4 = 104,976 < 50 x 20,000
        List<String> codes = new ArrayList<>(plan.codes().values());
        assertThat(codes).hasSize(20_000).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[" + BlindCodes.ALPHABET + "]{5}"));
        assertThat(BlindCodes.ALPHABET.chars()).noneMatch(ch -> LOOK_ALIKES.indexOf(ch) >= 0);
        Set<String> ids = new HashSet<>();
        big.getAnimals().forEach(a -> ids.add(a.getId().toUpperCase()));
        assertThat(codes).noneMatch(ids::contains);
        // in animal order, codes rise as often as they fall, and consecutive codes share a first character by chance
        int rising = 0;
        int sameFirst = 0;
        for (int i = 1; i < codes.size(); i++) {
            rising += codes.get(i).compareTo(codes.get(i - 1)) > 0 ? 1 : 0;
            sameFirst += codes.get(i).charAt(0) == codes.get(i - 1).charAt(0) ? 1 : 0;
        }
        assertThat(rising / 19_999.0).isBetween(0.48, 0.52);
        assertThat(sameFirst / 19_999.0).isBetween(1 / 18.0 - 0.01, 1 / 18.0 + 0.01);
        assertThat(Math.abs(spearman(codes))).isLessThan(0.03);
        stack.execute(plan.toCommand(domain));
        assertThat(big.getAnimals().get(0).getBlindCode()).isEqualTo(codes.get(0));
    }

    /** Rank correlation of the codes' sorted order with the animals' order. */
    private static double spearman(List<String> codes) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> codes.get(a).compareTo(codes.get(b)));
        int[] rank = new int[codes.size()];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r;
        }
        double n = codes.size();
        double d2 = 0;
        for (int i = 0; i < rank.length; i++) {
            d2 += Math.pow(i - rank[i], 2);
        }
        return 1 - 6 * d2 / (n * (n * n - 1));
    }

    @Test
    void aSeedReproducesTheCodesAndNothingElseDecidesThem() {
        Cohort c = cohort(study, "1 wk", 200);
        Map<Animal, String> first = plan(study, c, 99L, null).codes();
        Study copy = EcoreUtil.copy(study);
        Cohort cc = copy.getCohorts().get(1);
        assertThat(plan(copy, cc, 99L, null).codes().values()).containsExactlyElementsOf(first.values());
        // other identifiers, cages and arms: the same codes - they are not derived from them
        for (Animal a : cc.getAnimals()) {
            a.setId("X" + a.getId().hashCode());
            a.setArm(copy.getArms().get(0));
            a.setCage(cc.getCages().get(0));
        }
        assertThat(plan(copy, cc, 99L, null).codes().values()).containsExactlyElementsOf(first.values());
        // another seed: other codes
        List<String> other = List.copyOf(plan(study, c, 100L, null).codes().values());
        List<String> before = List.copyOf(first.values());
        int same = 0;
        for (int i = 0; i < before.size(); i++) {
            same += before.get(i).equals(other.get(i)) ? 1 : 0;
        }
        assertThat(same).isLessThan(3);
        // no seed: one is drawn (and recorded), so two studies with the same ids get different codes
        BlindCodesPlan drawn = plan(study, c, null, null);
        BlindCodesPlan drawnToo = plan(EcoreUtil.copy(study), cc, null, null);
        assertThat(drawn.seed()).isNotEqualTo(drawnToo.seed());
        assertThat(drawn.codes().values()).isNotEqualTo(drawnToo.codes().values());
        assertThat(drawn.detail()).isEqualTo("200 codes of 4 characters, seed " + drawn.seed());
    }

    @Test
    void regeneratingNeedsAReasonAndEveryGenerationIsLoggedAndUndoable() {
        Cohort c = cohort(study, "24 h", 10);
        BlindCodesPlan plan = plan(study, c, 7L, null);
        assertThat(plan.summary()).isEqualTo("10 blind codes for cohort 24 h (4 characters, seed 7)");
        var command = plan.toCommand(domain);
        assertThat(command.getLabel()).isEqualTo("Generate blind codes for 24 h");
        stack.execute(command);
        BlindingEvent generated = study.getBlindingLog().get(0);
        assertThat(generated.getKind()).isEqualTo(BlindingEventKind.CODES_GENERATED);
        assertThat(generated.getCohort()).isSameAs(c);
        assertThat(generated.getBy()).isEqualTo("jdoe@lab-pc");
        assertThat(generated.getAt()).isEqualTo(AT);
        assertThat(generated.getDetail()).isEqualTo("10 codes of 4 characters, seed 7");
        assertThat(study.getBlindingMethod()).isEqualTo("Blind codes (4 characters, random, not derived from "
                + "identifiers) were generated by Vivarium for cohort 24 h on 2026-12-06 by jdoe@lab-pc.");
        List<String> old = c.getAnimals().stream().map(Animal::getBlindCode).toList();

        assertThat(plan(study, c, 8L, null).problems()).containsExactly(
                "cohort 24 h: all 10 animals have blind codes already; regenerating them needs a reason");
        assertThat(plan(study, c, 8L, "  ").hasProblems()).isTrue();

        Animal late = VivariumFactory.eINSTANCE.createAnimal();
        late.setId("24H-LATE");
        c.getAnimals().add(late);
        BlindCodesPlan fill = plan(study, c, 8L, null);
        assertThat(fill.codes().keySet()).containsExactly(late);
        assertThat(fill.summary()).isEqualTo("1 blind code for cohort 24 h, for the animals without one (10 kept) "
                + "(4 characters, seed 8)");
        c.getAnimals().remove(late);

        BlindCodesPlan again = plan(study, c, 9L, "labels misprinted");
        assertThat(again.regenerating()).isTrue();
        assertThat(again.codes().values()).doesNotContainAnyElementsOf(old);
        stack.execute(again.toCommand(domain));
        assertThat(study.getBlindingLog()).extracting(BlindingEvent::getKind).containsExactly(
                BlindingEventKind.CODES_GENERATED, BlindingEventKind.CODES_REGENERATED);
        assertThat(study.getBlindingLog().get(1).getReason()).isEqualTo("labels misprinted");
        assertThat(study.getBlindingMethod()).endsWith("for cohort 24 h on 2026-12-06 by jdoe@lab-pc, and generated "
                + "again for cohort 24 h on 2026-12-06 by jdoe@lab-pc (reason: labels misprinted).");
        stack.undo();
        assertThat(c.getAnimals()).extracting(Animal::getBlindCode).containsExactlyElementsOf(old);
        assertThat(study.getBlindingLog()).hasSize(1);
        stack.undo();
        assertThat(c.getAnimals()).extracting(Animal::getBlindCode).containsOnlyNulls();
        assertThat(study.getBlindingLog()).isEmpty();
        assertThat(study.getBlindingMethod()).isNull();
    }

    @Test
    void theArriveTextNamesEveryCohortOnce() {
        Cohort a = cohort(study, "1 h", 4);
        Cohort b = cohort(study, "24 h", 4);
        stack.execute(plan(study, a, 1L, null).toCommand(domain));
        stack.execute(plan(study, b, 2L, null).toCommand(domain));
        assertThat(study.getBlindingMethod()).isEqualTo("Blind codes (4 characters, random, not derived from "
                + "identifiers) were generated by Vivarium for cohorts 1 h and 24 h on 2026-12-06 by jdoe@lab-pc.");
    }

    @Test
    void codeLengthGrowsWithTheStudy() {
        assertThat(BlindCodes.length(1)).isEqualTo(4);
        assertThat(BlindCodes.length(2_000)).isEqualTo(4);
        assertThat(BlindCodes.length(2_100)).isEqualTo(5);
        assertThat(BlindCodes.length(37_000)).isEqualTo(5);
        assertThat(BlindCodes.length(40_000)).isEqualTo(6);
        assertThat(plan(study, cohort(study, "x", 0), 1L, null).problems()).containsExactly(
                "cohort x: the cohort has no animals to code");
    }
}
