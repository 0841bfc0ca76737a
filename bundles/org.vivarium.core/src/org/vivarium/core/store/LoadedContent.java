package org.vivarium.core.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.vivarium.core.study.Labels;
import org.vivarium.model.AssaySession;

/**
 * What a study file may not hold although its XMI is well formed: numbers that are not finite (a NaN volume limit
 * switches the dose-volume rule off without a word) and references into other documents ({@code href="file:..."} or
 * {@code http:}), which are never followed. Measurement values are checked as the table is read.
 */
final class LoadedContent {

    private LoadedContent() {
    }

    /** The first such problem, or null. */
    static String problem(Resource resource) {
        Map<EClass, Features> features = new HashMap<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof AssaySession) {
                it.prune(); // its measurements came from the table, which refuses values that are not numbers
            }
            Features f = features.computeIfAbsent(o.eClass(), Features::of);
            String p = numbers(o, f);
            if (p == null) {
                p = references(o, f);
            }
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The features of a class worth checking: single numbers, and references that may point elsewhere. */
    private record Features(List<EAttribute> numbers, List<EReference> references) {
        static Features of(EClass c) {
            List<EAttribute> numbers = c.getEAllAttributes().stream().filter(a -> !a.isMany() && (a
                    .getEAttributeType().getInstanceClass() == double.class || a.getEAttributeType()
                            .getInstanceClass() == Double.class)).toList();
            List<EReference> references = c.getEAllReferences().stream().filter(r -> !r.isContainment()
                    && !r.isContainer() && !r.isTransient()).toList();
            return new Features(numbers, references);
        }
    }

    private static String numbers(EObject o, Features f) {
        for (EAttribute a : f.numbers()) {
            if (o.eGet(a) instanceof Double d && !Double.isFinite(d)) {
                return what(o) + ": " + a.getName() + " is " + d + ", not a number";
            }
        }
        return null;
    }

    private static String references(EObject o, Features f) {
        for (EReference r : f.references()) {
            Object value = o.eGet(r, false);
            Iterator<?> values = value instanceof InternalEList<?> list ? list.basicIterator()
                    : value == null ? java.util.Collections.emptyIterator() : List.of(value).iterator();
            while (values.hasNext()) {
                if (values.next() instanceof EObject target && target.eIsProxy()) {
                    return what(o) + ": " + r.getName() + " refers to another document (" + EcoreUtil.getURI(target)
                            + "); a study file refers only to its own objects";
                }
            }
        }
        return null;
    }

    private static String what(EObject o) {
        try {
            return Labels.of(o);
        } catch (RuntimeException e) {
            return o.eClass().getName();
        }
    }
}
