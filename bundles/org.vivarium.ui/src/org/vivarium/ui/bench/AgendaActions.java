package org.vivarium.ui.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseWindows;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.schedule.Completion;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.model.AssaySession;
import org.vivarium.ui.dosing.WindowReasonDialog;
import org.vivarium.ui.session.StudySession;

/**
 * Marking agenda items done, as undoable commands recording who (the {@link Operator}) and when. A session is marked
 * done (or open again); a dosing round is done when each dose is recorded, so marking it done records the doses not
 * recorded yet as given at the volumes computed from the latest weights (after asking, since doses are usually
 * recorded one by one in the dosing editor).
 */
final class AgendaActions {

    private final TodayView view;
    private final TreeViewer viewer;
    private final Action open = new Action("&Open") {
        @Override
        public void run() {
            selected().ifPresent(view::open);
        }
    };
    private final Action done = new Action("&Mark done") {
        @Override
        public void run() {
            selected().ifPresent(i -> {
                String problem = view.markDone(i, true);
                if (problem != null) {
                    MessageDialog.openInformation(viewer.getControl().getShell(), "Today", problem);
                }
            });
        }
    };

    /** Open (Enter, double-click) and Mark done (Space) in the view's toolbar, context menu and keys. */
    AgendaActions(TodayView view, TreeViewer viewer, IToolBarManager toolbar) {
        this.view = view;
        this.viewer = viewer;
        open.setImageDescriptor(BenchImages.descriptor(BenchImages.ENTRY));
        done.setImageDescriptor(BenchImages.descriptor(BenchImages.DONE));
        viewer.addDoubleClickListener(e -> open.run());
        viewer.addSelectionChangedListener(e -> update());
        viewer.getTree().addListener(SWT.KeyDown, e -> {
            if (e.character == ' ' || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                (e.character == ' ' ? done : open).run();
                e.doit = false;
            }
        });
        MenuManager menu = new MenuManager();
        menu.add(open);
        menu.add(done);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        viewer.getControl().addDisposeListener(e -> menu.dispose());
        toolbar.add(open);
        toolbar.add(done);
        update();
    }

    private Optional<ScheduledItem> selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof ScheduledItem i ? Optional.of(i)
                : Optional.empty();
    }

    /** Enables the actions for the selected item ("Mark done" or "Mark not done"). */
    void update() {
        ScheduledItem item = selected().orElse(null);
        open.setEnabled(item != null);
        String label = item == null ? null : label(item);
        done.setEnabled(label != null);
        done.setText(label == null ? "&Mark done" : label);
    }

    /** What "mark done" does to an item: "Mark done", "Mark not done", or null when it cannot be toggled here. */
    static String label(ScheduledItem item) {
        if (item.kind() == ScheduledItem.Kind.SESSION) {
            return item.done() ? "Mark not done" : "Mark done";
        }
        return item.done() ? null : "Mark done (all doses given)";
    }

    /**
     * Marks an item done (a session marked done is opened again); returns null, or why not. With a shell, asks before
     * recording a dosing round's doses.
     */
    static String toggle(StudySession session, ScheduledItem item, LocalDateTime at, Shell ask) {
        String operator = Operator.get();
        if (operator.isBlank()) {
            return "Enter your name as operator first: it is recorded with the work done";
        }
        if (item.kind() == ScheduledItem.Kind.SESSION) {
            AssaySession s = (AssaySession) item.subjects().get(0);
            Command c = item.done() ? Completion.reopen(session.domain(), s)
                    : Completion.markDone(session.domain(), s, operator, at);
            session.domain().getCommandStack().execute(c);
            return null;
        }
        if (item.done()) {
            return "Every dose of this round is recorded: open the round to correct one (or use Edit > Undo)";
        }
        DoseRound round = DoseRound.of(item.cohort(), item.due());
        int open = round.lines().size() - round.given();
        if (ask != null && !MessageDialog.openConfirm(ask, "Mark dosing done", "Record the " + open
                + (open == 1 ? " dose" : " doses") + " not recorded yet as given at "
                + DateTimeFormatter.ofPattern("HH:mm").format(at) + " by " + operator
                + ", at the volumes computed from the latest body weights?\n\nTo weigh and record animals one by one, "
                + "open the round instead (Enter).")) {
            return null;
        }
        String reason = null;
        List<DoseLine> outside = DoseWindows.outside(round.lines(), at);
        if (!outside.isEmpty() && ask != null) {
            reason = WindowReasonDialog.ask(ask, outside, at);
            if (reason == null) {
                return null; // cancelled: nothing recorded
            }
        }
        DoseRecording.Result result = DoseRecording.giveRound(session.domain(), round, at, operator, reason);
        if (result.command() != null) {
            session.domain().getCommandStack().execute(result.command());
        }
        return result.problem();
    }
}
