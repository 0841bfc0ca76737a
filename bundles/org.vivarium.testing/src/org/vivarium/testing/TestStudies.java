package org.vivarium.testing;

import java.time.LocalDateTime;

import org.vivarium.core.dose.DoseCalculator;
import org.vivarium.core.study.StandardAssays;
import org.vivarium.core.study.StandardRoutes;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;

/**
 * Small, valid studies for tests: two arms (VEH control, KET 10 mg/kg i.p.), one cohort dosed at
 * {@link #ANCHOR}, four animals in two cages (A1, A2 on vehicle in cage K1; B1, B2 on ketamine in cage K2), each
 * weighed and dosed, and an FST session at 24 h with immobility values 150, 160, 90, 100 s.
 */
public final class TestStudies {

    public static final LocalDateTime ANCHOR = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final VivariumFactory F = VivariumFactory.eINSTANCE;

    private TestStudies() {
    }

    public static Study small() {
        Study study = F.createStudy();
        study.setId("TEST-1");
        study.setTitle("Test study");
        StandardRoutes.addTo(study);
        StandardAssays.addTo(study);
        Compound saline = compound(study, "Saline", true, 0);
        Compound ketamine = compound(study, "Ketamine", false, 1.0);
        ketamine.setControlledSubstance(true);
        TreatmentArm veh = arm(study, "VEH", true, saline, 0, 10);
        TreatmentArm ket = arm(study, "KET", false, ketamine, 10, 0);
        Cohort cohort = F.createCohort();
        cohort.setName("C1");
        cohort.setStrain("C57BL/6J");
        cohort.setSex(Sex.MIXED);
        cohort.setAnchorDoseTime(ANCHOR);
        study.getCohorts().add(cohort);
        Cage k1 = cage(cohort, "K1");
        Cage k2 = cage(cohort, "K2");
        animal(cohort, "A1", Sex.FEMALE, veh, k1, 20.0);
        animal(cohort, "A2", Sex.MALE, veh, k1, 25.0);
        animal(cohort, "B1", Sex.FEMALE, ket, k2, 21.0);
        animal(cohort, "B2", Sex.MALE, ket, k2, 24.0);
        AssaySession fst = session(study, "FST", "FST 24 h", cohort, 24);
        measure(fst, "A1", "immobility", 150);
        measure(fst, "A2", "immobility", 160);
        measure(fst, "B1", "immobility", 90);
        measure(fst, "B2", "immobility", 100);
        return study;
    }

    public static Compound compound(Study study, String name, boolean placebo, double stock) {
        Compound c = F.createCompound();
        c.setName(name);
        c.setPlacebo(placebo);
        c.setStockConcentrationMgPerMl(stock);
        study.getCompounds().add(c);
        return c;
    }

    public static TreatmentArm arm(Study study, String code, boolean control, Compound compound, double dose,
            double volumePerKg) {
        TreatmentArm arm = F.createTreatmentArm();
        arm.setCode(code);
        arm.setLabel(code);
        arm.setControl(control);
        DoseRegimen r = F.createDoseRegimen();
        r.setCompound(compound);
        r.setDoseMgPerKg(dose);
        r.setVolumeMlPerKg(volumePerKg);
        r.setRoute(Studies.findRoute(study, StandardRoutes.IP));
        arm.getRegimens().add(r);
        study.getArms().add(arm);
        return arm;
    }

    public static Cage cage(Cohort cohort, String label) {
        Cage c = F.createCage();
        c.setLabel(label);
        c.setCapacity(5);
        cohort.getCages().add(c);
        return c;
    }

    /** An animal weighed the day before the anchor dose and dosed at it (volume from the calculator). */
    public static Animal animal(Cohort cohort, String id, Sex sex, TreatmentArm arm, Cage cage, double grams) {
        Animal a = F.createAnimal();
        a.setId(id);
        a.setSex(sex);
        a.setArm(arm);
        a.setCage(cage);
        cohort.getAnimals().add(a);
        BodyWeight w = F.createBodyWeight();
        w.setMeasuredAt(ANCHOR.minusDays(1));
        w.setWeightGrams(grams);
        a.getBodyWeights().add(w);
        for (DoseRegimen r : arm.getRegimens()) {
            DosingEvent e = F.createDosingEvent();
            e.setRegimen(r);
            e.setScheduledTime(ANCHOR);
            e.setActualTime(ANCHOR.plusMinutes(5));
            e.setBodyWeightGrams(grams);
            e.setVolumeMl(DoseCalculator.volume(r, grams).volumeMl());
            e.setOperator("tester");
            a.getDosingEvents().add(e);
        }
        return a;
    }

    public static AssaySession session(Study study, String assayCode, String name, Cohort cohort, double hours) {
        AssayDefinition assay = Studies.findAssay(study, assayCode);
        AssaySession s = F.createAssaySession();
        s.setName(name);
        s.setCohort(cohort);
        s.setTimeFromDoseHours(hours);
        s.setDate(cohort.getAnchorDoseTime().plusMinutes(Math.round(hours * 60)));
        assay.getSessions().add(s);
        return s;
    }

    public static Measurement measure(AssaySession session, String animalId, String measure, double value) {
        Study study = Studies.studyOf(session);
        Measurement m = F.createMeasurement();
        m.setAnimal(Studies.findAnimal(study, animalId));
        m.setMeasure(measure(session, measure));
        m.setValue(value);
        m.setSource("manual");
        session.getMeasurements().add(m);
        return m;
    }

    public static MeasureDefinition measure(AssaySession session, String name) {
        return ((AssayDefinition) session.eContainer()).getMeasures().stream().filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no measure " + name));
    }
}
