package org.vivarium.ui.bench;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.vivarium.core.schedule.Agenda;
import org.vivarium.core.schedule.Agenda.Section;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.views.StudyPartSupport;

/**
 * Today: what is due in the open study - dosing rounds and assay sessions by time since dose, overdue work first and
 * in red. Enter (or double-click) opens the dosing editor or the data entry grid; Space marks an item done, recording
 * who (the operator field) and when.
 */
public class TodayView extends ViewPart {

    public static final String ID = "org.vivarium.ui.bench.today";
    private static final String[] RANGES = { "Today", "Next 7 days", "Whole study" };
    private static final int[] DAYS = { 0, 7, Agenda.ALL_DAYS };

    private TreeViewer viewer;
    private Combo range;
    private StudyPartSupport support;
    private boolean refreshScheduled;
    private AgendaActions actions;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(12, 0).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new OperatorField(bar);
        new Label(bar, SWT.NONE).setText("Show:");
        range = new Combo(bar, SWT.READ_ONLY);
        range.setItems(RANGES);
        range.select(0);
        range.addListener(SWT.Selection, e -> refresh());
        viewer = AgendaTree.create(parent, LocalDateTime::now);
        Label hint = new Label(parent, SWT.WRAP);
        hint.setText("Enter or double-click opens the dosing sheet or the data entry grid; Space marks the item done.");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(hint);
        actions = new AgendaActions(this, viewer, getViewSite().getActionBars().getToolBarManager());
        support = new StudyPartSupport(getViewSite(), s -> refresh(), this::changed);
        tick();
    }

    /** The items listed (in the order shown). */
    public List<ScheduledItem> items() {
        return AgendaTree.items(viewer);
    }

    /** The agenda tree (for tests). */
    public TreeViewer viewer() {
        return viewer;
    }

    /** Opens the dosing editor or entry grid of an item, with a busy cursor (the first grid takes a moment). */
    public void open(ScheduledItem item) {
        PartInitException[] failure = new PartInitException[1];
        BusyIndicator.showWhile(getSite().getShell().getDisplay(), () -> {
            try {
                BenchEditors.open(getSite().getPage(), item);
            } catch (PartInitException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(getSite().getShell(), "Cannot open", failure[0].getMessage());
        }
    }

    /** Marks an item done now (or a done session not done); returns null, or why not. */
    public String markDone(ScheduledItem item, boolean ask) {
        StudySession session = support.session();
        if (session == null || session.isReadOnly()) {
            return "The study is read-only here";
        }
        return AgendaActions.toggle(session, item, LocalDateTime.now().withSecond(0).withNano(0),
                ask ? getSite().getShell() : null);
    }

    /** Chooses the days shown: 0 today, 1 the next 7 days, 2 the whole study. */
    public void showRange(int index) {
        range.select(index);
        refresh();
    }

    private void changed() {
        if (refreshScheduled || viewer.getControl().isDisposed()) {
            return;
        }
        refreshScheduled = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            refreshScheduled = false;
            refresh();
        });
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        StudySession session = support == null ? null : support.session();
        List<Section> sections = session == null ? List.of()
                : Agenda.of(session.study(), LocalDateTime.now(), DAYS[Math.max(0, range.getSelectionIndex())]);
        AgendaTree.show(viewer, sections);
        setContentDescription(session == null ? "No study open" : "");
        actions.update();
    }

    private void tick() { // statuses such as "due in 25 min" age by the minute
        if (!viewer.getControl().isDisposed()) {
            refresh();
            viewer.getControl().getDisplay().timerExec(60_000, this::tick);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == ISaveablePart.class && support != null) {
            return adapter.cast(support); // File > Save saves the study while this view is active
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (support != null) {
            support.dispose();
        }
        super.dispose();
    }
}
