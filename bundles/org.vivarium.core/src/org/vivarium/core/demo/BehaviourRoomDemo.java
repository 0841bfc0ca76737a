package org.vivarium.core.demo;

import java.time.LocalDate;

import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;

/**
 * The demo study as a behaviour room leaves it: the seed demo ({@link DemoStudy}, same seed and day rules) except that
 * the FST 24 h session's values are not in the study yet - the session was tested and its videos scored in EthoVision
 * XT, and the values come in by importing those exports ({@code vivarium demo OUT --example behaviour-room} writes
 * look-alikes of them). Everything else is the seed demo's.
 */
public final class BehaviourRoomDemo {

    /** The session whose values are left to be imported. */
    public static final String SESSION = "FST 24 h";

    private BehaviourRoomDemo() {
    }

    /** The example as of today. */
    public static Study generate(long seed) {
        return generate(seed, LocalDate.now());
    }

    /** The example as of the given day (the 1 h cohort is dosed and tested that day, as in the seed demo). */
    public static Study generate(long seed, LocalDate today) {
        Study study = DemoStudy.generate(seed, today);
        session(study).getMeasurements().clear();
        return study;
    }

    /** The session of the example whose values come from the EthoVision exports. */
    public static AssaySession session(Study study) {
        return Studies.sessions(study).stream().filter(s -> SESSION.equals(s.getName())).findFirst().orElseThrow(
                () -> new IllegalArgumentException("the study has no session " + SESSION));
    }
}
