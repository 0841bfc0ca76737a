package org.vivarium.ui.entry;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.contexts.IContextService;
import org.vivarium.core.entry.EntrySheet;
import org.vivarium.core.entry.SheetEdits;
import org.vivarium.core.schedule.Completion;
import org.vivarium.model.AssaySession;
import org.vivarium.ui.bench.EditorHeader;
import org.vivarium.ui.bench.Operator;
import org.vivarium.ui.bench.StudyEditorPart;

/**
 * The data entry grid of an assay session: one row per animal (per cage for cage assays), one column per measure;
 * blinded sessions show blind codes only. Values are typed, pasted, censored and excluded in the grid; every change is
 * a command on the study's stack (Edit &gt; Undo), and a value still being typed is committed before the study is
 * saved.
 */
public class EntryEditor extends StudyEditorPart {

    public static final String ID = "org.vivarium.ui.entry";
    static final String HINT = "Type a value to enter it: Enter moves down, Tab moves right, the arrows move between "
            + "cells; Ctrl+V pastes a block copied from Excel, Delete clears; right-click to censor or exclude.";

    private EntrySheet sheet;
    private EntryGrid grid;
    private EntryActions actions;
    private EditorHeader header;
    private Button done;
    private final org.vivarium.ui.design.SelectionForwarder cellSelection = new org.vivarium.ui.design.SelectionForwarder();

    @Override
    protected EObject subject(IEditorInput input) {
        return input instanceof EntryInput e ? e.session() : null;
    }

    /** The session of this grid. */
    public AssaySession assaySession() {
        return ((EntryInput) getEditorInput()).session();
    }

    @Override
    protected void createContent(Composite parent) {
        BusyIndicator.showWhile(parent.getDisplay(), ServiceMediator::await); // before any grid class needs it
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        sheet = EntrySheet.of(assaySession()).track(this::changed);
        boolean readOnly = session().isReadOnly();
        header = header(parent, EntryFacts.title(assaySession()), HINT, EntryGridConfiguration.ERROR_FOREGROUND);
        header.details(EntryFacts.details(sheet));
        done = new Button(header.side(), SWT.PUSH);
        done.addListener(SWT.Selection, e -> toggleDone());
        grid = new EntryGrid(parent, new SheetEdits(session().domain(), sheet), session(),
                readOnly, header::report);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.table());
        actions = new EntryActions(grid, readOnly);
        actions.hook(getEditorSite().getActionBars());
        getSite().getService(IContextService.class).activateContext(EntryCommands.CONTEXT);
        getSite().setSelectionProvider(cellSelection);
        grid.table().addLayerListener(event -> {
            if (event instanceof CellSelectionEvent) {
                cellSelection.setSelection(selectedCell());
            }
        });
        refresh();
        EntryFacts.firstEmpty(sheet, grid::select);
    }

    @Override
    protected void refresh() {
        if (!grid.refused() && (grid.activeEditor() == null || grid.activeEditor().isClosed())) {
            header.report(null); // the study changed (an edit, an undo): a refusal shown before no longer applies
        }
        if (sheet.refreshCoding()) { // the treatments were coded or unblinded: the arms shown follow
            header.details(EntryFacts.details(sheet));
        }
        header.progress(EntryFacts.progress(sheet));
        done.setText(assaySession().getCompletedAt() == null ? "Mark session done" : "Reopen session");
        done.setEnabled(!session().isReadOnly());
        done.getParent().getParent().layout(true, true);
        grid.refresh();
    }

    private void toggleDone() {
        AssaySession s = assaySession();
        var command = s.getCompletedAt() == null ? Completion.markDone(session().domain(), s, Operator.get(),
                LocalDateTime.now().withSecond(0).withNano(0)) : Completion.reopen(session().domain(), s);
        if (command == null) {
            header.report("Enter your name as operator in the Today view first: it is recorded with the session");
            return;
        }
        session().domain().getCommandStack().execute(command);
        if (session().refusal() != null) { // e.g. the lab server refused it: said where the person looks
            header.report(session().refusal());
        }
    }

    @Override
    protected String commitPending() {
        String problem = grid == null ? null : grid.commit();
        if (problem != null) {
            header.report(problem);
        }
        return problem;
    }

    @Override
    protected void activated() {
        actions.hook(getEditorSite().getActionBars());
    }

    /** The sheet shown: rows, measures, cells (for tests). */
    public EntrySheet sheet() {
        return sheet;
    }

    /** The grid (for tests and keyboard-driven checks). */
    public org.eclipse.nebula.widgets.nattable.NatTable table() {
        return grid.table();
    }

    /** Runs one of the {@link EntryCommands} on the selected cells (a value being typed is committed first). */
    void run(String commandId) {
        if (session().isReadOnly() || commitPending() != null) {
            return;
        }
        switch (commandId) {
            case EntryCommands.CENSOR -> actions.toggleCensored();
            case EntryCommands.EXCLUDE -> actions.exclude();
            case EntryCommands.INCLUDE -> actions.include();
            default -> throw new IllegalArgumentException(commandId);
        }
    }

    /** Selects a cell of the sheet (row, measure column) and shows it. */
    public void select(int row, int column) {
        grid.select(row, column);
    }

    /** The selected cell as the workbench's selection (an {@link EntryCell}), or an empty selection. */
    private IStructuredSelection selectedCell() {
        SheetEdits.Cell a = grid.anchor();
        if (a == null || a.row() >= sheet.rowCount() || a.column() >= sheet.columnCount()) {
            return StructuredSelection.EMPTY;
        }
        return new StructuredSelection(new EntryCell(assaySession(), sheet.row(a.row()).unit(),
                sheet.measure(a.column()), sheet.measurement(a.row(), a.column()), sheet.row(a.row()).name()));
    }

    /** The selected cell where typing or a paste goes, or null. */
    public SheetEdits.Cell anchor() {
        return grid.anchor();
    }

    /** The message area's text (the hint, or why the last value was refused). */
    public String message() {
        return header.message();
    }

    /** The message area (for tests: whether every line of a message can be read). */
    public Text messageArea() {
        return header.messageArea();
    }

    @Override
    public void setFocus() {
        grid.table().setFocus();
    }

    @Override
    public void dispose() {
        if (sheet != null) {
            sheet.dispose();
        }
        super.dispose();
    }
}
