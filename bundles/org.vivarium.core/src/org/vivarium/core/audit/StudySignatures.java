package org.vivarium.core.audit;

import java.util.List;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The electronic signatures of a study as its store had them when the study was read, kept with its resource (a
 * store that keeps signatures - the lab server - attaches them; a study file has none, so nothing is attached), for
 * what shows a study: the command line's info, reports, exports, the workbench.
 */
public final class StudySignatures extends AdapterImpl {

    private volatile List<Signature> signatures;

    private StudySignatures(List<Signature> signatures) {
        this.signatures = List.copyOf(signatures);
    }

    /** The signatures kept with the resource, or null when its store keeps none (a study file). */
    public static List<Signature> of(Resource resource) {
        if (resource != null) {
            for (Object a : resource.eAdapters()) {
                if (a instanceof StudySignatures s) {
                    return s.signatures;
                }
            }
        }
        return null;
    }

    /** Keeps these signatures with the resource (replacing those kept before). */
    public static void attach(Resource resource, List<Signature> signatures) {
        for (Object a : resource.eAdapters()) {
            if (a instanceof StudySignatures s) {
                s.signatures = List.copyOf(signatures);
                return;
            }
        }
        resource.eAdapters().add(new StudySignatures(signatures));
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == StudySignatures.class;
    }
}
