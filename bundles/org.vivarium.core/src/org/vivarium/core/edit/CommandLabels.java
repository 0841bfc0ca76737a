package org.vivarium.core.edit;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.vivarium.core.study.Labels;

/** Labels of edit commands as the Edit menu shows them: "Set planned n of VEH", "Set arm of 5 animals". */
public final class CommandLabels {

    private CommandLabels() {
    }

    /** "Set planned n of VEH". */
    public static String set(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
        return "Set " + property(adapterFactory, owner, feature) + " of " + Labels.name(owner);
    }

    /** "Set arm of 5 animals" (or, for one object, as {@link #set(AdapterFactory, EObject, EStructuralFeature)}). */
    public static String set(AdapterFactory adapterFactory, List<? extends EObject> owners,
            EStructuralFeature feature) {
        if (owners.size() == 1) {
            return set(adapterFactory, owners.get(0), feature);
        }
        EObject first = owners.isEmpty() ? null : owners.get(0);
        return "Set " + property(adapterFactory, first, feature) + " of " + Labels.count(owners.size(), first);
    }

    /**
     * The property's name as its item provider shows it, without what is in brackets, in lower case unless it is an
     * abbreviation ("planned n").
     */
    public static String property(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
        String name = null;
        if (owner != null && adapterFactory != null
                && adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
            for (IItemPropertyDescriptor d : source.getPropertyDescriptors(owner)) {
                if (d.getFeature(owner) == feature) {
                    name = d.getDisplayName(owner);
                    break;
                }
            }
        }
        if (name != null) {
            name = name.replaceAll("\\s*\\([^)]*\\)", "").strip(); // "Planned n (per sex and cohort)": "Planned n"
        }
        if (name == null || name.isBlank()) {
            name = feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2");
        }
        boolean abbreviation = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return abbreviation ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
