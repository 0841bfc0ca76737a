package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vivarium.core.blinding.BlindCodes;
import org.vivarium.core.blinding.Coding;
import org.vivarium.core.blinding.TreatmentCodes;
import org.vivarium.core.blinding.Unblinding;
import org.vivarium.model.BlindingEvent;
import org.vivarium.model.BlindingEventKind;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.testing.TestStudies;

class TreatmentCodesTest {

    private static final LocalDateTime AT = BlindCodesTest.AT;
    private static final LocalDateTime LATER = LocalDateTime.of(2026, 12, 20, 16, 0);

    private final Study study = TestStudies.small(); // arms VEH, KET; compounds Saline, Ketamine; cohort C1
    private final TreatmentArm veh = study.getArms().get(0);
    private final TreatmentArm ket = study.getArms().get(1);
    private final Compound saline = study.getCompounds().get(0);
    private final Cohort c1 = study.getCohorts().get(0);
    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
            stack);

    private TreatmentCodes.Plan assign(long seed, String reason) {
        return TreatmentCodes.assign(study, seed, reason, "jdoe@lab-pc", AT);
    }

    @Test
    void armsAndCompoundsGetCodesInASeededRandomOrder() {
        Map<String, Integer> vehLetters = new HashMap<>();
        for (long seed = 0; seed < 100; seed++) {
            vehLetters.merge(assign(seed, null).armCodes().get(veh), 1, Integer::sum);
        }
        assertThat(vehLetters.keySet()).containsExactlyInAnyOrder("A", "B");
        assertThat(vehLetters.values()).allMatch(n -> n > 25);
        TreatmentCodes.Plan plan = assign(3, null);
        assertThat(assign(3, null).armCodes()).isEqualTo(plan.armCodes());
        assertThat(assign(3, null).compoundCodes()).isEqualTo(plan.compoundCodes());
        assertThat(plan.armCodes().values()).containsExactlyInAnyOrder("A", "B");
        assertThat(plan.compoundCodes().values()).containsExactlyInAnyOrder("Solution A", "Solution B");
        assertThat(plan.summary()).isEqualTo("2 arms (A-B) and 2 compounds (Solution A-B), seed 3");
        var command = plan.toCommand(domain);
        assertThat(command.getLabel()).isEqualTo("Code treatments");
        stack.execute(command);
        assertThat(study.isTreatmentsCoded()).isTrue();
        assertThat(Unblinding.isBlinded(study)).isTrue();
        assertThat(Coding.armLabel(veh, false)).isEqualTo(plan.armCodes().get(veh));
        assertThat(Coding.armLabel(veh, true)).isEqualTo("VEH");
        assertThat(Coding.compoundLabel(saline, false)).startsWith("Solution ");
        assertThat(Coding.compoundLabel(saline, true)).isEqualTo("Saline");
        assertThat(Coding.armLabel(c1.getAnimals().get(0))).isEqualTo(plan.armCodes().get(veh));
        BlindingEvent e = study.getBlindingLog().get(0);
        assertThat(e.getKind()).isEqualTo(BlindingEventKind.CODES_GENERATED);
        assertThat(e.getCohort()).isNull();
        assertThat(e.getDetail()).isEqualTo("treatments: 2 arms (A-B) and 2 compounds (Solution A-B), seed 3");
        stack.undo();
        assertThat(study.isTreatmentsCoded()).isFalse();
        assertThat(veh.getBlindedCode()).isNull();
        assertThat(Coding.armLabel(veh, false)).isEqualTo("VEH");
    }

    @Test
    void recodingNeedsAReasonAndLettersNeverNameAnotherArm() {
        stack.execute(assign(3, null).toCommand(domain));
        assertThat(assign(4, null).problems()).containsExactly(
                "the treatments have codes already (arms A-B); replacing them needs a reason");
        TreatmentCodes.Plan again = assign(4, "code seen by a scorer");
        assertThat(again.recoding()).isTrue();
        stack.execute(again.toCommand(domain));
        assertThat(study.getBlindingLog().get(1).getKind()).isEqualTo(BlindingEventKind.CODES_REGENERATED);
        assertThat(study.getBlindingLog().get(1).getReason()).isEqualTo("code seen by a scorer");
        veh.setCode("A");
        assertThat(assign(5, "x").armCodes().values()).containsExactlyInAnyOrder("B", "C");
        study.getArms().clear();
        assertThat(assign(5, "x").problems()).containsExactly("the study has no treatment arms to code");
    }

    @Test
    void unblindingNeedsAReasonIsRecordedPerCohortOrStudyAndWritesTheArriveText() {
        stack.execute(BlindCodes.plan(study, c1, 1L, null, "jdoe@lab-pc", AT).toCommand(domain));
        stack.execute(assign(3, null).toCommand(domain));
        assertThat(Unblinding.problem(study, null, " ")).isEqualTo(
                "unblinding needs a reason (e.g. analysis, adverse event)");
        assertThatThrownBy(() -> Unblinding.command(domain, study, null, null, "pi@lab-pc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
        var forC1 = Unblinding.command(domain, study, c1, "adverse event in C1", "pi@lab-pc", LATER);
        assertThat(forC1.getLabel()).isEqualTo("Unblind C1");
        stack.execute(forC1);
        assertThat(Unblinding.isBlinded(study, c1)).isFalse();
        assertThat(Unblinding.isBlinded(study)).isTrue();
        assertThat(Coding.armLabel(c1.getAnimals().get(0))).isEqualTo("VEH");
        var all = Unblinding.command(domain, study, null, "analysis", "pi@lab-pc", LATER);
        assertThat(all.getLabel()).isEqualTo("Unblind study");
        stack.execute(all);
        assertThat(Unblinding.isBlinded(study)).isFalse();
        BlindingEvent e = study.getBlindingLog().get(3);
        assertThat(e.getKind()).isEqualTo(BlindingEventKind.UNBLINDED);
        assertThat(e.getBy()).isEqualTo("pi@lab-pc");
        assertThat(e.getAt()).isEqualTo(LATER);
        assertThat(e.getReason()).isEqualTo("analysis");
        assertThat(study.getBlindingMethod()).isEqualTo("Blind codes (4 characters, random, not derived from "
                + "identifiers) were generated by Vivarium for cohort C1 on 2026-12-06 by jdoe@lab-pc; treatments "
                + "were coded (arms A-B, Solution A-B) on 2026-12-06 by jdoe@lab-pc so that dosers and scorers saw "
                + "only codes; the code was broken for cohort C1 on 2026-12-20 by pi@lab-pc (reason: adverse event "
                + "in C1); the code was broken on 2026-12-20 by pi@lab-pc (reason: analysis).");
        assertThat(Unblinding.key(study)).containsExactly(
                (veh.getBlindedCode().equals("A") ? "A -> VEH" : "A -> KET"),
                (veh.getBlindedCode().equals("A") ? "B -> KET" : "B -> VEH"),
                "Solution A -> " + (saline.getBlindedCode().equals("Solution A") ? "Saline" : "Ketamine"),
                "Solution B -> " + (saline.getBlindedCode().equals("Solution A") ? "Ketamine" : "Saline"));
        stack.undo();
        assertThat(Unblinding.isBlinded(study)).isTrue();
        assertThat(study.getBlindingMethod()).endsWith("(reason: adverse event in C1); the code of the other cohorts "
                + "has not been broken yet.");
        assertThat(ket.getBlindedCode()).isNotNull();
    }

    @Test
    void nothingCodedNothingToUnblind() {
        assertThat(Unblinding.problem(study, null, "analysis")).isEqualTo(
                "nothing is coded: the treatments are not coded and no animal has a blind code");
        assertThat(Unblinding.isBlinded(study)).isFalse();
    }
}
