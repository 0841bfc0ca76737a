package org.vivarium.core.blinding;

import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
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
        Study study = Studies.studyOf(animal);
        return armLabel(animal.getArm(), study == null || revealed(study, Studies.cohortOf(animal)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
