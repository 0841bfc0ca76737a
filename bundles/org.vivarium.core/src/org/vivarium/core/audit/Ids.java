package org.vivarium.core.audit;

/** Stable ids in the trail: the {@code xmi:id} of an object, or "session/unit/measure" for a measurement. */
final class Ids {

    static final char SEPARATOR = '/';

    private Ids() {
    }

    /** Whether a composite id (a measurement's) names the target as one of its parts. */
    static boolean partOf(String id, String target) {
        if (id == null || id.indexOf(SEPARATOR) < 0) {
            return false;
        }
        for (String part : id.split(String.valueOf(SEPARATOR))) {
            if (part.equals(target)) {
                return true;
            }
        }
        return false;
    }
}
