package org.vivarium.core.blinding;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * How arms and compounds are named to whoever doses and scores: by their codes while the study's treatments are coded
 * and the code is not broken, by their own codes and names otherwise. Views and exports use it.
 */
public final class Coding {

    /** Shown for an arm or compound that has no code in a coded study. */
    public static final String NO_CODE = "(coded)";

    private Coding() {
    }

    /** Whether the study's treatments are coded at all (broken or not). */
    public static boolean isCoded(Study study) {
        return study != null && study.isTreatmentsCoded();
    }

    /** Whether the arms of a cohort (null: of the whole study) may be shown: not coded, or unblinded. */
    public static boolean revealed(Study study, Cohort cohort) {
        return !Unblinding.isBlinded(study, cohort);
    }

    /** The arm's blinded code ("C") while coded and not revealed, else its code ("KET+VEH"); "" for no arm. */
    public static String armLabel(TreatmentArm arm, boolean revealed) {
        if (arm == null) {
            return "";
        }
        if (!revealed && isCoded(Studies.studyOf(arm))) {
            return TreatmentCodes.blank(arm.getBlindedCode()) ? NO_CODE : arm.getBlindedCode();
        }
        return TreatmentCodes.blank(arm.getCode()) ? nz(arm.getLabel()) : arm.getCode();
    }

    /** The compound's blinded code ("Solution A") while coded and not revealed, else its name; "" for none. */
    public static String compoundLabel(Compound compound, boolean revealed) {
        if (compound == null) {
            return "";
        }
        if (!revealed && isCoded(Studies.studyOf(compound))) {
            return TreatmentCodes.blank(compound.getBlindedCode()) ? NO_CODE : compound.getBlindedCode();
        }
        return nz(compound.getName());
    }

    /** The label of an animal's arm as its cohort may see it now. */
    public static String armLabel(Animal animal) {
        return armLabel(animal.getArm(), revealed(animal));
    }

    /** Whether an animal's arm may be shown now: not coded, or the study or the animal's cohort unblinded. */
    public static boolean revealed(Animal animal) {
        Study study = Studies.studyOf(animal);
        return study == null || revealed(study, Studies.cohortOf(animal));
    }

    /**
     * A regimen as the person dosing may see it. Revealed: "Ketamine 10 mg/kg i.p. at 0 h". Coded: the compound's code
     * and the volume per kg, "Solution A 10 mL/kg i.p. at 0 h" - a dose in mg/kg with the compound would tell the arm;
     * "? mL/kg" when the volume cannot be computed (no stock concentration).
     */
    public static String regimen(DoseRegimen regimen, boolean revealed) {
        if (revealed || !isCoded(Studies.studyOf(regimen))) {
            return Labels.regimen(regimen);
        }
        double perKg = DoseCalculator.volumePerKg(regimen);
        String route = regimen.getRoute() == null ? "" : " " + regimen.getRoute().getCode();
        return compoundLabel(regimen.getCompound(), false) + " " + (Double.isNaN(perKg) ? "?"
                : Labels.number(Math.round(perKg * 100) / 100.0)) + " mL/kg" + route + " " + Labels.when(regimen);
    }

    /**
     * The distinct compounds as they may be shown, e.g. "Ketamine, Saline" or "Solution A, Solution C": sorted, so
     * that the order says nothing about the arms; "?" for a regimen without a compound.
     */
    public static String compounds(Collection<Compound> compounds, boolean revealed) {
        Set<String> labels = new LinkedHashSet<>();
        for (Compound c : compounds) {
            labels.add(c == null ? "?" : compoundLabel(c, revealed));
        }
        return String.join(", ", labels.stream().sorted().toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
