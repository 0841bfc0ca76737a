package org.vivarium.core.allocation;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.vivarium.core.audit.ReasonedCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.blinding.ArriveBlinding;
import org.vivarium.model.AllocationEntry;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.BlindingEvent;
import org.vivarium.model.BlindingEventKind;
import org.vivarium.model.Cohort;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;

/** Builds the command of an {@link AllocationPlan}. */
final class AllocationCommand {

    private static final VivariumFactory F = VivariumFactory.eINSTANCE;

    private AllocationCommand() {
    }

    static Command build(EditingDomain domain, Study study, AllocationPlan plan, Design design) {
        AllocationSettings s = plan.settings();
        Cohort cohort = s.cohort();
        AllocationRecord record = record(plan, design);
        CompoundCommand command = new ReasonedCommand("Randomise cohort " + cohort.getName(), s.reason());
        command.append(new AddCommand(domain, study, Literals.STUDY__ALLOCATIONS, record));
        boolean hadCodes = false;
        for (Assignment a : plan.assignments()) {
            Animal animal = a.animal();
            hadCodes |= animal.getBlindCode() != null;
            if (animal.getArm() != a.arm()) {
                command.append(new SetCommand(domain, animal, Literals.ANIMAL__ARM, a.arm()));
            }
            List<DosingEvent> stale = animal.getDosingEvents().stream().filter(e -> e.getActualTime() == null
                    && (e.getRegimen() == null || e.getRegimen().eContainer() != a.arm())).toList();
            if (!stale.isEmpty()) {
                command.append(new RemoveCommand(domain, animal, Literals.ANIMAL__DOSING_EVENTS, stale));
            }
            if (s.blindCodes() && !Objects.equals(animal.getBlindCode(), a.blindCode())) {
                command.append(new SetCommand(domain, animal, Literals.ANIMAL__BLIND_CODE, a.blindCode()));
            }
        }
        if (s.blindCodes()) {
            boolean before = hadCodes || study.getBlindingLog().stream().anyMatch(e -> e.getCohort() == cohort
                    && e.getKind() != BlindingEventKind.UNBLINDED);
            command.append(new AddCommand(domain, study, Literals.STUDY__BLINDING_LOG, blindingEvent(plan, before)));
            command.append(ArriveBlinding.update(domain, study));
        }
        command.append(new SetCommand(domain, study, Literals.STUDY__RANDOMISATION_METHOD, ArriveText.randomisation(
                study, record)));
        return command;
    }

    private static AllocationRecord record(AllocationPlan plan, Design design) {
        AllocationSettings s = plan.settings();
        AllocationRecord r = F.createAllocationRecord();
        r.setCohort(s.cohort());
        r.setAlgorithm(Randomiser.ALGORITHM);
        r.setAlgorithmVersion(Randomiser.VERSION);
        r.setSeed(s.seed());
        r.getStrata().addAll(plan.strata());
        r.getBlockSizes().addAll(design.blockSizes());
        r.setByCage(s.byCage());
        r.getArms().addAll(design.arms());
        r.getRatio().addAll(design.ratio());
        r.setGeneratedBy(s.user());
        r.setGeneratedAt(plan.generatedAt());
        r.setReason(s.reason());
        for (Assignment a : plan.assignments()) {
            AllocationEntry e = F.createAllocationEntry();
            e.setAnimal(a.animal());
            e.setArm(a.arm());
            e.setStratum(a.stratum());
            e.setBlock(a.block());
            e.setBlindCode(a.blindCode());
            r.getEntries().add(e);
        }
        return r;
    }

    private static BlindingEvent blindingEvent(AllocationPlan plan, boolean regenerated) {
        AllocationSettings s = plan.settings();
        BlindingEvent e = F.createBlindingEvent();
        e.setKind(regenerated ? BlindingEventKind.CODES_REGENERATED : BlindingEventKind.CODES_GENERATED);
        e.setCohort(s.cohort());
        e.setAt(plan.generatedAt());
        e.setBy(s.user());
        e.setReason(s.reason());
        e.setDetail(plan.assignments().size() + " blind codes given with the allocation of cohort " + s.cohort()
                .getName() + " (" + Randomiser.ALGORITHM + " v" + Randomiser.VERSION + ", seed " + s.seed() + ")");
        return e;
    }
}
