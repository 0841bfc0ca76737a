package org.vivarium.ui.dosing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseRecording.Result;
import org.vivarium.core.dose.DoseWindows;
import org.vivarium.core.study.Labels;
import org.vivarium.model.Compound;
import org.vivarium.model.Stock;
import org.vivarium.ui.bench.EditorHeader;
import org.vivarium.ui.bench.Operator;

/**
 * The table of a dosing round: one line per dose with the animal, what it gets, its latest weight, the volume and
 * whether it was given. Keyboard first: typing digits weighs the selected animal (the volume follows as the weight is
 * typed, marked as not recorded yet), Enter records the weight, Space records the selected doses as given now by the
 * operator and moves on to the next dose to give; double-click (or Tab) edits the weight, the time given or the volume
 * given. It always shows what is recorded, apart from the line being typed in ({@link WeightEditing}).
 */
final class DosingTable {

    static final int WEIGHT = 4;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final TableViewer viewer;
    private final EditingDomain domain;
    private final CommandStack stack;
    private final EditorHeader header;
    private final WeightEditing weightEditing;
    private List<DoseLine> lines = List.of();
    private Supplier<Map<Compound, Stock>> stocks = Map::of;

    DosingTable(Composite parent, EditingDomain domain, boolean readOnly, EditorHeader header) {
        this.domain = domain;
        this.stack = domain.getCommandStack();
        this.header = header;
        // virtual: only the visible lines get items, so a round of 20,000 doses opens and refreshes at once
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.VIRTUAL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new Lines());
        weightEditing = new WeightEditing(this, viewer, header);
        column("Animal", 80, SWT.LEFT, l -> l.animal().getId(), null);
        column("Sex", 45, SWT.LEFT, l -> DosingFacts.sex(l.animal()), null);
        column("Cage", 80, SWT.LEFT, l -> l.animal().getCage() == null ? "" : l.animal().getCage().getLabel(), null);
        column("Dose", 265, SWT.LEFT, DoseLine::dose, null); // while coded: "Solution A 10 mL/kg i.p. at 0 h"
        column("Weight (g)", 95, SWT.RIGHT, l -> Double.isNaN(l.weightGrams()) ? "not weighed"
                : String.format("%.1f", l.weightGrams()), readOnly ? null : weightEditing);
        column("Weighed", 140, SWT.LEFT, l -> DosingFacts.when(l.weighedAt(), l.task().due()), null);
        EditingSupport volume = readOnly ? null : new GivenEditing(l -> Labels.number(l.event().getVolumeMl()),
                (l, text) -> apply(StockCorrections.setVolume(viewer.getControl().getShell(), domain, l,
                        DosingFacts.number(text))));
        column("Volume (mL)", 105, SWT.RIGHT, l -> l.volume().isComputed()
                ? String.format("%.2f", l.volume().volumeMl()) : "-", volume);
        EditingSupport time = readOnly ? null
                : new GivenEditing(l -> HH_MM.format(l.event().getActualTime()), this::setTime);
        column("Given", 170, SWT.LEFT, DosingFacts::given, time);
        column("Window", 270, SWT.LEFT, l -> DosingFacts.window(l, LocalDateTime.now()), null);
        column("Check", 420, SWT.LEFT, l -> l.warning() == null ? "" : l.warning(), null);
        column("Stock", 90, SWT.LEFT, l -> l.event() == null || l.event().getStock() == null ? ""
                : l.revealed() ? l.event().getStock().getId() : "coded", null); // a stock would name the compound
        ColumnViewerToolTipSupport.enableFor(viewer);
        TableViewerEditor.create(viewer, new Activation(viewer), ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR);
        if (!readOnly) {
            viewer.getTable().addListener(SWT.KeyDown, e -> {
                if (e.character == ' ' && e.stateMask == 0) {
                    giveSelected();
                    e.doit = false;
                } else if (Character.isDigit(e.character) && e.stateMask == 0 || e.keyCode == SWT.F2) {
                    weighSelected(e.keyCode == SWT.F2 ? null : String.valueOf(e.character));
                    e.doit = false;
                } else if (e.keyCode == SWT.ESC && e.stateMask == 0) {
                    header.report(null); // closes a message about a refused entry
                }
            });
        }
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Where the stock the doses are drawn from is chosen (none: each compound's default stock). */
    void drawFrom(Supplier<Map<Compound, Stock>> choice) {
        stocks = choice;
    }

    /** Shows the round's lines (in the same order as before), keeping the selected lines selected. */
    void show(List<DoseLine> next) {
        int[] selected = viewer.getTable().getSelectionIndices();
        lines = next;
        viewer.setInput(next);
        viewer.getTable().setSelection(selected);
    }

    /** Selects a line and shows it. */
    void select(int index) {
        if (index >= 0 && index < lines.size()) {
            viewer.getTable().setSelection(index);
            viewer.getTable().showSelection();
        }
    }

    /** Records the selected doses as given now by the operator, then selects the next dose still to give. */
    void giveSelected() {
        int[] indices = viewer.getTable().getSelectionIndices();
        List<DoseLine> selected = selection();
        if (selected.isEmpty()) {
            return;
        }
        LocalDateTime at = LocalDateTime.now().withSecond(0).withNano(0);
        String reason = null;
        List<DoseLine> outside = DoseWindows.outside(selected, at);
        if (!outside.isEmpty() && !Operator.get().isBlank()) {
            reason = WindowReasonDialog.ask(viewer.getTable().getShell(), outside, at);
            if (reason == null) {
                header.report("Not recorded: a dose outside its dosing window is recorded only with a reason");
                return;
            }
        }
        if (apply(DoseRecording.giveAll(domain, selected, at, Operator.get(), reason, stocks.get()))) {
            int last = indices[indices.length - 1];
            for (int i = last + 1; i < lines.size(); i++) {
                if (!lines.get(i).isGiven()) {
                    select(i);
                    return;
                }
            }
        }
    }

    /** Opens the weight editor of the selected dose, with the typed character if any. */
    void weighSelected(String typed) {
        List<DoseLine> selected = selection();
        if (selected.size() != 1) {
            return;
        }
        viewer.editElement(selected.get(0), WEIGHT);
        Text text = weightEditing.text();
        if (typed != null && viewer.isCellEditorActive()) {
            text.setText(typed);
            text.setSelection(typed.length());
        }
    }

    /** The selected lines, in table order. */
    List<DoseLine> selection() {
        List<DoseLine> selected = new ArrayList<>();
        for (int i : viewer.getTable().getSelectionIndices()) {
            selected.add(lines.get(i));
        }
        return selected;
    }

    /** The index of a line (the same animal and regimen) in the table, or -1. */
    int indexOf(DoseLine line) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).animal() == line.animal() && lines.get(i).regimen() == line.regimen()) {
                return i;
            }
        }
        return -1;
    }

    EditingDomain domain() {
        return domain;
    }

    /** Executes a command on the study's stack. */
    void execute(Command command) {
        stack.execute(command);
        reportRefusal();
    }

    private boolean apply(Result result) {
        header.report(result.problem());
        if (result.command() != null) {
            stack.execute(result.command());
            return !reportRefusal() && result.ok();
        }
        return result.ok();
    }

    /** Says why the last command was not made (no reason given, or a lab server refused it); whether it was not. */
    private boolean reportRefusal() {
        if (stack instanceof AuditedCommandStack a && a.refusal() != null) {
            header.report((a.refusedByStore() ? "Not stored: " : "Not changed: ") + a.refusal());
            return true;
        }
        return false;
    }

    private void column(String title, int width, int align, Function<DoseLine, String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(viewer, align);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((DoseLine) element);
            }

            @Override
            public Color getForeground(Object element) {
                DoseLine l = (DoseLine) element;
                boolean warned = l.warning() != null && (title.equals("Check") || title.startsWith("Volume"))
                        || title.equals("Window");
                return warned ? DosingFacts.RED : null;
            }

            @Override
            public Color getBackground(Object element) {
                return ((DoseLine) element).isGiven() ? DosingFacts.GIVEN : null;
            }

            @Override
            public String getToolTipText(Object element) {
                DoseLine l = (DoseLine) element;
                return title.equals("Window") ? DosingFacts.windowTip(l, LocalDateTime.now()) : l.warning();
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    /** Double-click, programmatic and Tab activation only: keys are the table's (digits weigh, Space gives). */
    private static final class Activation extends ColumnViewerEditorActivationStrategy {
        Activation(TableViewer viewer) {
            super(viewer);
        }

        @Override
        protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent e) {
            return e.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                    || e.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                    || e.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL;
        }
    }

    /** Gives the virtual table the line of each row it shows. */
    private final class Lines implements ILazyContentProvider {
        @Override
        public void updateElement(int index) {
            if (index < lines.size()) {
                viewer.replace(lines.get(index), index);
            }
        }

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            viewer.setItemCount(newInput instanceof List<?> l ? l.size() : 0);
        }
    }

    /** Corrects what was recorded for a dose given: the time ("09:05", or "now") or the volume. */
    private final class GivenEditing extends DosingEditing {
        private final Function<DoseLine, String> value;
        private final BiPredicate<DoseLine, String> commit;

        GivenEditing(Function<DoseLine, String> value, BiPredicate<DoseLine, String> commit) {
            super(viewer);
            this.value = value;
            this.commit = commit;
        }

        @Override
        protected boolean canEdit(Object element) {
            return ((DoseLine) element).isGiven();
        }

        @Override
        protected Object getValue(Object element) {
            DoseLine line = (DoseLine) element;
            StudySession session = StudySessions.current();
            if (session != null && line.event() != null) {
                session.editing(line.event()); // a lab study: what others store meanwhile clashes, not overwritten
            }
            return value.apply(line);
        }

        @Override
        boolean commit(DoseLine line, String text) {
            return commit.test(line, text);
        }
    }

    private boolean setTime(DoseLine line, String text) {
        LocalDate day = line.event().getActualTime().toLocalDate();
        try {
            LocalDateTime at = text.strip().equalsIgnoreCase("now") ? LocalDateTime.now().withSecond(0).withNano(0)
                    : day.atTime(LocalTime.parse(text.strip()));
            String reason = null;
            if (!line.task().inWindow(at)) {
                reason = WindowReasonDialog.ask(viewer.getTable().getShell(), List.of(line), at);
                if (reason == null) {
                    header.report("Not changed: a time outside the dosing window is recorded only with a reason");
                    return false;
                }
            }
            return apply(DoseRecording.setTime(domain, line, at, reason));
        } catch (DateTimeParseException e) {
            header.report("'" + text + "' is not a time: type it as 09:05");
            return false;
        }
    }
}
