package org.vivarium.io.excel.internal.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vivarium.core.study.Time;
import org.vivarium.io.excel.ImportMapping.NewMeasure;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage;

/**
 * What an import with the create option adds to the study: cohorts, cages, animals, arms, sessions and measures that
 * do not exist yet. New objects are built detached; {@link #finish(Changes)} turns them into the changes that attach
 * them, in an order that keeps every reference valid.
 */
final class Creations {

    private static final VivariumFactory F = VivariumFactory.eINSTANCE;
    private static final VivariumPackage P = VivariumPackage.eINSTANCE;
    private static final Set<String> CONTROL_WORDS = Set.of("control", "ctrl", "vehicle", "veh", "saline", "sham",
            "placebo", "con");

    private final Study study;
    private final StudyIndex index;
    private final Set<EObject> created = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Cohort> cohorts = new LinkedHashMap<>();
    private final Map<String, TreatmentArm> arms = new LinkedHashMap<>();
    private final Map<String, Animal> animals = new HashMap<>();
    private final Map<Cohort, Map<String, Cage>> cages = new IdentityHashMap<>();
    private final List<Animal> animalOrder = new ArrayList<>();
    private final List<Cage> cageOrder = new ArrayList<>();
    private final List<AssaySession> sessions = new ArrayList<>();
    private final List<MeasureDefinition> measures = new ArrayList<>();
    /** Values set on existing animals (or between new and existing objects), applied as changes after the adds. */
    private final Map<Animal, Map<EStructuralFeature, Object>> assignments = new LinkedHashMap<>();
    /** Cohort of new animals and cages whose cohort exists already (they are attached only when applied). */
    private final Map<EObject, Cohort> pendingCohort = new IdentityHashMap<>();
    private final Map<AssaySession, AssayDefinition> sessionAssays = new IdentityHashMap<>();
    private final Map<MeasureDefinition, AssayDefinition> measureAssays = new IdentityHashMap<>();

    Creations(Study study, StudyIndex index) {
        this.study = study;
        this.index = index;
    }

    boolean isNew(EObject o) {
        return created.contains(o);
    }

    Set<EObject> created() {
        return created;
    }

    /** Counts of new objects by kind, for reports ("2 cohorts", "40 animals"). */
    Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("arm", arms.size());
        m.put("cohort", cohorts.size());
        m.put("cage", cageOrder.size());
        m.put("animal", animalOrder.size());
        m.put("session", sessions.size());
        m.put("measure", measures.size());
        m.put("completed", changedAnimals());
        m.put("uncaged", (int) animalOrder.stream().filter(a -> housing(a) == null).count());
        return m;
    }

    Cohort newCohort(String name) {
        return cohorts.get(Names.key(name));
    }

    Cohort cohort(String name, String strain) {
        return cohorts.computeIfAbsent(Names.key(name), k -> {
            Cohort c = F.createCohort();
            c.setName(name.strip());
            c.setStrain(strain);
            created.add(c);
            return c;
        });
    }

    TreatmentArm newArm(String text) {
        return arms.get(Names.key(text));
    }

    TreatmentArm arm(String text) {
        return arms.computeIfAbsent(Names.key(text), k -> {
            TreatmentArm a = F.createTreatmentArm();
            a.setCode(text.strip());
            a.setLabel(text.strip());
            boolean hasControl = study.getArms().stream().anyMatch(TreatmentArm::isControl)
                    || arms.values().stream().anyMatch(TreatmentArm::isControl);
            a.setControl(!hasControl && CONTROL_WORDS.contains(Names.words(text).split(" ")[0]));
            created.add(a);
            return a;
        });
    }

    Animal newAnimal(String id) {
        return animals.get(id.strip().toLowerCase(Locale.ROOT));
    }

    Animal animal(String id, Cohort cohort, Sex sex) {
        Animal a = F.createAnimal();
        a.setId(id.strip());
        a.setSex(sex == null ? Sex.UNKNOWN : sex);
        if (created.contains(cohort)) {
            cohort.getAnimals().add(a);
        } else {
            pendingCohort.put(a, cohort);
        }
        animals.put(id.strip().toLowerCase(Locale.ROOT), a);
        animalOrder.add(a);
        created.add(a);
        return a;
    }

    /** Whether the cohort has a cage of that label already (in the study or made by this import). */
    boolean hasCage(Cohort cohort, String label) {
        return cohort.getCages().stream().anyMatch(c -> Names.key(c.getLabel()).equals(Names.key(label)))
                || cages.getOrDefault(cohort, Map.of()).containsKey(Names.key(label));
    }

    /** The cage of a label in a cohort: existing, created earlier, or new. */
    Cage cage(Cohort cohort, String label) {
        for (Cage c : cohort.getCages()) {
            if (Names.key(c.getLabel()).equals(Names.key(label))) {
                return c;
            }
        }
        return cages.computeIfAbsent(cohort, k -> new HashMap<>()).computeIfAbsent(Names.key(label), k -> {
            Cage c = F.createCage();
            c.setLabel(label.strip());
            c.setCapacity(5);
            if (created.contains(cohort)) {
                cohort.getCages().add(c);
            } else {
                pendingCohort.put(c, cohort);
            }
            cageOrder.add(c);
            created.add(c);
            return c;
        });
    }

    /** Houses an animal; a change unless both are new (an existing cage's list of animals changes too). */
    void house(Animal animal, Cage cage) {
        set(animal, P.getAnimal_Cage(), cage);
    }

    /**
     * Sets a feature of an animal: directly on a new animal (unless the value is an existing cage, whose list of
     * animals changes with it), else as a change applied with the plan.
     */
    void set(Animal animal, EStructuralFeature feature, Object value) {
        boolean direct = created.contains(animal) && !(value instanceof Cage c && !created.contains(c));
        if (direct) {
            animal.eSet(feature, value);
        } else {
            assignments.computeIfAbsent(animal, k -> new LinkedHashMap<>()).put(feature, value);
        }
    }

    /** A feature of an animal as the plan leaves it (planned changes included). */
    Object get(Animal animal, EStructuralFeature feature) {
        Map<EStructuralFeature, Object> planned = assignments.get(animal);
        return planned != null && planned.containsKey(feature) ? planned.get(feature) : animal.eGet(feature);
    }

    /** Whether the plan changes attributes of existing animals. */
    int changedAnimals() {
        int n = 0;
        for (Animal a : assignments.keySet()) {
            if (!created.contains(a)) {
                n++;
            }
        }
        return n;
    }

    /** The cohort of an animal or cage, also of new ones not attached yet. */
    Cohort cohortOf(EObject o) {
        return o.eContainer() instanceof Cohort c ? c : pendingCohort.get(o);
    }

    Cage housing(Animal animal) {
        return (Cage) get(animal, P.getAnimal_Cage());
    }

    AssaySession session(AssayDefinition assay, Cohort cohort, Double hours, String name, LocalDateTime date) {
        AssaySession s = F.createAssaySession();
        String base = name != null ? name : assay.getCode() + " " + (hours != null ? Time.sinceDose(hours)
                : cohort.getName());
        String unique = base;
        for (int i = 2; nameTaken(assay, unique); i++) {
            unique = base + " (" + cohort.getName() + (i > 2 ? " " + i : "") + ")";
        }
        s.setName(unique);
        s.setCohort(cohort);
        s.setTimeFromDoseHours(hours == null ? 0 : hours);
        s.setDate(date);
        sessions.add(s);
        sessionAssays.put(s, assay);
        created.add(s);
        return s;
    }

    List<AssaySession> sessions(AssayDefinition assay) {
        List<AssaySession> list = new ArrayList<>();
        for (AssaySession s : sessions) {
            if (assayOf(s) == assay) {
                list.add(s);
            }
        }
        return list;
    }

    AssayDefinition assayOf(AssaySession s) {
        return s.eContainer() instanceof AssayDefinition a ? a : sessionAssays.get(s);
    }

    private boolean nameTaken(AssayDefinition assay, String name) {
        return !index.sessions(assay, name).isEmpty()
                || sessions.stream().anyMatch(s -> Names.key(s.getName()).equals(Names.key(name)));
    }

    MeasureDefinition measure(AssayDefinition assay, String name, NewMeasure spec) {
        for (MeasureDefinition m : measures) {
            if (m.eContainer() == null && Names.key(m.getName()).equals(Names.key(name))
                    && measureAssays.get(m) == assay) {
                return m;
            }
        }
        MeasureDefinition m = F.createMeasureDefinition();
        m.setName(name.strip());
        m.setLabel(spec.label() == null ? name.strip() : spec.label());
        m.setUnit(spec.unit());
        m.setMinimum(spec.minimum());
        m.setMaximum(spec.maximum());
        m.setCensoringCutoff(spec.censoringCutoff());
        measures.add(m);
        measureAssays.put(m, assay);
        created.add(m);
        return m;
    }

    AssayDefinition assayOf(MeasureDefinition m) {
        return m.eContainer() instanceof AssayDefinition a ? a : measureAssays.get(m);
    }

    /** Adds the attaching changes, in dependency order; sets the sex of new cohorts from their animals. */
    void finish(Changes changes) {
        for (TreatmentArm a : arms.values()) {
            changes.append(study, P.getStudy_Arms(), a);
        }
        for (MeasureDefinition m : measures) {
            changes.append(measureAssays.get(m), P.getAssayDefinition_Measures(), m);
        }
        for (Cohort c : cohorts.values()) {
            if (c.getSex() == null || c.getSex() == Sex.UNKNOWN) {
                c.setSex(sexOf(c.getAnimals()));
            }
            changes.append(study, P.getStudy_Cohorts(), c);
        }
        for (Cage c : cageOrder) {
            if (pendingCohort.containsKey(c)) {
                changes.append(pendingCohort.get(c), P.getCohort_Cages(), c);
            }
        }
        for (Animal a : animalOrder) {
            if (pendingCohort.containsKey(a)) {
                changes.append(pendingCohort.get(a), P.getCohort_Animals(), a);
            }
        }
        for (Map.Entry<Animal, Map<EStructuralFeature, Object>> e : assignments.entrySet()) {
            e.getValue().forEach((feature, value) -> changes.assign(e.getKey(), feature, value));
        }
        for (AssaySession s : sessions) {
            changes.append(sessionAssays.get(s), P.getAssayDefinition_Sessions(), s);
        }
    }

    private static Sex sexOf(List<Animal> animals) {
        Sex sex = null;
        for (Animal a : animals) {
            if (sex == null) {
                sex = a.getSex();
            } else if (sex != a.getSex()) {
                return Sex.MIXED;
            }
        }
        return sex == null ? Sex.UNKNOWN : sex;
    }
}
