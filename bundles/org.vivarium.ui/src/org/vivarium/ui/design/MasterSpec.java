package org.vivarium.ui.design;

import java.util.function.BiFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * One list of a design page: the children of a containment reference, of the study or of what is selected in an
 * earlier list of the page, with the factory of new children.
 *
 * @param title       section title, e.g. "Arms"
 * @param description one line under the title
 * @param parentList  index of the list whose selection is the parent, or -1 for the study
 * @param feature     the containment reference listed
 * @param factory     makes a new child for a parent (with sensible, unique defaults); null: no Add button
 */
record MasterSpec(String title, String description, int parentList, EReference feature,
        BiFunction<EObject, DesignPage, EObject> factory) {
}
