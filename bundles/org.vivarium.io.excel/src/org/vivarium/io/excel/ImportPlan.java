package org.vivarium.io.excel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.io.excel.internal.plan.ImportCommand;
import org.vivarium.io.excel.internal.plan.PlanBuilder;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage;

/**
 * What an import would do, found before anything changes: the values it would add, the values already present, the
 * objects it would create, and every problem by cell. A plan without problems is applied all at once, either directly
 * ({@link #applyTo(Study)}, then saved through the study store) or as one undoable command on an editing domain
 * ({@link #toCommand(EditingDomain)}). A plan is applied at most once.
 */
public final class ImportPlan {

    private final String file;
    private final Study study;
    private final PlanBuilder.Result result;
    private final List<SheetResult> sheets = new ArrayList<>();
    private boolean applied;

    /** Made by the imports of this bundle (the result type is internal). */
    public ImportPlan(String file, Study study, PlanBuilder.Result result) {
        this.file = file;
        this.study = study;
        this.result = result;
        for (PlanBuilder.SheetOutcome o : result.sheets()) {
            var c = o.counts();
            sheets.add(new SheetResult(o.sheet(), o.imported(), o.note(), c.rows, c.added, c.present, c.summaryRows,
                    c.filteredRows, c.rowsWithoutValues, c.missingValues, o.unrecognised()));
        }
    }

    /** The file as named in messages. */
    public String file() {
        return file;
    }

    /** The problems in sheet order (at most the options' limit; see {@link #problemCount()}). */
    public List<ImportProblem> problems() {
        return result.problems().sorted();
    }

    /** How many problems there are in all. */
    public int problemCount() {
        return result.problems().total();
    }

    public boolean hasProblems() {
        return result.problems().total() > 0;
    }

    public List<SheetResult> sheets() {
        return Collections.unmodifiableList(sheets);
    }

    /** Values that would be added. */
    public int added() {
        return result.added();
    }

    /** Values the study already has. */
    public int present() {
        return result.present();
    }

    /** New objects by kind ("animal", "cage", "cohort", "arm", "session", "measure"), with their counts. */
    public Map<String, Integer> created() {
        Map<String, Integer> m = new LinkedHashMap<>();
        result.createdCounts().forEach((k, v) -> {
            if (v > 0 && !k.equals("completed") && !k.equals("uncaged")) {
                m.put(k, v);
            }
        });
        return m;
    }

    /** Existing animals whose missing cage, arm, sex or date of birth the plan fills in (create option). */
    public int completed() {
        return result.createdCounts().getOrDefault("completed", 0);
    }

    /**
     * New animals that will have no cage (the sheet has no cage column): validation reports each until it gets one,
     * since doses and cage-level assays need it.
     */
    public int uncaged() {
        return result.createdCounts().getOrDefault("uncaged", 0);
    }

    /** The new objects (detached until the plan is applied), e.g. for a preview. */
    public Collection<EObject> createdObjects() {
        return Collections.unmodifiableCollection(result.created());
    }

    /** A value the plan would add: the session it goes into and the measurement (detached until applied). */
    public record Addition(AssaySession session, Measurement measurement) {
    }

    /** The values the plan would add, in the order they were read; at most limit of them (for a preview). */
    public List<Addition> additions(int limit) {
        List<Addition> list = new ArrayList<>();
        for (Map.Entry<EObject, EObject> e : result.changes().appended(
                VivariumPackage.Literals.ASSAY_SESSION__MEASUREMENTS, limit)) {
            list.add(new Addition((AssaySession) e.getKey(), (Measurement) e.getValue()));
        }
        for (EObject o : result.created()) { // values of sessions the plan creates go straight into them
            if (o instanceof AssaySession s) {
                for (int i = 0; i < s.getMeasurements().size() && list.size() < limit; i++) {
                    list.add(new Addition(s, s.getMeasurements().get(i)));
                }
            }
        }
        return list;
    }

    /**
     * How the values of behaviour exports were computed, by session, as the session's scoring will read once the
     * plan is applied (only sessions whose scoring changes).
     */
    public Map<AssaySession, String> scorings() {
        Map<AssaySession, String> m = new LinkedHashMap<>();
        result.changes().assigned(VivariumPackage.Literals.ASSAY_SESSION__SCORING).forEach((k, v) -> m.put(
                (AssaySession) k, (String) v));
        for (EObject o : result.created()) {
            if (o instanceof AssaySession s && s.getScoring() != null && !s.getScoring().isBlank()) {
                m.put(s, s.getScoring());
            }
        }
        return m;
    }

    /** Whether applying would change nothing. */
    public boolean isEmpty() {
        return result.changes().isEmpty();
    }

    /** "80 already present, 0 added" or "0 already present, 80 added; created 1 cohort, 40 animals". */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%,d already present, %,d added", present(), added()));
        Map<String, Integer> made = created();
        if (!made.isEmpty()) {
            b.append("; created ");
            int i = 0;
            for (Map.Entry<String, Integer> e : made.entrySet()) {
                b.append(i++ == 0 ? "" : ", ").append(SheetResult.count(e.getValue(), e.getKey()));
            }
        }
        int completed = completed();
        if (completed > 0) {
            b.append("; completed ").append(SheetResult.count(completed, "existing animal")).append(" (cage, arm, sex "
                    + "or date of birth they lacked)");
        }
        int uncaged = uncaged();
        if (uncaged > 0) {
            b.append("; ").append(uncaged == created().getOrDefault("animal", 0) ? "the new animals have"
                    : SheetResult.count(uncaged, "new animal") + (uncaged == 1 ? " has" : " have"))
                    .append(" no cage yet (assign cages in the study design before dosing)");
        }
        return b.toString();
    }

    /** Applies the plan to the study it was made for (the caller saves it). */
    public void applyTo(Study target) {
        check(target);
        result.changes().apply();
        applied = true;
    }

    /**
     * The plan as one undoable command; execute it on the domain's command stack. It cannot execute when the study
     * changed so that an object the plan adds to is gone.
     */
    public Command toCommand(EditingDomain domain) {
        check(study);
        applied = true;
        String label = "Import " + file;
        return new ImportCommand(domain, study.eResource(), result.changes(), result.created(), label, label + ": "
                + summary());
    }

    private void check(Study target) {
        if (hasProblems()) {
            throw new IllegalStateException("the plan has " + problemCount() + " problems; it cannot be applied");
        }
        if (applied) {
            throw new IllegalStateException("the plan was applied already");
        }
        if (target != study) {
            throw new IllegalArgumentException("the plan was made for another study");
        }
    }
}
