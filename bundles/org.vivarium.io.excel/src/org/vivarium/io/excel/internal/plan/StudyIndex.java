package org.vivarium.io.excel.internal.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Look-ups over the study being imported into, built once: animals by identifier, blind code and ear tag, cages,
 * cohorts, arms and sessions by name, and (lazily, per session) who a session tests and what it already holds.
 */
final class StudyIndex {

    private final Map<String, Animal> byId = new HashMap<>();
    private final Map<String, List<Animal>> byIdKey = new HashMap<>();
    private final Map<Long, List<Animal>> byNumber = new HashMap<>();
    private final Map<String, Animal> byBlindCode = new HashMap<>();
    private final Map<String, Animal> byEarTag = new HashMap<>();
    private final Map<String, List<Cage>> cages = new HashMap<>();
    private final Map<String, Cohort> cohorts = new HashMap<>();
    private final Map<String, TreatmentArm> arms = new HashMap<>();
    private final Map<AssayDefinition, Map<String, List<AssaySession>>> sessionsByName = new IdentityHashMap<>();
    private final Map<AssaySession, Set<EObject>> members = new IdentityHashMap<>();
    private final Map<AssaySession, Map<EObject, Map<MeasureDefinition, Measurement>>> existing =
            new IdentityHashMap<>();
    private String lastText;
    private boolean lastBlindFirst;
    private List<Animal> lastAnimals;

    StudyIndex(Study study) {
        for (Cohort c : study.getCohorts()) {
            if (c.getName() != null) {
                cohorts.putIfAbsent(Names.key(c.getName()), c);
            }
            for (Cage cage : c.getCages()) {
                if (cage.getLabel() != null) {
                    cages.computeIfAbsent(Names.key(cage.getLabel()), k -> new ArrayList<>(1)).add(cage);
                }
            }
            for (Animal a : c.getAnimals()) {
                addAnimal(a);
            }
        }
        for (TreatmentArm arm : study.getArms()) {
            for (String name : new String[] {arm.getCode(), arm.getLabel()}) {
                if (name != null && !name.isBlank()) {
                    arms.putIfAbsent(Names.key(name), arm);
                }
            }
        }
        for (AssayDefinition a : study.getAssays()) {
            for (AssaySession s : a.getSessions()) {
                addSession(a, s);
            }
        }
    }

    void addAnimal(Animal a) {
        if (a.getId() != null) {
            byId.putIfAbsent(a.getId().strip(), a);
            byIdKey.computeIfAbsent(a.getId().strip().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>(1))
                    .add(a);
            String digits = a.getId().strip();
            if (!digits.isEmpty() && digits.length() < 18 && digits.chars().allMatch(Character::isDigit)) {
                byNumber.computeIfAbsent(Long.parseLong(digits), k -> new ArrayList<>(1)).add(a);
            }
        }
        if (a.getBlindCode() != null && !a.getBlindCode().isBlank()) {
            byBlindCode.putIfAbsent(a.getBlindCode().strip().toLowerCase(java.util.Locale.ROOT), a);
        }
        if (a.getEarTag() != null && !a.getEarTag().isBlank()) {
            byEarTag.putIfAbsent(a.getEarTag().strip().toLowerCase(java.util.Locale.ROOT), a);
        }
    }

    void addSession(AssayDefinition a, AssaySession s) {
        sessionsByName.computeIfAbsent(a, k -> new HashMap<>()).computeIfAbsent(Names.key(s.getName()),
                k -> new ArrayList<>(1)).add(s);
    }

    /** Animals an identifier may mean: by id (exact, then ignoring case, then as a number), blind code, ear tag. */
    List<Animal> animals(String text, boolean blindFirst) {
        if (text.equals(lastText) && blindFirst == lastBlindFirst) {
            return lastAnimals;
        }
        List<Animal> found = lookUp(text, blindFirst);
        lastText = text;
        lastBlindFirst = blindFirst;
        lastAnimals = found;
        return found;
    }

    private List<Animal> lookUp(String text, boolean blindFirst) {
        String t = text.strip();
        if (!blindFirst && byBlindCode.isEmpty()) {
            Animal exact = byId.get(t);
            if (exact != null) {
                return List.of(exact);
            }
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        Animal blind = byBlindCode.get(lower);
        if (blindFirst && blind != null) {
            return List.of(blind);
        }
        Animal exact = byId.get(t);
        if (exact != null) {
            return blind != null && blind != exact ? List.of(exact, blind) : List.of(exact);
        }
        List<Animal> ignoringCase = byIdKey.get(lower);
        if (ignoringCase != null) {
            return ignoringCase;
        }
        if (blind != null) {
            return List.of(blind);
        }
        Animal tag = byEarTag.get(lower);
        if (tag != null) {
            return List.of(tag);
        }
        if (!t.isEmpty() && t.length() < 18 && t.chars().allMatch(Character::isDigit)) {
            return byNumber.getOrDefault(Long.parseLong(t), List.of());
        }
        return List.of();
    }

    List<Cage> cages(String label) {
        return cages.getOrDefault(Names.key(label), List.of());
    }

    Cohort cohort(String name) {
        return cohorts.get(Names.key(name));
    }

    TreatmentArm arm(String name) {
        return arms.get(Names.key(name));
    }

    /** Whether an arm is named by a text: code, label or blinded code. */
    static boolean names(TreatmentArm arm, String text) {
        String key = Names.key(text);
        return key.equals(Names.key(arm.getCode())) || key.equals(Names.key(arm.getLabel()))
                || arm.getBlindedCode() != null && key.equals(Names.key(arm.getBlindedCode()));
    }

    List<AssaySession> sessions(AssayDefinition assay, String name) {
        Map<String, List<AssaySession>> m = sessionsByName.get(assay);
        return m == null ? List.of() : m.getOrDefault(Names.key(name), List.of());
    }

    /** The animals (or, for per-cage assays, cages) a session tests. */
    Set<EObject> members(AssaySession s) {
        return members.computeIfAbsent(s, k -> {
            Set<EObject> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(Studies.animalsOf(k));
            set.addAll(Studies.cagesOf(k));
            return set;
        });
    }

    /** The measurement a session already has for a unit and measure, or null. */
    Measurement existing(AssaySession s, EObject unit, MeasureDefinition measure) {
        if (s.getMeasurements().isEmpty()) {
            return null;
        }
        Map<EObject, Map<MeasureDefinition, Measurement>> bySession = existing.computeIfAbsent(s, k -> {
            Map<EObject, Map<MeasureDefinition, Measurement>> m = new IdentityHashMap<>();
            for (Measurement x : k.getMeasurements()) {
                EObject u = x.getAnimal() != null ? x.getAnimal() : x.getCage();
                if (u != null && x.getMeasure() != null) {
                    m.computeIfAbsent(u, z -> new IdentityHashMap<>(4)).putIfAbsent(x.getMeasure(), x);
                }
            }
            return m;
        });
        Map<MeasureDefinition, Measurement> of = bySession.get(unit);
        return of == null ? null : of.get(measure);
    }
}
