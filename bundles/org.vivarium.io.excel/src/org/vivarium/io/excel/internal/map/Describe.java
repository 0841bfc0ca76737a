package org.vivarium.io.excel.internal.map;

import org.vivarium.core.study.Labels;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.MeasureDefinition;

/** Short names for messages. */
public final class Describe {

    private Describe() {
    }

    /** "FST immobility". */
    public static String measure(MeasureDefinition m) {
        String assay = m.eContainer() instanceof AssayDefinition a ? a.getCode() + " " : "";
        return assay + m.getName();
    }

    /** "FST.immobility", as mapping files name measures. */
    public static String ref(MeasureDefinition m) {
        return (m.eContainer() instanceof AssayDefinition a ? a.getCode() + "." : "") + m.getName();
    }

    /** "150 s". */
    public static String value(double v, MeasureDefinition m) {
        return Labels.number(v) + (m.getUnit() == null || m.getUnit().isBlank() ? "" : " " + m.getUnit());
    }
}
