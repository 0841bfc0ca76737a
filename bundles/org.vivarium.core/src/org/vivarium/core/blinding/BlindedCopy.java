package org.vivarium.core.blinding;

import java.util.Comparator;

import org.eclipse.emf.common.util.ECollections;
import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.model.BlindingEvent;
import org.vivarium.model.BlindingEventKind;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * A study as a blinded person may receive it (a lab server gives technicians this copy): while its treatments are
 * coded and not unblinded, the code key is taken out - arms and compounds are known only by their codes (in the order
 * of the codes, not of the design), doses in mg/kg and stock concentrations are gone (each regimen keeps the volume
 * per kg it is given at, all dosing needs), the allocation records (seeds, strata, lists) and the seed of the coding
 * are removed. Which coded arm each animal is in stays: that is what the person dosing gives.
 */
public final class BlindedCopy {

    /** What a coding event says in the copy, instead of its seed. */
    public static final String CODING_DETAIL = "treatments coded (the key is kept from blinded users)";

    private BlindedCopy() {
    }

    /** Whether the study holds a code key to keep from blinded people: coded and not unblinded. */
    public static boolean needed(Study study) {
        return Unblinding.isBlinded(study);
    }

    /** Takes the code key out of the study - a copy: this changes it for good. Nothing happens when not needed. */
    public static void strip(Study study) {
        if (!needed(study)) {
            return;
        }
        for (TreatmentArm arm : study.getArms()) {
            for (DoseRegimen r : arm.getRegimens()) {
                double perKg = DoseCalculator.volumePerKg(r);
                r.setVolumeMlPerKg(Double.isFinite(perKg) ? perKg : 0);
                r.setDoseMgPerKg(0);
            }
            String code = Coding.armLabel(arm, false);
            arm.setCode(code);
            arm.setLabel(code);
            arm.setDescription(null);
            arm.setControl(false);
        }
        for (Compound c : study.getCompounds()) {
            c.setName(Coding.compoundLabel(c, false));
            c.setPlacebo(false);
            c.setControlledSubstance(false);
            c.setStockConcentrationMgPerMl(0);
            c.setVehicle(null);
            c.setDescription(null);
        }
        ECollections.sort(study.getArms(), Comparator.comparing(TreatmentArm::getCode));
        ECollections.sort(study.getCompounds(), Comparator.comparing(Compound::getName));
        study.getAllocations().clear();
        for (BlindingEvent e : study.getBlindingLog()) {
            if (e.getKind() == BlindingEventKind.CODES_GENERATED || e.getKind() == BlindingEventKind.CODES_REGENERATED) {
                e.setDetail(CODING_DETAIL);
            }
        }
    }
}
