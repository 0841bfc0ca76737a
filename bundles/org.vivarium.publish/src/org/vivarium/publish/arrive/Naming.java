package org.vivarium.publish.arrive;

import java.util.List;

import org.vivarium.core.blinding.Coding;
import org.vivarium.core.blinding.Unblinding;
import org.vivarium.core.study.Labels;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * How the report names arms and compounds: by their codes while the study's treatments are coded and the code is not
 * broken (the report must not unblind anyone), by their own codes and names otherwise.
 */
final class Naming {

    private final Study study;
    private final boolean blinded;

    Naming(Study study) {
        this.study = study;
        this.blinded = Unblinding.isBlinded(study);
    }

    /** Whether the report shows codes instead of treatments. */
    boolean blinded() {
        return blinded;
    }

    /** "KET+VEH", or "C" while blinded. */
    String arm(TreatmentArm arm) {
        return Coding.armLabel(arm, !blinded);
    }

    /** "KET+VEH (Ketamine + Vehicle)", or "C" while blinded. */
    String armWithLabel(TreatmentArm arm) {
        String code = arm(arm);
        if (blinded || arm.getLabel() == null || arm.getLabel().isBlank() || arm.getLabel().equals(code)) {
            return code;
        }
        return code + " (" + arm.getLabel() + ")";
    }

    /** The arm of a dataset level (arm code), named as the report names arms; the level itself if unknown. */
    String armOfLevel(String level) {
        for (TreatmentArm a : study.getArms()) {
            if (level.equals(a.getCode())) {
                return arm(a);
            }
        }
        return level;
    }

    /** "Ketamine", or "Solution A" while blinded. */
    String compound(Compound c) {
        return Coding.compoundLabel(c, !blinded);
    }

    /** "Ketamine 10 mg/kg i.p. at 0 h", or "Solution A 10 mL/kg i.p. at 0 h" while blinded. */
    String regimen(DoseRegimen r) {
        return blinded ? Coding.regimen(r, false) : Labels.regimen(r);
    }

    /** The arms in the order the report lists them: study order, or by code while blinded (order tells nothing). */
    List<TreatmentArm> arms() {
        if (!blinded) {
            return List.copyOf(study.getArms());
        }
        return study.getArms().stream().sorted((a, b) -> arm(a).compareTo(arm(b))).toList();
    }
}
