package org.vivarium.io.excel.tests;

import java.nio.file.Path;

import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

/**
 * The study the import tests use: {@link TestStudies#small()} (cohort C1: A1, A2 on VEH in cage K1, B1, B2 on KET in
 * cage K2; FST 24 h with immobility 150, 160, 90, 100 s) plus cohort C2 (D1, D2 on KET in cage K3) and the sessions
 * NSF 24 h, SPT 24 h (per cage), TST 24 h (blinded; blind codes QX7, RW2, SV9, TU4), BW 0 h and BW 1 wk (C1), and
 * FST 1 wk (C2).
 */
final class ImportFixtures {

    private ImportFixtures() {
    }

    static Study study() {
        Study study = TestStudies.small();
        Cohort c1 = study.getCohorts().get(0);
        Cohort c2 = VivariumFactory.eINSTANCE.createCohort();
        c2.setName("C2");
        c2.setStrain("C57BL/6J");
        c2.setSex(Sex.FEMALE);
        c2.setAnchorDoseTime(TestStudies.ANCHOR);
        study.getCohorts().add(c2);
        Cage k3 = TestStudies.cage(c2, "K3");
        TestStudies.animal(c2, "D1", Sex.FEMALE, study.getArms().get(1), k3, 22.0);
        TestStudies.animal(c2, "D2", Sex.FEMALE, study.getArms().get(1), k3, 23.0);
        TestStudies.session(study, "NSF", "NSF 24 h", c1, 24);
        TestStudies.session(study, "SPT", "SPT 24 h", c1, 24);
        AssaySession tst = TestStudies.session(study, "TST", "TST 24 h", c1, 24);
        tst.setBlinded(true);
        TestStudies.session(study, "BW", "BW 0 h", c1, 0);
        TestStudies.session(study, "BW", "BW 1 wk", c1, 168);
        TestStudies.session(study, "FST", "FST 1 wk", c2, 168);
        String[] codes = {"QX7", "RW2", "SV9", "TU4", "VA1", "WB2"};
        int i = 0;
        for (Animal a : Studies.animals(study)) {
            a.setBlindCode(codes[i++]);
        }
        return study;
    }

    /** Saves a study as {@code dir/s.vivarium} through the store; returns the file. */
    static Path save(Path dir, Study study) throws StudyStoreException {
        new FolderStudyStore(dir).create("s.vivarium", study).close();
        return dir.resolve("s.vivarium");
    }
}
