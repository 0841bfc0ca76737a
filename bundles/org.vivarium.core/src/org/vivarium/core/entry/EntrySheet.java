package org.vivarium.core.entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.vivarium.core.blinding.Coding;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Sex;
import org.vivarium.model.VivariumPackage;

/**
 * The data entry sheet of an assay session: one row per experimental unit (animal, or cage when the assay's unit is
 * the cage), one column per measure of the assay, and in each cell the measurement recorded for that unit and
 * measure. Cells are found through an index built once and kept current while measurements are added to or removed
 * from the session (by commands, undo, redo or import), so a sheet of 20,000 animals answers each cell in constant
 * time. Blinded sessions list their animals by blind code, in the order of the codes, without cage or arm. While the
 * cohort's treatments are coded and not unblinded, other sessions show each arm by its code ("C", {@link Coding}),
 * never its real code or label; {@link #refreshCoding()} brings the rows up to date after a coding or unblinding.
 */
public final class EntrySheet {

    private final AssaySession session;
    private final ExperimentalUnit unit;
    private final boolean blinded;
    private final List<MeasureDefinition> measures;
    private final List<EntryRow> rows;
    private boolean revealed;
    private final Map<EObject, Integer> rowOfUnit;
    private final Map<MeasureDefinition, Integer> columnOfMeasure = new HashMap<>();
    private final Measurement[][] cells;
    /** Further measurements of an occupied cell (the validator reports them), by row x columns + column. */
    private final Map<Long, List<Measurement>> duplicates = new HashMap<>();
    private final Tracker tracker = new Tracker();
    private Runnable onChange = () -> {
    };

    private EntrySheet(AssaySession session) {
        this.session = session;
        this.unit = Studies.unitOf(session);
        this.blinded = session.isBlinded();
        this.revealed = revealedNow();
        AssayDefinition assay = Studies.assayOf(session);
        this.measures = assay == null ? List.of() : List.copyOf(assay.getMeasures());
        for (int i = 0; i < measures.size(); i++) {
            columnOfMeasure.put(measures.get(i), i);
        }
        this.rows = unit == ExperimentalUnit.CAGE ? cageRows() : animalRows();
        this.rowOfUnit = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            rowOfUnit.put(rows.get(i).unit(), i);
        }
        this.cells = new Measurement[rows.size()][measures.size()];
        for (Measurement m : session.getMeasurements()) {
            put(m);
        }
    }

    /** The sheet of a session; call {@link #track} to keep it current and {@link #dispose} when done. */
    public static EntrySheet of(AssaySession session) {
        return new EntrySheet(session);
    }

    /** Keeps the index current as measurements come and go; {@code onChange} runs after each such change. */
    public EntrySheet track(Runnable onChange) {
        this.onChange = Objects.requireNonNull(onChange);
        if (!session.eAdapters().contains(tracker)) {
            session.eAdapters().add(tracker);
        }
        return this;
    }

    /** Stops tracking the session. */
    public void dispose() {
        session.eAdapters().remove(tracker);
    }

    public AssaySession session() {
        return session;
    }

    public ExperimentalUnit unit() {
        return unit;
    }

    public boolean blinded() {
        return blinded;
    }

    public List<MeasureDefinition> measures() {
        return measures;
    }

    public List<EntryRow> rows() {
        return rows;
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return measures.size();
    }

    public EntryRow row(int row) {
        return rows.get(row);
    }

    public MeasureDefinition measure(int column) {
        return measures.get(column);
    }

    /** The measurement of a cell, or null when none is recorded. */
    public Measurement measurement(int row, int column) {
        return cells[row][column];
    }

    /** The row of an animal or cage, or -1 when it is not on the sheet. */
    public int rowOf(EObject unitObject) {
        Integer r = rowOfUnit.get(unitObject);
        return r == null ? -1 : r;
    }

    /** The column of a measure, or -1. */
    public int columnOf(MeasureDefinition measure) {
        Integer c = columnOfMeasure.get(measure);
        return c == null ? -1 : c;
    }

    /** How many cells hold a value (excluded ones included). */
    public int filled() {
        int n = 0;
        for (Measurement[] row : cells) {
            for (Measurement m : row) {
                n += m == null ? 0 : 1;
            }
        }
        return n;
    }

    /** Whether the rows show the arms themselves (not coded, or unblinded) rather than their codes. */
    public boolean revealed() {
        return revealed;
    }

    /**
     * Brings the arms shown up to date after the treatments were coded or unblinded (rows and their order stay).
     * Returns whether anything changed.
     */
    public boolean refreshCoding() {
        boolean now = revealedNow();
        if (now == revealed) {
            return false;
        }
        revealed = now;
        for (int i = 0; i < rows.size(); i++) {
            EntryRow r = rows.get(i);
            String arm = blinded ? "" : r.unit() instanceof Cage c ? arms(c) : armOf((Animal) r.unit());
            rows.set(i, new EntryRow(r.unit(), r.name(), r.sex(), r.cage(), arm, r.status()));
        }
        return true;
    }

    private boolean revealedNow() {
        return Coding.revealed(Studies.studyOf(session), session.getCohort());
    }

    /** An animal's arm as the sheet may show it: its code, or its blinded code while coded. */
    private String armOf(Animal a) {
        return Coding.armLabel(a.getArm(), revealed);
    }

    /** The arms of a cage's animals, e.g. "KET+VEH" or while coded "C". */
    private String arms(Cage c) {
        Set<String> arms = c.getAnimals().stream().map(a -> a.getArm() == null ? "?" : armOf(a))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return String.join("/", arms);
    }

    /** The name of a row's unit as the sheet shows it, e.g. "1H-03", "blind code JK3M", "cage 1H-C02". */
    public String describe(int row) {
        EntryRow r = rows.get(row);
        if (unit == ExperimentalUnit.CAGE) {
            return "cage " + r.name();
        }
        return blinded ? "blind code " + r.name() : "animal " + r.name();
    }

    private void put(Measurement m) {
        int[] cell = cellOf(m);
        if (cell == null) {
            return;
        }
        if (cells[cell[0]][cell[1]] == null) {
            cells[cell[0]][cell[1]] = m;
        } else {
            duplicates.computeIfAbsent(key(cell), k -> new ArrayList<>()).add(m);
        }
    }

    private void remove(Measurement m) {
        int[] cell = cellOf(m);
        if (cell == null) {
            return;
        }
        List<Measurement> others = duplicates.get(key(cell));
        if (cells[cell[0]][cell[1]] == m) {
            cells[cell[0]][cell[1]] = others == null ? null : others.remove(0); // a duplicate takes its place
        } else if (others != null) {
            others.remove(m);
        }
        if (others != null && others.isEmpty()) {
            duplicates.remove(key(cell));
        }
    }

    private long key(int[] cell) {
        return (long) cell[0] * measures.size() + cell[1];
    }

    private int[] cellOf(Measurement m) {
        Integer row = rowOfUnit.get(unitOf(m));
        Integer column = columnOfMeasure.get(m.getMeasure());
        return row == null || column == null ? null : new int[] { row, column };
    }

    private EObject unitOf(Measurement m) {
        return unit == ExperimentalUnit.CAGE ? m.getCage() : m.getAnimal();
    }

    private List<EntryRow> animalRows() {
        Set<EObject> measured = new HashSet<>();
        for (Measurement m : session.getMeasurements()) {
            measured.add(m.getAnimal());
        }
        List<EntryRow> list = new ArrayList<>();
        for (Animal a : Studies.animalsOf(session)) {
            if (a.getStatus() != AnimalStatus.ACTIVE && !measured.contains(a)) {
                continue; // left the study before this session: nothing to enter
            }
            String status = a.getStatus() == AnimalStatus.ACTIVE ? ""
                    : a.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            if (blinded) {
                list.add(new EntryRow(a, a.getBlindCode() == null ? "(no code)" : a.getBlindCode(), sex(a.getSex()),
                        "", "", status));
            } else {
                list.add(new EntryRow(a, a.getId(), sex(a.getSex()), a.getCage() == null ? "" : a.getCage().getLabel(),
                        armOf(a), status));
            }
        }
        if (blinded) {
            list.sort(Comparator.comparing(EntryRow::name));
        }
        return list;
    }

    private List<EntryRow> cageRows() {
        List<EntryRow> list = new ArrayList<>();
        for (Cage c : Studies.cagesOf(session)) {
            Collection<Animal> animals = c.getAnimals();
            String members = blinded ? animals.size() + " animals"
                    : animals.stream().map(Animal::getId).collect(Collectors.joining(", "));
            Set<Sex> sexes = animals.stream().map(Animal::getSex).collect(Collectors.toSet());
            list.add(new EntryRow(c, c.getLabel(), sexes.size() == 1 ? sex(sexes.iterator().next()) : "",
                    members, blinded ? "" : arms(c), ""));
        }
        return list;
    }

    private static String sex(Sex sex) {
        return switch (sex) {
            case FEMALE -> "F";
            case MALE -> "M";
            default -> "";
        };
    }

    /** Keeps the index current when the session's measurements change. */
    private final class Tracker extends AdapterImpl {
        @Override
        public void notifyChanged(Notification n) {
            if (n.getFeature() != VivariumPackage.Literals.ASSAY_SESSION__MEASUREMENTS || n.isTouch()) {
                return;
            }
            switch (n.getEventType()) {
                case Notification.ADD -> put((Measurement) n.getNewValue());
                case Notification.ADD_MANY -> ((Collection<?>) n.getNewValue()).forEach(m -> put((Measurement) m));
                case Notification.REMOVE -> remove((Measurement) n.getOldValue());
                case Notification.REMOVE_MANY -> ((Collection<?>) n.getOldValue())
                        .forEach(m -> remove((Measurement) m));
                case Notification.SET -> {
                    remove((Measurement) n.getOldValue());
                    put((Measurement) n.getNewValue());
                }
                default -> {
                    return;
                }
            }
            onChange.run();
        }
    }
}
