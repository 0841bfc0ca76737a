package org.vivarium.io.excel.internal.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.model.AssayDefinition;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;

/**
 * The names a study's assays and measures go by: measure names, labels and aliases (with their units stripped), alone
 * or prefixed with the assay code or name ("immobility", "FST immobility", "Forced swim test - Immobility").
 */
public final class Vocabulary {

    private final Map<String, List<MeasureDefinition>> measures = new HashMap<>();
    private final Map<String, AssayDefinition> assays = new LinkedHashMap<>();

    public Vocabulary(Study study) {
        for (AssayDefinition a : study.getAssays()) {
            for (String name : new String[] {a.getCode(), a.getName(), a.getKind() == null ? null : a.getKind()
                    .getLiteral()}) {
                if (name != null && !name.isBlank()) {
                    assays.putIfAbsent(Names.key(name), a);
                }
            }
            for (MeasureDefinition m : a.getMeasures()) {
                add(a, m);
            }
        }
    }

    /** Adds a measure (also used for measures an import creates). */
    public void add(AssayDefinition a, MeasureDefinition m) {
        List<String> names = new ArrayList<>();
        names.add(m.getName());
        names.add(m.getLabel());
        names.addAll(m.getAliases());
        for (String n : names) {
            if (n == null || n.isBlank()) {
                continue;
            }
            String key = HeaderText.parse(n).key();
            if (key.isEmpty()) {
                continue;
            }
            put(key, m);
            for (String prefix : new String[] {a.getCode(), a.getName()}) {
                if (prefix != null && !prefix.isBlank()) {
                    put(Names.key(prefix) + key, m);
                }
            }
        }
    }

    private void put(String key, MeasureDefinition m) {
        List<MeasureDefinition> list = measures.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!list.contains(m)) {
            list.add(m);
        }
    }

    /** The measures a name may mean (several when assays share a measure name), restricted to an assay if given. */
    public List<MeasureDefinition> measures(String key, AssayDefinition assay) {
        List<MeasureDefinition> all = measures.getOrDefault(key, List.of());
        if (assay == null || all.isEmpty()) {
            return all;
        }
        List<MeasureDefinition> in = new ArrayList<>(1);
        for (MeasureDefinition m : all) {
            if (m.eContainer() == assay) {
                in.add(m);
            }
        }
        return in;
    }

    /** The assay of a code or name, or null. */
    public AssayDefinition assay(String key) {
        return assays.get(key);
    }

    /** The assay whose code or name starts a text (e.g. a sheet named "FST 24 h"), or null. */
    public AssayDefinition assayPrefix(String text) {
        String[] words = Names.words(text).split(" ");
        for (int k = words.length; k > 0; k--) {
            AssayDefinition a = assays.get(String.join("", java.util.Arrays.copyOf(words, k)));
            if (a != null) {
                return a;
            }
        }
        return null;
    }
}
