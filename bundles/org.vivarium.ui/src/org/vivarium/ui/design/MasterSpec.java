package org.vivarium.ui.design;

import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.widgets.Shell;

/**
 * One list of a design page: the children of a containment reference, of the study or of what is selected in an
 * earlier list of the page, with the factory of new children.
 *
 * @param title       section title, e.g. "Arms"
 * @param description one line under the title
 * @param parentList  index of the list whose selection is the parent, or -1 for the study
 * @param feature     the containment reference listed
 * @param factory     makes a new child for a parent (with sensible, unique defaults); null: no Add button
 * @param action      a further button acting on the parent (e.g. House... on a cohort's cages); null: none
 */
record MasterSpec(String title, String description, int parentList, EReference feature,
        BiFunction<EObject, DesignPage, EObject> factory, Action action) {

    /**
     * A button of the list: its text, tooltip, and the command it makes for the parent (null when the user cancels
     * or there is nothing to do).
     */
    record Action(String text, String tooltip, BiFunction<EObject, Shell, Command> command) {
    }

    MasterSpec(String title, String description, int parentList, EReference feature,
            BiFunction<EObject, DesignPage, EObject> factory) {
        this(title, description, parentList, feature, factory, null);
    }
}
