package org.vivarium.ui.design;

import java.util.List;

import org.vivarium.model.Cohort;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.ui.allocation.AddAnimalsDialog;

/** The pages of the design editor after its overview: treatments, animals, assays. */
final class DesignPages {

    static final String CAGES = "Cages";

    private DesignPages() {
    }

    static DesignPage treatments(StudyDesignEditor editor) {
        return new DesignPage(editor, "treatments", "Treatments", "Compounds, arms and dose regimens", List.of(
                new MasterSpec("Compounds", "Compounds and vehicles with their stock solutions", -1,
                        Literals.STUDY__COMPOUNDS, NewObjects::compound),
                new MasterSpec("Arms", "Treatment arms; one is the control arm", -1, Literals.STUDY__ARMS,
                        NewObjects::arm),
                new MasterSpec("Regimens", "What the selected arm receives, how much and when", 1,
                        Literals.TREATMENT_ARM__REGIMENS, NewObjects::regimen)));
    }

    static DesignPage animals(StudyDesignEditor editor) {
        return new DesignPage(editor, "animals", "Animals", "Cohorts, cages and animals", List.of(
                new MasterSpec("Cohorts", "Batches of animals dosed and tested together", -1, Literals.STUDY__COHORTS,
                        NewObjects::cohort),
                new MasterSpec(CAGES, "Cages of the selected cohort", 0, Literals.COHORT__CAGES, NewObjects::cage,
                        new MasterSpec.Action("House...", "Put the cohort's animals without a cage into new cages "
                                + "(one sex and one arm a cage)", HouseAnimals::command)),
                new MasterSpec("Animals", "Animals of the selected cohort (new ones go into the selected cage)", 0,
                        Literals.COHORT__ANIMALS, NewObjects::animal,
                        new MasterSpec.Action("Add animals...", "Add many animals to the cohort at once: number, sexes, "
                                + "strain, date of birth, identifiers, new cages", (cohort, shell) -> AddAnimalsDialog.ask(
                                        shell, (Cohort) cohort)))));
    }

    static DesignPage assays(StudyDesignEditor editor) {
        return new DesignPage(editor, "assays", "Assays", "Assays, their measures and sessions", List.of(
                new MasterSpec("Assays", "Behavioural tests and body weight", -1, Literals.STUDY__ASSAYS,
                        NewObjects::assay),
                new MasterSpec("Measures", "What the selected assay measures, with units and valid ranges", 0,
                        Literals.ASSAY_DEFINITION__MEASURES, NewObjects::measure),
                new MasterSpec("Sessions", "When the selected assay is run, on which cohort", 0,
                        Literals.ASSAY_DEFINITION__SESSIONS, NewObjects::session)));
    }
}
