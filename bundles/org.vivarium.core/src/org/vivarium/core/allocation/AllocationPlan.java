package org.vivarium.core.allocation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.model.Animal;
import org.vivarium.model.Study;

/**
 * A planned allocation of one cohort: who goes to which arm (with stratum, block and blind code), the balance it
 * achieves, and the one undoable command that records it in the study. Planning changed nothing.
 */
public final class AllocationPlan {

    private final Study study;
    private final AllocationSettings settings;
    private final Design design;
    private final List<Stratum> strata;
    private final List<Assignment> assignments;
    private final boolean reallocates;
    private final LocalDateTime generatedAt;
    private final Balance balance;
    private final List<Animal> moved;

    AllocationPlan(Study study, AllocationSettings settings, Design design, List<Stratum> strata,
            List<Assignment> assignments, boolean reallocates, LocalDateTime generatedAt) {
        this.study = study;
        this.settings = settings;
        this.design = design;
        this.strata = List.copyOf(strata);
        this.assignments = List.copyOf(assignments);
        this.reallocates = reallocates;
        this.generatedAt = generatedAt;
        this.balance = new Balance(design.arms(), settings.byCage(), assignments);
        this.moved = assignments.stream().filter(a -> a.animal().getArm() != null && a.animal().getArm() != a.arm())
                .map(Assignment::animal).toList();
    }

    /** The settings planned with (the user filled in, the reason stripped). */
    public AllocationSettings settings() {
        return settings;
    }

    /** Every allocated animal, stratum by stratum, in the order the sequence gave them their arms. */
    public List<Assignment> assignments() {
        return assignments;
    }

    public Balance balance() {
        return balance;
    }

    /** The cohort already had an allocation (a record, or arms given to its animals). */
    public boolean reallocates() {
        return reallocates;
    }

    public LocalDateTime generatedAt() {
        return generatedAt;
    }

    /** The block sizes recorded: the one fixed size, the sizes drawn from, or none for simple randomisation. */
    public List<Integer> blockSizes() {
        return design.blockSizes();
    }

    /** The canonical names of the strata ("sex", "weight:2"), as recorded. */
    public List<String> strata() {
        return design.factors().stream().map(Factor::name).toList();
    }

    /** Animals that had an arm when the plan was made and get another one. */
    public List<Animal> moved() {
        return moved;
    }

    /** What the command line prints and the workbench previews: what is allocated, how, and the balance. */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        String cohort = "cohort " + settings.cohort().getName();
        String arms = Names.count(design.arms().size(), "arm") + " (" + Design.codes(design.arms()) + "; ratio "
                + settings.ratioText() + ")";
        if (settings.byCage()) {
            int cages = strata.stream().mapToInt(s -> s.units().size()).sum();
            lines.add(cohort + ": " + Names.count(cages, "cage") + " (" + Names.count(assignments.size(), "animal")
                    + ") allocated as whole cages to " + arms);
        } else {
            lines.add(cohort + ": " + Names.count(assignments.size(), "animal") + " allocated to " + arms);
        }
        lines.add("method: " + ArriveText.method(strata(), blockSizes()) + "; " + Randomiser.ALGORITHM + " v"
                + Randomiser.VERSION + ", seed " + settings.seed());
        long inactive = settings.cohort().getAnimals().size() - assignments.size();
        if (inactive > 0) {
            lines.add(Names.count((int) inactive, "animal") + " no longer active: not allocated (arms unchanged)");
        }
        if (reallocates) {
            lines.add("randomised again (earlier allocations are kept in the study): " + settings.reason());
            lines.add(Names.count(moved().size(), "animal") + " change arm");
        }
        lines.add(settings.blindCodes() ? Names.count(assignments.size(), "new blind code") : "blind codes unchanged");
        lines.add("by " + settings.user() + " at " + generatedAt);
        lines.add("balance (" + (settings.byCage() ? "cages/animals" : "animals") + " per arm):");
        balance.lines().forEach(l -> lines.add("  " + l));
        return lines;
    }

    /**
     * The one undoable command that applies the plan, labelled "Randomise cohort 24 h": a new allocation record
     * (older ones stay), the animals' arms (doses of their old arms not given yet are dropped), their blind codes and
     * a blinding-log entry (unless codes are kept), and the study's ARRIVE randomisation text.
     */
    public Command toCommand(EditingDomain domain) {
        return AllocationCommand.build(domain, study, this, design);
    }
}
