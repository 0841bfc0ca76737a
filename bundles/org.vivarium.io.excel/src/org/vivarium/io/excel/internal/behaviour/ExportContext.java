package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.internal.map.HeaderText;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.RoleWords;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.map.Vocabulary;
import org.vivarium.model.Animal;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssayKind;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/** What the readers of one import share: the study, the mapping, and the rows, problems and notes they produce. */
public final class ExportContext {

    final Study study;
    final ImportMapping mapping;
    final Vocabulary vocabulary;
    final List<ExportRow> rows = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    public ExportContext(Study study, ImportMapping mapping) {
        this.study = study;
        this.mapping = mapping;
        this.vocabulary = new Vocabulary(study);
    }

    public List<ExportRow> rows() {
        return rows;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** What was not imported or counted (not problems): behaviours without a measure, samples without a state. */
    public List<String> notes() {
        return notes;
    }

    void problem(String file, String sheet, int row, int column, String message) {
        problems.add(new ImportProblem(file, sheet, row, column, message));
    }

    void problem(RowOrigins.Location at, String message) {
        problem(at.file(), at.sheet(), at.row(), at.column(), message);
    }

    /**
     * Which of the names (independent variables, columns) holds the animal: the one the mapping gives the animal
     * role, else one named like an animal identifier ("Mouse ID", "Animal", "Blind code", "Tier-ID"); -1 if none.
     */
    int animalName(List<String> names) {
        for (ImportMapping.ColumnSpec spec : mapping.columns()) {
            if (spec.role() == ColumnRole.ANIMAL && spec.header() != null) {
                for (int i = 0; i < names.size(); i++) {
                    if (Names.key(names.get(i)).equals(Names.key(spec.header()))) {
                        return i;
                    }
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            RoleWords.Match m = RoleWords.of(HeaderText.parse(names.get(i)).key());
            if (m != null && m.role() == ColumnRole.ANIMAL && m.strength() >= 2) {
                return i;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String k = Names.key(names.get(i)).toLowerCase(Locale.ROOT);
            if (k.startsWith("tier") || k.startsWith("maus") || k.startsWith("ratte") || k.startsWith("souris")
                    || k.startsWith("animal") || k.startsWith("mouse")) {
                return i;
            }
        }
        return -1;
    }

    /** The index of a name that names a session (or an assay, for {@code role} ASSAY), or -1. */
    int roleName(List<String> names, ColumnRole role) {
        for (int i = 0; i < names.size(); i++) {
            RoleWords.Match m = RoleWords.of(HeaderText.parse(names.get(i)).key());
            if (m != null && m.role() == role) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The measure text a name from an export stands for: the mapping's measure for a column spec with that header,
     * else the name itself (after the assay's code, if given) when the study's vocabulary knows it; null if neither.
     */
    String measure(String name, AssayDefinition assay) {
        for (ImportMapping.ColumnSpec spec : mapping.columns()) {
            if (spec.role() == ColumnRole.MEASURE && spec.header() != null && spec.measure() != null
                    && Names.key(spec.header()).equals(Names.key(name))) {
                return spec.measure().replace('.', ' ');
            }
            if (spec.role() == ColumnRole.IGNORE && spec.header() != null && Names.key(spec.header()).equals(
                    Names.key(name))) {
                return null;
            }
        }
        String key = HeaderText.parse(name).key();
        return key.isEmpty() || vocabulary.measures(key, assay).isEmpty() ? null
                : assay == null ? name : assay.getCode() + " " + name;
    }

    /**
     * The forced swim assay a track's latency to immobility belongs to: the target's when it is one; when the target
     * names no assay, the one the animal (by identifier, ear tag or blind code) is tested in, if its cohort's sessions
     * of assays scoring immobility are all of one forced swim assay; else null (no latency: tail suspension has none).
     */
    AssayDefinition forcedSwim(Target target, String animal) {
        if (target.assay() != null) {
            return target.kind() == AssayKind.FST ? target.assay() : null;
        }
        Set<AssayDefinition> assays = new HashSet<>();
        for (Cohort cohort : cohortsOf(animal)) {
            for (AssayDefinition a : study.getAssays()) {
                boolean immobility = a.getMeasures().stream().anyMatch(m -> "immobility".equals(m.getName()));
                if (immobility && a.getSessions().stream().anyMatch(s -> s.getCohort() == cohort)) {
                    assays.add(a);
                }
            }
        }
        return assays.size() == 1 && assays.iterator().next().getKind() == AssayKind.FST ? assays.iterator().next()
                : null;
    }

    private List<Cohort> cohortsOf(String animal) {
        List<Cohort> cohorts = new ArrayList<>();
        for (Cohort c : study.getCohorts()) {
            for (Animal a : c.getAnimals()) {
                if (animal.equals(a.getId()) || animal.equals(a.getEarTag()) || animal.equals(a.getBlindCode())) {
                    cohorts.add(c);
                }
            }
        }
        return cohorts;
    }

    void add(ExportRow row) {
        rows.add(row);
    }
}
