package org.vivarium.core.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.vivarium.core.study.StandardAssays;
import org.vivarium.core.study.StandardRoutes;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.Route;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.StudyStatus;
import org.vivarium.model.TimeDesign;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;

/**
 * The bundled demo: a 2x2 Vehicle/Ketamine x Vehicle/BCI study in C57BL/6J mice of both sexes, n = 10 per arm and
 * sex, one cohort per timepoint (1 h, 24 h, 1 wk, 2 wk, 4 wk, 8 wk). The 24 h to 8 wk cohorts were dosed and tested
 * weeks ago; the 1 h cohort is dosed and tested today, so the workbench has work due. Values are simulated
 * ({@link DemoData}): ketamine alone loses its effect after about a week, ketamine + BCI keeps it to 8 weeks.
 * The same seed and day give the same study.
 */
public final class DemoStudy {

    /** Timepoints (hours since the anchor dose) and the cohort codes that serve them. */
    static final double[] TIMEPOINTS = { 1, 24, 168, 336, 672, 1344 };
    static final String[] CODES = { "1H", "24H", "1W", "2W", "4W", "8W" };
    static final int N_PER_ARM_AND_SEX = 10;
    static final int CAGE_SIZE = 5;
    /** The day the earlier cohorts were tested, relative to today. */
    static final int TEST_DAY_OFFSET = -63;
    static final LocalTime DOSING_TIME = LocalTime.of(9, 0);
    static final String OPERATOR = "J. Tech (demo)";

    private DemoStudy() {
    }

    /** The demo study as of today. */
    public static Study generate(long seed) {
        return generate(seed, LocalDate.now());
    }

    /** The demo study as of the given day (the 1 h cohort is dosed that day). */
    public static Study generate(long seed, LocalDate today) {
        Random random = new Random(seed);
        Study study = header(seed);
        StandardRoutes.addTo(study);
        StandardAssays.addTo(study);
        Arms arms = arms(study, random);
        DemoData data = new DemoData(study, arms, random, today, new DemoIds(random, seed));
        for (int i = 0; i < TIMEPOINTS.length; i++) {
            Cohort cohort = cohort(study, i, today, random);
            data.populate(cohort, i);
        }
        return study;
    }

    private static Study header(long seed) {
        Study s = VivariumFactory.eINSTANCE.createStudy();
        s.setId("KET-BCI-DEMO");
        s.setTitle("Ketamine + BCI: how long does the antidepressant-like effect last? (demo)");
        s.setPrincipalInvestigator("Dr. A. Example (demo)");
        s.setProtocolNumber("IACUC-DEMO-0001");
        s.setSpecies("Mus musculus");
        s.setHypothesis("A single dose of ketamine (10 mg/kg i.p.) combined with the DUSP6 inhibitor BCI, which keeps ERK "
                + "active, prolongs the antidepressant-like effect in the forced swim and novelty-suppressed feeding "
                + "tests to about two months, whereas ketamine alone loses it after about a week.");
        s.setDescription("DEMO STUDY - every value is simulated and illustrative (seed " + seed + "), not data from "
                + "any experiment. The design follows mouse studies of ketamine with BCI (Science, May 2025); the BCI "
                + "dose and timing (10 mg/kg i.p., 30 min after ketamine) are an illustrative choice, as labs vary. "
                + "The 1 h cohort is dosed and tested today.");
        s.setStatus(StudyStatus.ACTIVE);
        s.setExperimentalUnit(ExperimentalUnit.ANIMAL);
        s.setTimeDesign(TimeDesign.SEPARATE_COHORTS);
        s.setSampleSizeRationale("n = 10 per arm and sex per timepoint (illustrative; a real study would justify it "
                + "with a power calculation).");
        s.setRandomisationMethod("Seeded random allocation (seed " + seed + ") to the four arms, stratified by sex "
                + "within each cohort; same-sex, same-arm cages of " + CAGE_SIZE + ".");
        s.setBlindingMethod("Arms coded A-D; FST and NSF scored from blind codes by an experimenter who does not know "
                + "the allocation; unblinding after the last session.");
        return s;
    }

    /** The four arms and what they receive. */
    record Arms(TreatmentArm vehicle, TreatmentArm ketamine, TreatmentArm bci, TreatmentArm combination) {
        List<TreatmentArm> all() {
            return List.of(vehicle, ketamine, bci, combination);
        }
    }

    private static Arms arms(Study study, Random random) {
        Route ip = Studies.findRoute(study, StandardRoutes.IP);
        Compound saline = compound(study, "Saline", true, false, 0, "0.9% NaCl", "Vehicle of ketamine.");
        Compound bciVehicle = compound(study, "BCI vehicle", true, false, 0, "5% DMSO, 5% Tween 80 in saline",
                "Vehicle of BCI.");
        Compound ketamine = compound(study, "Ketamine", false, true, 1.0, "0.9% NaCl",
                "NMDA receptor antagonist; controlled substance (stock and usage log).");
        Compound bci = compound(study, "BCI", false, false, 1.0, "5% DMSO, 5% Tween 80 in saline",
                "(E)-2-benzylidene-3-(cyclohexylamino)-indan-1-one, DUSP6 inhibitor; dose illustrative.");
        List<String> blind = new ArrayList<>(List.of("A", "B", "C", "D"));
        Collections.shuffle(blind, random);
        TreatmentArm veh = arm(study, "VEH+VEH", "Vehicle + Vehicle", blind.get(0), true);
        TreatmentArm ket = arm(study, "KET+VEH", "Ketamine + Vehicle", blind.get(1), false);
        TreatmentArm b = arm(study, "VEH+BCI", "Vehicle + BCI", blind.get(2), false);
        TreatmentArm kb = arm(study, "KET+BCI", "Ketamine + BCI", blind.get(3), false);
        regimen(veh, saline, 0, 10, ip, 0);
        regimen(veh, bciVehicle, 0, 10, ip, 0.5);
        regimen(ket, ketamine, 10, 0, ip, 0);
        regimen(ket, bciVehicle, 0, 10, ip, 0.5);
        regimen(b, saline, 0, 10, ip, 0);
        regimen(b, bci, 10, 0, ip, 0.5);
        regimen(kb, ketamine, 10, 0, ip, 0);
        regimen(kb, bci, 10, 0, ip, 0.5);
        return new Arms(veh, ket, b, kb);
    }

    /** A compound of a demo study (shared by the bundled examples). */
    static Compound compound(Study study, String name, boolean placebo, boolean controlled, double stock,
            String vehicle, String description) {
        Compound c = VivariumFactory.eINSTANCE.createCompound();
        c.setName(name);
        c.setPlacebo(placebo);
        c.setControlledSubstance(controlled);
        c.setStockConcentrationMgPerMl(stock);
        c.setVehicle(vehicle);
        c.setDescription(description);
        study.getCompounds().add(c);
        return c;
    }

    private static TreatmentArm arm(Study study, String code, String label, String blinded, boolean control) {
        TreatmentArm a = VivariumFactory.eINSTANCE.createTreatmentArm();
        a.setCode(code);
        a.setLabel(label);
        a.setBlindedCode(blinded);
        a.setControl(control);
        a.setPlannedN(N_PER_ARM_AND_SEX);
        study.getArms().add(a);
        return a;
    }

    private static void regimen(TreatmentArm arm, Compound compound, double dose, double volumePerKg, Route route,
            double offsetHours) {
        DoseRegimen r = VivariumFactory.eINSTANCE.createDoseRegimen();
        r.setCompound(compound);
        r.setDoseMgPerKg(dose);
        r.setVolumeMlPerKg(volumePerKg);
        r.setRoute(route);
        r.setOffsetHours(offsetHours);
        arm.getRegimens().add(r);
    }

    private static Cohort cohort(Study study, int index, LocalDate today, Random random) {
        double hours = TIMEPOINTS[index];
        LocalDateTime anchor = index == 0 ? today.atTime(DOSING_TIME)
                : today.plusDays(TEST_DAY_OFFSET).atTime(DOSING_TIME).minusHours((long) hours);
        Cohort c = VivariumFactory.eINSTANCE.createCohort();
        c.setName(org.vivarium.core.study.Time.sinceDose(hours));
        c.setStrain("C57BL/6J");
        c.setSex(Sex.MIXED);
        c.setVendor("Jackson Laboratory (demo)");
        c.setTimepointHours(hours);
        c.setAnchorDoseTime(anchor);
        c.setArrivalDate(anchor.toLocalDate().minusDays(14));
        c.setBirthDate(c.getArrivalDate().minusWeeks(8));
        study.getCohorts().add(c);
        return c;
    }

    /** Allocates 2 x 4 x n animals of a cohort to arms (stratified by sex) and houses them in same-arm cages. */
    static List<Animal> allocate(Cohort cohort, String code, Arms arms, Random random, DemoIds ids) {
        List<Animal> animals = new ArrayList<>();
        int number = 1;
        int cageNumber = 1;
        for (Sex sex : List.of(Sex.FEMALE, Sex.MALE)) {
            List<TreatmentArm> slots = new ArrayList<>();
            for (TreatmentArm arm : arms.all()) {
                for (int i = 0; i < N_PER_ARM_AND_SEX; i++) {
                    slots.add(arm);
                }
            }
            Collections.shuffle(slots, random);
            List<Animal> ofSex = new ArrayList<>();
            for (TreatmentArm arm : slots) {
                Animal a = VivariumFactory.eINSTANCE.createAnimal();
                a.setId(String.format("%s-%02d", code, number++));
                a.setEarTag(ids.earTag());
                a.setBlindCode(ids.blindCode());
                a.setSex(sex);
                a.setDateOfBirth(cohort.getBirthDate());
                a.setGenotype("WT");
                a.setArm(arm);
                cohort.getAnimals().add(a);
                ofSex.add(a);
            }
            for (TreatmentArm arm : arms.all()) {
                Cage cage = null;
                for (Animal a : ofSex) {
                    if (a.getArm() != arm) {
                        continue;
                    }
                    if (cage == null || cage.getAnimals().size() == CAGE_SIZE) {
                        cage = VivariumFactory.eINSTANCE.createCage();
                        cage.setLabel(String.format("%s-C%02d", code, cageNumber++));
                        cage.setLocation("Room 2.14, rack " + (1 + cageNumber / 9));
                        cage.setCapacity(CAGE_SIZE);
                        cohort.getCages().add(cage);
                    }
                    a.setCage(cage);
                }
            }
            animals.addAll(ofSex);
        }
        return animals;
    }

    /** The standard assays the demo uses. */
    static AssayDefinition assay(Study study, String code) {
        return Studies.findAssay(study, code);
    }
}
