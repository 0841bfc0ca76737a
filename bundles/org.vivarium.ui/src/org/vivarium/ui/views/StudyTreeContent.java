package org.vivarium.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.ui.emf.ItemProviderContentProvider;

/**
 * The navigator's tree: study → compounds, arms (→ regimens), cohorts → cages → animals, assays → sessions. Children
 * come from the item providers, kept to the features above; cages show the animals they house (animals without a
 * cage are listed under their cohort). Measurements, weights and doses are not tree nodes (there can be millions).
 */
final class StudyTreeContent extends ItemProviderContentProvider {

    private static final Set<EReference> SHOWN = Set.of(Literals.STUDY__COMPOUNDS, Literals.STUDY__ARMS,
            Literals.STUDY__COHORTS, Literals.STUDY__ASSAYS, Literals.TREATMENT_ARM__REGIMENS, Literals.COHORT__CAGES,
            Literals.ASSAY_DEFINITION__SESSIONS);

    StudyTreeContent(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Cage cage) {
            return cage.getAnimals().toArray();
        }
        List<Object> children = new ArrayList<>();
        for (Object child : super.getChildren(parent)) {
            if (child instanceof EObject o && SHOWN.contains(o.eContainmentFeature())) {
                children.add(child);
            }
        }
        if (parent instanceof Cohort cohort) {
            for (Animal a : cohort.getAnimals()) {
                if (a.getCage() == null) {
                    children.add(a);
                }
            }
        }
        return children.toArray();
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Cage cage) {
            return !cage.getAnimals().isEmpty();
        }
        if (element instanceof Animal) {
            return false;
        }
        return getChildren(element).length > 0;
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof Animal a && a.getCage() != null) {
            return a.getCage();
        }
        return super.getParent(element);
    }
}
