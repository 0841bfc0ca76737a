package org.vivarium.ui.design;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.core.study.StandardRoutes;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssayKind;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;

/** New design objects with sensible defaults and unique names, continuing the numbering already in use. */
final class NewObjects {

    private static final VivariumFactory F = VivariumFactory.eINSTANCE;
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)$");

    private NewObjects() {
    }

    static EObject compound(EObject study, DesignPage page) {
        Compound c = F.createCompound();
        c.setName(next("Compound ", ((Study) study).getCompounds().stream().map(Compound::getName).toList()));
        c.setStockConcentrationMgPerMl(1.0);
        return c;
    }

    static EObject arm(EObject study, DesignPage page) {
        TreatmentArm a = F.createTreatmentArm();
        a.setCode(next("ARM-", ((Study) study).getArms().stream().map(TreatmentArm::getCode).toList()));
        a.setLabel("New arm");
        a.setPlannedN(10);
        return a;
    }

    static EObject regimen(EObject arm, DesignPage page) {
        Study study = Studies.studyOf(arm);
        DoseRegimen r = F.createDoseRegimen();
        r.setCompound(study.getCompounds().stream().filter(c -> !c.isPlacebo()).findFirst()
                .orElse(study.getCompounds().isEmpty() ? null : study.getCompounds().get(0)));
        r.setRoute(Studies.findRoute(study, StandardRoutes.IP));
        r.setDoseMgPerKg(10);
        return r;
    }

    static EObject cohort(EObject study, DesignPage page) {
        List<Cohort> cohorts = ((Study) study).getCohorts();
        Cohort c = F.createCohort();
        c.setName(next("Cohort ", cohorts.stream().map(Cohort::getName).toList()));
        c.setSex(Sex.MIXED);
        c.setStrain(cohorts.isEmpty() ? "C57BL/6J" : cohorts.get(cohorts.size() - 1).getStrain());
        return c;
    }

    static EObject cage(EObject cohort, DesignPage page) {
        Cage c = F.createCage();
        List<String> labels = Studies.cages(Studies.studyOf(cohort)).stream().map(Cage::getLabel).toList();
        List<Cage> own = ((Cohort) cohort).getCages();
        c.setLabel(next(own.isEmpty() ? ((Cohort) cohort).getName() + "-C" : prefixOf(own.get(own.size() - 1).getLabel()),
                labels));
        c.setCapacity(5);
        return c;
    }

    static EObject animal(EObject cohort, DesignPage page) {
        Animal a = F.createAnimal();
        List<Animal> own = ((Cohort) cohort).getAnimals();
        List<String> ids = Studies.animals(Studies.studyOf(cohort)).stream().map(Animal::getId).toList();
        a.setId(next(own.isEmpty() ? ((Cohort) cohort).getName() + "-" : prefixOf(own.get(own.size() - 1).getId()), ids));
        if (page.selectionOf(DesignPages.CAGES) instanceof Cage cage && cage.eContainer() == cohort) {
            a.setCage(cage);
            if (!cage.getAnimals().isEmpty()) {
                a.setSex(cage.getAnimals().get(0).getSex());
                a.setArm(cage.getAnimals().get(0).getArm());
            }
        }
        if (a.getSex() == Sex.UNKNOWN && (((Cohort) cohort).getSex() == Sex.FEMALE || ((Cohort) cohort).getSex() == Sex.MALE)) {
            a.setSex(((Cohort) cohort).getSex());
        }
        return a;
    }

    static EObject assay(EObject study, DesignPage page) {
        AssayDefinition a = F.createAssayDefinition();
        a.setKind(AssayKind.CUSTOM);
        a.setCode(next("CUSTOM", ((Study) study).getAssays().stream().map(AssayDefinition::getCode).toList()));
        a.setName("New assay");
        return a;
    }

    static EObject measure(EObject assay, DesignPage page) {
        MeasureDefinition m = F.createMeasureDefinition();
        m.setName(next("measure", ((AssayDefinition) assay).getMeasures().stream().map(MeasureDefinition::getName)
                .toList()));
        m.setLabel("New measure");
        return m;
    }

    static EObject session(EObject assay, DesignPage page) {
        AssayDefinition a = (AssayDefinition) assay;
        AssaySession s = F.createAssaySession();
        s.setName(next(a.getCode() + " ", a.getSessions().stream().map(AssaySession::getName).toList()));
        Study study = Studies.studyOf(assay);
        s.setCohort(study.getCohorts().isEmpty() ? null : study.getCohorts().get(0));
        s.setTimeFromDoseHours(24);
        s.setBlinded(a.getKind() == AssayKind.FST || a.getKind() == AssayKind.NSF || a.getKind() == AssayKind.TST);
        return s;
    }

    /** "1W-C" from "1W-C16". */
    private static String prefixOf(String label) {
        Matcher m = label == null ? null : NUMBERED.matcher(label);
        return m != null && m.matches() ? m.group(1) : (label == null ? "" : label + "-");
    }

    /** The prefix followed by the next free number (keeping the zero padding in use). */
    static String next(String prefix, List<String> taken) {
        int max = 0;
        int width = 2;
        for (String t : taken) {
            if (t != null && t.startsWith(prefix)) {
                Matcher m = NUMBERED.matcher(t);
                if (m.matches() && m.group(1).equals(prefix)) {
                    max = Math.max(max, Integer.parseInt(m.group(2)));
                    width = m.group(2).length();
                }
            }
        }
        return prefix + String.format("%0" + width + "d", max + 1);
    }
}
