package org.vivarium.lab;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.vivarium.core.audit.EntryRefusedException;
import org.vivarium.core.audit.StudyChange;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.support.StudyResource;

/** The rows of the values a change touched, as vivarium_commit takes them (p_rows); records are in LabRecordJson. */
final class LabValueJson {

    private LabValueJson() {
    }

    /**
     * Each value the change set, added or removed, as it is now, once, with the version it was based on; keyed so that
     * a value taken out and put back in one change is sent once.
     */
    static Map<LabKey, String> of(StudyResource resource, StudyChange change, ToIntFunction<LabKey> base) {
        Map<LabKey, String> rows = new LinkedHashMap<>();
        for (StudyChange.Removed gone : change.removed()) {
            LabKey key = LabKey.of(resource, gone.session(), gone.measurement());
            if (key != null) {
                rows.put(key, row(resource, key, base.applyAsInt(key), null));
            }
        }
        for (Measurement m : change.measurements()) {
            LabKey key = LabKey.of(resource, (AssaySession) m.eContainer(), m);
            if (key != null) {
                rows.put(key, row(resource, key, base.applyAsInt(key), m));
            }
        }
        return rows;
    }

    private static String row(StudyResource resource, LabKey key, int base, Measurement m) {
        StringBuilder b = new StringBuilder(200).append("{\"session_id\":");
        LabJson.string(b, key.session()).append(",\"unit_id\":");
        LabJson.string(b, key.unit()).append(",\"measure_id\":");
        LabJson.string(b, key.measure()).append(",\"base\":").append(base);
        if (m == null) {
            return b.append(",\"removed\":true}").toString();
        }
        if (!Double.isFinite(m.getValue())) {
            throw new EntryRefusedException(LabRefusals.label(resource, key) + " is not a number: "
                    + m.getValue() + " cannot be stored");
        }
        b.append(",\"value\":").append(m.getValue()).append(",\"censored\":").append(m.isCensored())
                .append(",\"excluded\":").append(m.isExcluded()).append(",\"exclusion_reason\":");
        LabJson.string(b, m.getExclusionReason()).append(",\"source\":");
        return LabJson.string(b, m.getSource()).append(",\"removed\":false}").toString();
    }
}
