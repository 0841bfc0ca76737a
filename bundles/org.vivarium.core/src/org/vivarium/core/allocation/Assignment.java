package org.vivarium.core.allocation;

import org.vivarium.model.Animal;
import org.vivarium.model.TreatmentArm;

/**
 * One animal's place in an allocation.
 *
 * @param animal    the animal
 * @param arm       the arm it is allocated to
 * @param stratum   the label of its stratum ("all" without strata)
 * @param block     the number of its block (1, 2, ... across the cohort, in the order blocks were filled); 0 for
 *                  simple randomisation
 * @param blindCode its blind code after the allocation (new unless codes are kept), or null
 */
public record Assignment(Animal animal, TreatmentArm arm, String stratum, int block, String blindCode) {
}
