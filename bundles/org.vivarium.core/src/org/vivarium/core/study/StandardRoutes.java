package org.vivarium.core.study;

import java.util.List;

import org.vivarium.model.Route;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;

/**
 * Routes of administration with good-practice volume limits for mice (Diehl et al. 2001, J Appl Toxicol 21:15-23):
 * i.p. 20 mL/kg (10 typical), s.c. 10 mL/kg, p.o. 10 mL/kg, i.v. bolus 5 mL/kg. A lab may change them per study.
 */
public final class StandardRoutes {

    public static final String IP = "i.p.";
    public static final String SC = "s.c.";
    public static final String PO = "p.o.";
    public static final String IV = "i.v.";

    private StandardRoutes() {
    }

    /** Adds every standard route the study does not have yet (matched by code); returns the study. */
    public static Study addTo(Study study) {
        for (Route r : all()) {
            if (Studies.findRoute(study, r.getCode()) == null) {
                study.getRoutes().add(r);
            }
        }
        return study;
    }

    public static List<Route> all() {
        return List.of(route(IP, "intraperitoneal", 20, 10), route(SC, "subcutaneous", 10, 5),
                route(PO, "oral gavage", 10, 10), route(IV, "intravenous bolus", 5, 5));
    }

    private static Route route(String code, String name, double max, double typical) {
        Route r = VivariumFactory.eINSTANCE.createRoute();
        r.setCode(code);
        r.setName(name);
        r.setMaxVolumeMlPerKg(max);
        r.setTypicalVolumeMlPerKg(typical);
        return r;
    }
}
