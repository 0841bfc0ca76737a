package org.vivarium.core.entry;

import org.eclipse.emf.ecore.EObject;

/**
 * One row of a data entry sheet: the experimental unit measured (an animal, or a cage when the assay's unit is the
 * cage) and what the person entering data may see of it. In a blinded session {@code name} is the blind code and
 * {@code cage} and {@code arm} are empty, so that nothing on the sheet reveals the allocation.
 *
 * @param unit   the animal or cage
 * @param name   animal id, blind code or cage label
 * @param sex    "F", "M" or "" (cages: "")
 * @param cage   cage label of an animal, the animals of a cage ("1H-01, 1H-02"), or "" when blinded
 * @param arm    arm code, or "" when blinded
 * @param status "" for active animals, else e.g. "found dead" (its rows stay, for ARRIVE's accounting)
 */
public record EntryRow(EObject unit, String name, String sex, String cage, String arm, String status) {
}
