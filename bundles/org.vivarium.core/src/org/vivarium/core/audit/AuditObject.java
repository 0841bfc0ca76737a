package org.vivarium.core.audit;

import java.util.List;
import java.util.Map;

/**
 * An object added or removed by an audited change, with its content as it was then: its attributes and references
 * as text ({@code values}, in the order of the model), and the ids of the objects it refers to ({@code refs}).
 */
public record AuditObject(String id, String type, String label, Map<String, String> values, List<String> refs) {

    /** Whether this is the object of that id, or refers to it. */
    public boolean concerns(String target) {
        return target.equals(id) || Ids.partOf(id, target) || refs.contains(target);
    }
}
