package org.vivarium.core.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import org.vivarium.core.study.StandardAssays;
import org.vivarium.core.study.StandardRoutes;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
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
 * The bundled chronic example ({@code vivarium demo OUT --example chronic}): a single ketamine dose followed by BCI
 * daily for 14 days, against chronic fluoxetine twice daily (09:00 and 17:00) on days 1 to 21, each with its vehicle
 * arm; two cohorts of 4 arms x 8 male mice, on day 10 and day 3 today. Doses of past days are given (one out of its
 * window, with the reason; one missed), today's are due. Values are simulated and illustrative; the same seed and day
 * give the same study.
 */
public final class ChronicDemo {

    static final String OPERATOR = "J. Tech (demo)";
    static final int N_PER_ARM = 8;
    static final int CAGE_SIZE = 4;
    /** The study day each cohort is on today. */
    static final int[] DAY_TODAY = { 10, 3 };
    static final String[] CODES = { "A", "B" };
    static final LocalTime ANCHOR_TIME = LocalTime.of(9, 0);

    private ChronicDemo() {
    }

    /** The chronic example as of now: every dose whose window has closed is given, but for its two deviations. */
    public static Study generate(long seed) {
        return generate(seed, LocalDateTime.now().withSecond(0).withNano(0));
    }

    /** The chronic example as of the start of a day (the doses of the days before it given). */
    public static Study generate(long seed, LocalDate today) {
        return generate(seed, today.atStartOfDay());
    }

    /** The chronic example as of a time. */
    public static Study generate(long seed, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        Random random = new Random(seed);
        Study study = header(seed);
        StandardRoutes.addTo(study);
        StandardAssays.addTo(study);
        List<TreatmentArm> arms = arms(study);
        ChronicDemoDoses doses = new ChronicDemoDoses(random, now, new DemoIds(random, seed));
        for (int i = 0; i < CODES.length; i++) {
            Cohort cohort = cohort(study, i, today);
            doses.populate(cohort, CODES[i], arms);
            sessions(study, cohort);
        }
        doses.deviations(study.getCohorts().get(0), study.getCohorts().get(1));
        DemoStocks.addTo(study);
        return study;
    }

    private static Study header(long seed) {
        Study s = VivariumFactory.eINSTANCE.createStudy();
        s.setId("CHRONIC-DEMO");
        s.setTitle("Chronic ketamine + daily BCI vs. chronic fluoxetine (demo)");
        s.setPrincipalInvestigator("Dr. A. Example (demo)");
        s.setProtocolNumber("IACUC-DEMO-0002");
        s.setSpecies("Mus musculus");
        s.setHypothesis("A single dose of ketamine (10 mg/kg i.p.) followed by BCI daily for 14 days reduces "
                + "immobility in the forced swim test after three weeks as much as 21 days of fluoxetine twice daily.");
        s.setDescription("DEMO STUDY - every value is simulated and illustrative (seed " + seed + "), not data from "
                + "any experiment. It shows repeated regimens: ketamine once, BCI daily for 14 doses, fluoxetine "
                + "(an SSRI, the usual chronic antidepressant comparator; 5 mg/kg twice daily is an illustrative dose) "
                + "at 09:00 and 17:00 on days 1-21, each dose within +- 30 min. Cohort A is on day 10 today, cohort B "
                + "on day 3; one dose was given out of its window (with the reason) and one was missed.");
        s.setStatus(StudyStatus.ACTIVE);
        s.setExperimentalUnit(ExperimentalUnit.ANIMAL);
        s.setTimeDesign(TimeDesign.REPEATED_MEASURES);
        s.setSampleSizeRationale("n = 8 per arm per cohort (illustrative; a real study would justify it with a power "
                + "calculation).");
        s.setRandomisationMethod("Seeded random allocation (seed " + seed + ") to the four arms within each cohort; "
                + "same-arm cages of " + CAGE_SIZE + ".");
        return s;
    }

    private static List<TreatmentArm> arms(Study study) {
        Route ip = Studies.findRoute(study, StandardRoutes.IP);
        Compound saline = DemoStudy.compound(study, "Saline", true, false, 0, "0.9% NaCl", "Vehicle of ketamine.");
        Compound bciVehicle = DemoStudy.compound(study, "BCI vehicle", true, false, 0, "5% DMSO, 5% Tween 80 in saline",
                "Vehicle of BCI.");
        Compound ketamine = DemoStudy.compound(study, "Ketamine", false, true, 1.0, "0.9% NaCl",
                "NMDA receptor antagonist; controlled substance (stock and usage log).");
        Compound bci = DemoStudy.compound(study, "BCI", false, false, 1.0, "5% DMSO, 5% Tween 80 in saline",
                "DUSP6 inhibitor; dose and daily schedule illustrative.");
        Compound fluoxetine = DemoStudy.compound(study, "Fluoxetine", false, false, 0.5, "0.9% NaCl",
                "Selective serotonin reuptake inhibitor (fluoxetine hydrochloride); the chronic comparator.");
        fluoxetine.setCumulativeLimitMgPerKg(250);
        Compound fluoxetineVehicle = DemoStudy.compound(study, "Fluoxetine vehicle", true, false, 0, "0.9% NaCl",
                "Vehicle of fluoxetine.");
        TreatmentArm veh = arm(study, "VEH", "Saline + BCI vehicle daily", true);
        TreatmentArm kb = arm(study, "KET+BCI", "Ketamine once + BCI daily", false);
        TreatmentArm fveh = arm(study, "FLX-VEH", "Vehicle twice daily", true);
        TreatmentArm flx = arm(study, "FLX", "Fluoxetine twice daily", false);
        once(veh, saline, 0, 10, ip);
        daily(veh, bciVehicle, 0, 10, ip);
        once(kb, ketamine, 10, 0, ip);
        daily(kb, bci, 10, 0, ip);
        twiceDaily(fveh, fluoxetineVehicle, 0, 10, ip);
        twiceDaily(flx, fluoxetine, 5, 0, ip);
        return List.of(veh, kb, fveh, flx);
    }

    private static DoseRegimen regimen(TreatmentArm arm, Compound compound, double dose, double volumePerKg,
            Route route) {
        DoseRegimen r = VivariumFactory.eINSTANCE.createDoseRegimen();
        r.setCompound(compound);
        r.setDoseMgPerKg(dose);
        r.setVolumeMlPerKg(volumePerKg);
        r.setRoute(route);
        arm.getRegimens().add(r);
        return r;
    }

    private static void once(TreatmentArm arm, Compound c, double dose, double perKg, Route route) {
        regimen(arm, c, dose, perKg, route);
    }

    /** Daily for 14 doses, the first 30 min after the anchor dose. */
    private static void daily(TreatmentArm arm, Compound c, double dose, double perKg, Route route) {
        DoseRegimen r = regimen(arm, c, dose, perKg, route);
        r.setOffsetHours(0.5);
        r.setEveryHours(24);
        r.setDoses(14);
    }

    /** Days 1 to 21 at 09:00 and 17:00. */
    private static void twiceDaily(TreatmentArm arm, Compound c, double dose, double perKg, Route route) {
        DoseRegimen r = regimen(arm, c, dose, perKg, route);
        for (int day = 1; day <= 21; day++) {
            r.getDays().add(day);
        }
        r.getTimesOfDay().addAll(List.of("09:00", "17:00"));
    }

    private static TreatmentArm arm(Study study, String code, String label, boolean control) {
        TreatmentArm a = VivariumFactory.eINSTANCE.createTreatmentArm();
        a.setCode(code);
        a.setLabel(label);
        a.setControl(control);
        a.setPlannedN(N_PER_ARM * CODES.length);
        study.getArms().add(a);
        return a;
    }

    private static Cohort cohort(Study study, int index, LocalDate today) {
        LocalDateTime anchor = today.minusDays(DAY_TODAY[index] - 1L).atTime(ANCHOR_TIME);
        Cohort c = VivariumFactory.eINSTANCE.createCohort();
        c.setName("Chronic " + CODES[index]);
        c.setStrain("C57BL/6J");
        c.setSex(Sex.MALE);
        c.setVendor("Jackson Laboratory (demo)");
        c.setAnchorDoseTime(anchor);
        c.setArrivalDate(anchor.toLocalDate().minusDays(14));
        c.setBirthDate(c.getArrivalDate().minusWeeks(8));
        study.getCohorts().add(c);
        return c;
    }

    /** Sucrose preference on day 21 and the forced swim test on day 22, both still to come. */
    private static void sessions(Study study, Cohort cohort) {
        session(study, "SPT", "SPT day 21", cohort, 20 * 24 + 2);
        session(study, "FST", "FST day 22", cohort, 21 * 24 + 2);
    }

    private static void session(Study study, String assay, String name, Cohort cohort, double hours) {
        AssaySession s = VivariumFactory.eINSTANCE.createAssaySession();
        s.setName(name);
        s.setCohort(cohort);
        s.setTimeFromDoseHours(hours);
        s.setOperator(OPERATOR);
        s.setBlinded(true);
        Studies.findAssay(study, assay).getSessions().add(s);
    }
}
