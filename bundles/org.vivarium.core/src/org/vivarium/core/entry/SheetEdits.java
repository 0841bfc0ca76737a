package org.vivarium.core.entry;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.validation.ValueRules;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * The changes a person makes on an {@link EntrySheet}, as EMF commands for the study's command stack (so they can be
 * undone and make the study dirty): typing a value, pasting a block, clearing, censoring, excluding with a reason.
 * Nothing is changed when any value is invalid: the result then holds no command and the problems, each naming the
 * cell ("blind code JK3M, Immobility (s): immobility 300 s is outside the valid range 0-240 s").
 */
public final class SheetEdits {

    /** The source recorded for values typed or pasted by hand. */
    public static final String SOURCE = "manual";

    /** A cell of the sheet. */
    public record Cell(int row, int column) {
    }

    /**
     * What an edit comes to.
     *
     * @param command  the command to execute, or null when there is nothing to do or a problem
     * @param problems why the edit cannot be made (empty when it can)
     */
    public record Result(Command command, List<String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final EditingDomain domain;
    private final EntrySheet sheet;

    public SheetEdits(EditingDomain domain, EntrySheet sheet) {
        this.domain = domain;
        this.sheet = sheet;
    }

    public EntrySheet sheet() {
        return sheet;
    }

    /** Records a typed text in a cell: a value, a censored value ("600+"), or nothing (clears the cell). */
    public Result enter(int row, int column, String text) {
        MeasureDefinition measure = sheet.measure(column);
        EntryText.Parsed parsed = EntryText.parse(text, measure);
        if (!parsed.isValid()) {
            return problem(where(row, column) + ": " + parsed.problem());
        }
        Changes changes = new Changes();
        changes.put(row, column, parsed);
        return changes.result("Enter " + measure.getName() + " of " + sheet.row(row).name());
    }

    /** Pastes a block of tab- and line-separated values with its top left cell at the given cell. */
    public Result paste(int row, int column, String text) {
        List<List<String>> block = TextBlock.parse(text);
        if (block.isEmpty()) {
            return problem("the clipboard holds no values to paste");
        }
        int width = block.stream().mapToInt(List::size).max().orElse(0);
        if (row + block.size() > sheet.rowCount()) {
            return problem("the pasted block has " + block.size() + " rows but there " + count(sheet.rowCount() - row,
                    "row") + " from " + sheet.describe(row) + " down");
        }
        if (column + width > sheet.columnCount()) {
            return problem("the pasted block has " + width + " columns but there " + count(sheet.columnCount()
                    - column, "measure") + " from " + EntryText.header(sheet.measure(column)) + " on");
        }
        Changes changes = new Changes();
        List<String> problems = new ArrayList<>();
        for (int r = 0; r < block.size(); r++) {
            List<String> cells = block.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).isBlank()) {
                    continue; // an empty pasted cell leaves the value as it is
                }
                EntryText.Parsed parsed = EntryText.parse(cells.get(c), sheet.measure(column + c));
                if (parsed.isValid()) {
                    changes.put(row + r, column + c, parsed);
                } else {
                    problems.add(where(row + r, column + c) + ": " + parsed.problem());
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return changes.result("Paste " + changes.count + (changes.count == 1 ? " value" : " values"));
    }

    /** Removes the values of the given cells. */
    public Result clear(List<Cell> cells) {
        List<Measurement> gone = new ArrayList<>();
        for (Cell cell : cells) {
            Measurement m = sheet.measurement(cell.row(), cell.column());
            if (m != null) {
                gone.add(m);
            }
        }
        if (gone.isEmpty()) {
            return new Result(null, List.of());
        }
        RemoveCommand command = new RemoveCommand(domain, sheet.session(), Literals.ASSAY_SESSION__MEASUREMENTS, gone);
        command.setLabel("Clear " + gone.size() + (gone.size() == 1 ? " value" : " values"));
        return new Result(command, List.of());
    }

    /**
     * Marks values as censored (or not). An empty cell of a measure with a censoring cutoff gets the cutoff as a
     * censored value: the animal did not, say, feed within the 600 s of the test.
     */
    public Result censor(List<Cell> cells, boolean censored) {
        Changes changes = new Changes();
        List<String> problems = new ArrayList<>();
        for (Cell cell : cells) {
            MeasureDefinition measure = sheet.measure(cell.column());
            Measurement m = sheet.measurement(cell.row(), cell.column());
            if (m == null && !censored) {
                continue;
            }
            if (censored && measure.getCensoringCutoff() == null) {
                problems.add(where(cell.row(), cell.column()) + ": " + measure.getName()
                        + " has no censoring cutoff, so its values cannot be censored");
                continue;
            }
            double value = m == null ? measure.getCensoringCutoff() : m.getValue();
            String problem = ValueRules.check(measure, value, censored);
            if (problem != null) {
                problems.add(where(cell.row(), cell.column()) + ": " + problem);
            } else {
                changes.put(cell.row(), cell.column(), new EntryText.Parsed(false, value, censored, null));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return changes.result((censored ? "Censor " : "Uncensor ") + changes.count
                + (changes.count == 1 ? " value" : " values"));
    }

    /** Excludes the values of the given cells from analyses with a reason, or includes them again (reason null). */
    public Result exclude(List<Cell> cells, String reason) {
        boolean excluding = reason != null;
        if (excluding && reason.isBlank()) {
            return problem("an exclusion needs a reason (ARRIVE item 3)");
        }
        CompoundCommand command = new CompoundCommand(excluding ? "Exclude values" : "Include values");
        for (Cell cell : cells) {
            Measurement m = sheet.measurement(cell.row(), cell.column());
            boolean already = m != null && m.isExcluded() == excluding
                    && (!excluding || reason.strip().equals(m.getExclusionReason()));
            if (m == null || already) {
                continue;
            }
            command.append(new SetCommand(domain, m, Literals.MEASUREMENT__EXCLUDED, excluding));
            command.append(new SetCommand(domain, m, Literals.MEASUREMENT__EXCLUSION_REASON,
                    excluding ? reason.strip() : SetCommand.UNSET_VALUE));
        }
        if (command.isEmpty()) {
            return excluding ? problem("there is no value to exclude in the selected cells")
                    : new Result(null, List.of());
        }
        return new Result(command, List.of());
    }

    /** The values of a rectangle of cells as clipboard text (tabs and line breaks; censored values as "600+"). */
    public String copy(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            List<String> cells = new ArrayList<>();
            for (int c = firstColumn; c <= lastColumn; c++) {
                cells.add(EntryText.format(sheet.measurement(r, c)));
            }
            rows.add(cells);
        }
        return TextBlock.format(rows);
    }

    /** e.g. "blind code JK3M, Immobility (s)". */
    public String where(int row, int column) {
        return sheet.describe(row) + ", " + EntryText.header(sheet.measure(column));
    }

    /** "is only 1 row", "are only 2 rows". */
    private static String count(int n, String noun) {
        return n == 1 ? "is only 1 " + noun : "are only " + n + " " + noun + "s";
    }

    private static Result problem(String message) {
        return new Result(null, List.of(message));
    }

    /** Collects new measurements (added in one command) and changed ones (set commands). */
    private final class Changes {
        private final List<Measurement> added = new ArrayList<>();
        private final List<Measurement> removed = new ArrayList<>();
        private final List<Command> sets = new ArrayList<>();
        private int count;

        void put(int row, int column, EntryText.Parsed value) {
            Measurement m = sheet.measurement(row, column);
            if (value.empty()) {
                if (m != null) {
                    removed.add(m);
                    count++;
                }
                return;
            }
            if (m == null) {
                added.add(create(row, column, value));
                count++;
                return;
            }
            if (m.getValue() == value.value() && m.isCensored() == value.censored()) {
                return;
            }
            sets.add(new SetCommand(domain, m, Literals.MEASUREMENT__VALUE, value.value()));
            sets.add(new SetCommand(domain, m, Literals.MEASUREMENT__CENSORED, value.censored()));
            sets.add(new SetCommand(domain, m, Literals.MEASUREMENT__SOURCE, SOURCE));
            count++;
        }

        private Measurement create(int row, int column, EntryText.Parsed value) {
            Measurement m = VivariumFactory.eINSTANCE.createMeasurement();
            EObject unit = sheet.row(row).unit();
            if (sheet.unit() == ExperimentalUnit.CAGE) {
                m.setCage((org.vivarium.model.Cage) unit);
            } else {
                m.setAnimal((org.vivarium.model.Animal) unit);
            }
            m.setMeasure(sheet.measure(column));
            m.setValue(value.value());
            m.setCensored(value.censored());
            m.setSource(SOURCE);
            return m;
        }

        Result result(String label) {
            CompoundCommand command = new CompoundCommand(label);
            if (!added.isEmpty()) {
                command.append(new AddCommand(domain, sheet.session(), Literals.ASSAY_SESSION__MEASUREMENTS, added));
            }
            if (!removed.isEmpty()) {
                command.append(new RemoveCommand(domain, sheet.session(), Literals.ASSAY_SESSION__MEASUREMENTS,
                        removed));
            }
            sets.forEach(command::append);
            return new Result(command.isEmpty() ? null : command, List.of());
        }
    }
}
