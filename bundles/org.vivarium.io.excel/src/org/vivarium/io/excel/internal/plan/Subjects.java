package org.vivarium.io.excel.internal.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.TreatmentArm;

/**
 * Finds the animal (or cage) of a row: by identifier, blind code (first, when the sheet's session is blinded) or ear
 * tag; checks what the row says about it (cohort, cage, arm, sex, strain, date of birth) against the study; and, with
 * the create option, creates animals that do not exist yet, with their cohort, cage and arm.
 */
final class Subjects {

    /** The animal and cage a row is about (either may be null). */
    record Subject(Animal animal, Cage cage) {
    }

    private static final org.vivarium.model.VivariumPackage P = org.vivarium.model.VivariumPackage.eINSTANCE;

    private final PlanContext context;
    private final RowCells cells;
    private final AssaySession hint;
    private final String sheetName;
    private final Set<String> reported = new HashSet<>();

    Subjects(PlanContext context, RowCells cells, AssaySession hint, String sheetName) {
        this.context = context;
        this.cells = cells;
        this.hint = hint;
        this.sheetName = sheetName;
    }

    /** The subject of a row, or null when a problem was reported. */
    Subject resolve(String animalText, String cageText) {
        Animal animal = null;
        if (animalText != null) {
            if (animalText.length() > 200) {
                cells.problem(ColumnRole.ANIMAL, Names.quote(animalText) + " is not an animal identifier (too long)");
                return null;
            }
            animal = animal(animalText);
            if (animal == null) {
                return null;
            }
        }
        Cage cage = null;
        if (cageText != null) {
            cage = animal != null ? housing(animal, cageText) : cage(cageText);
            if (cage == null && animal == null) {
                return null;
            }
        }
        return new Subject(animal, cage);
    }

    private Animal animal(String text) {
        List<Animal> found = context.index.animals(text, hint != null && hint.isBlinded());
        if (found.size() > 1) {
            cells.problem(ColumnRole.ANIMAL, Names.quote(text) + " is ambiguous: it names " + describe(found));
            return null;
        }
        if (found.size() == 1) {
            check(found.get(0));
            return found.get(0);
        }
        Animal made = context.creations.newAnimal(text);
        if (made != null) {
            check(made);
            return made;
        }
        if (context.options.create()) {
            return create(text);
        }
        cells.problem(ColumnRole.ANIMAL, "unknown animal " + Names.quote(text) + ": the study has no animal with "
                + "this identifier, blind code or ear tag (use the create option to add animals)");
        return null;
    }

    private static String describe(List<Animal> animals) {
        StringBuilder b = new StringBuilder();
        for (Animal a : animals) {
            b.append(b.length() == 0 ? "" : " and ").append("animal ").append(a.getId());
        }
        return b.toString() + " (identifier, blind code or ear tag)";
    }

    /**
     * Checks the row's roster cells against an animal (each difference reported once per animal). With the create
     * option, what an existing animal lacks (arm, sex, date of birth; cage in {@link #housing}) is filled in.
     */
    private void check(Animal a) {
        Creations made = context.creations;
        Cohort cohort = made.cohortOf(a);
        String v = cells.text(ColumnRole.COHORT);
        if (v != null && cohort != null && !Names.key(v).equals(Names.key(cohort.getName()))) {
            once(a, ColumnRole.COHORT, "animal " + a.getId() + " is in cohort " + cohort.getName() + ", not in "
                    + Names.quote(v));
        }
        v = cells.text(ColumnRole.ARM);
        if (v != null) {
            TreatmentArm arm = (TreatmentArm) made.get(a, P.getAnimal_Arm());
            if (arm == null && context.options.create()) {
                TreatmentArm named = context.index.arm(v);
                made.set(a, P.getAnimal_Arm(), named != null ? named : made.arm(v));
            } else if (arm != null && !StudyIndex.names(arm, v)) {
                once(a, ColumnRole.ARM, "animal " + a.getId() + " is in arm " + arm.getCode() + ", not in "
                        + Names.quote(v));
            }
        }
        v = cells.text(ColumnRole.SEX);
        if (v != null) {
            Sex sex = Cells.sex(v);
            Sex current = (Sex) made.get(a, P.getAnimal_Sex());
            if (sex == null) {
                once(a, ColumnRole.SEX, Names.quote(v) + " is not a sex (F or M)");
            } else if ((current == null || current == Sex.UNKNOWN) && context.options.create()) {
                made.set(a, P.getAnimal_Sex(), sex);
            } else if (current != null && current != Sex.UNKNOWN && sex != current) {
                once(a, ColumnRole.SEX, "animal " + a.getId() + " is " + current.getLiteral().toLowerCase(
                        java.util.Locale.ROOT) + ", not " + Names.quote(v));
            }
        }
        v = cells.text(ColumnRole.STRAIN);
        if (v != null && cohort != null && cohort.getStrain() != null && !cohort.getStrain().isBlank()
                && !Names.key(v).equals(Names.key(cohort.getStrain()))) {
            once(a, ColumnRole.STRAIN, "animal " + a.getId() + "'s cohort " + cohort.getName() + " is strain "
                    + cohort.getStrain() + ", not " + Names.quote(v));
        }
        LocalDate born = cells.date(ColumnRole.DATE_OF_BIRTH);
        LocalDate current = (LocalDate) made.get(a, P.getAnimal_DateOfBirth());
        if (born != null && current == null && context.options.create()) {
            made.set(a, P.getAnimal_DateOfBirth(), born);
        } else if (born != null && current != null && !born.equals(current)) {
            once(a, ColumnRole.DATE_OF_BIRTH, "animal " + a.getId() + " was born on " + current + ", not on " + born);
        }
    }

    private void once(Animal a, ColumnRole role, String message) {
        if (reported.add(a.getId() + "\u0000" + role)) {
            cells.problem(role, message);
        }
    }

    private Animal create(String id) {
        if (refusedName(ColumnRole.ANIMAL, "animal", id)) {
            return null;
        }
        String strain = cells.text(ColumnRole.STRAIN);
        Cohort cohort = cohortForNew(strain);
        if (cohort == null) {
            return null;
        }
        if (strain != null && cohort.getStrain() != null && !cohort.getStrain().isBlank()
                && !Names.key(strain).equals(Names.key(cohort.getStrain()))) {
            cells.problem(ColumnRole.STRAIN, "strain " + Names.quote(strain) + " differs from strain "
                    + cohort.getStrain() + " of cohort " + cohort.getName() + "; a cohort has one strain (leave the "
                    + "cohort column unmapped to get a cohort per strain)");
            return null;
        }
        String sexText = cells.text(ColumnRole.SEX);
        Sex sex = sexText == null ? null : Cells.sex(sexText);
        if (sexText != null && sex == null) {
            cells.problem(ColumnRole.SEX, Names.quote(sexText) + " is not a sex (F or M)");
            return null;
        }
        String armText = cells.text(ColumnRole.ARM);
        TreatmentArm arm = null;
        if (armText != null) {
            arm = context.index.arm(armText);
            if (arm == null && context.creations.newArm(armText) == null
                    && refusedName(ColumnRole.ARM, "arm", armText)) {
                return null;
            }
            if (arm == null) {
                arm = context.creations.arm(armText);
            }
        }
        LocalDate born = cells.date(ColumnRole.DATE_OF_BIRTH);
        if (born == null && cells.failed(ColumnRole.DATE_OF_BIRTH)) {
            return null;
        }
        Animal a = context.creations.animal(id, cohort, sex);
        a.setArm(arm);
        a.setDateOfBirth(born);
        String cageText = cells.text(ColumnRole.CAGE);
        if (cageText != null) {
            if (!context.creations.hasCage(cohort, cageText) && refusedName(ColumnRole.CAGE, "cage", cageText)) {
                return null;
            }
            context.creations.house(a, context.creations.cage(cohort, cageText));
        }
        return a;
    }

    private Cohort cohortForNew(String strain) {
        String name = cells.text(ColumnRole.COHORT);
        if (name == null && strain != null) {
            name = strain;
        }
        if (name != null) {
            Cohort existing = context.index.cohort(name);
            if (existing == null && context.creations.newCohort(name) == null
                    && refusedName(cells.text(ColumnRole.COHORT) != null ? ColumnRole.COHORT : ColumnRole.STRAIN,
                            "cohort", name)) {
                return null;
            }
            return existing != null ? existing : context.creations.cohort(name, strain);
        }
        if (hint != null && hint.getCohort() != null) {
            return hint.getCohort();
        }
        if (context.study.getCohorts().size() == 1) {
            return context.study.getCohorts().get(0);
        }
        return context.creations.cohort(sheetName, null);
    }

    /**
     * The cage a row names for an animal: checked against its housing; a new animal (or, with the create option, an
     * existing one without a cage) is housed in it.
     */
    private Cage housing(Animal a, String label) {
        Cage current = context.creations.housing(a);
        if (current == null) {
            if (!context.creations.isNew(a) && !context.options.create()) {
                once(a, ColumnRole.CAGE, "animal " + a.getId() + " has no cage in the study, not "
                        + Names.quote(label));
                return null;
            }
            Cohort cohort = context.creations.cohortOf(a);
            if (!context.creations.hasCage(cohort, label) && refusedName(ColumnRole.CAGE, "cage", label)) {
                return null;
            }
            Cage cage = context.creations.cage(cohort, label);
            context.creations.house(a, cage);
            return cage;
        }
        if (!Names.key(label).equals(Names.key(current.getLabel()))) {
            once(a, ColumnRole.CAGE, "animal " + a.getId() + " is in cage " + current.getLabel() + ", not in "
                    + Names.quote(label));
        }
        return current;
    }

    /** A cage named on a row without an animal (per-cage assays). */
    private Cage cage(String label) {
        List<Cage> found = context.index.cages(label);
        String cohortName = cells.text(ColumnRole.COHORT);
        if (found.size() > 1 && cohortName != null) {
            found = found.stream().filter(c -> Names.key(((Cohort) c.eContainer()).getName()).equals(Names.key(
                    cohortName))).toList();
        }
        if (found.size() > 1 && hint != null && hint.getCohort() != null) {
            found = found.stream().filter(c -> c.eContainer() == hint.getCohort()).toList();
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            cells.problem(ColumnRole.CAGE, "cage " + Names.quote(label) + " exists in " + found.size() + " cohorts; "
                    + "add a Session column or a default session so that Vivarium knows which");
            return null;
        }
        if (context.options.create()) {
            Cohort cohort = cohortForNew(null);
            if (cohort == null || !context.creations.hasCage(cohort, label)
                    && refusedName(ColumnRole.CAGE, "cage", label)) {
                return null;
            }
            return context.creations.cage(cohort, label);
        }
        cells.problem(ColumnRole.CAGE, "unknown cage " + Names.quote(label) + " (use the create option to add cages)");
        return null;
    }

    /** Whether a name for a new object is refused (invisible or look-alike characters); the cell says why. */
    private boolean refusedName(ColumnRole role, String kind, String name) {
        String problem = context.names.problem(kind, name);
        if (problem != null) {
            cells.problem(role, problem);
            return true;
        }
        return false;
    }
}
