package org.vivarium.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.vivarium.core.study.StandardRoutes;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssayKind;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;

/**
 * A large synthetic study for benchmarks: cohorts of 1,000 animals in cages of 5, four arms, one assay with 10
 * measures and 10 sessions per cohort, each animal measured on every measure in every session of its cohort.
 */
final class BenchStudy {

    static final int ANIMALS_PER_COHORT = 1000;
    static final int MEASURES = 10;
    static final int SESSIONS_PER_COHORT = 10;

    private BenchStudy() {
    }

    /** animals must be a multiple of 1,000; measurements = animals x 100. */
    static Study build(int animals) {
        VivariumFactory f = VivariumFactory.eINSTANCE;
        SplittableRandom random = new SplittableRandom(7);
        Study study = f.createStudy();
        study.setId("BENCH");
        study.setTitle("Benchmark study (synthetic)");
        StandardRoutes.addTo(study);
        List<TreatmentArm> arms = new ArrayList<>();
        for (String code : List.of("VEH", "KET", "BCI", "KET+BCI")) {
            TreatmentArm arm = f.createTreatmentArm();
            arm.setCode(code);
            arm.setLabel(code);
            arm.setControl(code.equals("VEH"));
            study.getArms().add(arm);
            arms.add(arm);
        }
        AssayDefinition assay = f.createAssayDefinition();
        assay.setCode("OFT");
        assay.setKind(AssayKind.OFT);
        assay.setName("Open field (benchmark)");
        study.getAssays().add(assay);
        List<MeasureDefinition> measures = new ArrayList<>();
        for (int i = 0; i < MEASURES; i++) {
            MeasureDefinition m = f.createMeasureDefinition();
            m.setName("m" + i);
            m.setLabel("Measure " + i);
            m.setUnit("s");
            m.setMinimum(0.0);
            m.setMaximum(1000.0);
            assay.getMeasures().add(m);
            measures.add(m);
        }
        for (int c = 0; c < animals / ANIMALS_PER_COHORT; c++) {
            Cohort cohort = f.createCohort();
            cohort.setName("C" + c);
            cohort.setStrain("C57BL/6J");
            study.getCohorts().add(cohort);
            Cage cage = null;
            for (int i = 0; i < ANIMALS_PER_COHORT; i++) {
                if (i % 5 == 0) {
                    cage = f.createCage();
                    cage.setLabel("C" + c + "-K" + i / 5);
                    cohort.getCages().add(cage);
                }
                Animal a = f.createAnimal();
                a.setId("C" + c + "-" + i);
                a.setSex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE);
                a.setArm(arms.get(i / 5 % arms.size()));
                a.setCage(cage);
                cohort.getAnimals().add(a);
            }
            for (int s = 0; s < SESSIONS_PER_COHORT; s++) {
                AssaySession session = f.createAssaySession();
                session.setName("C" + c + " session " + s);
                session.setCohort(cohort);
                session.setTimeFromDoseHours(24.0 * s);
                assay.getSessions().add(session);
                List<Measurement> values = session.getMeasurements();
                for (Animal a : cohort.getAnimals()) {
                    for (MeasureDefinition m : measures) {
                        Measurement x = f.createMeasurement();
                        x.setAnimal(a);
                        x.setMeasure(m);
                        x.setValue(Math.round(random.nextDouble() * 10000) / 10.0);
                        x.setSource("manual");
                        values.add(x);
                    }
                }
            }
        }
        return study;
    }
}
