package org.vivarium.ui.design;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.core.study.Housing;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * The Cages list's House... button: the cohort's active animals without a cage go into new cages of at most N, one
 * sex and one arm a cage ({@link Housing}), as one undoable command.
 */
final class HouseAnimals {

    static final int DEFAULT_PER_CAGE = 4;
    static final int MAX_PER_CAGE = 10;

    private HouseAnimals() {
    }

    /** Asks how many animals a cage takes and makes the command; null when there is nothing to do or on cancel. */
    static Command command(EObject parent, Shell shell) {
        Cohort cohort = (Cohort) parent;
        List<Animal> unhoused = Housing.unhoused(cohort);
        if (unhoused.isEmpty()) {
            MessageDialog.openInformation(shell, "House animals", "Every active animal of cohort " + cohort.getName()
                    + " is in a cage.");
            return null;
        }
        InputDialog dialog = new InputDialog(shell, "House animals", unhoused.size() + " active animal"
                + (unhoused.size() == 1 ? "" : "s") + " of cohort " + cohort.getName() + " have no cage. New cages "
                + "get one sex and one arm each.\n\nAnimals per cage (1-" + MAX_PER_CAGE + "):",
                String.valueOf(DEFAULT_PER_CAGE), HouseAnimals::checkPerCage);
        if (dialog.open() != Window.OK) {
            return null;
        }
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(cohort);
        return command(domain, cohort, Integer.parseInt(dialog.getValue().strip()));
    }

    /** The command housing the cohort's unhoused animals, at most {@code perCage} a cage. */
    static Command command(EditingDomain domain, Cohort cohort, int perCage) {
        List<Housing.NewCage> plan = Housing.plan(cohort, perCage);
        int animals = plan.stream().mapToInt(c -> c.animals().size()).sum();
        CompoundCommand command = new CompoundCommand("House " + animals + " animals in " + plan.size() + " cages");
        for (Housing.NewCage planned : plan) {
            Cage cage = VivariumFactory.eINSTANCE.createCage();
            cage.setLabel(planned.label());
            cage.setCapacity(Math.max(5, perCage));
            command.append(AddCommand.create(domain, cohort, Literals.COHORT__CAGES, cage));
            for (Animal a : planned.animals()) {
                command.append(SetCommand.create(domain, a, Literals.ANIMAL__CAGE, cage));
            }
        }
        return command;
    }

    private static String checkPerCage(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n >= 1 && n <= MAX_PER_CAGE ? null : "Between 1 and " + MAX_PER_CAGE + " animals a cage";
        } catch (NumberFormatException e) {
            return "A whole number of animals, e.g. " + DEFAULT_PER_CAGE;
        }
    }
}
